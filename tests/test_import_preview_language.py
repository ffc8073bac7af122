"""The import preview (the window's dialog and `csp-desk import`) and a refused paste describe each
figure wholly in the chosen language: the line by its Chinese label (the data's, else the standard
label translated), the figure's word, and what the import creates besides figures (a new quarter, a
new line with its kind and direction). Real workbooks written by the export, real windows
(offscreen), the real command line in a subprocess.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import read_import
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.excel_preview import ImportPreviewDialog
from desktop_app.ui.main_window import MainWindow
from tests.excel_support import type_over
from tests.lock_support import cli_output

F4Q25 = Quarter(2025, 4)
# English words of the descriptions that must not show in Chinese (data such as tickers, the file
# name and line keys aside)
ENGLISH = re.compile(r"\b(Revenue|Operating margin|actual|consensus|guidance|new quarter|new line|amount|"
                     r"rate|higher|lower|neutral)\b")


def _book(tmp_path: Path) -> tuple[Path, Path]:
    """A workspace covering Oracle too, and its export with: MSFT F4Q25 revenue's actual typed over,
    and an Oracle quarter the workspace lacks with a line Oracle lacks (operating margin, a rate)."""
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
        out = tmp_path / "book.xlsx"
        export_workbook(ws, out)
    book = openpyxl.load_workbook(out)
    sheet = book[L.SCORECARDS]
    type_over(sheet, "MSFT", "F4Q25", "revenue", L.COL_ACTUAL, 76600)
    header = {c.value: c.column for c in sheet[L.HEADER_ROW] if c.value}
    row = sheet.max_row + 1
    for name, value in {L.COL_TICKER: "ORCL", L.COL_QUARTER: "4Q25", L.COL_LINE_KEY: "op_margin",
                        L.COL_ACTUAL: 0.3}.items():
        sheet.cell(row=row, column=header[name], value=value)
    book.save(out)
    return path, out


def test_the_preview_dialog_reads_in_chinese(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    path, book = _book(tmp_path)
    with Workspace.open(path) as ws:
        plan = read_import(book, ws)
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    msft = next(r for r in rows.values() if r[1] == "MSFT")
    assert msft[3:5] == ["營收", "實際值"], msft
    orcl = next(r for r in rows.values() if r[1] == "ORCL")
    assert orcl[3:5] == ["營業利益率", "實際值"], orcl
    text = dialog.findChild(QLabel, "importSummary").text()
    assert "新季度 ORCL" in text and "新項目 ORCL 營業利益率（op_margin，比率，越高越好）" in text, text
    shown = text + " ".join(str(x) for r in rows.values() for x in r)
    assert not ENGLISH.search(shown), ENGLISH.findall(shown)


def test_the_command_lines_preview_reads_in_each_language(tmp_path: Path) -> None:
    path, book = _book(tmp_path)
    zh = cli_output("--language", "zh_TW", "import", str(book), "--dry-run", "--workspace", str(path))
    assert "MSFT F4Q25 · 2Q25 營收，實際值：76,441 → 76,600" in zh, zh
    assert "新項目 ORCL 營業利益率（op_margin，比率，越高越好）" in zh and "新季度 ORCL" in zh, zh
    assert not ENGLISH.search(zh), ENGLISH.findall(zh)
    en = cli_output("--language", "en", "import", str(book), "--dry-run", "--workspace", str(path))
    assert "MSFT F4Q25 · 2Q25 Revenue, actual: 76,441 → 76,600" in en, en
    assert "new line ORCL Operating margin (op_margin, rate, higher)" in en, en


def _grid_at_msft_revenue(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Any]:
    """The window on the Scorecards tab, MSFT F4Q25 shown, the cursor on revenue's actual."""
    window = MainWindow(Workspace.open(tmp_path / "paste.cspdesk"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)
    tab = window.tab_page(1)
    tab.show_quarter("MSFT", F4Q25)
    tab.view.setCurrentIndex(tab.model.index(tab.model.row_of("revenue"), tab.model.column_of(Col.ACTUAL)))
    return window, tab


def test_a_refused_paste_names_the_cell_in_chinese(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    _window, tab = _grid_at_msft_revenue(qtbot, tmp_path)
    assert tab.paste_text("abc\n") is False
    message = tab.message.text()
    assert "營收 · 實際值" in message and not ENGLISH.search(message), message


def test_a_paste_says_it_was_a_pasted_block_and_where(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    window, tab = _grid_at_msft_revenue(qtbot, tmp_path)
    assert tab.paste_text("77,000\t74,000\n") is True
    said = window.statusBar().currentMessage()
    assert said == "貼上的區塊：已一次將 2 個數字貼入 MSFT F4Q25 · 2Q25（Ctrl+Z 可全部復原）。", said
