"""House number formats of the UI (pure functions, no Qt)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.metrics import Kind
from desktop_app.ui.formats import (
    first_line,
    fmt_diff,
    fmt_number,
    fmt_percent,
    fmt_ppts,
    fmt_value,
    fmt_with_unit,
    join_nonempty,
)

D = Decimal


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (D("76441"), None, "76,441"),
        (D("-2"), None, "(2)"),
        (D("3.65"), None, "3.65"),
        (D("1234567.5"), None, "1,234,567.5"),
        (D("0"), None, "0"),
        (D("-0.04"), 1, "0.0"),  # rounds to zero: no parentheses
        (D("4.75"), 1, "4.8"),  # half up, like the notes
        (D("-4.75"), 1, "(4.8)"),
        (None, None, ""),
    ],
)
def test_fmt_number(value: Decimal | None, places: int | None, text: str) -> None:
    assert fmt_number(value, places) == text


def test_rates_and_ppts() -> None:
    assert fmt_percent(D("44.9")) == "44.9%"
    assert fmt_percent(D("-3.1")) == "(3.1)%"
    assert fmt_ppts(D("4.8")) == "4.8 ppts"
    assert fmt_ppts(D("-0.2")) == "(0.2) ppts"
    assert fmt_percent(None) == "" and fmt_ppts(None) == ""


def test_missing_is_empty_never_zero() -> None:
    for kind in Kind:
        assert fmt_value(None, kind) == ""
        assert fmt_diff(None, kind) == ""
    assert fmt_with_unit(None, "US$bn") == ""


def test_value_and_diff_follow_the_line_kind() -> None:
    assert fmt_value(D("76441"), Kind.AMOUNT) == "76,441"
    assert fmt_value(D("3.65"), Kind.PER_SHARE) == "3.65"
    assert fmt_value(D("44.9"), Kind.RATE) == "44.9%"
    assert fmt_diff(D("3"), Kind.AMOUNT) == "3%"
    assert fmt_diff(D("-0.2"), Kind.RATE) == "(0.2) ppts"


def test_with_unit() -> None:
    assert fmt_with_unit(D("105"), "US$bn") == "US$105bn"
    assert fmt_with_unit(D("24200"), "US$mn") == "US$24,200mn"
    assert fmt_with_unit(D("6.70"), "US$") == "US$6.70"
    assert fmt_with_unit(D("91"), "%") == "91%"
    assert fmt_with_unit(D("4"), "ppts") == "4 ppts"
    assert fmt_with_unit(D("5"), "years") == "5 years"
    assert fmt_with_unit(D("36"), "x") == "36x"
    assert fmt_with_unit(D("2"), "") == "2"


def test_text_helpers() -> None:
    assert first_line("\n  First point\nsecond") == "First point"
    assert first_line("") == ""
    assert join_nonempty(("Delta", "", "台達電")) == "Delta · 台達電"


def test_formats_module_has_no_qt() -> None:
    import desktop_app.ui.formats as formats

    with open(formats.__file__, encoding="utf-8") as handle:
        source = handle.read()
    assert "PySide6" not in source


def test_fill_puts_values_in_place_of_numbered_markers_in_one_pass() -> None:
    from desktop_app.ui.formats import fill

    assert fill("Saved a copy to %1", "/tmp/w.cspdesk") == "Saved a copy to /tmp/w.cspdesk"
    assert fill("%2 of %1", 3, "two") == "two of 3"
    assert fill("%1 then %2", "100%2", "b") == "100%2 then b"  # a value's own % is left alone
    assert fill("%1 and %3", "a") == "a and %3"  # no value for %3: the marker stays
