"""The Excel summary workbook: written from a real workspace, read back with openpyxl and pandas.

Every sheet is there, every scorecard figure equals the workspace, numbers are numbers in the house
formats, beat/miss fills follow polarity, the capex chart is a native bar chart, and every sheet
has frozen headers, an autofilter, a landscape fit-to-width print setup. The safe write leaves an
existing file intact, and no temporary file behind, whatever fails.
"""

from __future__ import annotations

import errno
import os
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_app.domain.metrics import Kind
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import ExcelExportError, export_workbook, write_atomically
from desktop_app.io.excel_styles import (
    COLOR_BEAT_FILL,
    COLOR_DERIVED_FILL,
    COLOR_MISS_FILL,
    FMT_AMOUNT,
    FMT_AMOUNT_2,
    FMT_PCT_DIFF,
    FMT_PERCENT,
    FMT_PPTS,
    text_width,
)
from desktop_app.storage.workspace import Workspace

EXPORTED_AT = datetime(2025, 8, 1, 9, 30).astimezone()
NUMBER_AS_TEXT = re.compile(r"^\(?-?[\d,]+(\.\d+)?\)?%?$")
YEAR_LABEL = re.compile(r"^20\d\d$")


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "w.cspdesk")
    yield workspace
    workspace.close()


@pytest.fixture
def book(ws: Workspace, tmp_path: Path) -> Path:
    out = tmp_path / "summary.xlsx"
    result = export_workbook(ws, out, exported_at=EXPORTED_AT, author="Test PM")
    assert result.path == out and out.is_file()
    assert result.sheets == L.SHEETS
    return out


def _rows(sheet) -> list[dict[str, object]]:
    header = [c.value for c in sheet[L.HEADER_ROW]]
    out = []
    for row in sheet.iter_rows(min_row=L.HEADER_ROW + 1):
        values = {h: c for h, c in zip(header, row) if h}
        if values.get(L.COL_TICKER) is None or values[L.COL_TICKER].value is None:
            break
        out.append(values)
    return out


def _expected(value: Decimal | None, kind: Kind) -> float | None:
    if value is None:
        return None
    return float(value / 100) if kind.is_rate else float(value)


