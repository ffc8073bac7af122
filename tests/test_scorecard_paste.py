"""Paste from Excel into the scorecard grid: tab-separated cells (`\\r\\n`, a trailing line end,
`(15)`, `1,234`, `%`, empty = no change), validated like typed input, the whole block one undo step
in one transaction, refused whole with a message naming the cell."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.domain.paste import block_size, is_blank, split_block
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow

F4Q25 = Quarter(2025, 4)


def test_split_block_as_spreadsheets_copy() -> None:
    assert split_block("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]  # Excel: CRLF and a last one
    assert split_block("1\t2\n3\t4") == [["1", "2"], ["3", "4"]]  # LibreOffice, no last line end
    assert split_block(' "1,234" \t\t(15)\n') == [["1,234", "", "(15)"]]
    assert split_block("") == [] and split_block("\r\n") == [[""]]
    assert block_size([["1"], ["2", "3", "4"]]) == (2, 3)
    assert is_blank("") and is_blank("#N/A N/A") and is_blank("#n/a") and not is_blank("0")


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "paste.cspdesk"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(1)
    tab = win.tab_page(1)
    tab.show_quarter("MSFT", F4Q25)
    return win


def _select(tab, line: str, col: Col) -> None:  # noqa: ANN001
    tab.view.setCurrentIndex(tab.model.index(tab.model.row_of(line), tab.model.column_of(col)))


def _figures(ws: Workspace) -> list:
    return ws.scorecard_lines("MSFT")


def test_a_block_is_one_undo_step_in_one_transaction(window: MainWindow, qtbot) -> None:
    tab, ws = window.tab_page(1), window.workspace
    before, changes_before = _figures(ws), ws.last_change_id()
    _select(tab, "revenue", Col.ACTUAL)
    # Revenue, P&BP, IC: actual and consensus; Excel's CRLF, thousands separators, a parenthesised
    # negative, an empty cell (no change) and the line end after the last row
    block = "77,000\t74,000\r\n33,500\t\r\n(15)\t29,100\r\n"
    assert tab.paste_text(block)
    ws_line = {x.line: x for x in ws.scorecard_lines("MSFT", F4Q25)}
    assert (ws_line["revenue"].actual, ws_line["revenue"].consensus) == (D("77000"), D("74000"))
    assert ws_line["pbp_revenue"].actual == D("33500")
    assert ws_line["pbp_revenue"].consensus == D("32144")  # empty cell: unchanged
    assert (ws_line["ic_revenue"].actual, ws_line["ic_revenue"].consensus) == (D("-15"), D("29100"))
    assert ws.last_change_id() == changes_before + 1  # one transaction, one change-log row
    assert window.undo_stack.count() == 1 and "Paste 5 figures" in window.undo_stack.undoText()
    # the grid shows the new figures and the diffs computed from them
    assert tab.model.index(tab.model.row_of("revenue"), tab.model.column_of(Col.ACTUAL)).data() == "77,000"
    assert tab.model.index(tab.model.row_of("ic_revenue"), tab.model.column_of(Col.DIFF)).data() \
        not in ("", None)
    window.action_undo.trigger()
    assert _figures(ws) == before
    window.action_redo.trigger()
    assert ws.scorecard_line("MSFT", F4Q25, "revenue").actual == D("77000")


def test_rates_take_percent_signs_and_the_next_quarter_columns(window: MainWindow) -> None:
    tab, ws = window.tab_page(1), window.workspace
    _select(tab, "azure_growth", Col.NEXT_GUIDANCE)
    assert tab.paste_text("38.5%\t37%\n")
    nxt = ws.scorecard_line("MSFT", F4Q25.shifted(1), "azure_growth")
    assert (nxt.guidance, nxt.consensus) == (D("38.5"), D("37"))


@pytest.mark.parametrize(("block", "start", "words"), [
    ("77,000\t74,000\n33,500\tabc\n", ("revenue", Col.ACTUAL), ["'abc' is not a number",
                                                                 "Productivity & Business Processes",
                                                                 "row 2, column 2"]),
    ("77,000\t74,000\t3\n", ("revenue", Col.ACTUAL), ["Revenue · Diff", "not an editable figure",
                                                        "row 1, column 3"]),
    ("1\n2\n3\n4\n5\n6\n", ("revenue", Col.ACTUAL), ["section title", "row 5"]),
    ("1\t2\n" * 60, ("revenue", Col.ACTUAL), ["does not fit", "60 rows"]),
    ("(-15)\n", ("revenue", Col.ACTUAL), ["either parentheses or a minus"]),
])
def test_a_bad_value_refuses_the_whole_block(window: MainWindow, block: str, start, words) -> None:
    tab, ws = window.tab_page(1), window.workspace
    before, changes_before = _figures(ws), ws.last_change_id()
    _select(tab, *start)
    assert not tab.paste_text(block)
    message = tab.message.text()
    assert tab.message.isVisibleTo(tab) and all(w in message for w in words), message
    assert _figures(ws) == before and ws.last_change_id() == changes_before
    assert window.undo_stack.count() == 0


def test_ctrl_v_pastes_the_clipboard(window: MainWindow, qtbot) -> None:
    tab, ws = window.tab_page(1), window.workspace
    _select(tab, "capex", Col.CONSENSUS)
    tab.view.setFocus()
    QApplication.clipboard().setText("25,000\r\n")
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "25,000\r\n")
    qtbot.keyClick(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.scorecard_line("MSFT", F4Q25, "capex").consensus == D("25000"))
    assert window.undo_stack.count() == 1
