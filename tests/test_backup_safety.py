"""Backups can be trusted: verified with `integrity_check` (a damaged workspace is refused, as
`check` reports it), never overwritten by a backup made at the same moment (four parallel
`csp-desk backup` loops), thinned to what the README says however many share a timestamp, never
changed by reading them, and temporary files of killed backups, restores and exports removed."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.ranking import RankEntry
from desktop_app.io.excel_export import write_atomically
from desktop_app.storage import backups, restoring
from desktop_app.storage.backup_records import Policy
from desktop_app.storage.backups import keep_indexes, thin
from desktop_app.storage.integrity import integrity_check, quick_check
from desktop_app.storage.workspace import SaveError, Workspace, WorkspaceError
from desktop_app.ui.restore_dialog import RestoreDialog, backup_rows

T0 = datetime(2025, 8, 1, 9, 0, tzinfo=UTC)  # a Friday
MARKER = "MARKER-AAAA-for-the-index-test"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=120)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dead_pid() -> int:
    """The id of a process that has ended (and was reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# ---------------------------------------------------------------------------- verified


def _index_damaged_workspace(path: Path) -> None:
    """A workspace whose index no longer matches its table: `quick_check` (which does not compare
    index contents with the table) passes, `integrity_check` does not."""
    with Workspace.open(path) as ws:
        entries = ws.ranking()
        ws.set_ranking([RankEntry(e.ticker, MARKER if i == 0 else e.rationale)
                        for i, e in enumerate(entries)], "marker")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE INDEX probe_rationale ON ranking (rationale)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    data = bytearray(path.read_bytes())
    first = data.find(MARKER.encode())
    assert first >= 0 and data.find(MARKER.encode(), first + 1) > first  # the row and its index entry
    data[first:first + len(MARKER)] = MARKER.replace("AAAA", "BBBB").encode()
    path.write_bytes(bytes(data))
    assert quick_check(path) == []
    assert integrity_check(path), "the edit must break the index for this test to mean anything"


def test_a_damaged_workspace_is_never_backed_up_as_good_and_check_agrees(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    _index_damaged_workspace(path)
    check = _cli("check", "--workspace", str(path))
    assert check.returncode == 1 and "DAMAGED" in check.stderr
    backup = _cli("backup", "--workspace", str(path))
    assert backup.returncode == 1 and "No backup was made" in backup.stderr, backup.stderr
    assert "damaged" in backup.stderr and "csp-desk check" in backup.stderr
    folder = backups.backup_dir(path)
    assert not folder.exists() or list(folder.iterdir()) == []  # no backup, no temporary file


def test_a_foreign_key_violation_is_refused_as_check_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE ranking SET ticker = 'NOPE' WHERE rank = 1")
    conn.close()
    problems = integrity_check(path)
    assert problems and "ranking" in problems[0]
    with Workspace.open(path) as ws, pytest.raises(SaveError, match="No backup was made"):
        backups.make_backup(ws, "manual")
    assert backups.list_backups(path) == []


# ---------------------------------------------------------------------------- never overwritten


def test_a_name_that_is_taken_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    folder = backups.backup_dir(path)
    with Workspace.open(path) as ws:
        first = backups.make_backup(ws, "manual", now=T0)
        inode = first.stat().st_ino
        names = iter([first.name, first.name, "w-20250801-090000.000000Z-manual_0000beef.cspdesk"])
        with mock.patch.object(backups, "new_name", lambda *_: next(names)):
            second = backups.make_backup(ws, "manual", now=T0)
    assert second == folder / "w-20250801-090000.000000Z-manual_0000beef.cspdesk"
    assert first.stat().st_ino == inode  # the first one was not replaced
    assert sorted(p.name for p in folder.iterdir()) == sorted([first.name, second.name])


def _backup_loop(path: Path, count: int, keep_last: int, out: list[str], errors: list[str]) -> None:
    for _ in range(count):
        result = _cli("backup", "--workspace", str(path), "--keep-last", str(keep_last))
        if result.returncode != 0:
            errors.append(result.stderr)
            return
        out.append(result.stdout.strip())


def _parallel_backups(path: Path, loops: int, count: int, keep_last: int) -> list[Path]:
    reported: list[list[str]] = [[] for _ in range(loops)]
    errors: list[str] = []
    threads = [threading.Thread(target=_backup_loop, args=(path, count, keep_last, reported[i], errors))
               for i in range(loops)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return [Path(p) for loop in reported for p in loop]


@pytest.mark.slow
def test_four_parallel_backup_loops_lose_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    made = _parallel_backups(path, loops=4, count=8, keep_last=100)  # thinning keeps them all
    assert len(made) == 32 and len(set(made)) == 32
    assert all(p.is_file() for p in made)
    assert len({p.stat().st_ino for p in made}) == 32  # 32 distinct files, none overwritten
    assert {b.path for b in backups.list_backups(path)} == set(made)
    assert all(integrity_check(p, immutable=True) == [] for p in made)
    assert [p.name for p in backups.backup_dir(path).iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
def test_parallel_backups_with_thinning_keep_the_newest_ten(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    made = _parallel_backups(path, loops=4, count=5, keep_last=10)
    assert len(set(made)) == 20
    left = backups.list_backups(path)
    # A backup is only deleted when ten newer ones exist, which are never deleted in turn.
    assert len(left) == 10 and {b.path for b in left} <= set(made)
    newest = sorted(made, key=lambda p: (backups.parse_name(p.name)[0], p.name))[-1]
    assert newest in {b.path for b in left}


# ---------------------------------------------------------------------------- thinning


def test_thinning_counts_backups_with_the_same_time_once_each(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        made = [backups.make_backup(ws, "manual", now=T0) for _ in range(14)]
    left = backups.list_backups(path)
    assert len(left) == 10  # the last 10 (all of one second, one day, one week)
    assert {b.path for b in left} == set(made[-10:])  # the ten written last


def test_keep_indexes_with_equal_and_synthetic_times() -> None:
    assert keep_indexes([T0] * 133, T0) == set(range(10))
    # five backups sharing one timestamp on each of 60 days, newest first
    ordered = [T0 - timedelta(days=d) for d in range(60) for _ in range(5)]
    kept = keep_indexes(ordered, T0)
    days = {ordered[i].date() for i in kept}
    assert set(range(10)) <= kept
    assert {(T0 - timedelta(days=d)).date() for d in range(14)} <= days
    per_day = {day: sum(1 for i in kept if ordered[i].date() == day) for day in days}
    assert all(n == 1 for day, n in per_day.items() if day < (T0 - timedelta(days=1)).date())
    weeks = {ordered[i].isocalendar()[:2] for i in kept}
    assert {(T0 - timedelta(weeks=w)).isocalendar()[:2] for w in range(8)} <= weeks
    assert len(kept) <= 10 + 14 + 8
    assert all(ordered[i] > T0 - timedelta(weeks=8) for i in kept)
    assert thin(ordered, T0) == {ordered[i] for i in kept}
    assert keep_indexes(ordered, T0, Policy(keep_last=0, daily_days=0, weekly_weeks=0)) == set()


# ---------------------------------------------------------------------------- reading changes nothing


def test_listing_checking_and_restoring_never_change_a_backup(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        made = backups.make_backup(ws, "manual", now=T0)
        newer = backups.make_backup(ws, "auto", now=T0 + timedelta(hours=1))
    before = {p: _digest(p) for p in (made, newer)}
    listing = sorted(p.name for p in made.parent.iterdir())

    rows = backup_rows(path)
    assert [b.path for b, _ in rows] == [newer, made] and rows[0][1].ranking
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert backups.latest_good_backup(path).path == newer
    assert integrity_check(made, immutable=True) == []
    restoring.restore_file(made, path)
    restoring.restore_over_damaged(newer, path)
    assert {p: _digest(p) for p in (made, newer)} == before
    assert sorted(p.name for p in made.parent.iterdir()) == listing  # no -wal / -shm / -journal


# ---------------------------------------------------------------------------- leftovers

KILLED_MID_BACKUP = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop_app.storage import backups
    from desktop_app.storage.workspace import Workspace

    def die(*_args, **_kwargs):  # the copy is written, not yet verified or named
        print(sorted(p.name for p in backups.backup_dir(Path(sys.argv[1])).iterdir()), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    backups.integrity_check = die
    with Workspace.open(Path(sys.argv[1])) as ws:
        backups.make_backup(ws, "manual")
""")


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_the_next_backup_removes_what_a_killed_backup_left(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_BACKUP, str(path)], capture_output=True,
                            text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    folder = backups.backup_dir(path)
    left = [p.name for p in folder.iterdir()]
    assert len(left) == 1 and left[0].startswith(backups.TEMP_PREFIX), left
    assert backups.list_backups(path) == []

    live = folder / f"{backups.TEMP_PREFIX}{os.getpid()}-cafe.tmp"  # a backup still being written
    live.write_bytes(b"in progress")
    result = _cli("backup", "--workspace", str(path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted([Path(result.stdout.strip()).name,
                                                              live.name])


def test_start_removes_killed_restores_and_export_removes_killed_exports(
    tmp_path: Path, qapp
) -> None:
    from desktop_app.ui.startup import Opened, open_for_window

    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    dead, alive = _dead_pid(), os.getpid()
    restore_dead = tmp_path / f"{backups.restore_prefix(path)}{dead}-00ff.tmp"
    restore_dead_journal = Path(f"{restore_dead}-journal")
    restore_alive = tmp_path / f"{backups.restore_prefix(path)}{alive}-00ff.tmp"
    for planted in (restore_dead, restore_dead_journal, restore_alive):
        planted.write_bytes(b"x")
    opened = open_for_window(path)
    assert isinstance(opened, Opened)
    opened.workspace.close()
    opened.guard.release()
    assert not restore_dead.exists() and not restore_dead_journal.exists()
    assert restore_alive.exists()

    target = tmp_path / "out.xlsx"
    export_dead = tmp_path / f".out.xlsx.{dead}.1a2b3c4d.tmp"
    export_alive = tmp_path / f".out.xlsx.{alive}.1a2b3c4d.tmp"
    other = tmp_path / f".other.xlsx.{dead}.1a2b3c4d.tmp"
    for planted in (export_dead, export_alive, other):
        planted.write_bytes(b"x")
    write_atomically(target, lambda temp: temp.write_bytes(b"workbook"))
    assert target.read_bytes() == b"workbook"
    assert not export_dead.exists() and export_alive.exists() and other.exists()


def test_a_restore_that_cannot_set_the_damaged_file_aside_moves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        made = backups.make_backup(ws, "manual")
    Path(f"{path}-shm").write_bytes(b"shm")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    real_move = restoring.set_aside.__globals__["move_no_clobber"]

    def fail_on_shm(src: Path, dest: Path) -> None:
        if str(src).endswith("-shm"):
            raise PermissionError(13, "Permission denied")
        real_move(src, dest)

    with mock.patch("desktop_app.storage.integrity.move_no_clobber", fail_on_shm), \
            pytest.raises(WorkspaceError, match="Permission denied"):
        restoring.restore_over_damaged(made, path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_a_damaged_schema_text_is_damage_for_check_and_backup_alike(tmp_path: Path) -> None:
    """A flipped byte in a table's SQL text: SQLite's message then quotes bytes that are not UTF-8.
    `check` calls it damaged (no traceback, not "could not check"), `backup` refuses."""
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    data = bytearray(path.read_bytes())
    at = data.find(b"REFERENCES companies")
    assert at > 0
    data[at + len("REFERENCES compani")] ^= 0xFF  # companies -> compani\x9as
    path.write_bytes(bytes(data))
    check = _cli("check", "--workspace", str(path))
    assert check.returncode == 1 and "DAMAGED" in check.stderr, check.stderr
    assert "Traceback" not in check.stderr
    backup = _cli("backup", "--workspace", str(path))
    assert backup.returncode == 1 and "Traceback" not in backup.stderr, backup.stderr
    assert "damaged" in backup.stderr
    assert not backups.backup_dir(path).exists() or backups.list_backups(path) == []
