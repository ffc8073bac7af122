"""The PostgreSQL schema (storage/pg_schema.py) beside SQLite's: the same tables with the same
columns, nullability and defaults' presence, at the same version."""

from __future__ import annotations

from pathlib import Path

import psycopg

from desktop_app.storage import pg_schema, schema
from desktop_app.storage.team_setup import init_team
from desktop_app.storage.workspace import Workspace


def _sqlite_tables(path: Path) -> dict[str, list[tuple[str, bool]]]:
    with Workspace.open(path) as ws:
        conn = ws._conn
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence'")]
        return {name: sorted((str(r[1]), bool(r[3]) or bool(r[5]))
                             for r in conn.execute(f"PRAGMA table_info({name})"))
                for name in names}


def _pg_tables(url: str) -> dict[str, list[tuple[str, bool]]]:
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT c.table_name, c.column_name, c.is_nullable = 'NO' FROM information_schema.columns c"
            " WHERE c.table_schema = 'public' AND c.table_name <> %s", (pg_schema.VERSION_TABLE,)).fetchall()
    tables: dict[str, list[tuple[str, bool]]] = {}
    for table, column, required in rows:
        tables.setdefault(table, []).append((column, required))
    return {t: sorted(c) for t, c in tables.items()}


def test_both_schemas_have_the_same_tables_and_columns(tmp_path: Path, pg_url: str) -> None:
    init_team(pg_url)
    sqlite_side = _sqlite_tables(tmp_path / "ws.cspdesk")
    pg_side = _pg_tables(pg_url)
    assert sorted(pg_side) == sorted(sqlite_side)
    for table, columns in sqlite_side.items():
        assert pg_side[table] == columns, table


def test_both_schemas_are_at_the_same_version(pg_url: str) -> None:
    assert pg_schema.target_version() == schema.target_version()
    init_team(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute(f"SELECT version FROM {pg_schema.VERSION_TABLE}").fetchone() == (
            schema.target_version(),)


def test_an_empty_or_newer_database_is_refused_unchanged(pg_url: str) -> None:
    import pytest

    from desktop_app.storage.errors import NewerVersionError, NotAWorkspaceError
    from desktop_app.storage.locations import open_workspace

    with pytest.raises(NotAWorkspaceError, match="team init"):
        open_workspace(pg_url)
    init_team(pg_url)
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"UPDATE {pg_schema.VERSION_TABLE} SET version = version + 1")
        before = conn.execute("SELECT count(*) FROM change_log").fetchone()
    with pytest.raises(NewerVersionError, match="newer CSP Desk"):
        open_workspace(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM change_log").fetchone() == before


def test_an_older_database_runs_the_postgresql_migrations(pg_url: str, monkeypatch) -> None:
    from desktop_app.storage.locations import open_workspace

    init_team(pg_url)
    ran: list[int] = []

    def fifth(execute) -> None:  # a stand-in migration 5 (SQLite would gain one beside it)
        execute("ALTER TABLE meta ADD COLUMN note TEXT")
        ran.append(5)

    monkeypatch.setattr(pg_schema, "PG_MIGRATIONS", [fifth])
    with open_workspace(pg_url) as ws:
        assert ran == [5] and ws.schema_version == 5
    with open_workspace(pg_url) as ws:
        assert ran == [5]  # once
