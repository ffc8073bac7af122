"""The workbook in English and Traditional Chinese: sheet names, headers, titles and labels follow
`--language`; line labels and company names come from the data's Chinese fields; the import reads a
workbook exported in either language by the hidden key row, not by the header text."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import read_import
from desktop_app.io.excel_labels import ZH_TW, translator
from desktop_app.storage.workspace import Workspace


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "w.cspdesk")
    revenue = next(d for d in workspace.line_defs("MSFT") if d.key == "revenue")
    workspace.update_line(replace(revenue, label_zh="營收"))
    yield workspace
    workspace.close()


def _scorecards(book: Path, language: str) -> openpyxl.worksheet.worksheet.Worksheet:
    return openpyxl.load_workbook(book)[translator(language)(L.SCORECARDS)]


def _columns(sheet: openpyxl.worksheet.worksheet.Worksheet) -> dict[str, int]:
    """English column name → column number, from the hidden key row."""
    return {L.COLUMN_OF_KEY[c.value]: c.column for c in sheet[L.KEY_ROW] if c.value in L.COLUMN_OF_KEY}


def test_cli_exports_a_chinese_workbook(tmp_path: Path) -> None:
    workspace = tmp_path / "w.cspdesk"
    out = tmp_path / "zh.xlsx"
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--workspace", str(workspace), "export",
                             str(out), "--language", "zh_TW"], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == [ZH_TW[name] for name in L.SHEETS]
    sheet = wb[ZH_TW[L.SCORECARDS]]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    assert header[:11] == ["股票代號", "季度", "項目", "單位", "實際值", "市場共識", "差異", "年增率", "季增率", "財測",
                           "相對財測"]
    assert sheet.row_dimensions[L.KEY_ROW].hidden
    assert [c.value for c in sheet[L.KEY_ROW]][:5] == ["ticker", "quarter", "line", "unit", "actual"]
    summary = wb[ZH_TW[L.SUMMARY]]
    assert summary["A1"].value == ZH_TW["CSP Desk: preference ranking of the cloud service providers"]
    assert [summary.cell(r, 2).value for r in range(5, 9)][:2] == ["微軟", "亞馬遜"]  # name_zh from the data
    # No English header or title is left in the Chinese workbook where a translation exists, and no
    # sheet has two columns of the same header.
    for ws_ in wb:
        names = [c.value for c in ws_[L.HEADER_ROW] if c.value]
        if ws_.title != ZH_TW[L.HISTORY]:  # (there Move and Rationale repeat for each snapshot)
            assert len(names) == len(set(names)), (ws_.title, names)
        for row in ws_.iter_rows(min_row=1, max_row=L.HEADER_ROW):
            for cell in row:
                assert not (isinstance(cell.value, str) and cell.value in ZH_TW and ZH_TW[cell.value] != cell.value), (
                    ws_.title, cell.coordinate, cell.value)
    # The English workbook is unchanged in its words.
    en = tmp_path / "en.xlsx"
    assert subprocess.run([sys.executable, "-m", "desktop_app", "--workspace", str(workspace), "export",
                           str(en)], capture_output=True, timeout=120).returncode == 0
    assert openpyxl.load_workbook(en).sheetnames == list(L.SHEETS)


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_round_trip_in_each_language(ws: Workspace, tmp_path: Path, language: str) -> None:
    book = export_workbook(ws, tmp_path / f"{language}.xlsx", language=language).path
    assert read_import(book, ws).changes == ()  # an unchanged export changes nothing
    wb = openpyxl.load_workbook(book)
    sheet = wb[translator(language)(L.SCORECARDS)]
    columns = _columns(sheet)
    row = next(r for r in range(L.HEADER_ROW + 1, sheet.max_row + 1)
               if sheet.cell(r, columns[L.COL_TICKER]).value == "MSFT"
               and sheet.cell(r, columns[L.COL_LINE_KEY]).value == "revenue"
               and sheet.cell(r, columns[L.COL_ACTUAL]).value is not None)
    label = sheet.cell(row, columns[L.COL_LINE]).value
    assert label == ("營收" if language == "zh_TW" else "Revenue")  # label_zh from the data
    sheet.cell(row, columns[L.COL_ACTUAL]).value = 77000
    edited = tmp_path / f"{language}-edited.xlsx"
    wb.save(edited)
    plan = read_import(edited, ws)
    [change] = plan.changes
    assert (change.company, change.line, change.field, change.new) == ("MSFT", "revenue", "actual",
                                                                          Decimal(77000))
    ws.apply_scorecard_changes(plan.values(), plan.summary(), new_lines=plan.new_lines)
    again = export_workbook(ws, tmp_path / f"{language}-again.xlsx", language=language).path
    assert _scorecards(again, language).cell(row, columns[L.COL_ACTUAL]).value == 77000


def test_an_english_import_of_a_chinese_workbook_with_its_columns_moved(ws: Workspace, tmp_path: Path) -> None:
    """The key row moves with its column: a PM who moves columns keeps a workbook that imports."""
    book = export_workbook(ws, tmp_path / "zh.xlsx", language="zh_TW").path
    wb = openpyxl.load_workbook(book)
    sheet = wb[ZH_TW[L.SCORECARDS]]
    sheet.move_range(f"E1:E{sheet.max_row}", cols=20)  # Actual moved far to the right
    wb.save(tmp_path / "moved.xlsx")
    assert read_import(tmp_path / "moved.xlsx", ws).changes == ()


@pytest.mark.slow
def test_the_global_language_option_also_sets_the_workbooks(tmp_path: Path) -> None:
    """`csp-desk --language zh_TW export OUT` writes a Chinese workbook (the messages' language is the
    workbook's unless export's own --language says otherwise)."""
    workspace = tmp_path / "w.cspdesk"

    def export(out: Path, *options: str) -> list[str]:
        result = subprocess.run([sys.executable, "-m", "desktop_app", "--workspace", str(workspace), *options],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return openpyxl.load_workbook(out).sheetnames

    zh = tmp_path / "zh.xlsx"
    assert export(zh, "--language", "zh_TW", "export", str(zh)) == [ZH_TW[name] for name in L.SHEETS]
    en = tmp_path / "en.xlsx"
    assert export(en, "--language", "zh_TW", "export", str(en), "--language", "en") == list(L.SHEETS)
