"""The cross-CSP view: each covered CSP's latest reported quarter side by side on calendar quarters.

For every company: revenue, cloud-segment growth, operating margin and capex, each with its
comparison against consensus (and so its beat / in line / miss), taken from the same computed
scorecard cells as the company's own view. Cloud growth is the company's cloud growth line where
it has one (Microsoft: Azure growth, an actual), else the YoY of its cloud segment's revenue line
(Amazon: AWS, whose growth the notes give only as the printed YoY; the cell says it is printed).
A company without scorecard figures (no lines or no reported quarter yet) gets a row with no figures,
never zeros.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.periods import Quarter, calendar_to_fiscal
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import Cell, Col, ViewRow, build_view, latest_reported
from desktop_app.domain.statements import CloudRead

METRICS = ("revenue", "cloud_growth", "op_margin", "capex")
_PLAIN_LINES = {"revenue": "revenue", "op_margin": "op_margin", "capex": "capex"}


@dataclass(frozen=True)
class CrossFigure:
    """One metric of one CSP: the figure and its comparison with consensus."""

    metric: str
    row: ViewRow  # the scorecard row the figure comes from
    value: Cell  # the actual, or for a segment's growth the YoY cell of its revenue line
    versus: Cell  # vs consensus (for a segment's growth: its revenue vs consensus)
    versus_row: ViewRow
    growth_of_revenue: bool = False  # value is the YoY of the segment's revenue line


@dataclass(frozen=True)
class CrossRow:
    company: Company
    period: Quarter | None  # fiscal quarter shown; None when the company reported none
    figures: dict[str, CrossFigure] = field(default_factory=dict)
    has_scorecard: bool = False  # the workspace defines scorecard lines for the company

    @property
    def calendar(self) -> Quarter | None:
        return self.company.calendar_of(self.period) if self.period is not None else None


def cloud_growth_line(company: Company, definitions: Sequence[LineDef]) -> tuple[LineDef, bool] | None:
    """The line holding the cloud segment's growth, and whether it is the YoY of a revenue line."""
    segment = company.cloud_segment.strip().lower()
    if not segment:
        return None
    ordered = sorted(definitions, key=lambda d: (d.position, d.key))
    for d in ordered:
        label = d.label.lower()
        if d.kind.is_rate and label.startswith(segment) and "yoy" in label:
            return d, False
    named = [d for d in ordered if not d.kind.is_rate and d.label.strip().lower() == segment]
    revenue = [d for d in named if "revenue" in d.section.lower() or d.key.endswith("revenue")]
    chosen = next(iter(revenue or named), None)
    return (chosen, True) if chosen is not None else None


def reported_calendars(companies: Iterable[Company], lines: Iterable[ScorecardLine]) -> list[Quarter]:
    """Calendar quarters in which at least one covered CSP reported an actual, oldest first."""
    by_ticker = {c.ticker: c for c in companies}
    found = {by_ticker[x.company].calendar_of(x.period) for x in lines
             if x.actual is not None and x.company in by_ticker}
    return sorted(found)


def cross_rows(
    companies: Sequence[Company],
    definitions: Mapping[str, Sequence[LineDef]],
    lines: Mapping[str, Sequence[ScorecardLine]],
    calendar: Quarter | None = None,
) -> list[CrossRow]:
    """One row per company: its latest reported quarter, or the quarter ending in `calendar`."""
    rows: list[CrossRow] = []
    for company in companies:
        defs, own = list(definitions.get(company.ticker, ())), list(lines.get(company.ticker, ()))
        if calendar is None:
            period = latest_reported(own)
        else:
            period = calendar_to_fiscal(calendar, company.fy_end_month)
            if not any(x.period == period and x.actual is not None for x in own):
                period = None
        if period is None or not defs:
            rows.append(CrossRow(company, None, {}, bool(defs)))
            continue
        by_key = {r.key: r for s in build_view(defs, own, period) for r in s.rows}
        figures: dict[str, CrossFigure] = {}
        for metric, key in _PLAIN_LINES.items():
            row = by_key.get(key)
            if row is not None and row.cells[Col.ACTUAL].value is not None:
                figures[metric] = CrossFigure(metric, row, row.cells[Col.ACTUAL], row.cells[Col.DIFF], row)
        cloud = cloud_growth_line(company, defs)
        if cloud is not None and (row := by_key.get(cloud[0].key)) is not None:
            value = row.cells[Col.YOY] if cloud[1] else row.cells[Col.ACTUAL]
            if value.value is not None:
                figures["cloud_growth"] = CrossFigure("cloud_growth", row, value, row.cells[Col.DIFF], row,
                                                      growth_of_revenue=cloud[1])
        rows.append(CrossRow(company, period, figures, True))
    return rows


@dataclass(frozen=True)
class ReadOrder:
    """One note's cloud-growth read: the segments in the order the note ranks them."""

    note_id: str
    period: str
    reads: tuple[CloudRead, ...]

    @property
    def order(self) -> str:
        return " > ".join(r.segment for r in self.reads)


def read_orders(reads: Iterable[CloudRead]) -> list[ReadOrder]:
    """Each note's read, in the order of the notes, its names by the note's position."""
    grouped: dict[tuple[str, str], list[CloudRead]] = {}
    for read in reads:
        grouped.setdefault((read.note_id, read.period), []).append(read)
    return [ReadOrder(note, period, tuple(sorted(items, key=lambda r: r.position)))
            for (note, period), items in grouped.items()]
