"""Upgrades: a migration that fails halfway leaves the file exactly as it was (bytes, user_version,
tables), whichever step fails and however; a file from a newer version is refused by the window
without being touched, with a message. (tests/test_storage_files.py covers the single-step cases at
the storage level; these add multi-step failures and the window's side.)"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.ranking import RankEntry
from desktop_app.storage import schema
from desktop_app.storage.workspace import NewerVersionError, Workspace, WorkspaceError
from desktop_app.ui.startup import open_for_window


def _make(path: Path) -> None:
    with Workspace.open(path) as ws:
        rationale = {e.ticker: e.rationale for e in ws.ranking()}
        ws.set_ranking([RankEntry(t, rationale[t]) for t in ["AMZN", "MSFT", "GOOGL", "META"]], "x")


def _fingerprint(path: Path) -> tuple[bytes, int, list[tuple[str, str]], list[str]]:
    """The file's bytes, its user_version and schema objects (read from a copy, so that reading
    cannot change the original), and which side files lie beside it."""
    data = path.read_bytes()
    copy = path.with_name("inspect.tmp")
    copy.write_bytes(data)
    conn = sqlite3.connect(copy)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        objects = conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()
        copy.unlink()
    sides = sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))
    return data, version, objects, sides


def _add_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE step_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    conn.execute("INSERT INTO step_notes (text) VALUES ('added by step 2')")


def _add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE companies ADD COLUMN sector TEXT NOT NULL DEFAULT 'tech'")


def _fails_in_sql(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX notes_text ON step_notes (text)")
    conn.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")


def _fails_in_python(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE step_notes")
    raise RuntimeError("a bug in the migration code")


@pytest.mark.parametrize(("third", "error"), [(_fails_in_sql, WorkspaceError),
                                              (_fails_in_python, RuntimeError)])
def test_a_migration_failing_halfway_leaves_the_file_exactly_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, third, error
) -> None:
    path = tmp_path / "ws.cspdesk"
    _make(path)
    before = _fingerprint(path)
    base = len(schema.MIGRATIONS)  # the version this build writes
    assert before[1] == base and before[3] == []
    steps = [*schema.MIGRATIONS, schema.Migration(base + 1, "notes table", _add_table),
             schema.Migration(base + 2, "sector column", _add_column),
             schema.Migration(base + 3, "breaks", third)]
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(error):
        Workspace.open(path)
    assert _fingerprint(path) == before  # bytes, version, the same tables, no -wal / -shm

    monkeypatch.setattr(schema, "MIGRATIONS", steps[:base + 2])  # the fixed build upgrades it
    with Workspace.open(path) as ws:
        assert ws.schema_version == base + 2
        assert [e.ticker for e in ws.ranking()] == ["AMZN", "MSFT", "GOOGL", "META"]
        assert f"from format {base} to {base + 2}" in ws.change_log(limit=1)[0].summary


def test_the_window_reports_a_failed_upgrade(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> None:
    path = tmp_path / "ws.cspdesk"
    _make(path)
    before = _fingerprint(path)
    base = len(schema.MIGRATIONS)
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS,
                                               schema.Migration(base + 1, "notes", _add_table),
                                               schema.Migration(base + 2, "breaks", _fails_in_sql)])
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert open_for_window(path) == 1
    assert shown and "Could not upgrade" in shown[0] and "left as it was" in shown[0]
    assert _fingerprint(path) == before
    assert not Path(f"{path}.lock").exists()


def _newer(path: Path) -> None:
    _make(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 3}")
    conn.close()


def test_a_newer_file_is_refused_by_the_window_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ws.cspdesk"
    _newer(path)
    before = _fingerprint(path)
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--quit-after-paint", "--workspace",
                             str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "newer version of CSP Desk" in result.stderr and "not changed" in result.stderr
    assert _fingerprint(path) == before


def test_a_newer_file_gets_a_dialog_and_stays_as_it_was(tmp_path: Path, monkeypatch, qapp) -> None:
    path = tmp_path / "ws.cspdesk"
    _newer(path)
    before = _fingerprint(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    assert open_for_window(path) == 1
    assert shown and "newer version" in shown[0] and f"format {schema.SCHEMA_VERSION + 3}" in shown[0]
    assert _fingerprint(path) == before
    with pytest.raises(NewerVersionError):  # and the storage layer agrees
        Workspace.open(path)
    assert _fingerprint(path) == before
