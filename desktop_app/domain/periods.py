"""Fiscal and calendar quarters, and the mapping between them.

A company's fiscal year is named after the calendar year in which it ends (Microsoft's FY25 ends
June 2025), so with a fiscal year ending in June, F4Q25 is calendar 2Q25 and F1Q26 is 3Q25.

The fiscal year may end in any month (1-12). A fiscal quarter is then matched to the calendar
quarter that holds most of its three months, which is the calendar quarter of its middle month:
Oracle's year ends in May, so F2Q26 (Sep-Nov 2025) is calendar 4Q25 (Oct and Nov are in 4Q25);
a January year end (Nvidia, Salesforce) makes F4Q26 (Nov 2025-Jan 2026) calendar 4Q25. For a year
ending at a calendar quarter end (3, 6, 9, 12) the fiscal and calendar quarters coincide. Each
company's fiscal quarters map one to one onto calendar quarters at a fixed offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

# [0-9], not \d: \d also matches other scripts' digits, which int() reads ('F4Q٢٥' would be F4Q25)
# Compiled when first used (re keeps them in its cache), not at import: the first paint parses no label.
_FISCAL_RE = r"^F([1-4])Q([0-9]{2}|[0-9]{4})$"
_CAL_RE = r"^([1-4])Q([0-9]{2}|[0-9]{4})$"


def _full_year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


@dataclass(frozen=True, order=True)
class Quarter:
    """A quarter of some year: fiscal or calendar depending on context."""

    year: int
    quarter: int

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError(QT_TRANSLATE_NOOP(
                "PeriodErrors", "quarter must be 1-4, not %1").arg(self.quarter))
        if not 1900 <= self.year <= 2999:
            raise ValueError(QT_TRANSLATE_NOOP("PeriodErrors", "year out of range: %1").arg(self.year))

    @property
    def index(self) -> int:
        """A running number: consecutive quarters differ by one."""
        return self.year * 4 + self.quarter - 1

    @classmethod
    def from_index(cls, index: int) -> Quarter:
        return cls(index // 4, index % 4 + 1)

    def shifted(self, quarters: int) -> Quarter:
        return Quarter.from_index(self.index + quarters)

    def calendar_label(self) -> str:
        return f"{self.quarter}Q{self.year % 100:02d}"

    def fiscal_label(self) -> str:
        return f"F{self.quarter}Q{self.year % 100:02d}"


def fiscal_to_calendar(fiscal: Quarter, fy_end_month: int) -> Quarter:
    """The calendar quarter holding most of fiscal quarter `fiscal` (that of its middle month)."""
    check_fy_end_month(fy_end_month)
    middle_month = fy_end_month - 3 * (4 - fiscal.quarter) - 1
    year = fiscal.year
    while middle_month <= 0:
        middle_month += 12
        year -= 1
    return Quarter(year, (middle_month - 1) // 3 + 1)


def fiscal_months(fiscal: Quarter, fy_end_month: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """((year, month) of the first month, (year, month) of the last month) of a fiscal quarter."""
    check_fy_end_month(fy_end_month)
    end = fiscal.year * 12 + fy_end_month - 1 - 3 * (4 - fiscal.quarter)
    start = end - 2
    return (start // 12, start % 12 + 1), (end // 12, end % 12 + 1)


def calendar_to_fiscal(calendar: Quarter, fy_end_month: int) -> Quarter:
    """The fiscal quarter that ends in calendar quarter `calendar` (inverse of fiscal_to_calendar)."""
    check_fy_end_month(fy_end_month)
    # Each fiscal quarter maps to a distinct calendar quarter at a fixed offset: find it from Q4.
    offset = fiscal_to_calendar(Quarter(2000, 4), fy_end_month).index - Quarter(2000, 4).index
    return Quarter.from_index(calendar.index - offset)


def check_fy_end_month(month: int) -> None:
    """ValueError unless `month` is a month number 1-12."""
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(QT_TRANSLATE_NOOP(
            "PeriodErrors", "the fiscal year's end month must be 1-12, not %1").arg(repr(month)))


def is_calendar_fiscal_year(fy_end_month: int) -> bool:
    return fy_end_month == 12


def parse_period(label: str, fy_end_month: int) -> Quarter:
    """Parse a period label into the company's fiscal quarter.

    `F4Q25` is a fiscal label; `2Q25` is a calendar label, converted with the fiscal year end.
    """
    text = label.strip().upper()
    match = re.match(_FISCAL_RE, text)
    if match:
        return Quarter(_full_year(match.group(2)), int(match.group(1)))
    match = re.match(_CAL_RE, text)
    if match:
        calendar = Quarter(_full_year(match.group(2)), int(match.group(1)))
        return calendar_to_fiscal(calendar, fy_end_month)
    raise ValueError(QT_TRANSLATE_NOOP(
        "PeriodErrors", "not a quarter label: %1 (expected e.g. F4Q25 or 2Q25)").arg(repr(label)))


def period_labels(fiscal: Quarter, fy_end_month: int) -> tuple[str, str]:
    """(fiscal label, calendar label). For a December year end both are the calendar label."""
    calendar = fiscal_to_calendar(fiscal, fy_end_month)
    if is_calendar_fiscal_year(fy_end_month):
        return calendar.calendar_label(), calendar.calendar_label()
    return fiscal.fiscal_label(), calendar.calendar_label()


def display_label(fiscal: Quarter, fy_end_month: int) -> str:
    """`F4Q25 · 2Q25` where fiscal and calendar differ, else just `2Q25`."""
    fiscal_text, calendar_text = period_labels(fiscal, fy_end_month)
    if fiscal_text == calendar_text:
        return calendar_text
    return f"{fiscal_text} · {calendar_text}"
