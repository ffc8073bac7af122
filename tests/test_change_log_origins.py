"""What a scorecard change says in the change log, in both languages, on every surface that shows it
(the window's Change log, the "changed by others" notice, `csp-desk log`): a one-figure edit names
its line by its label (not the line key the row stores), and many figures changed in one step say
what made them: a pasted block, an imported workbook (with its file name), the command line, or the
undo of one. A pasted figure's source says it was pasted, an imported one the workbook; undoing a
paste gives each figure its old source back. Real workspace files, real windows (offscreen), the
real command line in a subprocess.
"""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import PASTED, imported_where
from desktop_app.domain.scorecard_view import Col, build_view
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import read_import
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.change_log_text import describe
from desktop_app.ui.commands.excel_import import ExcelImportCommand
from desktop_app.ui.commands.scorecard import CellRef, PasteScorecardCommand
from desktop_app.ui.ranking.history_pages import ChangeLogPage
from desktop_app.ui.scorecards.tooltips import TooltipBuilder
from tests.excel_support import type_over
from tests.lock_support import cli_output
from tests.ranking_support import open_window

F4Q25 = Quarter(2025, 4)
# MSFT's revenue line: key `revenue`, label Revenue (no Chinese label in the data: the standard one)
LABEL = {"en": "Revenue", "zh_TW": "營收"}
KEY = re.compile(r"(?<![A-Za-z_])revenue(?![A-Za-z_])")  # the key, not a word inside a label


