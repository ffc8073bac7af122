"""The scorecard models as the user sees them: every printed figure of Figures 2 and 3 shown (or
flagged where listed), house formats, colours by polarity, tooltips, the cross-CSP models."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from test_printed_figures import NOT_REPRODUCIBLE, WITHIN_INPUT_ROUNDING

from desktop_app.domain.cross_csp import cross_rows, read_orders
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col, Origin, build_view, growth_is_guidance
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.formats import fmt_diff
from desktop_app.ui.models.scorecard import LINE_COLUMN, SOURCE_COLUMN, ScorecardModel
from desktop_app.ui.scorecards import style
from desktop_app.ui.scorecards.cross_models import FIRST_FIGURE, CloudReadModel, CrossCspModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
BG, FG, TIP = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole
F4Q25, Q2_25 = Quarter(2025, 4), Quarter(2025, 2)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.open(tmp_path_factory.mktemp("scorecard") / "s.cspdesk")
    yield workspace
    workspace.close()


def make_model(ws: Workspace, ticker: str, period: Quarter) -> ScorecardModel:
    model = ScorecardModel()
    defs = ws.line_defs(ticker)
    model.set_view(ws.company(ticker), period, build_view(defs, ws.scorecard_lines(ticker), period), defs,
                   {s.note_id: s for s in ws.sources()})
    return model


def cell_index(model: ScorecardModel, line: str, col: Col):
    row = model.row_of(line)
    assert row >= 0, line
    return model.index(row, model.column_of(col))


# printed field -> (column of the quarter's own block, column when the row is the next-quarter block)
_FIELD_COLUMNS = {
    "actual_vs_consensus": Col.DIFF, "actual_vs_guidance": Col.VS_GUIDANCE, "yoy": Col.YOY,
    "qoq": Col.QOQ, "guidance_vs_consensus": Col.NEXT_DIFF,
}
_NEXT_COLUMNS = {"guidance_vs_consensus": Col.NEXT_DIFF, "yoy": Col.NEXT_YOY, "qoq": Col.NEXT_QOQ}


def _printed_cells(ws: Workspace):
    """(key as in test_printed_figures, the model index showing it, printed value, line kind)."""
    for line in ws.scorecard_lines():
        defs = {d.key: d for d in ws.line_defs(line.company)}
        next_block = growth_is_guidance(line)
        period = line.period.shifted(-1) if next_block else line.period
        model = make_model(ws, line.company, period)
        for name in ("actual_vs_consensus", "actual_vs_guidance", "guidance_vs_consensus", "yoy", "qoq"):
            printed = getattr(line.printed, name)
            if printed is None:
                continue
            col = _NEXT_COLUMNS[name] if next_block else _FIELD_COLUMNS[name]
            key = (line.company, line.period.fiscal_label(), line.line, name)
            yield key, model, cell_index(model, line.line, col), printed, defs[line.line].kind


def test_every_printed_figure_of_figures_2_and_3_is_shown(ws: Workspace) -> None:
    """Each computed cell equals the printed value after rounding, or is a listed exception
    (flagged, with both figures in its tooltip); a print without inputs is shown, in italic."""
    seen = flagged = 0
    for key, model, index, printed, kind in _printed_cells(ws):
        seen += 1
        cell = model.cell(index)
        if key in NOT_REPRODUCIBLE:
            flagged += 1
            assert cell.flagged and index.data(style.FLAG_ROLE) == "mismatch", key
            tip = index.data(TIP)
            assert fmt_diff(printed, kind) in tip and "differ beyond rounding" in tip
            continue
        assert index.data() == fmt_diff(printed, kind), key
        assert index.data(style.FLAG_ROLE) is None, key
        if key in WITHIN_INPUT_ROUNDING or cell.origin is Origin.PRINTED:
            assert index.data(Qt.ItemDataRole.FontRole).italic(), key
        else:
            assert cell.origin is Origin.COMPUTED, key
    assert seen >= 150 and flagged == len(NOT_REPRODUCIBLE)


def test_qt_model_tester(qtmodeltester, ws: Workspace) -> None:
    for ticker, period in (("MSFT", F4Q25), ("AMZN", Q2_25), ("MSFT", Quarter(2026, 1))):
        model = make_model(ws, ticker, period)
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    qtmodeltester.check(ScorecardModel())


def test_house_formats_and_alignment(ws: Workspace) -> None:
    model = make_model(ws, "MSFT", F4Q25)
    assert cell_index(model, "revenue", Col.ACTUAL).data() == "76,441"
    assert cell_index(model, "eps", Col.ACTUAL).data() == "3.65"
    assert cell_index(model, "op_margin", Col.ACTUAL).data() == "44.9%"
    assert cell_index(model, "azure_growth", Col.DIFF).data() == "4.8 ppts"
    assert cell_index(model, "ic_margin", Col.DIFF).data() == "(0.2) ppts"
    assert cell_index(model, "mpc_revenue", Col.YOY).data() == "(15)%"
    assert cell_index(model, "revenue", Col.NEXT_QOQ).data() == "(2)%"
    index = cell_index(model, "revenue", Col.ACTUAL)
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.index(index.row(), LINE_COLUMN).data(Qt.ItemDataRole.TextAlignmentRole) != RIGHT
    assert model.headerData(model.column_of(Col.DIFF), Qt.Orientation.Horizontal,
                            Qt.ItemDataRole.TextAlignmentRole) == RIGHT


def test_missing_is_empty_never_zero(ws: Workspace) -> None:
    for ticker, period in (("MSFT", F4Q25), ("AMZN", Q2_25)):
        model = make_model(ws, ticker, period)
        empties = 0
        for row in range(model.rowCount()):
            for column in range(1, SOURCE_COLUMN):
                cell = model.cell(model.index(row, column))
                if cell is not None and cell.value is None:
                    empties += 1
                    assert model.index(row, column).data() == ""
        assert empties > 20
    model = make_model(ws, "MSFT", F4Q25)
    assert cell_index(model, "pbp_oi", Col.GUIDANCE).data() == ""
    assert cell_index(model, "revenue", Col.QOQ).data() == ""


def test_sections_are_title_rows(ws: Workspace) -> None:
    model = make_model(ws, "AMZN", Q2_25)
    titles = [model.index(r, 0).data() for r in range(model.rowCount()) if model.is_section(r)]
    assert titles[:3] == ["Revenue and segments", "By market (Retail & Other)", "Profit"]
    first = next(r for r in range(model.rowCount()) if model.is_section(r))
    assert model.index(first, 1).data() == "" and not model.flags(model.index(first, 1)) & \
        Qt.ItemFlag.ItemIsSelectable
    assert model.headerData(1, Qt.Orientation.Horizontal, style.GROUP_ROLE) == "2Q25 results"
    assert model.headerData(model.column_of(Col.NEXT_DIFF), Qt.Orientation.Horizontal,
                            style.GROUP_ROLE) == "3Q25 outlook"


def test_beat_and_miss_colours_follow_polarity(ws: Workspace) -> None:
    msft, amzn = make_model(ws, "MSFT", F4Q25), make_model(ws, "AMZN", Q2_25)
    beat, miss = QColor(style.BEAT_BG), QColor(style.MISS_BG)
    assert cell_index(msft, "revenue", Col.DIFF).data(BG) == beat
    assert cell_index(msft, "tax", Col.DIFF).data(BG) == beat  # tax below consensus
    assert cell_index(msft, "tax_rate", Col.DIFF).data(BG) == beat  # 16.5% vs 18.7%
    assert cell_index(msft, "tax_rate", Col.NEXT_DIFF).data(BG) == miss  # guided 19.5% vs 18.5%
    assert cell_index(amzn, "aws_oi", Col.DIFF).data(BG) == miss
    assert cell_index(msft, "capex", Col.DIFF).data(BG) is None  # neutral: shown, not coloured
    assert cell_index(amzn, "capex", Col.NEXT_DIFF).data(BG) is None
    assert cell_index(amzn, "aws_revenue", Col.DIFF).data(BG) is None  # in line
    assert cell_index(msft, "revenue", Col.YOY).data(BG) is None  # growth is not judged
    assert cell_index(msft, "revenue", Col.DIFF).data(FG) == QColor(style.BEAT_FG)


def test_colours_are_readable() -> None:
    assert style.contrast_ratio(style.BEAT_FG, style.BEAT_BG) >= 7
    assert style.contrast_ratio(style.MISS_FG, style.MISS_BG) >= 7
    assert style.contrast_ratio(style.SECTION_FG, style.SECTION_BG) >= 7
    assert style.contrast_ratio("#000000", "#ffffff") == pytest.approx(21)


def test_tooltips_give_formula_inputs_source_and_remark(ws: Workspace) -> None:
    model = make_model(ws, "MSFT", F4Q25)
    tip = cell_index(model, "revenue", Col.DIFF).data(TIP)
    for part in ("actual (F4Q25 · 2Q25) / ", "76,441 / 73,911 − 1 = 3.42%", "Printed in the note: 3%",
                 "Beat", "Figure 2 (4Q25) · line 202"):
        assert part in tip, part
    yoy = cell_index(model, "pbp_revenue", Col.YOY).data(TIP)
    assert "As printed" in yoy and "F4Q24 · 2Q24" in yoy and "cannot be checked" in yoy  # the remark
    rounding = cell_index(model, "azure_growth", Col.DIFF).data(TIP)
    assert "4.8 ppts" in rounding and "unrounded" in rounding and "39% − 34% = 5.00 ppts" in rounding
    capex = cell_index(model, "capex", Col.NEXT_QOQ).data(TIP)
    assert "76%" in capex and "23.97%" in capex and "Figure 2 (1Q26F)" in capex
    margin = cell_index(model, "op_margin", Col.ACTUAL).data(TIP)
    assert "34,323 / 76,441 = 44.90%" in margin and "edit" in margin


def test_only_actual_consensus_guidance_are_editable(ws: Workspace) -> None:
    model = make_model(ws, "MSFT", F4Q25)
    row = model.row_of("revenue")
    editable = {col for col in Col if model.flags(model.index(row, model.column_of(col)))
                & Qt.ItemFlag.ItemIsEditable}
    assert editable == {Col.ACTUAL, Col.CONSENSUS, Col.GUIDANCE, Col.NEXT_GUIDANCE, Col.NEXT_CONSENSUS}
    assert cell_index(model, "revenue", Col.ACTUAL).data(Qt.ItemDataRole.EditRole) == "76,441"
    assert cell_index(model, "ic_margin", Col.DIFF).data(Qt.ItemDataRole.EditRole) is None


def _cross_model(ws: Workspace, calendar: Quarter | None = None) -> CrossCspModel:
    companies = ws.companies()
    defs = {c.ticker: ws.line_defs(c.ticker) for c in companies}
    lines = {c.ticker: ws.scorecard_lines(c.ticker) for c in companies}
    model = CrossCspModel()
    model.set_rows(cross_rows(companies, defs, lines, calendar), defs, {s.note_id: s for s in ws.sources()},
                   calendar.calendar_label() if calendar else "")
    return model


def test_cross_csp_model(qtmodeltester, ws: Workspace) -> None:
    model = _cross_model(ws)
    qtmodeltester.check(model)
    rows = {model.row(r).company.ticker: r for r in range(model.rowCount())}
    assert [model.index(rows[t], 1).data() for t in ("MSFT", "AMZN")] == ["2Q25", "2Q25"]
    assert model.index(rows["MSFT"], 2).data() == "F4Q25" and model.index(rows["AMZN"], 2).data() == "2Q25"
    figures = {model.headerData(c, Qt.Orientation.Horizontal, style.GROUP_ROLE): c
               for c in range(FIRST_FIGURE, model.columnCount(), 2)}
    cloud, revenue, capex = figures["Cloud growth (YoY)"], figures["Revenue (US$mn)"], figures["Capex (US$mn)"]
    assert model.index(rows["MSFT"], revenue).data() == "76,441"
    assert model.index(rows["MSFT"], revenue + 1).data(BG) == QColor(style.BEAT_BG)
    assert model.index(rows["MSFT"], cloud).data() == "39%"
    assert model.index(rows["MSFT"], cloud + 1).data() == "4.8 ppts"
    aws = model.index(rows["AMZN"], cloud)
    assert aws.data() == "17%" and aws.data(Qt.ItemDataRole.FontRole).italic()  # printed YoY
    assert "AWS revenue YoY" in aws.data(TIP) and "As printed" in aws.data(TIP)
    assert model.index(rows["AMZN"], cloud + 1).data() == "0% (revenue)"
    assert model.index(rows["AMZN"], capex + 1).data(BG) is None  # capex is neutral
    for ticker in ("GOOGL", "META"):
        texts = [model.index(rows[ticker], c).data() for c in range(FIRST_FIGURE, model.columnCount())]
        assert texts[0] == "No reported quarter yet" and not any(texts[1:])  # lines, no quarter
        assert model.row_span(rows[ticker]) == (FIRST_FIGURE, model.columnCount() - FIRST_FIGURE)
    later = _cross_model(ws, Quarter(2025, 3))
    qtmodeltester.check(later)
    assert later.index(rows["MSFT"], FIRST_FIGURE).data() == "Not reported for 3Q25"


def test_cloud_read_model(qtmodeltester, ws: Workspace) -> None:
    model = CloudReadModel()
    orders = read_orders(ws.cloud_reads())
    model.set_orders(orders, {c.ticker: c for c in ws.companies()}, {s.note_id: s for s in ws.sources()})
    qtmodeltester.check(model)
    titles = [model.index(r, 0).data() for r in range(model.rowCount()) if model.row_span(r)]
    assert any(t.startswith("2Q25: Azure > Google Cloud > AWS") for t in titles)
    assert any(t.startswith("4Q24: AWS > Azure > Google Cloud") for t in titles)
    texts = {model.index(r, 1).data(): model.index(r, 4).data() for r in range(model.rowCount())}
    assert texts["Azure"] in ("5 ppts", "(1) ppts")


def test_models_stay_free_of_widgets() -> None:
    import desktop_app.ui.models.scorecard as scorecard_model
    import desktop_app.ui.scorecards.cross_models as cross

    for module in (scorecard_model, cross):
        assert "QtWidgets" not in Path(module.__file__).read_text(encoding="utf-8")
    assert D("1")  # Decimal stays the figure type of the domain the models adapt
