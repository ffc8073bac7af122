"""What a PM may type into a figure cell, and what is refused."""

from decimal import Decimal as D

import pytest

from desktop_app.domain.number_input import NumberInputError, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1234", D("1234")),
        ("1,234", D("1234")),
        ("76,441", D("76441")),
        ("1,234,567.5", D("1234567.5")),
        ("(15)", D("-15")),
        ("-15", D("-15")),
        ("4.8", D("4.8")),
        ("4.8%", D("4.8")),
        ("(0.2)", D("-0.2")),
        (" 3.65 ", D("3.65")),
        ("+7", D("7")),
        ("0", D("0")),
        ("", None),
    ],
)
def test_accepted(text, value) -> None:
    assert parse_number(text) == value


def test_precision_is_kept() -> None:
    assert str(parse_number("4.0")) == "4.0"


@pytest.mark.parametrize(
    "text",
    ["abc", "1.2.3", "12,34", "1,2345", "(-15)", "--1", "4.8 ppts", "1e5", "nan", "inf", "$5", "5-", "()", "%",
     "1" * 14],
)
def test_refused(text) -> None:
    with pytest.raises(NumberInputError):
        parse_number(text)


def test_empty_can_be_required() -> None:
    with pytest.raises(NumberInputError):
        parse_number("  ", allow_empty=False)
