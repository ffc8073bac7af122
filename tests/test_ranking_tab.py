"""The Ranking tab in the main window over a real workspace file: keyboard and drop reordering
through the undo stack, the rationale editor's bursts, coverage changes, persistence across
reopening, and failed saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ranking_support import CTRL, MOVE, SEED, open_window, record_messages, stored, stored_rationale

from desktop_app.domain.companies import Company
from desktop_app.storage.errors import SaveError
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ranking.dialogs import AddNameDialog
from desktop_app.ui.tabs.ranking_tab import RankingTab


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "w.cspdesk"


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, ws_path, tmp_path)


@pytest.fixture
def tab(window: MainWindow) -> RankingTab:
    page = window.tab_page(0)
    assert isinstance(page, RankingTab)
    return page


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return record_messages(monkeypatch)


# -- keyboard ----------------------------------------------------------------------------------
def test_keyboard_moves_follow_the_selection_and_save(tab: RankingTab, window: MainWindow,
                                                      ws_path: Path) -> None:
    tab.select("GOOGL")
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    assert tab.model.order() == ["MSFT", "GOOGL", "AMZN", "META"]
    assert tab.selected_ticker() == "GOOGL" and tab.view.currentIndex().row() == 1
    assert stored(ws_path) == ["MSFT", "GOOGL", "AMZN", "META"]
    assert window.statusBar().currentMessage() == "Saved: Move Alphabet from 3 to 2"
    assert window.save_state_label.text().startswith("All changes saved ·")

    QTest.keyClick(tab.view, Qt.Key.Key_Home, CTRL)
    assert tab.model.order()[0] == "GOOGL" and tab.view.currentIndex().row() == 0
    QTest.keyClick(tab.view, Qt.Key.Key_End, CTRL)
    assert tab.model.order()[-1] == "GOOGL" and tab.view.currentIndex().row() == 3
    QTest.keyClick(tab.view, Qt.Key.Key_Down, CTRL)  # already last: nothing
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    assert tab.model.order() == ["MSFT", "AMZN", "GOOGL", "META"]
    assert tab.selected_ticker() == "GOOGL"
    assert window.undo_stack.count() == 4
    assert stored(ws_path) == SEED

    QTest.keyClick(tab.view, Qt.Key.Key_Down)  # without Ctrl: just the selection
    assert tab.selected_ticker() == "META" and tab.model.order() == SEED
    assert window.undo_stack.count() == 4


def test_toolbar_moves_and_their_enabled_state(tab: RankingTab) -> None:
    tab.select("MSFT")
    assert not tab.move_actions["up"].isEnabled() and tab.move_actions["bottom"].isEnabled()
    tab.move_actions["bottom"].trigger()
    assert tab.model.order() == ["AMZN", "GOOGL", "META", "MSFT"]
    assert tab.selected_ticker() == "MSFT"
    assert not tab.move_actions["down"].isEnabled() and tab.move_actions["top"].isEnabled()


# -- drag and drop through the view's model ------------------------------------------------------
def test_drop_through_the_view_is_one_undoable_command(tab: RankingTab, window: MainWindow,
                                                       ws_path: Path) -> None:
    model = tab.view.model()
    data = model.mimeData([model.index(3)])
    assert model.dropMimeData(data, MOVE, 0, 0, QModelIndex())  # META to the top
    assert tab.model.order() == ["META", "MSFT", "AMZN", "GOOGL"]
    assert stored(ws_path) == ["META", "MSFT", "AMZN", "GOOGL"]
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Move Meta from 4 to 1"
    # The call QListView makes on an internal drop: moveRow(root, row, root, destination).
    assert model.moveRow(QModelIndex(), 1, QModelIndex(), 4)  # MSFT to the bottom
    assert stored(ws_path) == ["META", "AMZN", "GOOGL", "MSFT"]
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert tab.model.order() == SEED and stored(ws_path) == SEED
    window.action_redo.trigger()
    assert stored(ws_path) == ["META", "MSFT", "AMZN", "GOOGL"]


def test_a_drop_from_outside_the_list_changes_nothing(tab: RankingTab, window: MainWindow) -> None:
    data = tab.model.mimeData([tab.model.index(3)])
    foreign = QMimeData()
    foreign.setData("application/x-csp-desk-ranking", data.data("application/x-csp-desk-ranking"))
    point = tab.view.visualRect(tab.model.index(0)).topLeft() + QPoint(10, 1)
    event = QDropEvent(point.toPointF(), MOVE, foreign, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    tab.view.dropEvent(event)  # not dragged from this list (no drag source): InternalMove refuses
    assert tab.model.order() == SEED
    assert window.undo_stack.count() == 0


# -- rationale -----------------------------------------------------------------------------------
def test_typing_is_one_command_per_burst(qtbot: QtBot, tab: RankingTab, window: MainWindow,
                                         ws_path: Path) -> None:
    tab.select("AMZN")
    edit = tab.editor.edit
    old = tab.model.entries()[1].rationale
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, "; AWS")
    qtbot.waitUntil(lambda: stored_rationale(ws_path, "AMZN") == old + "; AWS", timeout=3000)
    QTest.keyClicks(edit, " re-accelerating")
    tab.editor.flush()
    assert stored_rationale(ws_path, "AMZN") == old + "; AWS re-accelerating"
    assert window.undo_stack.count() == 1  # two writes, one command
    assert window.undo_stack.undoText() == "Edit the rationale of Amazon"
    assert tab.model.entries()[1].rationale == old + "; AWS re-accelerating"

    tab.editor.end_burst()  # e.g. the focus left: the next typing is a new command
    QTest.keyClicks(edit, "!")
    tab.editor.flush()
    assert window.undo_stack.count() == 2
    window.action_undo.trigger()
    assert stored_rationale(ws_path, "AMZN") == old + "; AWS re-accelerating"
    assert edit.toPlainText() == old + "; AWS re-accelerating"
    window.action_undo.trigger()
    assert stored_rationale(ws_path, "AMZN") == old and edit.toPlainText() == old
    window.action_redo.trigger()
    assert stored_rationale(ws_path, "AMZN") == old + "; AWS re-accelerating"


def test_status_bar_never_says_saved_while_typing_waits(qtbot: QtBot, tab: RankingTab,
                                                         window: MainWindow, ws_path: Path) -> None:
    tab.select("MSFT")
    edit = tab.editor.edit
    old = tab.model.entries()[0].rationale
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, " soon")
    label = window.save_state_label
    assert stored_rationale(ws_path, "MSFT") == old  # not written yet: the pause has not come
    assert tab.editor.pending and "All changes saved" not in label.text()
    assert label.text() == "Typing not saved yet (saved after a pause)"
    qtbot.waitUntil(lambda: stored_rationale(ws_path, "MSFT") == old + " soon", timeout=3000)
    qtbot.waitUntil(lambda: label.text().startswith("All changes saved"), timeout=1000)
    assert not tab.editor.pending


def test_typing_and_deleting_back_leaves_no_command(tab: RankingTab, window: MainWindow) -> None:
    tab.select("META")
    edit = tab.editor.edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, "xy")
    tab.editor.flush()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    tab.editor.flush()
    assert window.undo_stack.count() == 0


def test_switching_names_saves_and_starts_a_new_burst(tab: RankingTab, window: MainWindow,
                                                       ws_path: Path) -> None:
    tab.select("META")
    tab.editor.edit.setPlainText("Neutral; watch Reality Labs losses")  # typed, not yet saved
    tab.select("GOOGL")  # the pending text is saved for META first
    assert stored_rationale(ws_path, "META") == "Neutral; watch Reality Labs losses"
    assert tab.editor.ticker == "GOOGL"
    tab.editor.edit.setPlainText("Search share stable")
    tab.editor.flush()
    assert window.undo_stack.count() == 2


def test_the_editor_shows_the_notes_reason(tab: RankingTab) -> None:
    tab.select("GOOGL")
    assert "Alphabet (GOOGL)" in tab.editor.title.text()
    assert "2Q25 review" in tab.editor.reference_title.text()
    text = tab.editor.reference.text()
    assert "AI Search+監管擔憂逐漸去風險" in text
    assert "AI search and regulatory worries are gradually de-risked" in text


def test_pending_typing_is_saved_when_the_window_closes(qtbot: QtBot, ws_path: Path,
                                                        tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.select("MSFT")
    tab.editor.edit.setPlainText("Closing thought")
    window.close()
    assert stored_rationale(ws_path, "MSFT") == "Closing thought"


# -- coverage ------------------------------------------------------------------------------------
def test_add_and_remove_names_with_undo(tab: RankingTab, window: MainWindow, ws_path: Path,
                                        messages: list) -> None:
    tab.select("AMZN")
    tab.editor.edit.setPlainText("AWS first")
    tab.editor.flush()
    assert tab.add_name(Company("orcl", "Oracle", "", 5 + 0 if False else 6, "OCI"))
    assert tab.model.order() == [*SEED, "ORCL"] and tab.selected_ticker() == "ORCL"
    assert stored(ws_path) == [*SEED, "ORCL"]
    assert tab.remove_name("AMZN")
    assert messages[-1][0] == "question" and "Amazon (AMZN)" in messages[-1][1]
    assert stored(ws_path) == ["MSFT", "GOOGL", "META", "ORCL"]
    assert tab.selected_ticker() == "GOOGL"  # the name that took its place
    window.action_undo.trigger()  # Amazon back in its place, with its rationale
    assert stored(ws_path) == [*SEED, "ORCL"]
    assert stored_rationale(ws_path, "AMZN") == "AWS first"
    assert tab.selected_ticker() == "AMZN"
    window.action_undo.trigger()  # the add
    assert stored(ws_path) == SEED and tab.model.order() == SEED
    window.action_redo.trigger()
    window.action_redo.trigger()
    assert stored(ws_path) == ["MSFT", "GOOGL", "META", "ORCL"]


def test_bad_coverage_changes_are_refused_with_a_message(tab: RankingTab, window: MainWindow,
                                                         ws_path: Path, messages: list) -> None:
    assert not tab.add_name(Company("  ", "Nobody", "", 12, ""))
    assert messages[-1] == ("Add Name", "A name needs a ticker.")
    assert not tab.add_name(Company("msft", "Microsoft again", "", 6, ""))
    assert messages[-1] == ("Add Name", "MSFT is already covered.")
    assert not tab.add_name(Company("ORCL", " ", "", 6, ""))
    assert "needs a name" in messages[-1][1]
    for ticker in ("AMZN", "GOOGL", "META"):
        assert tab.remove_name(ticker, confirm=False)
    assert not tab.remove_name("MSFT")
    assert "only name" in messages[-1][1]
    assert stored(ws_path) == ["MSFT"]
    assert window.undo_stack.count() == 3
    assert not tab.action_remove.isEnabled()


def test_removal_needs_confirmation(tab: RankingTab, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                                    ws_path: Path) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    tab.select("META")
    tab.action_remove.trigger()
    assert stored(ws_path) == SEED and window.undo_stack.count() == 0


def test_add_name_dialog_says_what_is_wrong(qtbot: QtBot) -> None:
    dialog = AddNameDialog(SEED)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert dialog.problem.text() == "Enter a ticker." and not ok.isEnabled()
    dialog.ticker_edit.setText("meta")
    assert dialog.problem.text() == "META is already covered."
    dialog.ticker_edit.setText("orcl")
    assert dialog.problem.text() == "Enter the company's name."
    dialog.name_edit.setText("Oracle")
    assert dialog.problem.text() == "" and ok.isEnabled()
    assert dialog.company() == Company("ORCL", "Oracle", "", 12, "")


# -- persistence and failures --------------------------------------------------------------------
def test_order_and_rationale_survive_reopening(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.select("GOOGL")
    tab.view.move_selected("top")
    tab.editor.edit.setPlainText("Gemini momentum\nCloud backlog")
    tab.editor.flush()
    window.close()
    again = open_window(qtbot, ws_path, tmp_path)
    tab = again.tab_page(0)
    assert tab.model.order() == ["GOOGL", "MSFT", "AMZN", "META"]
    assert tab.model.entries()[0].rationale == "Gemini momentum\nCloud backlog"
    assert tab.editor.ticker == "GOOGL"  # the first name is selected
    assert tab.editor.edit.toPlainText() == "Gemini momentum\nCloud backlog"


def test_a_failed_save_is_reported_and_not_kept(tab: RankingTab, window: MainWindow, ws_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args, **kwargs):
        raise SaveError("Could not save: database or disk is full")

    monkeypatch.setattr(window.workspace, "set_ranking", disk_full)
    tab.select("META")
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    assert tab.model.order() == SEED and tab.selected_ticker() == "META"
    assert window.undo_stack.count() == 0
    assert "Not saved" in window.save_state_label.text()
    monkeypatch.undo()
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)
    assert window.save_state_label.text().startswith("All changes saved")
    assert stored(ws_path) == ["MSFT", "AMZN", "META", "GOOGL"]


def test_a_failed_undo_or_redo_leaves_the_stack_where_the_workspace_is(
        qtbot: QtBot, tab: RankingTab, window: MainWindow, ws_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Disk full on Ctrl+Z: nothing is undone, and the stack does not pretend it was (its index
    comes back), so the next Ctrl+Z retries the same step instead of undoing the one before it."""
    stack = window.undo_stack
    tab.select("META")
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)  # step 1: Meta 4 → 3
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)  # step 2: Meta 3 → 2
    moved = ["MSFT", "META", "AMZN", "GOOGL"]
    assert stored(ws_path) == moved and stack.index() == 2
    step_2 = stack.undoText()

    def disk_full(*args, **kwargs):
        raise SaveError("Could not save: database or disk is full")

    monkeypatch.setattr(window.workspace, "set_ranking", disk_full)
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 2)
    assert stack.undoText() == step_2 and stack.count() == 2
    assert stored(ws_path) == moved and tab.model.order() == moved
    assert "Not saved" in window.save_state_label.text()

    monkeypatch.undo()
    stack.undo()  # the retry undoes step 2, not step 1
    assert stack.index() == 1 and stored(ws_path) == ["MSFT", "AMZN", "META", "GOOGL"]

    monkeypatch.setattr(window.workspace, "set_ranking", disk_full)
    stack.redo()  # disk full again: step 2 stays undone
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert stack.redoText() == step_2
    assert stored(ws_path) == ["MSFT", "AMZN", "META", "GOOGL"]
    assert tab.model.order() == ["MSFT", "AMZN", "META", "GOOGL"]

    monkeypatch.undo()
    stack.redo()
    assert stack.index() == 2 and stored(ws_path) == moved and tab.model.order() == moved


