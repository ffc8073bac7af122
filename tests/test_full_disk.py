"""A full disk: an edit in the window fails with a clear message in the status bar and a dialog,
the workspace keeps its last good state, and the app keeps running (the next edit, once there is
space again, is saved).

Where the test may mount file systems (root, `mount` works) the workspace lives on a 3 MB tmpfs
that is then filled to the last byte. Elsewhere SQLite's own limit stands in for the full disk:
`PRAGMA max_page_count` set to the current page count (SQLITE_FULL, "database or disk is full").
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.ranking import RationaleCommand
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.save_alert import BOX_NAME

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
