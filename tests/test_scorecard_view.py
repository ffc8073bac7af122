"""The scorecard view rows (domain): computed where the inputs exist, printed otherwise, flagged
where the two disagree; the cross-CSP rows; the research figures (upside, target change)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from desktop_app.domain.calc import Verdict
from desktop_app.domain.checks import Agreement
from desktop_app.domain.cross_csp import cloud_growth_line, cross_rows, read_orders, reported_calendars
from desktop_app.domain.periods import Quarter
from desktop_app.domain.research_view import (
    forecast_blocks,
    other_csps,
    revenue_share_key,
    target_view,
)
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import Col, Origin, build_view, growth_is_guidance, latest_reported
from desktop_app.io.seed_data import load_seed

SEED = load_seed()
F4Q25, F1Q26, Q2_25 = Quarter(2025, 4), Quarter(2026, 1), Quarter(2025, 2)


def _defs(company: str) -> list:
    return [d for d in SEED.lines if d.company == company]


def _lines(company: str) -> list[ScorecardLine]:
    return [x for x in SEED.scorecard if x.company == company]


def _rows(company: str, period: Quarter, lines: list[ScorecardLine] | None = None) -> dict:
    sections = build_view(_defs(company), _lines(company) if lines is None else lines, period)
    return {r.key: r for s in sections for r in s.rows}


def test_sections_follow_the_notes_grouping() -> None:
    titles = [s.title for s in build_view(_defs("MSFT"), _lines("MSFT"), F4Q25)]
    assert titles == ["Revenue and segments", "Key metrics", "Profit", "Segment operating income",
                      "Earnings", "Capex", "Margins and rates", "Segment margins", "Tax and net margin"]
    amzn = [s.title for s in build_view(_defs("AMZN"), _lines("AMZN"), Q2_25)]
    assert "By market (Retail & Other)" in amzn


def test_diffs_are_computed_where_the_inputs_exist() -> None:
    revenue = _rows("MSFT", F4Q25)["revenue"].cells
    assert revenue[Col.DIFF].origin is Origin.COMPUTED
    assert round(revenue[Col.DIFF].value, 2) == D("3.42")  # 76,441 / 73,911 - 1
    assert revenue[Col.DIFF].check.agreement is Agreement.MATCH
    assert revenue[Col.VS_GUIDANCE].verdict is Verdict.BEAT
    # YoY: no F4Q24 line in the workspace, so the print is shown and marked printed
    assert revenue[Col.YOY].origin is Origin.PRINTED and revenue[Col.YOY].value == D("18")
    assert revenue[Col.YOY].missing[0].period == Quarter(2024, 4)


def test_next_quarter_block_judges_guidance_against_consensus_and_this_actual() -> None:
    revenue = _rows("MSFT", F4Q25)["revenue"].cells
    assert revenue[Col.NEXT_GUIDANCE].value == D("75250") and revenue[Col.NEXT_GUIDANCE].period == F1Q26
    assert revenue[Col.NEXT_CONSENSUS].value == D("73291")
    assert revenue[Col.NEXT_DIFF].verdict is Verdict.BEAT
    qoq = revenue[Col.NEXT_QOQ]  # 75,250 / 76,441 - 1 = -1.56%, printed (2)
    assert qoq.origin is Origin.COMPUTED and round(qoq.value, 2) == D("-1.56") and qoq.places == 0
    assert revenue[Col.NEXT_YOY].value is None  # neither F1Q25 actual nor a print


def test_mismatch_is_flagged_and_shows_the_computed_figure() -> None:
    capex = _rows("MSFT", F4Q25)["capex"].cells[Col.NEXT_QOQ]
    assert capex.flagged and capex.printed == D("76")
    assert round(capex.value) == D("24") and capex.check.agreement is Agreement.MISMATCH


def test_within_input_rounding_shows_the_print() -> None:
    azure = _rows("MSFT", F4Q25)["azure_growth"].cells[Col.DIFF]
    assert azure.check.agreement is Agreement.WITHIN_INPUT_ROUNDING
    assert azure.value == D("4.8") and azure.shows_printed and not azure.flagged


def test_polarity_and_neutral_capex() -> None:
    msft = _rows("MSFT", F4Q25)
    assert msft["tax"].cells[Col.DIFF].verdict is Verdict.BEAT  # tax below consensus is good
    assert msft["tax_rate"].cells[Col.NEXT_DIFF].verdict is Verdict.MISS  # 19.5% guided vs 18.5%
    assert msft["capex"].cells[Col.DIFF].verdict is Verdict.ABOVE  # shown, not judged
    assert _rows("AMZN", Q2_25)["aws_revenue"].cells[Col.DIFF].verdict is Verdict.IN_LINE


def test_yoy_is_computed_once_the_prior_year_is_in_the_workspace() -> None:
    prior = ScorecardLine("MSFT", Quarter(2024, 4), "revenue", actual=D("64727"))
    yoy = _rows("MSFT", F4Q25, [*_lines("MSFT"), prior])["revenue"].cells[Col.YOY]
    assert yoy.origin is Origin.COMPUTED and yoy.check.agreement is Agreement.MATCH
    wrong = replace(prior, actual=D("50000"))
    yoy = _rows("MSFT", F4Q25, [*_lines("MSFT"), wrong])["revenue"].cells[Col.YOY]
    assert yoy.flagged and yoy.printed == D("18")


def test_printed_growth_of_a_guidance_row_is_not_shown_as_the_actuals() -> None:
    f1q26 = next(x for x in _lines("MSFT") if x.period == F1Q26 and x.line == "revenue")
    assert growth_is_guidance(f1q26)
    reported = replace(f1q26, actual=D("77000"))
    lines = [reported if x is f1q26 else x for x in _lines("MSFT")]
    cells = _rows("MSFT", F1Q26, lines)["revenue"].cells
    assert cells[Col.QOQ].origin is Origin.COMPUTED  # 77,000 / 76,441 - 1, not the printed (2)
    assert cells[Col.YOY].value is None


def test_margins_are_derived_from_their_amounts_when_not_stored() -> None:
    q = Quarter(2026, 2)
    lines = [*_lines("MSFT"), ScorecardLine("MSFT", q, "revenue", actual=D("80000"), consensus=D("79000")),
             ScorecardLine("MSFT", q, "operating_income", actual=D("36000"), consensus=D("34000")),
             ScorecardLine("MSFT", q, "op_margin")]
    margin = _rows("MSFT", q, lines)["op_margin"].cells
    assert margin[Col.ACTUAL].origin is Origin.DERIVED and margin[Col.ACTUAL].value == D(45)
    assert margin[Col.DIFF].origin is Origin.COMPUTED  # 45.0% vs 43.04% in ppts
    assert round(margin[Col.DIFF].value, 2) == D("1.96") and margin[Col.DIFF].verdict is Verdict.BEAT


def test_an_empty_quarter_has_no_figures_at_all() -> None:
    q = Quarter(2026, 2)
    lines = [*_lines("MSFT"), *(ScorecardLine("MSFT", q, d.key) for d in _defs("MSFT"))]
    rows = _rows("MSFT", q, lines)
    assert len(rows) == len(_defs("MSFT"))
    assert all(c.value is None for r in rows.values() for c in r.cells.values())
    assert latest_reported(lines) == F4Q25


def test_cross_csp_latest_quarter_of_each() -> None:
    companies = SEED.companies
    defs = {c.ticker: _defs(c.ticker) for c in companies}
    lines = {c.ticker: _lines(c.ticker) for c in companies}
    rows = {r.company.ticker: r for r in cross_rows(companies, defs, lines)}
    assert rows["MSFT"].period == F4Q25 and rows["MSFT"].calendar == Q2_25
    assert rows["AMZN"].calendar == Q2_25
    azure = rows["MSFT"].figures["cloud_growth"]
    assert azure.row.key == "azure_growth" and azure.value.value == D("39") and not azure.growth_of_revenue
    assert azure.versus.value == D("4.8")
    aws = rows["AMZN"].figures["cloud_growth"]
    assert aws.growth_of_revenue and aws.value.origin is Origin.PRINTED and aws.value.value == D("17")
    assert aws.versus.verdict is Verdict.IN_LINE  # AWS revenue 30,873 vs 30,760
    assert rows["AMZN"].figures["capex"].versus.verdict is Verdict.ABOVE
    assert rows["MSFT"].figures["op_margin"].value.value == D("44.9")
    for ticker in ("GOOGL", "META"):
        assert rows[ticker].figures == {} and rows[ticker].has_scorecard and rows[ticker].period is None
    assert reported_calendars(companies, SEED.scorecard) == [Q2_25]
    later = {r.company.ticker: r for r in cross_rows(companies, defs, lines, Quarter(2025, 3))}
    assert later["MSFT"].period is None and later["AMZN"].figures == {}


def test_cloud_growth_line_picks_the_segment_revenue_not_its_margin() -> None:
    amzn = next(c for c in SEED.companies if c.ticker == "AMZN")
    line, of_revenue = cloud_growth_line(amzn, _defs("AMZN"))
    assert line.key == "aws_revenue" and of_revenue
    meta = next(c for c in SEED.companies if c.ticker == "META")
    assert cloud_growth_line(meta, []) is None


def test_cloud_reads_in_each_notes_order() -> None:
    orders = {o.period: o.order for o in read_orders(SEED.cloud_reads)}
    assert orders == {"4Q24": "AWS > Azure > Google Cloud", "2Q25": "Azure > Google Cloud > AWS"}


@pytest.mark.parametrize(("ticker", "upside", "change"), [("MSFT", "23.6", "22.2"), ("AMZN", "19.7", "21.7")])
def test_upside_and_target_change_computed_and_checked(ticker: str, upside: str, change: str) -> None:
    view = target_view(next(t for t in SEED.targets if t.company == ticker))
    assert round(view.upside, 1) == D(upside) and round(view.change, 1) == D(change)
    assert view.upside_check.agreement is Agreement.MATCH and view.change_check.ok
    assert view.rating_name == "Outperform"
    wrong = target_view(replace(view.target, printed_upside=D("30")))
    assert wrong.upside_check.agreement is Agreement.MISMATCH
    assert target_view(replace(view.target, share_price=None)).upside is None


def test_forecast_blocks_as_figure_1() -> None:
    blocks = {b.company: b for b in forecast_blocks(SEED.forecasts)}
    assert blocks["AMZN"].years == ("2025", "2026") and blocks["MSFT"].years == ("FY26", "FY27")
    metric, unit, cells = blocks["AMZN"].rows[0]
    assert (metric, unit, cells["2025"].value) == ("Revenue", "US$mn", D("706613"))


def test_revenue_share_sort_keys_and_shared_suppliers() -> None:
    shares = ["40-50", "<10", "10", "", "1-3", "<5", "10-15"]
    ordered = sorted((s for s in shares if revenue_share_key(s)), key=revenue_share_key)
    assert ordered == ["<5", "<10", "1-3", "10", "10-15", "40-50"]
    assert revenue_share_key("") is None and revenue_share_key("n/a") is None
    also = other_csps(SEED.supply_chain)
    assert also[("AMZN", "6669 TT")] == ("MSFT",) and also[("AMZN", "2345 TT")] == ()
