"""A change made by another program while the window is open (`csp-desk ranking set` in a terminal,
run as Ann) shows in the window within the poll interval, the undo history is kept (a step over
Ann's change is refused when undone, see test_window_conflicts.py), and the status bar says who
changed what. The window's own edits, and typing not yet saved, are never
taken for outside changes or lost. Real workspace file, real CLI subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

import desktop_app
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.external_changes import POLL_MS
from tests.ranking_support import SEED, open_window, stored, stored_rationale

CTRL = Qt.KeyboardModifier.ControlModifier
PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


@pytest.mark.slow
def test_cli_reorder_while_the_window_is_open_shows_up_and_keeps_undo(
        qtbot: QtBot, ws_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "Ann")
    monkeypatch.setattr("desktop_app.user.current_user", lambda: "Bo")  # the window
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.select("GOOGL")
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)  # the window's own edit
    assert tab.model.order() == ["MSFT", "GOOGL", "AMZN", "META"]
    assert window.external_changes.check() is False  # its own write is not an outside change
    assert window.undo_stack.count() == 1

    result = run_cli("ranking", "set", "META", "AMZN", "MSFT", "GOOGL", "--workspace", str(ws_path))
    assert result.returncode == 0, result.stderr

    def shows_the_new_order() -> None:
        assert window.tab_page(0).model.order() == ["META", "AMZN", "MSFT", "GOOGL"]

    qtbot.waitUntil(shows_the_new_order, timeout=POLL_MS * 3)  # by the window's own poll
    assert window.undo_stack.count() == 1  # kept
    message = window.statusBar().currentMessage()
    assert message.startswith("Changed by others: Ann reordered the ranking (Meta > Amazon > "
                              "Microsoft > Alphabet) at "), message
    assert message.endswith("Shown as it is now; your undo history is kept.")
    window.undo_stack.undo()  # would overwrite the CLI's order: refused and dropped
    assert stored(ws_path) == ["META", "AMZN", "MSFT", "GOOGL"]
    assert window.undo_stack.count() == 0
    assert "can no longer be undone" in window.save_state_label.text()


def test_typing_not_yet_saved_is_saved_before_the_reload(qtbot: QtBot, ws_path: Path,
                                                           tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.select("AMZN")
    tab.editor.edit.setFocus()
    tab.editor.edit.moveCursor(tab.editor.edit.textCursor().MoveOperation.End)
    QTest.keyClicks(tab.editor.edit, "; AWS backlog")  # saved after a pause, not yet
    old = stored_rationale(ws_path, "AMZN")
    assert not old.endswith("; AWS backlog")

    assert run_cli("ranking", "set", *reversed(SEED), "--workspace", str(ws_path)).returncode == 0
    assert window.external_changes.check() is True
    assert stored(ws_path) == list(reversed(SEED))  # the CLI's order stays
    assert stored_rationale(ws_path, "AMZN") == old + "; AWS backlog"  # and so does the typing
    tab = window.tab_page(0)
    assert tab.model.order() == list(reversed(SEED))
    assert {e.ticker: e.rationale for e in tab.model.entries()}["AMZN"] == old + "; AWS backlog"


def test_opening_another_workspace_is_not_an_outside_change(qtbot: QtBot, ws_path: Path,
                                                             tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    other = tmp_path / "other.cspdesk"
    with Workspace.open(other) as ws:  # a longer history than the first one
        for _ in range(3):
            order = [e.ticker for e in ws.ranking()]
            ws.set_ranking([e for e in reversed(ws.ranking())], f"reverse {order}")
    assert window.open_workspace_file(other)
    assert window.external_changes.check() is False
    assert "another program" not in window.statusBar().currentMessage()
