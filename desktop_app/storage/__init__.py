"""The SQLite workspace: schema, migrations, reads and transactional writes. No Qt."""