def test_an_order_changed_elsewhere_is_refused_not_overwritten(tab: RankingTab, window: MainWindow,
                                                              ws_path: Path) -> None:
    with Workspace.open(ws_path) as other:  # e.g. the CLI adds a name while the window is open
        other.add_company(Company("ORCL", "Oracle", "", 6, ""))
    tab.select("META")
    assert not tab.view.move_selected("up")
    assert "Not saved" in window.save_state_label.text()
    assert stored(ws_path) == [*SEED, "ORCL"]


def test_ctrl_z_in_the_editor_undoes_the_burst_just_typed(qtbot: QtBot, tab: RankingTab,
                                                          window: MainWindow, ws_path: Path) -> None:
    window.activateWindow()
    qtbot.waitActive(window)  # window shortcuts (Ctrl+Z) need the active window
    tab.select("MSFT")
    edit = tab.editor.edit
    old = edit.toPlainText()
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QTest.keyClicks(edit, " and Copilot")  # not saved yet (the pause has not come)
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)  # saved first, then undone by the window's stack
    assert stored_rationale(ws_path, "MSFT") == old
    assert edit.toPlainText() == old
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 0
    QTest.keyClick(edit, Qt.Key.Key_Y, CTRL)
    assert stored_rationale(ws_path, "MSFT") == old + " and Copilot"


def test_hovering_the_upside_explains_it(qtbot: QtBot, tab: RankingTab) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop_app.ui.ranking.list_view import layout

    rect = tab.view.visualRect(tab.model.index(0))
    cell = next(c for c in layout(rect.width(), tab.view.column_widths()) if c.key == "upside")
    pos = QPoint(rect.left() + cell.x + cell.width // 2, rect.center().y())
    viewport = tab.view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QHelpEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "660 / share price 534" in QToolTip.text() and "24%" in QToolTip.text()
    QToolTip.hideText()


