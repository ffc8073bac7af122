"""The write guard seen from the window: its locks were lost (a descriptor of the workspace closed
in the process, as Qt's file dialog did), then `csp-desk ranking set` in another process removed
-wal/-shm. The window never says "saved" for a change that is not in the file: its next edit
goes to the file as it now is (refused as a conflict if it started from the old order) or, if
the removal raced the commit, is reported as not saved with the failure dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage import file_guard
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.save_alert import BOX_NAME
from tests.lock_support import cli_order, cli_set, drop_locks, holds_locks, needs_proc_locks
from tests.ranking_support import open_window

TERMINAL = ["META", "GOOGL", "AMZN", "MSFT"]


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    shown = open_window(qtbot, ws_path, tmp_path)
    shown.external_changes._timer.stop()
    return shown


@pytest.mark.slow
@needs_proc_locks
def test_after_lost_locks_the_window_writes_to_the_file_as_it_is(qtbot: QtBot, window: MainWindow,
                                                                 ws_path: Path) -> None:
    tab = window.tab_page(0)
    drop_locks(ws_path)
    assert holds_locks(window.workspace) is False
    cli_set(ws_path, TERMINAL)  # checkpoints and removes -wal/-shm under the window
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is False  # it started from the old order: refused
    assert not window.save_state_label.text().startswith("All changes saved")
    qtbot.waitUntil(lambda: window.tab_page(0).model.order() == TERMINAL, timeout=5000)
    assert "Not applied" in window.statusBar().currentMessage()
    assert cli_order(ws_path) == TERMINAL
    tab = window.tab_page(0)
    tab.select("AMZN")
    assert tab.view.move_selected("up") is True  # from what it now shows: saved, truly
    assert window.save_state_label.text().startswith("All changes saved")
    assert cli_order(ws_path) == ["META", "AMZN", "GOOGL", "MSFT"]
    assert holds_locks(window.workspace) is True


@pytest.mark.slow
def test_a_move_committed_into_a_removed_wal_is_reported_not_saved(
        qtbot: QtBot, window: MainWindow, ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.tab_page(0)
    drop_locks(ws_path)
    cli_set(ws_path, TERMINAL)
    assert window.external_changes.check() is True  # the stale connection still sees the order
    tab = window.tab_page(0)
    assert tab.model.order() == TERMINAL
    real = file_guard.intact
    checks: list[bool] = []

    def raced(path: Path, recorded: file_guard.FileIds) -> bool:
        checks.append(True)  # the check before the write misses the removal (a race)
        return True if len(checks) == 1 else real(path, recorded)

    monkeypatch.setattr(file_guard, "intact", raced)
    tab.select("AMZN")
    assert tab.view.move_selected("up") is False
    monkeypatch.setattr(file_guard, "intact", real)
    assert window.undo_stack.count() == 0  # dropped, not kept as if it happened
    assert window.save_state_label.text().startswith("Not saved")
    box = window.findChild(QMessageBox, BOX_NAME)
    assert box is not None and box.isVisible() and "did not reach the file" in box.text()
    assert cli_order(ws_path) == TERMINAL  # the move is not in the file, and was not called saved
    box.accept()
    qtbot.waitUntil(lambda: window.tab_page(0).model.order() == TERMINAL, timeout=5000)
    assert window.save_state_label.text().startswith("Not saved")
    assert [e.ticker for e in window.workspace.ranking()] == TERMINAL
