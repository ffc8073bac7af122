"""Opening a workspace reads the schema version from storage/schema_version.py, without loading the
migrations (storage/schema.py): the two must agree."""

from __future__ import annotations


def test_the_schema_version_a_start_reads_is_the_number_of_migrations() -> None:
    from desktop_app.storage import schema, schema_version

    assert schema_version.SCHEMA_VERSION == len(schema.MIGRATIONS) == schema.target_version()
