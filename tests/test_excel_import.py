"""The import round trip: export, change cells with openpyxl, import, and the workspace shows them.

Every kind of bad input is a real file made here in tmp_path; each is refused with a message that
names the sheet, the cell and the reason, and the workspace's scorecards and change log are
exactly as before (a full dump of the table is compared).
"""

from __future__ import annotations

import re
import sqlite3
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_import import ExcelImportError, read_import
from desktop_app.storage.workspace import Workspace

F4Q25, F1Q26 = Quarter(2025, 4), Quarter(2026, 1)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "w.cspdesk")
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The export of a freshly seeded workspace, which is what every `ws` holds (read-only here)."""
    folder = tmp_path_factory.mktemp("book")
    with Workspace.open(folder / "seed.cspdesk") as seeded:
        export_workbook(seeded, folder / "summary.xlsx")
    return folder / "summary.xlsx"


@pytest.fixture(scope="module")
def keys(book: Path) -> dict[tuple[str, str, str, str], str]:
    """(ticker, quarter, line key, column) → the cell's coordinate, as the export wrote them."""
    sheet = openpyxl.load_workbook(book)[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    found = {}
    for row in sheet.iter_rows(min_row=L.HEADER_ROW + 1):
        values = {h: c for h, c in zip(header, row)}
        key = (values[L.COL_TICKER].value, values[L.COL_QUARTER].value, values[L.COL_LINE_KEY].value)
        for column in L.VALUE_COLUMNS:
            found[(*key, column)] = values[column].coordinate
    return found


def dump(ws: Workspace) -> tuple[list[tuple], int]:
    """Every scorecard row, every column, and the number of change-log entries."""
    with sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT * FROM scorecard_lines ORDER BY company, fiscal_year,"
                            " fiscal_quarter, line").fetchall()
        log = conn.execute("SELECT count(*) FROM change_log").fetchone()[0]
    return rows, log


def cell_of(keys: dict, ticker: str, quarter: str, line: str, column: str) -> str:
    return keys[(ticker, quarter, line, column)]


def edited(book: Path, out: Path, **cells: object) -> Path:
    """A copy of `book` with Scorecards cells set (coordinate=value), saved by openpyxl."""
    wb = openpyxl.load_workbook(book)
    for coordinate, value in cells.items():
        wb[L.SCORECARDS][coordinate] = value
    wb.save(out)
    return out


# ---------------------------------------------------------------------------------- round trip

def test_an_unchanged_export_imports_as_no_change(book: Path, ws: Workspace) -> None:
    plan = read_import(book, ws)
    assert plan.changes == () and plan.rows == len(ws.scorecard_lines())


