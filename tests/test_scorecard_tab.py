"""The Scorecards tab inside the main window: typing into a cell, the window's undo stack and status
bar, the cross-CSP page following edits, and a screenshot of both pages."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.scorecards.cross_models import FIRST_FIGURE

F4Q25 = Quarter(2025, 4)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "tab.cspdesk"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(1)
    return win


def _type_into(qtbot, tab, line: str, col: Col, text: str) -> None:
    """Edit a cell the way a user does: select it, start the editor, type, press Enter."""
    qtbot.wait(5)  # let the freshly shown page lay out
    index = tab.model.index(tab.model.row_of(line), tab.model.column_of(col))
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editors = [e for e in tab.view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # the delegate commits and closes the editor through a queued call
    qtbot.waitUntil(lambda: tab.view.state() != QAbstractItemView.State.EditingState)


def test_typing_a_figure_goes_through_the_window_undo_stack(qtbot, window: MainWindow) -> None:
    tab = window.tab_page(1)
    _type_into(qtbot, tab, "revenue", Col.ACTUAL, "80,000")
    assert window.workspace.scorecard_line("MSFT", F4Q25, "revenue").actual == D("80000")
    assert window.undo_stack.count() == 1 and "Revenue actual" in window.action_undo.text()
    assert window.statusBar().currentMessage() == "Saved."
    assert "Undo with" in window.save_state_label.text()
    diff = tab.model.index(tab.model.row_of("revenue"), tab.model.column_of(Col.DIFF))
    assert diff.data() == "8%"
    cross = tab.cross_page.model
    msft = next(r for r in range(cross.rowCount()) if cross.row(r).company.ticker == "MSFT")
    assert cross.index(msft, FIRST_FIGURE).data() == "80,000"  # the cross-CSP page follows
    window.action_undo.trigger()
    assert diff.data() == "3%" and cross.index(msft, FIRST_FIGURE).data() == "76,441"
    window.action_redo.trigger()
    assert window.workspace.scorecard_line("MSFT", F4Q25, "revenue").actual == D("80000")


def test_typing_nonsense_is_refused_with_a_message(qtbot, window: MainWindow) -> None:
    tab = window.tab_page(1)
    _type_into(qtbot, tab, "revenue", Col.CONSENSUS, "lots")
    assert window.undo_stack.count() == 0
    assert "is not a number" in window.statusBar().currentMessage()
    assert tab.message.isVisible() and "stays 73,911" in tab.message.text()
    assert window.workspace.scorecard_line("MSFT", F4Q25, "revenue").consensus == D("73911")
    _type_into(qtbot, tab, "revenue", Col.CONSENSUS, "(74,000)")  # accepted: a negative, saved
    assert not tab.message.isVisible()
    assert window.workspace.scorecard_line("MSFT", F4Q25, "revenue").consensus == D("-74000")


def test_new_quarter_action_and_picker_labels(qtbot, window: MainWindow) -> None:
    tab = window.tab_page(1)
    assert tab.action_new_quarter.shortcut().toString() == "Ctrl+Shift+N"
    labels = [tab.period_box.itemText(i) for i in range(tab.period_box.count())]
    assert labels == ["F4Q25 · 2Q25", "F1Q26 · 3Q25 (no actuals yet)"]
    assert tab.add_quarter("MSFT", Quarter(2026, 2))
    assert tab.period_box.currentText() == "F2Q26 · 4Q25 (no actuals yet)"
    window.action_undo.trigger()
    assert tab.period_box.count() == 2
    assert [tab.company_box.itemData(i) for i in range(tab.company_box.count())] == ["MSFT", "AMZN", "GOOGL", "META"]


def test_screenshots_of_both_pages(qtbot, window: MainWindow, tmp_path: Path) -> None:
    tab = window.tab_page(1)
    assert tab.view.isVisible() and tab.view.horizontalHeader().height() > 30  # two header bands
    visible = tab.view.rowAt(tab.view.viewport().height() - 2)
    assert visible == -1 or visible >= 25  # most of the scorecard shows at 1400x860
    image = window.grab()
    assert (image.width(), image.height()) == (1400, 860)
    assert image.save(str(tmp_path / "scorecards.png"))
    tab.pages.setCurrentIndex(1)
    qtbot.wait(10)
    assert tab.cross_page.view.isVisible() and tab.cross_page.reads_view.isVisible()
    assert "2Q25</b>: Azure > Google Cloud > AWS" in tab.cross_page.reads_summary.text()
    assert window.grab().save(str(tmp_path / "cross.png"))
