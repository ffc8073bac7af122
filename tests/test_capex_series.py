"""What the capex chart draws, as data: grouping on calendar quarters, labels, styles, layout of
the bars in a group, annual totals and outlooks, and the basis (calendar or fiscal year)."""

from __future__ import annotations

from decimal import Decimal as D

from desktop_app.domain.capex import AnnualOutlook, CapexPoint, annual_outlooks, build_capex
from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.io.seed_data import load_seed
from desktop_app.ui.capex.series import (
    ANNUAL,
    DERIVED,
    GUIDANCE,
    OUTLOOK,
    TOTAL,
    annual_chart,
    outlook_year,
    quarter_label,
    quarterly_chart,
)

MSFT = Company("MSFT", "Microsoft", "微軟", 6, "Azure")
AMZN = Company("AMZN", "Amazon", "亞馬遜", 12, "AWS")
XYZ = Company("XYZ", "Xyz", "", 3, "")


def _seed():
    seed = load_seed()
    return seed, build_capex(seed.companies, seed.scorecard, seed.statements)


def test_quarter_labels() -> None:
    assert quarter_label(Quarter(2025, 2), [AMZN]) == "2Q25"
    assert quarter_label(Quarter(2025, 2), [MSFT, AMZN]) == "2Q25 / F4Q25"
    assert quarter_label(Quarter(2025, 2), [MSFT, XYZ, AMZN]) == "2Q25 / MSFT F4Q25 · XYZ F1Q26"


def test_groups_are_consecutive_calendar_quarters_and_bars_sit_in_their_slot() -> None:
    seed, points = _seed()
    data = quarterly_chart(seed.companies, points, {"MSFT", "AMZN", "GOOGL", "META"})
    assert data.groups[0].startswith("4Q23") and data.groups[-1].startswith("3Q25") and len(data.groups) == 8
    msft = {b.label: b for b in data.bars() if b.company == "MSFT"}
    amzn = {b.label: b for b in data.bars() if b.company == "AMZN"}
    assert msft["2Q25 / F4Q25"].x < amzn["2Q25 / F4Q25"].x  # coverage order within the group
    assert msft["2Q25 / F4Q25"].x1 <= amzn["2Q25 / F4Q25"].x0 + 1e-9  # side by side, no overlap
    assert msft["3Q25 / F1Q26"].style == GUIDANCE and msft["2Q24 / F4Q24"].style == DERIVED
    assert [s.ticker for s in data.series] == ["MSFT", "AMZN", "GOOGL", "META"]
    assert [s.has_figures for s in data.series] == [True, True, False, False]
    assert all(not s.bars for s in data.series[2:])  # nothing drawn for Alphabet and Meta


def test_annual_totals_need_four_non_derived_quarters() -> None:
    q = Quarter
    points = [CapexPoint("AMZN", q(2024, i), q(2024, i), D(10 * i), "reported") for i in range(1, 5)]
    points += [CapexPoint("AMZN", q(2025, 1), q(2025, 1), D(50), "reported"),
               CapexPoint("AMZN", q(2023, 1), q(2023, 1), D(5), "derived")]
    outlook = AnnualOutlook("AMZN", "2025", D("105000"), D("22"), "n000: Amazon call summary: capex, line 117")
    data = annual_chart([AMZN], points, [outlook], {"AMZN"})
    assert data.mode == ANNUAL and data.groups == ("2024", "2025") and data.message == ""
    bars = {b.label: b for b in data.bars()}
    assert bars["2024"].style == TOTAL and bars["2024"].value == D(100)
    assert bars["2025"].style == OUTLOOK and bars["2025"].value == D("105000")
    assert bars["2025"].yoy == (105000 / 100 - 1) * 100  # outlook against the prior full year


def test_annual_view_of_the_seed_data() -> None:
    seed, points = _seed()
    outlooks = annual_outlooks(seed.statements)
    data = annual_chart(seed.companies, points, outlooks, {"MSFT", "AMZN", "GOOGL", "META"})
    assert "No calendar year has four reported quarters" in data.message
    assert any("Amazon 2025 outlook: about US$105bn (105,000 US$ mn), 22% above consensus" in n for n in data.notes)
    assert [(b.company, b.value) for b in data.bars()] == [("AMZN", D("105000"))]


def test_outlook_year_on_calendar_and_fiscal_basis() -> None:
    plain = AnnualOutlook("AMZN", "2025", D(1), None, "")
    assert outlook_year(plain, AMZN, True) == 2025 and outlook_year(plain, AMZN, False) == 2025
    fiscal = AnnualOutlook("MSFT", "FY26", D(1), None, "")
    assert outlook_year(fiscal, MSFT, False) == 2026
    assert outlook_year(fiscal, MSFT, True) is None  # FY26 (July-June) is no calendar year
    assert outlook_year(AnnualOutlook("MSFT", "2H25", D(1), None, ""), MSFT, True) is None

