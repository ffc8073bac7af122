"""Covered companies (the CSPs) and the source notes their figures come from."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.periods import Quarter, display_label, fiscal_to_calendar


@dataclass(frozen=True)
class Company:
    """A covered CSP: ticker, English and Chinese names, fiscal-year end month, cloud segment."""
    ticker: str
    name_en: str
    name_zh: str
    fy_end_month: int
    cloud_segment: str

    def calendar_of(self, fiscal: Quarter) -> Quarter:
        return fiscal_to_calendar(fiscal, self.fy_end_month)

    def period_label(self, fiscal: Quarter) -> str:
        return display_label(fiscal, self.fy_end_month)


@dataclass(frozen=True)
class Source:
    """A broker note the data set was transcribed from."""

    note_id: str
    file: str
    broker: str
    published: str  # as precise as known, e.g. "2025-02"; empty when the note gives no date
    title_zh: str
    title_en: str


@dataclass(frozen=True)
class SourceRef:
    """Where one figure was printed: note, figure (or paragraph) and line of the text file."""

    note_id: str
    figure: str
    line: int | None

    def describe(self) -> str:
        where = f"{self.figure}, line {self.line}" if self.line else self.figure
        return f"{self.note_id}: {where}"
