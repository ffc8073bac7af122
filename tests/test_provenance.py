"""Provenance of what is entered after the seed (issue 11, item 3): a scorecard figure edited in the
window carries "entered by <user>, <date>" (shown in its tooltip), an Excel import names itself,
and undo puts the earlier provenance back; nothing drops it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from test_ranking_cli import run_cli

from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.scorecard_view import Col
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import read_import
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.excel_import import ExcelImportCommand
from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab
from desktop_app.user import current_user

F4Q25 = Quarter(2025, 4)
KEY = ("MSFT", F4Q25, "revenue", "actual")
TIP = Qt.ItemDataRole.ToolTipRole


def test_user_name_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "  ana  ")
    assert current_user() == "ana"
    monkeypatch.delenv("CSP_DESK_USER")
    assert current_user()  # the login name


def test_describe() -> None:
    assert Provenance(note_id="n002", where="p. 3").describe() == "n002 · p. 3"
    assert Provenance(entered_by="ana", entered_at="2025-08-05T09:00:00+00:00").describe() == \
        "entered by ana, 2025-08-05"
    assert Provenance(entered_by="ana").describe() == "entered by ana"  # no dangling ", "


EXPECTED = {"en": ("entered by ana, 2025-08-05", "entered by ana"),
            "zh_TW": ("由 ana 於 2025-08-05 輸入", "由 ana 輸入")}


def test_provenance_text_with_and_without_a_date(language: str) -> None:
    from desktop_app.ui.data_text import provenance_text

    dated, undated = EXPECTED[language]
    assert provenance_text(Provenance(entered_by="ana", entered_at="2025-08-05T09:00:00+00:00")) == dated
    assert provenance_text(Provenance(entered_by="ana")) == undated  # no dangling ", " / "於  "


def test_window_edit_gets_entered_by_and_undo_restores_the_note(qtbot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    ws = Workspace.open(tmp_path / "w.cspdesk")
    tab = ScorecardsTab(ws)
    qtbot.addWidget(tab)
    index = tab.model.index(tab.model.row_of("revenue"), tab.model.column_of(Col.ACTUAL))
    assert "Source: n001" in index.data(TIP) and "Entered by" not in index.data(TIP)
    assert tab.model.setData(index, "77,000")
    assert ws.scorecard_line(*KEY[:3]).actual == D("77000")
    found = ws.figure_provenance("MSFT")[KEY]
    assert found.entered_by == "ana" and found.entered_on == date.today().isoformat()
    tip = tab.model.index(index.row(), index.column()).data(TIP)
    assert f"Entered by ana, {date.today().isoformat()}" in tip
    assert "transcribed from: n001" in tip  # the line's own source is still named
    tab.undo_stack().undo()
    assert ws.scorecard_line(*KEY[:3]).actual == D("76441")
    assert KEY not in ws.figure_provenance("MSFT")  # back to the note's figure, as transcribed
    assert "Entered by" not in tab.model.index(index.row(), index.column()).data(TIP)
    tab.undo_stack().redo()
    assert ws.figure_provenance("MSFT")[KEY].entered_by == "ana"
    ws.close()


def _edited_book(tmp_path: Path, ws: Workspace) -> Path:
    book = tmp_path / "book.xlsx"
    export_workbook(ws, book)
    wb = openpyxl.load_workbook(book)
    sheet = wb[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    for row in sheet.iter_rows(min_row=L.HEADER_ROW + 1):
        values = {header[i]: c for i, c in enumerate(row)}
        if (values[L.COL_TICKER].value, values[L.COL_QUARTER].value, values[L.COL_LINE_KEY].value) == (
                "MSFT", "F4Q25 · 2Q25", "revenue"):
            values[L.COL_ACTUAL].value = 77000
    wb.save(book)
    return book


def test_excel_import_names_itself_and_undo_restores(qtbot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "bo")
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        ws.set_scorecard_value(*KEY, D("76500"))  # entered earlier by hand
        earlier = ws.figure_provenance("MSFT")[KEY]
        book = _edited_book(tmp_path, ws)
        plan = read_import(book, ws)
        command = ExcelImportCommand(ws, plan)
        command.redo()
        found = ws.figure_provenance("MSFT")[KEY]
        assert (found.entered_by, found.where) == ("bo", "Excel import book.xlsx")
        command.undo()
        assert ws.figure_provenance("MSFT")[KEY] == earlier
        assert ws.scorecard_line(*KEY[:3]).actual == D("76500")


def test_cli_import_records_provenance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        book = _edited_book(tmp_path, ws)
    monkeypatch.setenv("CSP_DESK_USER", "nightly")
    result = run_cli("import", str(book), "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with Workspace.open(path) as ws:
        found = ws.figure_provenance("MSFT")[KEY]
        assert (found.entered_by, found.where) == ("nightly", "Excel import book.xlsx")


def test_rationale_keeps_who_entered_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot) -> None:
    from desktop_app.domain.ranking import RankEntry
    from desktop_app.ui.main_window import MainWindow

    monkeypatch.setenv("CSP_DESK_USER", "ana")
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        seed = ws.ranking()
        assert ws.rationale_authors() == {}  # the seed's rationales are the note's
        edited = [RankEntry(e.ticker, "Azure share gains" if e.ticker == "MSFT" else e.rationale) for e in seed]
        ws.set_ranking(edited, "rationale")
        who, when = ws.rationale_authors()["MSFT"]
        assert who == "ana" and when[:10] == date.today().isoformat()
        monkeypatch.setenv("CSP_DESK_USER", "bo")
        ws.set_ranking(list(reversed(edited)), "reorder")  # a move keeps the author of the text
        assert ws.rationale_authors() == {"MSFT": (who, when)}
        ws.set_ranking(seed, "undo")  # the note's own text again: the note's, not bo's
        assert ws.rationale_authors() == {}
        ws.set_ranking(edited, "redo")
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(window)
    tab = window.tab_page(0)
    tip = tab.model.index(tab.model.row_of("MSFT")).data(TIP)
    assert tip.startswith("Azure share gains") and "entered by bo" in tip
    assert "entered by" not in tab.model.index(tab.model.row_of("AMZN")).data(TIP)
