"""A new workspace appears whole or not at all: a first start killed while seeding leaves nothing at
the workspace's path (the next start creates it normally), and a file another process put there
meanwhile is never overwritten. Real files and a real SIGKILLed subprocess."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.storage import creation
from desktop_app.storage.workspace import Workspace

KILLED_WHILE_SEEDING = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    import desktop_app.storage.seed as seed

    real_fill = seed.fill

    def fill_then_die(conn, data):
        real_fill(conn, data)          # every seed row written, nothing committed yet
        os.kill(os.getpid(), signal.SIGKILL)

    seed.fill = fill_then_die
    from desktop_app.storage.workspace import Workspace
    Workspace.open(Path(sys.argv[1]))
""")


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_first_start_killed_while_seeding_leaves_no_workspace_and_the_next_start_creates_it(
        tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    run = subprocess.run([sys.executable, "-c", KILLED_WHILE_SEEDING, str(path)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert not path.exists()  # nothing half-made under the user's name
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith(creation.temp_prefix(path))]
    assert leftovers  # the killed build stayed in its hidden temporary file

    with Workspace.open(path) as ws:
        assert ws.quick_check() == "ok"
        assert {c.ticker for c in ws.companies()} >= {"MSFT", "AMZN", "GOOGL", "META"}
        assert ws.scorecard_lines("MSFT")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("w.cspdesk-")) == [
        "w.cspdesk"]  # the dead creator's temporary files were removed


def test_creation_that_fails_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"

    def build(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x)")
        raise RuntimeError("seed files unreadable")

    with pytest.raises(RuntimeError):
        creation.create(path, build)
    assert list(tmp_path.iterdir()) == []


def test_file_made_by_another_process_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"

    def build(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x)")
        path.write_bytes(b"someone else's bytes")  # appears while this creation is under way

    assert creation.create(path, build) is False
    assert path.read_bytes() == b"someone else's bytes"
    assert [p.name for p in tmp_path.iterdir()] == ["w.cspdesk"]


def test_empty_file_is_filled_in_place_and_leftovers_of_live_creators_are_kept(
        tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    path.write_bytes(b"")
    live = tmp_path / f"{creation.temp_prefix(path)}{os.getppid()}-abcd"  # our parent is alive
    live.write_bytes(b"")

    def build(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x)")

    assert creation.create(path, build) is True
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
    finally:
        conn.close()
    if sys.platform != "win32":
        assert live.exists()
