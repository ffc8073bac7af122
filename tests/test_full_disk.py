"""A full disk: an edit in the window fails with a clear message in the status bar and a dialog,
the workspace keeps its last good state, and the app keeps running (the next edit, once there is
space again, is saved).

Where the test may mount file systems (root, `mount` works) the workspace lives on a 3 MB tmpfs
that is then filled to the last byte. There `check`, the start-up check and `backup` say "Disk full"
(with the room needed), never "damaged", and a restore on the full disk moves nothing. Elsewhere SQLite's own limit stands in for the full disk:
`PRAGMA max_page_count` set to the current page count (SQLITE_FULL, "database or disk is full").
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.ranking import RankEntry
from desktop_app.files import size_text
from desktop_app.storage import backups, errors, restoring
from desktop_app.storage.workspace import DiskFullError, SaveError, Workspace
from desktop_app.ui.commands.ranking import RationaleCommand
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.save_alert import BOX_NAME
from desktop_app.ui.startup import Choice, open_for_window

FULL = "database or disk is full"


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str = "3m") -> Iterator[Path | None]:
    """A tmpfs of `size` mounted at `where` (None when this machine does not let us mount one)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        yield None
        return
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                              str(where)], capture_output=True).returncode == 0
    try:
        yield where if mounted else None
    finally:
        if mounted:
            if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
                subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path) -> Path:
    """Write a file into `folder` until the file system has no byte left."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle:
        for chunk in (1 << 16, 1 << 12, 1 << 9, 1):
            try:
                while True:
                    handle.write(b"\0" * chunk)
            except OSError:
                continue
    return filler


def stored(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        return conn.execute("SELECT ticker, rationale FROM ranking ORDER BY rank").fetchall()
    finally:
        conn.close()


def open_window(qtbot: QtBot, path: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path),
                        QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _failure_shown(window: MainWindow, qtbot: QtBot) -> QMessageBox:
    assert FULL in window.statusBar().currentMessage()
    assert window.save_state_label.text().startswith("Not saved")
    assert FULL in window.save_state_label.text()
    box = window.findChild(QMessageBox, BOX_NAME)
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert FULL in box.text() and "was not kept" in box.text()
    return box


def test_edit_on_a_full_disk_fails_clearly_and_keeps_the_last_good_state(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with small_tmpfs(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here; see the max_page_count test")
        path = disk / "w.cspdesk"
        Workspace.open(path).close()
        window = open_window(qtbot, path, tmp_path)
        tab = window.tab_page(0)
        window.backups.backup("manual")  # so no automatic backup needs space during the test
        window.backups.policy.taken()
        good = stored(path)
        before = tab.model.order()
        filler = fill(disk)
        assert shutil.disk_usage(disk).free == 0

        moved = [before[1], before[0], *before[2:]]
        assert not tab._push_reorder(moved, before[1])  # the ranking tab's reorder command
        box = _failure_shown(window, qtbot)
        assert tab.model.order() == before  # the list shows what is stored
        assert window.undo_stack.count() == 0  # nothing to undo: the edit never happened
        assert stored(path) == good  # the file keeps its last good state
        with Workspace.open(path) as other:
            assert other.quick_check() == "ok"
        window.grab().save(str(tmp_path / "full_disk_window.png"))
        box.grab().save(str(tmp_path / "full_disk_dialog.png"))
        box.close()

        filler.unlink()  # space again: the app is still running and the next edit is saved
        assert tab._push_reorder(moved, before[1])
        assert [t for t, _ in stored(path)] == moved
        assert window.save_state_label.text().startswith("All changes saved")
        assert window.statusBar().currentMessage().startswith("Saved")
        window.close()
        assert [t for t, _ in stored(path)] == moved


def test_sqlite_full_error_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """The same through SQLite's own limit (runs everywhere)."""
    path = tmp_path / "w.cspdesk"
    window = open_window(qtbot, path, tmp_path)
    tab = window.tab_page(0)
    good = stored(path)
    conn = window.workspace._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    ticker = tab.model.order()[0]
    huge = "capex read " * 40_000  # needs new pages, which the limit refuses
    tab._push(RationaleCommand(tab, ticker, good[0][1], huge, 1, "Edit rationale", tab._report_error))
    box = _failure_shown(window, qtbot)
    assert stored(path) == good and window.undo_stack.count() == 0
    box.close()
    conn.execute("PRAGMA max_page_count = 1073741823")
    moved = [tab.model.order()[1], ticker, *tab.model.order()[2:]]
    assert tab._push_reorder(moved, moved[0])
    assert [t for t, _ in stored(path)] == moved
    window.close()


# ---------------------------------------------------------------------------- full disk is not damage

KILLED_AFTER_A_SAVE = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from desktop_app.domain.ranking import RankEntry
    from desktop_app.storage import backups
    from desktop_app.storage.workspace import Workspace

    ws = Workspace.open(Path(sys.argv[1]))
    backups.make_backup(ws, "manual")
    ranking = ws.ranking()
    ws.set_ranking([RankEntry(e.ticker, e.rationale + " (later)") for e in ranking], "later")
    os.kill(os.getpid(), signal.SIGKILL)  # committed in the -wal, never checkpointed
