"""Scorecard line definitions: unit kind (amount vs rate) and polarity (which direction is good)."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class LineDef:
    """One line of a company's scorecard, e.g. Microsoft's `Azure & other cloud services YoY`."""

    company: str
    key: str
    label: str
    printed_label: str
    section: str
    kind: Kind
    polarity: Polarity
    position: int
    numerator: str | None = None  # for a ratio line: the amount line on top …
    denominator: str | None = None  # … and the one below (margin = OI / revenue)
    label_zh: str = ""  # the Chinese label, empty when none was given
    unit: str = ""  # empty: the kind's unit (US$mn, US$, %); else e.g. "bn people"

    @property
    def unit_text(self) -> str:
        """The unit figures of this line are in: its own, else its kind's."""
        return self.unit or self.kind.unit

    @property
    def is_ratio(self) -> bool:
        return self.numerator is not None and self.denominator is not None
