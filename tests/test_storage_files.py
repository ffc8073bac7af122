"""Which files the workspace opens: foreign and newer files are refused untouched; older migrate."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry
from desktop_app.io.seed_data import SeedData
from desktop_app.storage import schema
from desktop_app.storage.workspace import (
    NewerVersionError,
    NotAWorkspaceError,
    Workspace,
    WorkspaceError,
)


def tiny_seed() -> SeedData:
    companies = [Company("MSFT", "Microsoft", "微軟", 6, "Azure"), Company("AMZN", "Amazon", "", 12, "AWS")]
    lines = [LineDef("MSFT", "eps", "EPS", "EPS", "P&L", Kind.PER_SHARE, Polarity.HIGHER_IS_BETTER, 1)]
    return SeedData([], companies, lines, [], [], [], [], [], [], [])


def _fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def _refused_untouched(path: Path, error: type[Exception], match: str) -> None:
    before, names = _fingerprint(path), _siblings(path)
    with pytest.raises(error, match=match):
        Workspace.open(path, tiny_seed())
    assert _fingerprint(path) == before
    assert _siblings(path) == names  # no -wal / -shm left beside it either


def _make_workspace(path: Path) -> None:
    with Workspace.open(path, tiny_seed()) as ws:
        ws.set_scorecard_value("MSFT", Quarter(2025, 4), "eps", "actual", Decimal("3.65"))


# ---------------------------------------------------------------------------- foreign files


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.cspdesk"
    path.write_text("ticker,price\nMSFT,513.24\n" * 20, encoding="utf-8")
    _refused_untouched(path, NotAWorkspaceError, "not an SQLite database")


def test_short_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "short.cspdesk"
    path.write_bytes(b"SQLite format 3\x00")
    _refused_untouched(path, NotAWorkspaceError, "not a CSP Desk workspace")


def test_other_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)")
    conn.execute("INSERT INTO invoices (amount) VALUES (12.5)")
    conn.commit()
    conn.close()
    _refused_untouched(path, NotAWorkspaceError, "not a CSP Desk workspace")


def test_other_application_id_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('app_id', 'csp-desk')")
    conn.close()
    _refused_untouched(path, NotAWorkspaceError, "another application")


def test_blank_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("VACUUM")  # writes a valid header with no tables
    conn.close()
    assert path.stat().st_size > 0
    _refused_untouched(path, NotAWorkspaceError, "not a CSP Desk workspace")


def test_workspace_without_meta_marker_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ws.cspdesk"
    _make_workspace(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DELETE FROM meta")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    _refused_untouched(path, NotAWorkspaceError, "marker is missing")


def test_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkspaceError, match="folder"):
        Workspace.open(tmp_path, tiny_seed())


def test_unwritable_location_gives_workspace_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(WorkspaceError, match="Cannot create"):
        Workspace.open(blocker / "ws.cspdesk", tiny_seed())


# ---------------------------------------------------------------------------- versions


def _set_user_version(path: Path, version: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()  # the last connection checkpoints the WAL into the file and removes it


def test_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ws.cspdesk"
    _make_workspace(path)
    _set_user_version(path, schema.SCHEMA_VERSION + 1)
    assert not Path(f"{path}-wal").exists()
    _refused_untouched(path, NewerVersionError, "newer version of CSP Desk")


def test_newer_version_is_refused_while_another_program_has_it_open(tmp_path: Path) -> None:
    path = tmp_path / "ws.cspdesk"
    _make_workspace(path)
    newer = sqlite3.connect(path, isolation_level=None)  # keeps the WAL alive
    newer.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    try:
        before = path.read_bytes()
        with pytest.raises(NewerVersionError, match=f"format {schema.SCHEMA_VERSION + 5}"):
            Workspace.open(path, tiny_seed())
        assert path.read_bytes() == before
        assert newer.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION + 5
    finally:
        newer.close()


def _add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE companies ADD COLUMN sector TEXT NOT NULL DEFAULT 'tech'")


def _broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE companies ADD COLUMN half_done TEXT")
    conn.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")


def test_older_version_is_migrated_in_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ws.cspdesk"
    _make_workspace(path)
    base = len(schema.MIGRATIONS)
    steps = [*schema.MIGRATIONS, schema.Migration(base + 1, "add sector", _add_column)]
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with Workspace.open(path, tiny_seed()) as ws:
        assert ws.schema_version == base + 1
        assert ws._conn.execute("SELECT sector FROM companies WHERE ticker = 'MSFT'").fetchone() == ("tech",)
        assert ws.scorecard_line("MSFT", Quarter(2025, 4), "eps").actual == Decimal("3.65")
        entry = ws.change_log(limit=1)[0]
        assert entry.kind == "migrate" and f"from format {base} to {base + 1}" in entry.summary
    with Workspace.open(path, tiny_seed()) as ws:  # already current: nothing runs again
        assert [e.kind for e in ws.change_log()].count("migrate") == 1


def test_migrations_from_scratch_reach_the_latest_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, schema.Migration(base + 1, "x", _add_column)])
    with Workspace.open(tmp_path / "new.cspdesk", tiny_seed()) as ws:
        assert ws.schema_version == base + 1
        assert ws._conn.execute("SELECT sector FROM companies").fetchall() == [("tech",), ("tech",)]


def test_failed_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ws.cspdesk"
    _make_workspace(path)
    base = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, schema.Migration(base + 1, "bad", _broken)])
    with pytest.raises(WorkspaceError, match="Could not upgrade"):
        Workspace.open(path, tiny_seed())
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == base
        columns = [row[1] for row in conn.execute("PRAGMA table_info(companies)")]
        assert "half_done" not in columns
        assert conn.execute("SELECT count(*) FROM change_log WHERE kind = 'migrate'").fetchone() == (0,)
    finally:
        conn.close()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:base])
    with Workspace.open(path, tiny_seed()) as ws:
        assert ws.ranking() == [RankEntry("MSFT"), RankEntry("AMZN")]


def test_migration_list_must_be_in_order() -> None:
    with pytest.raises(RuntimeError, match="out of order"):
        schema.migrate(sqlite3.connect(":memory:"), 0, [schema.Migration(2, "x", _add_column)])
