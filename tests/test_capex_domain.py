"""Capex points built from the seed data: reported, from the text, and derived from printed YoY."""

from decimal import Decimal as D

import pytest

from desktop_app.domain.capex import annual_outlooks, annual_totals, build_capex, computed_yoy
from desktop_app.domain.periods import Quarter
from desktop_app.io.seed_data import load_seed


@pytest.fixture(scope="module")
def points():
    seed = load_seed()
    return {(p.company, p.calendar): p for p in build_capex(seed.companies, seed.scorecard, seed.statements)}


def test_reported_points_on_calendar_quarters(points) -> None:
    msft = points[("MSFT", Quarter(2025, 2))]
    assert msft.fiscal == Quarter(2025, 4) and msft.actual == D("24200") and msft.actual_origin == "reported"
    assert msft.consensus == D("23165") and msft.printed_yoy == D("27")
    assert msft.revenue == D("76441") and round(msft.intensity, 1) == D("31.7")
    guided = points[("MSFT", Quarter(2025, 3))]
    assert guided.actual is None and guided.guidance == D("30000") and guided.value == D("30000")
    amzn = points[("AMZN", Quarter(2025, 2))]
    assert amzn.actual == D("32183") and round(amzn.vs_consensus) == D("24")


def test_prior_year_derived_from_printed_yoy(points) -> None:
    amzn_2q24 = points[("AMZN", Quarter(2024, 2))]
    assert amzn_2q24.is_derived and amzn_2q24.actual == (D("32183") / D("1.83")).quantize(D(1))
    assert "32,183" in amzn_2q24.derivation and "83%" in amzn_2q24.derivation
    msft_2q24 = points[("MSFT", Quarter(2024, 2))]
    assert msft_2q24.is_derived and msft_2q24.actual == (D("24200") / D("1.27")).quantize(D(1))
    amzn_3q24 = points[("AMZN", Quarter(2024, 3))]  # from the 3Q25 guidance and its printed YoY
    assert amzn_3q24.is_derived and amzn_3q24.actual == (D("32000") / D("1.41")).quantize(D(1))


def test_text_point_and_its_prior_year(points) -> None:
    amzn_4q24 = points[("AMZN", Quarter(2024, 4))]
    assert amzn_4q24.actual == D("26300") and amzn_4q24.actual_origin == "text"
    assert amzn_4q24.printed_yoy == D("91")
    amzn_4q23 = points[("AMZN", Quarter(2023, 4))]
    assert amzn_4q23.is_derived and amzn_4q23.actual == (D("26300") / D("1.91")).quantize(D(1))


def test_nothing_invented(points) -> None:
    # Alphabet and Meta: the notes give no capex figure at all.
    assert not [p for p in points.values() if p.company in ("GOOGL", "META")]
    # No quarter without a source.
    assert all(p.sources for p in points.values())


def test_yoy_and_annual(points) -> None:
    yoy = computed_yoy(points.values())
    assert round(yoy[("AMZN", Quarter(2025, 2))]) == D("83")
    outlook = annual_outlooks(load_seed().statements)
    assert [(o.company, o.period, o.value, o.vs_consensus) for o in outlook] == [("AMZN", "2025", D("105000"), D("22"))]
    assert annual_totals(points.values()) == {}  # no year has four non-derived quarters in the notes


def test_printed_comparisons_and_remarks_are_kept(points) -> None:
    msft_guided = points[("MSFT", Quarter(2025, 3))]
    assert msft_guided.printed_vs_consensus == D("24")  # guidance vs consensus, as printed
    assert msft_guided.printed_qoq == D("76") and any("76%" in r for r in msft_guided.remarks)
    assert points[("AMZN", Quarter(2025, 2))].printed_vs_consensus == D("24")
    # 4Q24: "28% above consensus" from the text; the notes give no consensus figure itself.
    amzn_4q24 = points[("AMZN", Quarter(2024, 4))]
    assert amzn_4q24.printed_vs_consensus == D("28") and amzn_4q24.consensus is None
    assert amzn_4q24.vs_consensus is None
    # One line of the note states two figures: its source is listed once.
    assert amzn_4q24.sources == ("n000: Amazon call summary: capex, line 115",)


def test_yoy_with_origin_prefers_the_print_and_never_a_derived_base(points) -> None:
    from desktop_app.domain.capex import CapexPoint, yoy_with_origin

    yoy = yoy_with_origin(points.values())
    assert yoy[("AMZN", Quarter(2025, 2))] == (D("83"), "printed")
    assert yoy[("MSFT", Quarter(2025, 4))] == (D("27"), "printed")
    assert ("MSFT", Quarter(2026, 1)) not in yoy  # no printed YoY, and its prior year is derived
    q = Quarter
    reported = [CapexPoint("X", q(2024, 1), q(2024, 1), D("100"), "reported"),
                CapexPoint("X", q(2025, 1), q(2025, 1), D("130"), "reported"),
                CapexPoint("X", q(2024, 2), q(2024, 2), D("50"), "derived"),
                CapexPoint("X", q(2025, 2), q(2025, 2), D("60"), "reported")]
    computed = yoy_with_origin(reported)
    assert computed[("X", q(2025, 1))] == (D("30"), "computed")
    assert ("X", q(2025, 2)) not in computed


def test_qoq_is_computed_against_a_reported_prior_quarter_and_checked_against_the_print(points) -> None:
    from desktop_app.domain.capex import CapexPoint, qoq_of
    from desktop_app.domain.checks import Agreement

    index = {(p.company, p.fiscal): p for p in points.values()}

    def growth(ticker: str, fiscal: Quarter):
        return qoq_of(index[(ticker, fiscal)], index)

    msft = growth("MSFT", Quarter(2026, 1))  # F1Q26 guidance 30,000 on F4Q25's 24,200
    assert round(msft.computed, 1) == D("24.0")
    assert msft.printed == D("76") and msft.agreement is Agreement.MISMATCH and msft.disagrees
    amzn = growth("AMZN", Quarter(2025, 3))  # 3Q25 guidance 32,000 on 2Q25's 32,183
    assert round(amzn.computed, 2) == D("-0.57") and not amzn.disagrees
    # Amazon 2Q25: its 1Q25 is not in the notes, so only the printed 29% is known.
    only_printed = growth("AMZN", Quarter(2025, 2))
    assert only_printed.computed is None and only_printed.printed == D("29")
    q = Quarter
    derived_base = [CapexPoint("X", q(2024, 1), q(2024, 1), D("100"), "derived"),
                    CapexPoint("X", q(2024, 2), q(2024, 2), D("150"), "reported")]
    derived_index = {(p.company, p.fiscal): p for p in derived_base}
    assert qoq_of(derived_base[1], derived_index) is None  # never a QoQ on a derived quarter
