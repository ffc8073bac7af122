"""Domain calculations: diffs, polarity verdicts, upside, rounding checks, periods, ranking moves."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop_app.domain.calc import (
    Verdict,
    check_printed,
    classify,
    decimals_of,
    diff,
    round_half_up,
    to_decimal,
    upside,
)
from desktop_app.domain.checks import Agreement
from desktop_app.domain.comparison import compare
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import (
    Quarter,
    calendar_to_fiscal,
    display_label,
    fiscal_to_calendar,
    parse_period,
)
from desktop_app.domain.ranking import (
    RankingError,
    Snapshot,
    SnapshotEntry,
    move_text,
    moves,
    validate_order,
)


def test_amount_diff_is_percent_and_rate_diff_is_points() -> None:
    assert round_half_up(diff(D("76441"), D("73911"), Kind.AMOUNT), 2) == D("3.42")
    assert diff(D("44.9"), D("43.2"), Kind.RATE) == D("1.7")
    assert diff(None, D("1"), Kind.AMOUNT) is None
    assert diff(D("1"), D("0"), Kind.AMOUNT) is None


def test_per_share_diff_is_percent() -> None:
    assert round_half_up(diff(D("3.65"), D("3.37"), Kind.PER_SHARE), 1) == D("8.3")


@pytest.mark.parametrize(
    ("difference", "kind", "polarity", "verdict"),
    [
        (D("3.4"), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, Verdict.BEAT),
        (D("-3.4"), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, Verdict.MISS),
        (D("0.9"), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, Verdict.IN_LINE),
        (D("-1.0"), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, Verdict.IN_LINE),
        (D("-2.2"), Kind.RATE, Polarity.LOWER_IS_BETTER, Verdict.BEAT),  # tax rate below consensus
        (D("1.0"), Kind.RATE, Polarity.LOWER_IS_BETTER, Verdict.MISS),  # tax rate above consensus
        (D("0.4"), Kind.RATE, Polarity.HIGHER_IS_BETTER, Verdict.IN_LINE),
        (D("0.6"), Kind.RATE, Polarity.HIGHER_IS_BETTER, Verdict.BEAT),
        (D("24"), Kind.AMOUNT, Polarity.NEUTRAL, Verdict.ABOVE),  # capex: shown, not judged
        (D("-24"), Kind.AMOUNT, Polarity.NEUTRAL, Verdict.BELOW),
    ],
)
def test_classify_by_polarity_and_band(difference, kind, polarity, verdict) -> None:
    assert classify(difference, kind, polarity) is verdict


def test_neutral_verdicts_are_not_judgements() -> None:
    assert not Verdict.ABOVE.is_judgement and not Verdict.IN_LINE.is_judgement
    assert Verdict.BEAT.is_judgement and Verdict.MISS.is_judgement


def test_band_can_be_changed() -> None:
    assert classify(D("1.5"), Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, band_pct=D("2")) is Verdict.IN_LINE


def test_upside_from_target_and_price() -> None:
    assert round_half_up(upside(D("660"), D("534")), 0) == D("24")
    assert round_half_up(upside(D("280"), D("234")), 0) == D("20")
    assert upside(None, D("1")) is None and upside(D("1"), D("0")) is None


def test_printed_precision_and_rounding() -> None:
    assert decimals_of(D("4.8")) == 1 and decimals_of(D("76441")) == 0 and decimals_of(D("3.65")) == 2
    assert round_half_up(D("2.5"), 0) == D("3") and round_half_up(D("-2.5"), 0) == D("-3")
    assert to_decimal("1,234".replace(",", "")) == D("1234") and to_decimal("") is None
    with pytest.raises(ValueError):
        to_decimal("abc")


def test_check_printed_agreement_levels() -> None:
    assert check_printed(D("3"), D("76441"), D("73911"), Kind.AMOUNT).agreement is Agreement.MATCH
    # Azure: 39 vs 34 printed whole; the note's 4.8 ppts comes from unrounded figures.
    assert check_printed(D("4.8"), D("39"), D("34"), Kind.RATE).agreement is Agreement.WITHIN_INPUT_ROUNDING
    # MSFT F1Q26 capex QoQ printed 76 against 30,000 / 24,200.
    assert check_printed(D("76"), D("30000"), D("24200"), Kind.AMOUNT).agreement is Agreement.MISMATCH


@pytest.mark.parametrize(
    ("fiscal", "fy_end", "calendar"),
    [
        (Quarter(2025, 4), 6, Quarter(2025, 2)),  # Microsoft F4Q25 = 2Q25
        (Quarter(2026, 1), 6, Quarter(2025, 3)),  # F1Q26 = 3Q25
        (Quarter(2025, 2), 6, Quarter(2024, 4)),  # F2Q25 = 4Q24
        (Quarter(2025, 2), 12, Quarter(2025, 2)),
        (Quarter(2025, 1), 3, Quarter(2024, 2)),
        (Quarter(2025, 4), 9, Quarter(2025, 3)),
    ],
)
def test_fiscal_calendar_round_trip(fiscal, fy_end, calendar) -> None:
    assert fiscal_to_calendar(fiscal, fy_end) == calendar
    assert calendar_to_fiscal(calendar, fy_end) == fiscal


def test_period_labels() -> None:
    assert parse_period("F4Q25", 6) == Quarter(2025, 4)
    assert parse_period("2Q25", 6) == Quarter(2025, 4)  # calendar label converted
    assert parse_period("2Q25", 12) == Quarter(2025, 2)
    assert display_label(Quarter(2025, 4), 6) == "F4Q25 · 2Q25"
    assert display_label(Quarter(2025, 2), 12) == "2Q25"
    assert Quarter(2025, 1).shifted(-1) == Quarter(2024, 4)
    for bad in ("Q25", "5Q25", "F0Q25", "2025"):
        with pytest.raises(ValueError):
            parse_period(bad, 12)
    for month in (0, 13):
        with pytest.raises(ValueError):
            fiscal_to_calendar(Quarter(2025, 1), month)


@pytest.mark.parametrize(
    ("fiscal", "fy_end", "calendar", "months"),
    [
        # Oracle, year ending in May: F2Q26 is Sep-Nov 2025, two of its months in 4Q25.
        (Quarter(2026, 2), 5, Quarter(2025, 4), ((2025, 9), (2025, 11))),
        (Quarter(2026, 4), 5, Quarter(2026, 2), ((2026, 3), (2026, 5))),
        (Quarter(2026, 1), 5, Quarter(2025, 3), ((2025, 6), (2025, 8))),
        # January year end (Nvidia): F4Q26 is Nov 2025-Jan 2026, mostly 4Q25.
        (Quarter(2026, 4), 1, Quarter(2025, 4), ((2025, 11), (2026, 1))),
        # April year end: F4Q25 is Feb-Apr 2025, mostly 1Q25.
        (Quarter(2025, 4), 4, Quarter(2025, 1), ((2025, 2), (2025, 4))),
        (Quarter(2025, 4), 6, Quarter(2025, 2), ((2025, 4), (2025, 6))),
    ],
)
def test_any_fiscal_year_end_month(fiscal, fy_end, calendar, months) -> None:
    from desktop_app.domain.periods import fiscal_months

    assert fiscal_to_calendar(fiscal, fy_end) == calendar
    assert calendar_to_fiscal(calendar, fy_end) == fiscal
    assert fiscal_months(fiscal, fy_end) == months
    assert parse_period(calendar.calendar_label(), fy_end) == fiscal


@pytest.mark.parametrize("fy_end", range(1, 13))
def test_every_month_maps_quarters_one_to_one(fy_end) -> None:
    calendars = [fiscal_to_calendar(Quarter.from_index(i), fy_end) for i in range(8000, 8040)]
    assert [c.index for c in calendars] == list(range(calendars[0].index, calendars[0].index + 40))
    for i in range(8000, 8040):
        assert calendar_to_fiscal(fiscal_to_calendar(Quarter.from_index(i), fy_end), fy_end).index == i


def test_validate_order() -> None:
    covered = ["MSFT", "AMZN", "GOOGL", "META"]
    validate_order(["AMZN", "MSFT", "META", "GOOGL"], covered)
    for bad in (["MSFT", "AMZN", "GOOGL"], ["MSFT", "MSFT", "GOOGL", "META"], [*covered, "NVDA"]):
        with pytest.raises(RankingError):
            validate_order(bad, covered)


def test_moves_and_texts() -> None:
    result = moves(["MSFT", "AMZN", "META", "GOOGL"], ["MSFT", "AMZN", "GOOGL", "META", "ORCL"])
    assert result == {"MSFT": 0, "AMZN": 0, "GOOGL": 1, "META": -1, "ORCL": None}
    assert [move_text(result[t]) for t in ("MSFT", "GOOGL", "META", "ORCL")] == ["=", "▲1", "▼1", "new"]


def test_compare_snapshots() -> None:
    def snap(order: list[str], why: dict[str, str]) -> Snapshot:
        return Snapshot(1, "x", "", "", tuple(SnapshotEntry(i + 1, t, why.get(t, t)) for i, t in enumerate(order)))

    before = snap(["MSFT", "AMZN", "META", "GOOGL"], {})
    after = snap(["MSFT", "AMZN", "GOOGL", "META"], {"GOOGL": "de-risked"})
    rows = {r.ticker: r for r in compare(before, after)}
    assert rows["GOOGL"].move == 1 and rows["META"].move == -1 and rows["MSFT"].move == 0
    assert rows["GOOGL"].rationale_changed and not rows["META"].rationale_changed
