"""The other tidy frames of the data API: capex points, rankings (every snapshot and now), the
dated target history, share prices and the research notes. Each row carries its source."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from desktop_app.api.columns import calendar_quarters, category, dates, floats, ints, texts, timestamps
from desktop_app.domain.capex import build_capex, computed_yoy
from desktop_app.domain.companies import Company
from desktop_app.domain.market import PricePoint, TargetPoint
from desktop_app.domain.notes import Citation, Note
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.ranking import RankEntry, Snapshot
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.statements import Statement

CAPEX_BASES = ("reported", "text", "derived", "guidance")


def _names(companies: Sequence[Company]) -> dict[str, str]:
    return {c.ticker: c.name_en for c in companies}


def capex_frame(companies: Sequence[Company], lines: Sequence[ScorecardLine],
                statements: Sequence[Statement]) -> pd.DataFrame:
    """Every capex point (US$ mn) as the workbook's "Every capex point" table lists it: `capex` is
    the actual where reported, else the company's guidance (`basis` says which; "derived" = computed
    by CSP Desk from a printed YoY, see `derivation`). `yoy` is computed against the prior-year
    actual (not against a derived one, which would only give the printed YoY back)."""
    points = build_capex(companies, lines, statements)
    derived = {(p.company, p.fiscal) for p in points if p.is_derived}
    growth = {key: value for key, value in computed_yoy(points).items()
              if (key[0], key[1].shifted(-4)) not in derived}
    names = _names(companies)
    return pd.DataFrame({
        "company": category([p.company for p in points]),
        "company_name": category([names.get(p.company, p.company) for p in points]),
        "fiscal_period": texts([p.fiscal.fiscal_label() for p in points]),
        "calendar_quarter": calendar_quarters([p.calendar for p in points]),
        "capex": floats([p.value for p in points]),
        "basis": category([_basis(p.actual_origin, p.actual, p.guidance) for p in points], CAPEX_BASES),
        "actual": floats([p.actual for p in points]),
        "guidance": floats([p.guidance for p in points]),
        "consensus": floats([p.consensus for p in points]),
        "vs_consensus": floats([p.vs_consensus for p in points]),
        "yoy": floats([growth.get((p.company, p.fiscal)) for p in points]),
        "yoy_printed": floats([p.printed_yoy for p in points]),
        "capex_to_revenue": floats([p.intensity for p in points]),
        "derived": pd.Series([p.is_derived for p in points], dtype="bool"),
        "derivation": texts([p.derivation for p in points]),
        "source": texts(["; ".join(p.sources) for p in points]),
    })


def _basis(origin: str, actual: object, guidance: object) -> str | None:
    if actual is None:
        return "guidance" if guidance is not None else None
    return origin or None


def rankings_frame(snapshots: Sequence[Snapshot], current: Sequence[RankEntry],
                   read_on: date) -> pd.DataFrame:
    """Long format: one row per snapshot and name, oldest snapshot first, then the current order
    ("Now", `is_current`, dated the day the workspace was read, no snapshot id)."""
    rows: list[tuple[object, ...]] = []
    for snap in snapshots:
        for entry in sorted(snap.entries, key=lambda e: e.rank):
            rows.append((snap.snapshot_id, snap.label, snap.taken_on, snap.taken_on, False, entry.rank,
                         entry.ticker, entry.rationale, entry.reason_zh, snap.source_note))
    for rank, now in enumerate(current, start=1):
        rows.append((None, "Now", read_on, read_on.isoformat(), True, rank, now.ticker,
                     now.rationale, "", ""))
    columns = list(zip(*rows)) if rows else [()] * 10
    return pd.DataFrame({
        "snapshot_id": ints(columns[0]),
        "snapshot": texts(columns[1]),
        "taken_on": dates(columns[2]),
        "taken_on_text": texts(columns[3]),  # as precise as the source gives it ("2025-02")
        "is_current": pd.Series(columns[4], dtype="bool"),
        "rank": ints(columns[5]),
        "company": category(columns[6]),
        "rationale": texts(columns[7]),
        "reason_zh": texts(columns[8]),
        "note_id": category(columns[9]),
    })


def _provenance_columns(provenance: Sequence[Provenance]) -> dict[str, pd.Series]:
    return {
        "note_id": category([p.note_id for p in provenance]),
        "figure": texts([p.where for p in provenance]),
        "source": texts([p.describe() for p in provenance]),
        "entered_by": texts([p.entered_by for p in provenance]),
        "entered_at": timestamps([p.entered_at for p in provenance]),
    }


def targets_frame(companies: Sequence[Company], points: Sequence[TargetPoint]) -> pd.DataFrame:
    """The rating and target-price history, oldest first per company; `as_of` is NaT where the
    source gives no full date. `rating` is empty where that record states none (the latest stated
    rating stands)."""
    names = _names(companies)
    return pd.DataFrame({
        "company": category([p.company for p in points]),
        "company_name": category([names.get(p.company, p.company) for p in points]),
        "as_of": dates([p.as_of for p in points]),
        "rating": category([p.rating.strip() for p in points]),
        "target": floats([p.target for p in points]),
        **_provenance_columns([p.provenance for p in points]),
    })


def prices_frame(companies: Sequence[Company], points: Sequence[PricePoint]) -> pd.DataFrame:
    """Share prices with their dates, oldest first per company."""
    names = _names(companies)
    return pd.DataFrame({
        "company": category([p.company for p in points]),
        "company_name": category([names.get(p.company, p.company) for p in points]),
        "as_of": dates([p.as_of for p in points]),
        "price": floats([p.price for p in points]),
        **_provenance_columns([p.provenance for p in points]),
    })


def notes_frame(notes: Sequence[Note], citations: dict[str, list[Citation]]) -> pd.DataFrame:
    """Every research note, seed notes first; `published` is NaT where the note gives only a month
    (see `published_text`); `citations` counts the records in the workspace that cite it."""
    return pd.DataFrame({
        "note_id": texts([n.note_id for n in notes]),
        "broker": category([n.broker for n in notes]),
        "published": dates([n.published for n in notes]),
        "published_text": texts([n.published for n in notes]),
        "title": texts([n.title for n in notes]),
        "analyst": texts([n.analyst for n in notes]),
        "file_name": texts([n.file_name for n in notes]),
        "file_size": ints([n.file_size for n in notes]),
        "added_by": texts([n.added_by for n in notes]),
        "added_at": timestamps([n.added_at for n in notes]),
        "citations": ints([len(citations.get(n.note_id, [])) for n in notes]),
    })