def test_every_sheet_in_order_with_title_and_author(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == list(L.SHEETS)
    assert wb.properties.title == "CSP Desk summary 2025-08-01"
    assert wb.properties.creator == "Test PM"
    assert "CSP Desk" in (wb.properties.description or "")


def test_every_scorecard_figure_equals_the_workspace(book: Path, ws: Workspace) -> None:
    sheet = openpyxl.load_workbook(book)[L.SCORECARDS]
    rows = _rows(sheet)
    lines = ws.scorecard_lines()
    assert len(rows) == len(lines) > 100
    kinds = {(c.ticker, d.key): d.kind for c in ws.companies() for d in ws.line_defs(c.ticker)}
    for row, line in zip(rows, lines):  # same order: coverage, quarter, line position
        company = ws.company(line.company)
        assert row[L.COL_TICKER].value == line.company
        assert row[L.COL_QUARTER].value == company.period_label(line.period)
        assert row[L.COL_LINE_KEY].value == line.line
        kind = kinds[(line.company, line.line)]
        for column, field in L.VALUE_COLUMNS.items():
            cell = row[column]
            expected = _expected(getattr(line, field), kind)
            if expected is None:
                assert cell.value is None, f"{cell.coordinate} should be empty, not {cell.value!r}"
            else:
                assert isinstance(cell.value, int | float), cell.coordinate
                assert cell.value == pytest.approx(expected, rel=1e-12), cell.coordinate
                fmt = {Kind.AMOUNT: FMT_AMOUNT, Kind.PER_SHARE: FMT_AMOUNT_2, Kind.RATE: FMT_PERCENT}[kind]
                assert cell.number_format == fmt, cell.coordinate


def test_pandas_reads_every_sheet_and_the_same_numbers(book: Path, ws: Workspace) -> None:
    frames = pd.read_excel(book, sheet_name=None, header=L.HEADER_ROW - 1)
    assert list(frames) == list(L.SHEETS)
    scorecards = frames[L.SCORECARDS]
    assert list(scorecards.columns) == list(L.SCORECARD_COLUMNS)
    lines = ws.scorecard_lines()
    assert scorecards[L.COL_ACTUAL].dtype.kind == "f"
    msft_revenue = scorecards[(scorecards[L.COL_TICKER] == "MSFT") & (scorecards[L.COL_LINE_KEY] == "revenue")]
    assert list(msft_revenue[L.COL_ACTUAL].fillna(-1)) == [76441, -1]
    assert list(msft_revenue[L.COL_GUIDANCE]) == [73700, 75250]
    actual_total = sum(float(x.actual) for x in lines if x.actual is not None and x.line == "revenue")
    assert scorecards.loc[scorecards[L.COL_LINE_KEY] == "revenue", L.COL_ACTUAL].sum() == actual_total
    summary = frames[L.SUMMARY]
    assert list(summary["Company"][:4]) == ["Microsoft", "Amazon", "Alphabet", "Meta"]
    assert summary["Upside"][0] == pytest.approx(660 / 534 - 1)
    supply = frames[L.SUPPLY_CHAIN]
    assert len(supply) == len(ws.supply_chain())
    assert supply["Target (NT$)"].sum() == sum(float(e.target_ntd) for e in ws.supply_chain() if e.target_ntd)


def test_derived_columns_formats_and_polarity_fills(book: Path) -> None:
    sheet = openpyxl.load_workbook(book)[L.SCORECARDS]
    rows = {(r[L.COL_TICKER].value, r[L.COL_QUARTER].value, r[L.COL_LINE_KEY].value): r for r in _rows(sheet)}
    revenue = rows[("MSFT", "F4Q25 · 2Q25", "revenue")]
    assert revenue[L.COL_DIFF].value == pytest.approx(76441 / 73911 - 1)
    assert revenue[L.COL_DIFF].number_format == FMT_PCT_DIFF  # whole percent, as the window shows it
    assert revenue[L.COL_DIFF].fill.fgColor.rgb.endswith(COLOR_BEAT_FILL)  # revenue above consensus
    tax_rate = rows[("MSFT", "F4Q25 · 2Q25", "tax_rate")]
    assert tax_rate[L.COL_DIFF].value == pytest.approx(16.5 - 18.7)
    assert tax_rate[L.COL_DIFF].number_format == FMT_PPTS
    assert tax_rate[L.COL_DIFF].fill.fgColor.rgb.endswith(COLOR_BEAT_FILL)  # a lower tax rate is good
    aws_oi = rows[("AMZN", "2Q25", "aws_oi")]
    assert aws_oi[L.COL_DIFF].fill.fgColor.rgb.endswith(COLOR_MISS_FILL)
    capex = rows[("MSFT", "F4Q25 · 2Q25", "capex")]
    assert capex[L.COL_DIFF].value == pytest.approx(24200 / 23165 - 1)
    assert capex[L.COL_DIFF].fill.fill_type is None  # neutral: shown, never coloured
    eps = rows[("MSFT", "F4Q25 · 2Q25", "eps")]
    assert eps[L.COL_ACTUAL].value == 3.65 and eps[L.COL_ACTUAL].number_format == FMT_AMOUNT_2
    # Where no prior-year figure exists, the printed YoY is shown, in italics.
    assert revenue[L.COL_YOY].value == pytest.approx(0.18) and revenue[L.COL_YOY].font.i
    # A printed figure the figures contradict is flagged with both in a comment.
    qoq = rows[("MSFT", "F1Q26 · 3Q25", "capex")][L.COL_QOQ]
    assert qoq.value == pytest.approx(30000 / 24200 - 1)
    assert "76%" in qoq.comment.text and "24%" in qoq.comment.text
    # The next-quarter block has no actual: empty, never 0.
    assert rows[("MSFT", "F1Q26 · 3Q25", "revenue")][L.COL_ACTUAL].value is None


def test_values_are_numbers_never_number_text(book: Path) -> None:
    wb = openpyxl.load_workbook(book)
    numbers = 0
    for sheet in wb:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not YEAR_LABEL.match(cell.value):  # "2025" is a period
                    assert not NUMBER_AS_TEXT.match(cell.value.strip()), f"{sheet.title}!{cell.coordinate}"
                elif isinstance(cell.value, int | float):
                    numbers += 1
    assert numbers > 500


def test_every_sheet_is_frozen_filtered_and_prints_landscape_legibly(book: Path) -> None:
    """Landscape at 80 % (10-point text prints at 8 points, the smallest font of the workbook), each
    sheet repeating its own header row and its key columns on every page; the Capex sheet, whose
    annual-outlook table starts a page of its own, repeats no header."""
    wb = openpyxl.load_workbook(book)
    for sheet in wb:
        assert sheet.freeze_panes and sheet.freeze_panes[1:] == str(L.HEADER_ROW + 1), sheet.title
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A4:"), sheet.title
        if sheet.title == L.CAPEX:
            assert sheet.print_title_rows is None and [b.id for b in sheet.row_breaks.brk]
        else:
            assert sheet.print_title_rows == "$4:$4", sheet.title
            assert sheet.print_title_cols and sheet.print_title_cols.startswith("$A:"), sheet.title
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.scale == 80 and not sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet["A1"].font.b and sheet["A1"].value
        sizes = {cell.font.sz for row in sheet.iter_rows() for cell in row if cell.value is not None}
        assert min(sizes) * 0.8 >= 8, (sheet.title, sizes)
    scorecards = wb[L.SCORECARDS]
    assert scorecards.freeze_panes == "D5"  # ticker, quarter and line stay in view
    assert scorecards.print_title_cols == "$A:$C"
    hidden = [k for k, d in scorecards.column_dimensions.items() if d.hidden]
    assert hidden == ["R"] and scorecards["R4"].value == L.COL_LINE_KEY
    # The figures print on the first pages; a page ends after vs guidance, and at each new company.
    header = [c.value for c in scorecards[L.HEADER_ROW]]
    assert header.index(L.COL_VS_GUIDANCE) + 1 in [b.id for b in scorecards.col_breaks.brk]
    breaks = [b.id for b in scorecards.row_breaks.brk]
    tickers = [scorecards.cell(r, 1).value for r in range(L.HEADER_ROW + 1, scorecards.max_row + 1)]
    firsts = [L.HEADER_ROW + 1 + i for i, t in enumerate(tickers) if i and t != tickers[i - 1]]
    assert firsts and breaks == [row - 1 for row in firsts]


def test_column_widths_fit_their_text_and_count_wide_characters_double(book: Path, ws: Workspace) -> None:
    sheet = openpyxl.load_workbook(book)[L.SUPPLY_CHAIN]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    product_zh = openpyxl.utils.get_column_letter(header.index("產品") + 1)
    longest = max(text_width(e.product_zh) for e in ws.supply_chain())
    assert longest >= 2 * 11  # 伺服器原廠委託設計代工: 11 wide characters
    assert sheet.column_dimensions[product_zh].width >= longest
    ticker = openpyxl.utils.get_column_letter(header.index("Ticker") + 1)
    assert 8 <= sheet.column_dimensions[ticker].width <= 14  # "2301 TT", not a default or huge width


def test_capex_sheet_has_the_calendar_table_and_a_native_bar_chart(book: Path, ws: Workspace) -> None:
    wb = openpyxl.load_workbook(book)
    sheet = wb[L.CAPEX]
    assert [c.value for c in sheet[L.HEADER_ROW]][:3] == ["Quarter", "Microsoft", "Amazon"]
    labels = [sheet.cell(r, 1).value for r in range(L.HEADER_ROW + 1, L.HEADER_ROW + 9)]
    # Every quarter names Microsoft's fiscal quarter too, as the chart in the window does.
    assert labels[:2] == ["4Q23 / F2Q24", "1Q24 / F3Q24"] and "2Q25 / F4Q25" in labels and "3Q25 / F1Q26" in labels
    row = L.HEADER_ROW + 1 + labels.index("2Q25 / F4Q25")
    assert sheet.cell(row, 2).value == 24200 and sheet.cell(row, 3).value == 32183
    derived = sheet.cell(L.HEADER_ROW + 1 + labels.index("2Q24 / F4Q24"), 3)  # Amazon 2Q24 = 32,183 / 1.83
    assert derived.value == 17586 and derived.fill.fgColor.rgb.endswith(COLOR_DERIVED_FILL)
    assert derived.comment is not None and "1 + 83" in derived.comment.text
    charts = sheet._charts
    assert len(charts) == 1
    chart = charts[0]
    assert chart.tagname == "barChart" and chart.type == "col"
    assert len(chart.series) == 2
    with zipfile.ZipFile(book) as archive:
        xml = archive.read("xl/charts/chart1.xml").decode()
    assert "<c:barChart>" in xml or "<barChart>" in xml.replace("c:", "")
    assert "<f>'Capex'!$B$5:$B$12</f>" in xml and "<f>'Capex'!$A$5:$A$12</f>" in xml


def test_summary_ranking_history_and_sources(book: Path, ws: Workspace) -> None:
    wb = openpyxl.load_workbook(book)
    summary = wb[L.SUMMARY]
    assert [summary.cell(r, 2).value for r in range(5, 9)] == ["Microsoft", "Amazon", "Alphabet", "Meta"]
    assert summary["E5"].value == 534 and summary["G5"].value == 660
    assert summary["F5"].value == "not given (stale)"  # Figure 1's note prints no date
    assert summary["H5"].value == pytest.approx(660 / 534 - 1) and summary["H5"].number_format == FMT_PERCENT
    assert "Stale price" in summary["H5"].comment.text
    assert summary["I5"].value == 0 and "▲" in summary["I5"].number_format  # no move since 2Q25
    assert summary["J5"].value == ws.ranking()[0].rationale
    texts = [c.value for row in summary.iter_rows(min_row=10) for c in row if c.value is not None]
    assert "w" in texts and "Test PM" in texts  # the workspace's name, never its folder
    everything = [str(c.value) for sheet in wb for row in sheet.iter_rows() for c in row if c.value]
    assert not any(str(Path(ws.path).parent) in text for text in everything)
    assert any(isinstance(v, datetime) and v.date() == EXPORTED_AT.date() for v in texts)
    assert summary.column_dimensions["B"].width >= len("2025-08-01 09:30")  # a date never shows ###
    history = wb[L.HISTORY]
    header = [c.value for c in history[L.HEADER_ROW]]
    for snapshot in ws.snapshots():
        assert any(h and h.startswith(snapshot.label) for h in header)
    assert header[-3:] == ["Current", "Move", "Rationale"]
    alphabet = [c.value for c in history[L.HEADER_ROW + 3]]  # rank 3
    assert alphabet[1] == "Meta (META)" and alphabet[4] == "Alphabet (GOOGL)" and alphabet[5] == 1
    sources = wb[L.SOURCES]
    cells = {c.value for row in sources.iter_rows() for c in row if isinstance(c.value, str)}
    for source in ws.sources():
        assert source.note_id in cells and source.title_en in cells and source.file in cells
    cited = {c.value for row in wb[L.CITATIONS].iter_rows() for c in row if isinstance(c.value, str)}
    for line in ws.scorecard_lines():
        assert line.source is None or line.source.figure in cited


# ---------------------------------------------------------------------------------- safe write

def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "summary.xlsx"
    target.write_bytes(b"the previous workbook")
    return target


def test_export_replaces_an_existing_file_whole(ws: Workspace, existing: Path) -> None:
    export_workbook(ws, existing)
    assert zipfile.is_zipfile(existing)
    assert _leftovers(existing.parent) == []


def test_a_full_disk_leaves_the_existing_file_and_no_temporary_file(
    ws: Workspace, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.io import excel_xml

    def full(saved, parts, out, level=6, strings=None):  # noqa: ANN001, ANN202
        Path(out).write_bytes(saved[:1000])  # the disk fills up half-way through the file
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(excel_xml, "patch", full)
    with pytest.raises(ExcelExportError) as caught:
        export_workbook(ws, existing)
    assert "No space left on device" in str(caught.value)
    assert str(existing) in str(caught.value) and "left as it was" in str(caught.value)
    assert existing.read_bytes() == b"the previous workbook"
    assert _leftovers(existing.parent) == []


def test_a_read_only_folder_is_refused_and_nothing_is_written(
    ws: Workspace, existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = existing.parent
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:  # root ignores permissions: refuse the way the kernel does for a user
            real_open = os.open

            def denied(path, flags, *args):  # noqa: ANN001, ANN202
                if Path(path).parent == folder and flags & os.O_CREAT:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
                return real_open(path, flags, *args)

            monkeypatch.setattr(os, "open", denied)
        with pytest.raises(ExcelExportError) as caught:
            export_workbook(ws, existing)
    finally:
        folder.chmod(0o755)
    assert f"Cannot write in the folder {folder}: Permission denied" in str(caught.value)
    assert existing.read_bytes() == b"the previous workbook"
    assert _leftovers(folder) == []


def test_a_folder_at_the_target_path_is_refused(ws: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "summary.xlsx"
    target.mkdir()
    with pytest.raises(ExcelExportError, match="it is a folder"):
        export_workbook(ws, target)
    assert target.is_dir() and list(target.iterdir()) == []
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("lock", ["~$summary.xlsx", ".~lock.summary.xlsx#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_not_overwritten(
    ws: Workspace, existing: Path, lock: str
) -> None:
    (existing.parent / lock).write_bytes(b"lock")
    with pytest.raises(ExcelExportError, match="it is open in (Excel|LibreOffice)"):
        export_workbook(ws, existing)
    assert existing.read_bytes() == b"the previous workbook"
    assert _leftovers(existing.parent) == []


def test_a_rename_that_fails_removes_the_temporary_file(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(src, dst):  # noqa: ANN001, ANN202
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ExcelExportError, match="open in another program"):
        write_atomically(existing, lambda temp: temp.write_bytes(b"new"))
    assert existing.read_bytes() == b"the previous workbook"
    assert _leftovers(existing.parent) == []


def test_a_missing_folder_is_refused(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ExcelExportError, match="does not exist"):
        export_workbook(ws, tmp_path / "nowhere" / "summary.xlsx")


def test_progress_is_reported_and_can_cancel(ws: Workspace, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    export_workbook(ws, tmp_path / "a.xlsx", progress=lambda d, t, w: seen.append((d, t, w)) or True)
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] and seen[-1][2] == "Saved"
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    from desktop_app.io.excel_export import ExportCancelled

    with pytest.raises(ExportCancelled):
        export_workbook(ws, tmp_path / "b.xlsx", progress=lambda d, t, w: w != "Saving the file")
    assert not (tmp_path / "b.xlsx").exists() and _leftovers(tmp_path) == []


def test_text_with_markup_characters_line_breaks_and_cjk_survives(ws: Workspace, tmp_path: Path) -> None:
    from desktop_app.domain.ranking import RankEntry

    tricky = "Azure > AWS & <Google>\n第二行：雲端 \x01 trailing "
    entries = [RankEntry(e.ticker, tricky if i == 0 else e.rationale) for i, e in enumerate(ws.ranking())]
    ws.set_ranking(entries, "test")
    out = tmp_path / "tricky.xlsx"
    export_workbook(ws, out)
    cell = openpyxl.load_workbook(out)[L.SUMMARY]["J5"]
    stored = ws.ranking()[0].rationale
    assert "\n" in stored and "<Google>" in stored and "\x01" in stored
    assert cell.value == stored.replace("\x01", "")  # a control character XML cannot hold is dropped
    assert cell.alignment.wrap_text
    assert pd.read_excel(out, sheet_name=L.SUMMARY, header=L.HEADER_ROW - 1)["Rationale"][0] == cell.value