def test_export_edit_import_shows_the_new_figures(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    revenue = cell_of(keys, "MSFT", "F4Q25 · 2Q25", "revenue", L.COL_ACTUAL)
    azure = cell_of(keys, "MSFT", "F1Q26 · 3Q25", "azure_growth", L.COL_CONSENSUS)
    guidance = cell_of(keys, "AMZN", "2Q25", "operating_income", L.COL_GUIDANCE)
    eps = cell_of(keys, "AMZN", "3Q25", "eps", L.COL_ACTUAL)
    before = dump(ws)
    changed = edited(book, tmp_path / "changed.xlsx",
                     **{revenue: 77000, azure: 0.351, guidance: None, eps: 1.62})
    plan = read_import(changed, ws)
    got = {(c.cell, c.company, c.line, c.field, c.old, c.new) for c in plan.changes}
    assert got == {
        (revenue, "MSFT", "revenue", "actual", Decimal("76441"), Decimal("77000")),
        (azure, "MSFT", "azure_growth", "consensus", Decimal("33"), Decimal("35.1")),
        (guidance, "AMZN", "operating_income", "guidance", Decimal("15250"), None),
        (eps, "AMZN", "eps", "actual", None, Decimal("1.62")),
    }
    assert dump(ws) == before  # reading writes nothing

    assert ws.apply_scorecard_changes(plan.values(), plan.summary()) == 4
    assert ws.scorecard_line("MSFT", F4Q25, "revenue").actual == Decimal("77000")
    assert ws.scorecard_line("MSFT", F1Q26, "azure_growth").consensus == Decimal("35.1")
    assert ws.scorecard_line("AMZN", Quarter(2025, 2), "operating_income").guidance is None
    assert ws.scorecard_line("AMZN", Quarter(2025, 3), "eps").actual == Decimal("1.62")
    rows, log = dump(ws)
    assert log == before[1] + 1  # one transaction, one change-log entry
    entry = ws.change_log(1)[0]
    assert entry.kind == "scorecard" and entry.summary == "Imported 4 scorecard figures from changed.xlsx"
    assert read_import(changed, ws).changes == ()  # now it matches

    ws.apply_scorecard_changes(plan.values(forward=False), "undo", plan.created_rows())
    assert dump(ws)[0] == before[0]


def test_a_new_quarter_row_in_the_workbook_creates_the_line(book: Path, ws: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(book)
    sheet = wb[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    row = [None] * len(header)
    row[header.index(L.COL_TICKER)] = "AMZN"
    row[header.index(L.COL_QUARTER)] = "4Q25"
    row[header.index(L.COL_LINE_KEY)] = "capex"
    row[header.index(L.COL_GUIDANCE)] = 35000
    sheet.append(row)
    wb.save(tmp_path / "new.xlsx")
    before = dump(ws)
    plan = read_import(tmp_path / "new.xlsx", ws)
    assert [(c.period, c.field, c.old, c.new, c.created) for c in plan.changes] == [
        (Quarter(2025, 4), "guidance", None, Decimal("35000"), True)]
    ws.apply_scorecard_changes(plan.values(), plan.summary())
    assert ws.scorecard_line("AMZN", Quarter(2025, 4), "capex").guidance == Decimal("35000")
    ws.apply_scorecard_changes(plan.values(forward=False), "undo", plan.created_rows())
    assert dump(ws)[0] == before[0]  # the row the import created is gone again


def test_a_formula_with_a_saved_result_is_read(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    coord = cell_of(keys, "MSFT", "F4Q25 · 2Q25", "revenue", L.COL_ACTUAL)
    plain = edited(book, tmp_path / "f.xlsx", **{coord: "=76441+559"})
    with_result = _with_cached_value(plain, tmp_path / "cached.xlsx", coord, "77000")
    plan = read_import(with_result, ws)
    assert [(c.cell, c.new) for c in plan.changes] == [(coord, Decimal("77000"))]


def _with_cached_value(source: Path, out: Path, coord: str, value: str) -> Path:
    """What Excel saves: the formula and its last result (openpyxl itself writes no result)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                text = data.decode()
                text, n = re.subn(rf'(<c r="{coord}"[^>]*>)<f>([^<]*)</f><v\s*/>|(<c r="{coord}"[^>]*>)<f>([^<]*)</f><v></v>',
                                  lambda m: f"{m.group(1) or m.group(3)}<f>{m.group(2) or m.group(4)}</f><v>{value}</v>",
                                  text)
                if n == 0:
                    text, n = re.subn(rf'(<c r="{coord}"[^>]*>)<f>([^<]*)</f>',
                                      rf"\1<f>\2</f><v>{value}</v>", text)
                assert n == 1
                data = text.encode()
            zout.writestr(item, data)
    return out


def test_defusedxml_protects_openpyxl() -> None:
    assert openpyxl.xml.DEFUSEDXML is True


# ---------------------------------------------------------------------------------- bad input

def refused(path: Path, ws: Workspace, *needles: str) -> str:
    """Import `path`, expecting a refusal whose message holds every needle, and nothing written."""
    before = dump(ws)
    with pytest.raises(ExcelImportError) as caught:
        read_import(path, ws)
    message = str(caught.value)
    for needle in needles:
        assert needle in message, f"{needle!r} not in {message!r}"
    assert message.startswith(f"Nothing was imported from {path.name}:")
    assert dump(ws) == before
    return message


def test_not_an_xlsx(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("Revenue,76441\n", encoding="utf-8")
    refused(path, ws, "notes.xlsx is not an Excel workbook (.xlsx)")


def test_an_old_xls_file(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    refused(path, ws, "old-style .xls workbook", "save it as an Excel Workbook (.xlsx)")


def test_a_zip_that_is_not_a_workbook(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(path, ws, "a zip file but not an Excel workbook")


def test_a_truncated_file(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "truncated.xlsx"
    path.write_bytes(book.read_bytes()[: book.stat().st_size // 2])
    refused(path, ws, "truncated.xlsx is damaged or incomplete")


def test_a_corrupt_part(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "corrupt.xlsx"
    data = bytearray(book.read_bytes())
    with zipfile.ZipFile(book) as archive:
        info = archive.getinfo("xl/worksheets/sheet2.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 100, start + 140):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    refused(path, ws, "corrupt.xlsx is damaged")


def test_a_file_over_the_size_limit_is_refused_before_opening(ws: Workspace, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(L.MAX_IMPORT_BYTES + 1)  # sparse: no 20 MB written to disk
    opened: list[Path] = []
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: opened.append(a[0]))
    refused(path, ws, "huge.xlsx is 20.0 MB; workbooks over 20 MB are not imported")
    assert opened == []


def test_an_xml_bomb_is_refused(book: Path, ws: Workspace, tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
            '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol2;</workbook>')
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = bomb.encode() if item.filename == "xl/workbook.xml" else zin.read(item.filename)
            zout.writestr(item, data)
    refused(path, ws, "bomb.xlsx contains unsafe XML", "Forbidden")


def test_a_missing_sheet(book: Path, ws: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(book)
    del wb[L.SCORECARDS]
    wb.save(tmp_path / "nosheet.xlsx")
    refused(tmp_path / "nosheet.xlsx", ws, "sheet Scorecards: the workbook has no sheet with this name",
            "Summary, Capex")


def test_the_header_text_does_not_say_what_a_column_is(book: Path, ws: Workspace, tmp_path: Path) -> None:
    """The hidden key row does: a retyped header changes nothing; a missing key is refused."""
    letter = openpyxl.utils.get_column_letter(L.SCORECARD_COLUMNS.index(L.COL_GUIDANCE) + 1)
    path = edited(book, tmp_path / "header.xlsx", **{f"{letter}4": "Guide"})
    assert read_import(path, ws).changes == ()
    path = edited(book, tmp_path / "key.xlsx", **{f"{letter}{L.KEY_ROW}": "guide"})
    refused(path, ws, "Scorecards!A3:R3: the hidden key row (row 3) has no column 'Guidance'")


def test_a_missing_header_without_the_key_row(book: Path, ws: Workspace, tmp_path: Path) -> None:
    """A workbook exported before the key row existed is read by its header text."""
    keyless = edited(book, tmp_path / "keyless.xlsx", **{
        f"{openpyxl.utils.get_column_letter(c)}{L.KEY_ROW}": None for c in range(1, 19)})
    assert read_import(keyless, ws).changes == ()
    coordinate = f"{openpyxl.utils.get_column_letter(L.SCORECARD_COLUMNS.index(L.COL_GUIDANCE) + 1)}4"
    path = edited(keyless, tmp_path / "header.xlsx", **{coordinate: "Guide"})
    refused(path, ws, "Scorecards!A4:R4: the header row (row 4) has no column 'Guidance'")


def test_text_in_a_number_cell(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    coord = cell_of(keys, "MSFT", "F4Q25 · 2Q25", "revenue", L.COL_ACTUAL)
    path = edited(book, tmp_path / "text.xlsx", **{coord: "n/a"})
    refused(path, ws, f"Scorecards!{coord}: 'n/a' is text, not a number")


def test_a_number_typed_as_text_is_refused_too(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    coord = cell_of(keys, "AMZN", "2Q25", "capex", L.COL_CONSENSUS)
    path = edited(book, tmp_path / "numtext.xlsx", **{coord: "26,000"})
    refused(path, ws, f"Scorecards!{coord}: '26,000' is text, not a number")


def test_a_date_or_true_false_in_a_number_cell(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    a = cell_of(keys, "AMZN", "2Q25", "revenue", L.COL_ACTUAL)
    b = cell_of(keys, "AMZN", "2Q25", "gross_profit", L.COL_ACTUAL)
    path = edited(book, tmp_path / "types.xlsx", **{a: datetime(2025, 8, 1), b: True})
    refused(path, ws, f"Scorecards!{a}: a date or time, not a number", f"Scorecards!{b}: True is TRUE/FALSE")


def test_a_formula_without_a_saved_result(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    coord = cell_of(keys, "MSFT", "F4Q25 · 2Q25", "revenue", L.COL_ACTUAL)
    path = edited(book, tmp_path / "formula.xlsx", **{coord: "=E6*2"})
    refused(path, ws, f"Scorecards!{coord}: the formula =E6*2 has no saved result")


def test_merged_cells(book: Path, ws: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(book)
    wb[L.SCORECARDS].merge_cells("E5:F5")
    wb.save(tmp_path / "merged.xlsx")
    refused(tmp_path / "merged.xlsx", ws, "Scorecards!E5:F5: merged cells in the table")


def test_an_unknown_company(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = edited(book, tmp_path / "company.xlsx", A5="ORCL")
    refused(path, ws, "Scorecards!A5: unknown company 'ORCL'")


def test_an_unknown_metric(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = edited(book, tmp_path / "metric.xlsx", R5="cloud_magic")
    refused(path, ws, "Scorecards!R5: MSFT has no scorecard line 'cloud_magic' (unknown metric)")


def test_a_bad_or_inconsistent_quarter(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = edited(book, tmp_path / "quarter.xlsx", B5="Q4 2025", B6="F4Q25 · 3Q25")
    refused(path, ws, "Scorecards!B5: 'Q4 2025' is not a quarter",
            "Scorecards!B6: 'F4Q25 · 3Q25': F4Q25 of MSFT is calendar 2Q25, not 3Q25")


def test_duplicate_rows(book: Path, ws: Workspace, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(book)
    sheet = wb[L.SCORECARDS]
    copy = [c.value for c in sheet[5]]
    copy[L.SCORECARD_COLUMNS.index(L.COL_ACTUAL)] = 99999
    sheet.append(copy)
    last = sheet.max_row
    wb.save(tmp_path / "dupe.xlsx")
    refused(tmp_path / "dupe.xlsx", ws, f"Scorecards!A{last}: duplicate row: MSFT F4Q25 · 2Q25 revenue is "
            "also on row 5")


def test_a_rate_typed_as_a_whole_number(book: Path, keys: dict, ws: Workspace, tmp_path: Path) -> None:
    coord = cell_of(keys, "MSFT", "F4Q25 · 2Q25", "op_margin", L.COL_ACTUAL)
    path = edited(book, tmp_path / "rate.xlsx", **{coord: 45})
    refused(path, ws, f"Scorecards!{coord}: 4,500% is not a plausible rate")


def test_a_missing_key_cell(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = edited(book, tmp_path / "key.xlsx", R7=None)
    refused(path, ws, "Scorecards!R7: 'Line key' is empty")


def test_every_problem_is_listed_not_only_the_first(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = edited(book, tmp_path / "many.xlsx", E5="x", E6="y", A7="ZZZ")
    message = refused(path, ws, "Scorecards!E5", "Scorecards!E6", "Scorecards!A7")
    assert len(message.splitlines()) == 4


def test_a_damaged_sheet_is_refused_not_crashed_on(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":  # a text cell pointing at no text
                data, n = re.subn(rb'(<c r="A5"[^>]*t="s"[^>]*><v>)\d+(</v>)', rb"\g<1>oops\g<2>", data)
                assert n == 1
            zout.writestr(item, data)
    refused(path, ws, "Scorecards!A5: the text cell refers to shared string 'oops', but the workbook has")


def test_an_xml_bomb_in_the_sheet_itself_is_refused(book: Path, ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "sheetbomb.xlsx"
    with zipfile.ZipFile(book) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = data.replace(b"<worksheet", b'<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
                                    b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet', 1)
                data = data.replace(b"<sheetData>", b"<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                                    b"<is><t>&b;</t></is></c></row>", 1)
            zout.writestr(item, data)
    refused(path, ws, "sheetbomb.xlsx contains unsafe XML")