""")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=120)


def _says_disk_full(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Disk full" in result.stderr and "0 bytes are free" in result.stderr, result.stderr
    assert "DAMAGED" not in result.stderr and "damaged (" not in result.stderr
    assert "not a CSP Desk workspace" not in result.stderr


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != "filler.bin"}


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGKILL")
def test_check_startup_and_backup_say_disk_full_not_damaged(tmp_path: Path) -> None:
    """A writer killed with its last save in the -wal, then the disk fills: reading the workspace
    needs SQLite's -shm file beside it, which cannot be written. Every command says so."""
    with small_tmpfs(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here")
        path = disk / "w.cspdesk"
        subprocess.run([sys.executable, "-c", KILLED_AFTER_A_SAVE, str(path)], timeout=120)
        Path(f"{path}-shm").unlink()
        assert Path(f"{path}-wal").stat().st_size > 0
        filler = fill(disk)
        before = _files(disk)

        _says_disk_full(cli("check", "--workspace", str(path)))
        _says_disk_full(cli("backup", "--workspace", str(path)))
        start = cli("--quit-after-paint", "--workspace", str(path))
        _says_disk_full(start)
        assert "restore" not in start.stderr.lower()  # no offer to restore a healthy file
        after = _files(disk)
        assert {k: v for k, v in after.items() if not k.endswith("-shm")} == before  # nothing moved
        assert not [n for n in after if ".damaged-" in n]

        filler.unlink()  # space again: the same file is sound and holds the last save
        result = cli("check", "--workspace", str(path))
        assert result.returncode == 0 and result.stdout.startswith("ok"), result.stderr
        with Workspace.open(path) as ws:
            assert all(e.rationale.endswith(" (later)") for e in ws.ranking())


def test_after_a_failed_write_check_is_ok_and_backup_says_how_much_room_it_needs(
    tmp_path: Path
) -> None:
    with small_tmpfs(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here")
        path = disk / "w.cspdesk"
        ws = Workspace.open(path)
        try:
            fill(disk)
            ranking = ws.ranking()
            with pytest.raises(SaveError, match="disk is full"):
                ws.set_ranking([RankEntry(e.ticker, e.rationale + "x" * 200_000) for e in ranking],
                               "too big")
            result = cli("check", "--workspace", str(path))
            assert result.returncode == 0 and result.stdout.startswith("ok"), result.stderr
            result = cli("backup", "--workspace", str(path))
            _says_disk_full(result)
            assert f"needs about {size_text(path.stat().st_size)} free" in result.stderr
            with pytest.raises(DiskFullError) as raised:
                backups.make_backup(ws, "manual")
            assert raised.value.needed >= path.stat().st_size and raised.value.free == 0
            assert backups.list_backups(path) == []
            assert [p.name for p in backups.backup_dir(path).iterdir()] == []  # no temp left
        finally:
            ws.close()


def test_restore_on_a_full_disk_moves_nothing(tmp_path: Path, qapp) -> None:
    from tests.test_corruption import damaged_workspace

    with small_tmpfs(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("cannot mount a tmpfs here")
        path = disk / "w.cspdesk"
        damaged = damaged_workspace(path)
        backup = backups.latest_good_backup(path)
        assert backup is not None
        fill(disk)
        before = _files(disk)
        with pytest.raises(DiskFullError, match="Nothing was restored; the workspace was not moved"):
            restoring.restore_over_damaged(backup.path, path)
        assert _files(disk) == before and path.read_bytes() == damaged

        shown: list[str] = []
        with mock.patch.object(QMessageBox, "critical",
                               lambda _p, _t, text, *a, **k: shown.append(text)):
            asked = open_for_window(path, ask=lambda *_: Choice.RESTORE)  # the default button
        assert asked == 1
        assert _files(disk) == before  # the damaged file is where it was, nothing set aside
        assert len(shown) == 1 and "Disk full" in shown[0] and "was not moved" in shown[0]


def test_disk_full_is_told_from_damage() -> None:
    """The classification without a full disk: SQLite's own limit gives SQLITE_FULL; an I/O error
    counts as a full disk only when the folder's disk has (next to) no room."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (randomblob(100000))")
    here = Path.cwd()
    assert errors.is_disk_full(full.value, here)
    assert errors.is_disk_full(OSError(errno.ENOSPC, "No space left on device"), here)
    io = sqlite3.OperationalError("disk I/O error")
    assert not errors.is_disk_full(sqlite3.DatabaseError("database disk image is malformed"), here)
    with mock.patch.object(errors, "free_space", return_value=10 << 30):
        assert not errors.is_disk_full(io, here)
    with mock.patch.object(errors, "free_space", return_value=0):
        assert errors.is_disk_full(io, here)
        message = str(errors.disk_full("a backup of w.cspdesk", here, 3 << 20))
    assert message.startswith("Disk full: a backup of w.cspdesk needs about 3.0 MB free")
    assert "0 bytes are free" in message
