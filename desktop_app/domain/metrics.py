"""Scorecard lines' unit kind (amount vs rate) and polarity (which direction is good); the line
definition itself is domain.line_def.LineDef."""

from __future__ import annotations

from enum import Enum

from desktop_app.domain.texts import QT_TRANSLATE_NOOP


class Kind(str, Enum):
    """How a line's figures are compared: amounts in percent, rates in percentage points."""

    AMOUNT = "amount"  # US$ mn
    PER_SHARE = "per_share"  # US$ per share; compared like an amount
    RATE = "rate"  # a percentage: margin, growth rate, tax rate

    @property
    def is_rate(self) -> bool:
        return self is Kind.RATE

    @property
    def unit(self) -> str:
        return {"amount": "US$mn", "per_share": "US$", "rate": "%"}[self.value]


class Polarity(int, Enum):
    """Which direction of a difference is good for the shareholder."""

    HIGHER_IS_BETTER = 1
    LOWER_IS_BETTER = -1
    NEUTRAL = 0  # e.g. capex: show the difference, never colour it good or bad

    @classmethod
    def parse(cls, text: str) -> Polarity:
        table = {"higher": cls.HIGHER_IS_BETTER, "lower": cls.LOWER_IS_BETTER, "neutral": cls.NEUTRAL}
        try:
            return table[text.strip().lower()]
        except KeyError:
            raise ValueError(QT_TRANSLATE_NOOP("LineErrors", "polarity must be one of %1, not %2").arg(
                sorted(table), repr(text))) from None

    @property
    def word(self) -> str:
        return {1: "higher", -1: "lower", 0: "neutral"}[self.value]