def test_a_one_figure_edit_names_its_line_by_its_label_everywhere(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    window = open_window(qtbot, path, tmp_path)
    window.external_changes._timer.stop()  # the test says when to look
    with Workspace.open(path) as other:  # another program writes one figure
        other.set_scorecard_value("MSFT", F4Q25, "revenue", "actual", D("76500"))

    # the "changed by others" notice
    assert window.external_changes.check() is True
    notice = window.statusBar().currentMessage()
    assert LABEL[language] in notice and not KEY.search(notice), notice
    # the window's Change log (the page the Ranking tab's history shows)
    page = ChangeLogPage(window)
    qtbot.addWidget(page)
    what = page.model.index(0, 3).data()
    assert LABEL[language] in what and not KEY.search(what), what
    assert "76441 → 76500" in what
    # the command line's log
    logged = cli_output("--language", language, "log", "--limit", "1", "--workspace", str(path))
    assert LABEL[language] in logged and not KEY.search(logged), logged
    if language == "zh_TW":
        assert "實際值" in what and "實際值" in logged and "actual" not in what + logged + notice


def _workbook(ws: Workspace, out: Path) -> Path:
    """The workspace's own export with MSFT F4Q25 revenue's actual typed over."""
    export_workbook(ws, out)
    book = openpyxl.load_workbook(out)
    type_over(book[L.SCORECARDS], "MSFT", "F4Q25", "revenue", L.COL_ACTUAL, 76600)
    book.save(out)
    return out


def test_a_pasted_block_and_an_imported_workbook_read_apart(
        qapp: QApplication, tmp_path: Path, language: str) -> None:
    path = tmp_path / "w.cspdesk"
    ws = Workspace.open(path)
    try:
        first = ws.last_change_id()
        paste = PasteScorecardCommand(ws, [(CellRef("MSFT", F4Q25, "revenue", "actual"), D("77000")),
                                           (CellRef("MSFT", F4Q25, "revenue", "consensus"), D("74000"))],
                                      "MSFT F4Q25 · 2Q25")
        paste.redo()
        pasted = ws.figure_provenance("MSFT")[("MSFT", F4Q25, "revenue", "actual")]
        paste.undo()
        assert paste.error == "" and ("MSFT", F4Q25, "revenue", "actual") not in ws.figure_provenance("MSFT")
        book = _workbook(ws, tmp_path / "q2 book.xlsx")
        command = ExcelImportCommand(ws, read_import(book, ws))
        command.redo()
        imported = ws.figure_provenance("MSFT")[("MSFT", F4Q25, "revenue", "actual")]
        command.undo()
        assert command.error == ""
        entries = ws.changes_after(first)
    finally:
        ws.close()
    said = [describe(e) for e in entries]
    expected = {
        "en": ["Pasted block: 2 scorecard figures (MSFT F4Q25 · 2Q25)",
               "Undo of a pasted block: 2 scorecard figures put back (MSFT F4Q25 · 2Q25)",
               "Imported workbook q2 book.xlsx: 1 scorecard figure (MSFT F4Q25 · 2Q25)",
               "Undo of imported workbook q2 book.xlsx: 1 scorecard figure put back (MSFT F4Q25 · 2Q25)"],
        "zh_TW": ["貼上的區塊：2 個記分卡數字（MSFT F4Q25 · 2Q25）",
                  "復原貼上的區塊：還原 2 個記分卡數字（MSFT F4Q25 · 2Q25）",
                  "匯入的活頁簿 q2 book.xlsx：1 個記分卡數字（MSFT F4Q25 · 2Q25）",
                  "復原匯入的活頁簿 q2 book.xlsx：還原 1 個記分卡數字（MSFT F4Q25 · 2Q25）"],
    }
    assert said == expected[language]
    # each figure's source says which one wrote it, in the window's language (the cell's tooltip)
    assert (pasted.where, imported.where) == (PASTED, imported_where("q2 book.xlsx"))
    with Workspace.open(path) as ws:
        company = ws.companies()[0]
        [row] = [r for s in build_view(ws.line_defs("MSFT"), ws.scorecard_lines("MSFT"), F4Q25)
                 for r in s.rows if r.key == "revenue"]
    tips = TooltipBuilder(company, {}, {}, {("MSFT", F4Q25, "revenue", "actual"): pasted,
                                            ("MSFT", F4Q25, "revenue", "consensus"): imported})
    shown = [tips.entered_text(row, row.cells[Col.ACTUAL]), tips.entered_text(row, row.cells[Col.CONSENSUS])]
    where = {"en": ("(pasted block)", "(Excel import q2 book.xlsx)"),
             "zh_TW": ("(貼上的區塊)", "(Excel 匯入 q2 book.xlsx)")}[language]
    assert shown[0].endswith(where[0]) and shown[1].endswith(where[1]), shown


@pytest.mark.slow
def test_the_command_lines_import_and_set_say_so_in_the_log(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        book = _workbook(ws, tmp_path / "book.xlsx")
    cli_output("import", str(book), "--workspace", str(path))
    cli_output("scorecard", "set", "MSFT", "F4Q25", "revenue", "--consensus", "74000", "--workspace", str(path))
    zh = cli_output("--language", "zh_TW", "log", "--limit", "2", "--workspace", str(path)).splitlines()
    en = cli_output("--language", "en", "log", "--limit", "2", "--workspace", str(path)).splitlines()
    assert zh[0].endswith("命令列：設定 1 個記分卡數字（MSFT F4Q25 · 2Q25）"), zh
    assert zh[1].endswith("匯入的活頁簿 book.xlsx：1 個記分卡數字（MSFT F4Q25 · 2Q25）"), zh
    assert en[0].endswith("Command line: 1 scorecard figure set (MSFT F4Q25 · 2Q25)"), en
    assert en[1].endswith("Imported workbook book.xlsx: 1 scorecard figure (MSFT F4Q25 · 2Q25)"), en


def test_a_refused_figure_edit_names_the_line_and_figure_in_the_window_language(
        tmp_path: Path, language: str) -> None:
    """Another program changed the figure since the window read it: the refusal names the line by
    its label and the figure by its word (it named the line key and the field)."""
    from desktop_app.storage.errors import ConflictError
    from desktop_app.ui.errors import error_text

    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        with pytest.raises(ConflictError) as refused:
            ws.set_scorecard_value("MSFT", F4Q25, "revenue", "actual", D("77000"), expected=D("1"))
    said = error_text(refused.value)
    expected = {"en": "MSFT F4Q25 · 2Q25 Revenue actual was changed by another program",
                "zh_TW": "MSFT F4Q25 · 2Q25 營收 實際值 已被其他程式變更"}[language]
    assert expected in said and not KEY.search(said), said
