"""The window never writes back a state it did not see. Another program (`csp-desk ranking set`,
or a Python process writing through the workspace API) changes the file between what the window
shows and its reorder, undo, redo, scorecard edit or close: the other program's change survives,
the window is refused (nothing written), shows the workspace as it now is, keeps the rest of its undo
history and says who changed what ("Ann reordered the ranking … at 14:02"), from the change log.
The other program runs as Ann (CSP_DESK_USER), the window as Bo. The window's poll is stopped so the
order of events is fixed."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.scorecard import CellRef
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.scorecard import EditRequest
from tests.lock_support import cli_env, cli_order, cli_set
from tests.ranking_support import SEED, open_window, stored_rationale

TERMINAL = ["META", "GOOGL", "AMZN", "MSFT"]


def other_program(path: Path, code: str) -> None:
    """Run `code` with `ws` open on `path` in another Python process."""
    script = ("import sys\nfrom decimal import Decimal\nfrom pathlib import Path\n"
              "from desktop_app.domain.periods import Quarter\n"
              "from desktop_app.storage.workspace import Workspace\n"
              "with Workspace.open(Path(sys.argv[1])) as ws:\n" + "".join(
                  f"    {line}\n" for line in code.splitlines()))
    result = subprocess.run([sys.executable, "-c", script, str(path)], env=cli_env(),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


@pytest.fixture(autouse=True)
def two_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "Ann")  # the other program (a subprocess)
    monkeypatch.setattr("desktop_app.user.current_user", lambda: "Bo")  # this window


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    shown = open_window(qtbot, ws_path, tmp_path)
    shown.external_changes._timer.stop()
    return shown


WHO_WHAT = "Ann reordered the ranking (Meta > Alphabet > Amazon > Microsoft) at "


def shows_refusal(qtbot: QtBot, window: MainWindow, order: list[str]) -> None:
    """The window reloaded: it shows `order` and says who changed what, and when."""
    qtbot.waitUntil(lambda: window.tab_page(0).model.order() == order, timeout=5000)
    qtbot.waitUntil(lambda: "Not applied" in window.statusBar().currentMessage(), timeout=5000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Not applied: " + WHO_WHAT) and "Shown as it is now" in message
    assert re.search(r"at \d\d:\d\d\.", message)
    assert window.save_state_label.text().startswith("Not saved: " + WHO_WHAT)
    assert "changed by another program" in window.save_state_label.toolTip()  # storage's reason


def shows_refused_step(qtbot: QtBot, window: MainWindow, order: list[str], step: str) -> None:
    """An undo or redo was refused: the view shows `order`, the save state names who and when."""
    qtbot.waitUntil(lambda: window.tab_page(0).model.order() == order, timeout=5000)
    text = window.save_state_label.text()
    assert text.startswith("Not saved: " + WHO_WHAT), text
    assert f"your edit “Move Alphabet from 3 to 2” can no longer be {step}." in text


@pytest.mark.slow
def test_a_reorder_from_a_stale_view_is_refused(qtbot: QtBot, window: MainWindow, ws_path: Path) -> None:
    tab = window.tab_page(0)
    assert tab.model.order() == SEED
    cli_set(ws_path, TERMINAL)  # the window has not looked yet
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is False  # refused, dropped
    assert cli_order(ws_path) == TERMINAL
    shows_refusal(qtbot, window, TERMINAL)
    tab = window.tab_page(0)
    tab.select("AMZN")  # once it shows the file, the window's moves go through again
    assert tab.view.move_selected("down") is True
    assert cli_order(ws_path) == ["META", "GOOGL", "MSFT", "AMZN"]


@pytest.mark.slow
def test_an_undo_over_another_programs_order_is_refused(qtbot: QtBot, window: MainWindow,
                                                        ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("META")
    tab.editor.edit.setPlainText("Bo's reason")
    tab.editor.end_burst()  # an edit of this window that nobody else touches
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True
    assert cli_order(ws_path) == ["MSFT", "GOOGL", "AMZN", "META"]
    assert window.undo_stack.count() == 2
    cli_set(ws_path, TERMINAL)
    window.undo_stack.undo()  # would put back MSFT > AMZN > GOOGL > META over the terminal's order
    assert cli_order(ws_path) == TERMINAL
    shows_refused_step(qtbot, window, TERMINAL, "undone")
    assert window.undo_stack.count() == 1  # only the refused step was dropped
    assert window.undo_stack.undoText() == "Edit the rationale of Meta"
    window.undo_stack.undo()  # still what Bo left: it goes through
    assert stored_rationale(ws_path, "META") != "Bo's reason"
    assert cli_order(ws_path) == TERMINAL


@pytest.mark.slow
def test_a_redo_over_another_programs_order_is_refused(qtbot: QtBot, window: MainWindow,
                                                       ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True
    window.undo_stack.undo()
    assert cli_order(ws_path) == SEED
    cli_set(ws_path, TERMINAL)
    window.undo_stack.redo()
    assert cli_order(ws_path) == TERMINAL
    shows_refused_step(qtbot, window, TERMINAL, "redone")
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()


@pytest.mark.slow
def test_closing_saves_pending_typing_without_writing_back_the_order(
        qtbot: QtBot, window: MainWindow, ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("AMZN")
    old = stored_rationale(ws_path, "AMZN")
    tab.editor.edit.setPlainText(old + "; typed before closing")  # saved after a pause: not yet
    assert stored_rationale(ws_path, "AMZN") == old
    cli_set(ws_path, TERMINAL)
    window.close()  # the typing is saved as the window closes
    assert not window.isVisible()
    assert cli_order(ws_path) == TERMINAL  # the terminal's order, not the window's stale one
    assert stored_rationale(ws_path, "AMZN") == old + "; typed before closing"


@pytest.mark.slow
def test_closing_with_typing_over_a_rationale_changed_elsewhere_keeps_the_window_open(
        qtbot: QtBot, window: MainWindow, ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.tab_page(0)
    tab.select("AMZN")
    old = stored_rationale(ws_path, "AMZN")
    tab.editor.edit.setPlainText(old + "; mine")
    other_program(ws_path, "ws.set_rationale('AMZN', 'theirs', ws.ranking()[1].rationale, 'other')")
    window.close()
    assert window.isVisible()  # refused: the window stays open and says so
    box = window.findChild(QMessageBox, "conflictOnCloseBox")
    assert box is not None and box.isVisible()
    assert "rationale of AMZN was changed by another program" in box.text()
    assert stored_rationale(ws_path, "AMZN") == "theirs"
    assert window.tab_page(0).editor.ticker is not None
    entries = {e.ticker: e.rationale for e in window.tab_page(0).model.entries()}
    assert entries["AMZN"] == "theirs"  # reloaded
    editor = window.tab_page(0).editor  # the typing is kept beside their version
    assert editor.in_conflict and editor.edit.toPlainText() == old + "; mine"
    assert editor.conflict_text.text() == "theirs"
    box.accept()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()  # asks before dropping the typing: yes
    assert not window.isVisible()
    assert stored_rationale(ws_path, "AMZN") == "theirs"


@pytest.mark.slow
def test_a_scorecard_undo_over_a_figure_changed_elsewhere_is_refused(
        qtbot: QtBot, window: MainWindow, ws_path: Path) -> None:
    window.tabs.setCurrentIndex(1)
    tab = window.tab_page(1)
    line = window.workspace.scorecard_lines("MSFT")[0]
    ref = CellRef("MSFT", line.period, line.line, "actual")
    assert tab._edit(EditRequest(ref, Decimal("111"), "test cell")) is True
    year, quarter = line.period.year, line.period.quarter
    other_program(ws_path, f"ws.set_scorecard_value('MSFT', Quarter({year}, {quarter}), "
                           f"{line.line!r}, 'actual', Decimal('222'))")
    window.undo_stack.undo()  # would put back the old figure over the other program's 222
    with Workspace.open(ws_path) as fresh:
        assert fresh.scorecard_line("MSFT", Quarter(year, quarter), line.line).actual == Decimal("222")
    text = window.save_state_label.text()
    assert text.startswith("Not saved: Ann at ") and "MSFT" in text, text
    assert "can no longer be undone." in text
    assert window.undo_stack.count() == 0  # the refused step was dropped
