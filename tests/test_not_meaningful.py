"""Diffs against a base of zero or below read "n.m." with beat/miss by the sign of the difference,
and every figure reads at one precision in the window, the workbook and its tooltips (issue 11, 6)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from test_scorecard_model import cell_index, make_model

from desktop_app.domain.calc import Verdict, diff, judge, not_meaningful, sign_verdict
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.io.excel_styles import COLOR_BEAT_FILL, COLOR_MISS_FILL, FMT_PCT_DIFF
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.formats import NOT_MEANINGFUL, fmt_diff
from desktop_app.ui.scorecards import style

F4Q25 = Quarter(2025, 4)
BG, TIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole


def test_diff_against_zero_or_negative_base_is_not_meaningful() -> None:
    assert diff(D(77000), D(-15), Kind.AMOUNT) is None
    assert diff(D(5), D(0), Kind.AMOUNT) is None
    assert not_meaningful(D(77000), D(-15), Kind.AMOUNT)
    assert not_meaningful(D(5), D(0), Kind.AMOUNT)
    assert not not_meaningful(D(5), D(1), Kind.AMOUNT)
    assert not not_meaningful(None, D(-15), Kind.AMOUNT)
    assert not not_meaningful(D(5), D(-1), Kind.RATE)  # ppts are meaningful on any base
    assert diff(D(5), D(-1), Kind.RATE) == D(6)


def test_verdict_follows_the_sign_and_the_polarity() -> None:
    assert judge(D(77000), D(-15), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER) is Verdict.BEAT
    assert judge(D(-20), D(-15), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER) is Verdict.MISS
    assert judge(D(-20), D(-15), Kind.AMOUNT, Polarity.LOWER_IS_BETTER) is Verdict.BEAT
    assert judge(D(10), D(0), Kind.AMOUNT, Polarity.NEUTRAL) is Verdict.ABOVE
    assert sign_verdict(D(-15), D(-15), Polarity.HIGHER_IS_BETTER) is Verdict.IN_LINE
    # A positive base keeps the band: 1% above is in line.
    assert judge(D(101), D(100), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER) is Verdict.IN_LINE


def test_one_precision_per_kind_of_diff() -> None:
    assert fmt_diff(D("4.4676"), Kind.AMOUNT) == "4%"
    assert fmt_diff(D("-2.4"), Kind.AMOUNT) == "(2)%"
    assert fmt_diff(D("4.84"), Kind.RATE) == "4.8 ppts"
    assert fmt_diff(None, Kind.AMOUNT, not_meaningful=True) == NOT_MEANINGFUL == "n.m."


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "nm.cspdesk")
    workspace.set_scorecard_value("MSFT", F4Q25, "revenue", "consensus", D(-15))
    workspace.set_scorecard_value("MSFT", F4Q25, "revenue", "actual", D(77000))
    workspace.set_scorecard_value("MSFT", F4Q25, "capex", "consensus", D(0))
    yield workspace
    workspace.close()


def test_window_shows_nm_coloured_by_sign(ws: Workspace) -> None:
    model = make_model(ws, "MSFT", F4Q25)
    revenue = cell_index(model, "revenue", Col.DIFF)
    assert revenue.data() == "n.m."
    assert model.cell(revenue).verdict is Verdict.BEAT
    assert revenue.data(BG) is not None and revenue.data(BG).name() == style.BEAT_BG
    assert "not meaningful" in revenue.data(TIP) and "(15)" in revenue.data(TIP)
    capex = cell_index(model, "capex", Col.DIFF)  # neutral line: n.m., above, never coloured
    assert capex.data() == "n.m." and model.cell(capex).verdict is Verdict.ABOVE
    assert capex.data(BG) is None
    # Other lines keep their diffs at the one precision: 52,427 / 50,298 - 1 = 4.2% → 4%
    assert cell_index(model, "gross_profit", Col.DIFF).data() == "4%"


def test_cross_csp_reads_nm(ws: Workspace) -> None:
    from desktop_app.domain.cross_csp import cross_rows
    companies = [ws.company("MSFT")]
    rows = cross_rows(companies, {"MSFT": ws.line_defs("MSFT")}, {"MSFT": ws.scorecard_lines("MSFT")})
    revenue = rows[0].figures["revenue"]
    assert revenue.versus.not_meaningful and revenue.versus.verdict is Verdict.BEAT


def test_workbook_shows_nm_text_with_the_verdict_fill(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "nm.xlsx"
    export_workbook(ws, out, exported_at=datetime(2025, 8, 1, 9, 30).astimezone())
    sheet = openpyxl.load_workbook(out)[L.SCORECARDS]
    header = [c.value for c in next(r for r in sheet.iter_rows() if r[0].value == L.SCORECARD_COLUMNS[0])]
    col = {name: i for i, name in enumerate(header)}
    rows = {(r[col[L.COL_TICKER]].value, r[col[L.COL_QUARTER]].value, r[col[L.COL_LINE_KEY]].value): r
            for r in sheet.iter_rows() if r[col[L.COL_LINE_KEY]].value}
    revenue = rows[("MSFT", "F4Q25 · 2Q25", "revenue")][col[L.COL_DIFF]]
    assert revenue.value == "n.m."
    assert revenue.fill.fgColor.rgb.endswith(COLOR_BEAT_FILL)
    capex = rows[("MSFT", "F4Q25 · 2Q25", "capex")][col[L.COL_DIFF]]
    assert capex.value == "n.m." and capex.fill.fill_type is None
    assert not str(rows[("MSFT", "F4Q25 · 2Q25", "gross_profit")][col[L.COL_DIFF]].fill.fgColor.rgb) \
        .endswith(COLOR_MISS_FILL)


def test_capex_vs_consensus_reads_the_same_everywhere(qtbot, tmp_path: Path) -> None:
    """MSFT F4Q25 capex 24,200 vs consensus 23,165 = +4.47%: `4%` on Scorecards, the Capex tab and
    in the workbook (the number format shows whole percent)."""
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(Workspace.open(tmp_path / "p.cspdesk"))
    qtbot.addWidget(window)
    ws = window.workspace
    scorecard = make_model(ws, "MSFT", F4Q25)
    assert cell_index(scorecard, "capex", Col.DIFF).data() == "4%"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    capex = window.tab_page(titles.index("Capex")).figures_model
    headers = [capex.headerData(c, Qt.Orientation.Horizontal) for c in range(capex.columnCount())]
    vs = headers.index("vs Cons.")
    found = [capex.index(r, vs).data() for r in range(capex.rowCount())
             if capex.row(r).company == "MSFT" and capex.row(r).point is not None
             and capex.row(r).point.calendar == Quarter(2025, 2)]
    assert found == ["4%"]
    out = tmp_path / "p.xlsx"
    export_workbook(ws, out, exported_at=datetime(2025, 8, 1, 9, 30).astimezone())
    sheet = openpyxl.load_workbook(out)[L.SCORECARDS]
    cells = [row for row in sheet.iter_rows() if any(c.value == "capex" for c in row)
             and any(c.value == "F4Q25 · 2Q25" for c in row)]
    header = [c.value for c in next(r for r in sheet.iter_rows() if r[0].value == L.SCORECARD_COLUMNS[0])]
    diff_cell = cells[0][header.index(L.COL_DIFF)]
    assert diff_cell.value == pytest.approx(24200 / 23165 - 1)
    assert diff_cell.number_format == FMT_PCT_DIFF


def test_a_workbook_with_nm_cells_imports_back_as_no_change(ws: Workspace, tmp_path: Path) -> None:
    from desktop_app.io.excel_import import read_import

    out = tmp_path / "nm.xlsx"
    export_workbook(ws, out)
    assert read_import(out, ws).changes == ()  # the text n.m. sits in a diff column, never read back
