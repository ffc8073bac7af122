"""Covered companies (the CSPs) and the source notes their figures come from."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.periods import Quarter, display_label, fiscal_to_calendar
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text


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

    def marked(self) -> Text:
        """describe() as a marked text: English where printed, the reader's language where shown
        (the window's ui/data_text.source_text says the same)."""
        if self.line:
            return QT_TRANSLATE_NOOP("DataText", "%1: %2, line %3").arg(self.note_id, self.figure, self.line)
        return QT_TRANSLATE_NOOP("DataText", "%1: %2").arg(self.note_id, self.figure)
