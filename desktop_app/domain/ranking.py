"""The PM's ranked preference of the covered names: entries, snapshots and moves (comparing two
snapshots: domain/comparison.py)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

T = TypeVar("T")


class RankingError(ValueError):
    """An order or an edit that would make the ranking invalid."""


@dataclass(frozen=True)
class RankEntry:
    """One place of the current ranking: the name and the PM's rationale for it."""
    ticker: str
    rationale: str = ""


@dataclass(frozen=True)
class SnapshotEntry:
    """One place of a saved snapshot: rank, name, the rationale then and the note's own reason."""
    rank: int
    ticker: str
    rationale: str
    reason_zh: str = ""  # the source note's original reason, where the snapshot came from a note


@dataclass(frozen=True)
class Snapshot:
    """A saved preference order: its label, date, note and places (from a broker note or the PM)."""
    snapshot_id: int
    label: str
    taken_on: str  # ISO date, or as precise as known ("2025-02"); "" if unknown
    note: str
    entries: tuple[SnapshotEntry, ...]
    source_note: str = ""  # note id for snapshots seeded from a broker note

    @property
    def order(self) -> list[str]:
        return [e.ticker for e in sorted(self.entries, key=lambda e: e.rank)]

    def rationale_of(self, ticker: str) -> str | None:
        for entry in self.entries:
            if entry.ticker == ticker:
                return entry.rationale
        return None


def validate_order(order: Sequence[str], covered: Sequence[str]) -> None:
    """Raise RankingError unless `order` is a permutation of the covered tickers."""
    if len(set(order)) != len(order):
        dupes = sorted({t for t in order if list(order).count(t) > 1})
        raise RankingError(QT_TRANSLATE_NOOP("RankingErrors", "duplicate tickers: %1").arg(", ".join(dupes)))
    missing = sorted(set(covered) - set(order))
    extra = sorted(set(order) - set(covered))
    if missing or extra:
        if missing and extra:
            text = QT_TRANSLATE_NOOP(
                "RankingErrors", "not a permutation of the covered names: missing %1; not covered %2").arg(
                    ", ".join(missing), ", ".join(extra))
        elif missing:
            text = QT_TRANSLATE_NOOP(
                "RankingErrors", "not a permutation of the covered names: missing %1").arg(
                ", ".join(missing))
        else:
            text = QT_TRANSLATE_NOOP(
                "RankingErrors", "not a permutation of the covered names: not covered %1").arg(
                    ", ".join(extra))
        raise RankingError(text)


def moves(previous: Sequence[str], current: Sequence[str]) -> dict[str, int | None]:
    """Places moved up (positive) or down (negative) since `previous`; None for a new name."""
    before = {t: i for i, t in enumerate(previous)}
    return {t: (before[t] - i if t in before else None) for i, t in enumerate(current)}


def move_text(move: int | None) -> str:
    """▲2, ▼1, = or new."""
    if move is None:
        return "new"
    if move > 0:
        return f"▲{move}"
    if move < 0:
        return f"▼{-move}"
    return "="


# -- reordering ----------------------------------------------------------------------------------

def move_item(items: Sequence[T], from_index: int, to_index: int) -> list[T]:
    """`items` with the item at `from_index` moved so that it ends up at `to_index`.

    IndexError unless both indexes are within `items`.
    """
    if not (0 <= from_index < len(items) and 0 <= to_index < len(items)):
        # A programming error (the views move only rows that exist): never shown to a user.
        raise IndexError(f"cannot move {from_index} to {to_index} in {len(items)} items")
    result = list(items)
    result.insert(to_index, result.pop(from_index))
    return result


def find_move(before: Sequence[T], after: Sequence[T]) -> tuple[int, int] | None:
    """(from, to) if `after` is `before` with exactly one item moved; None otherwise (or if equal)."""
    if len(before) != len(after) or list(before) == list(after):
        return None
    for i in range(len(before)):
        for j in range(len(after)):
            if i != j and move_item(before, i, j) == list(after):
                return i, j
    return None


def reorder_entries(entries: Sequence[RankEntry], order: Sequence[str]) -> list[RankEntry]:
    """The entries in `order`, each keeping its rationale. RankingError unless a permutation."""
    validate_order(order, [e.ticker for e in entries])
    by_ticker = {e.ticker: e for e in entries}
    return [by_ticker[t] for t in order]


def with_rationale(entries: Sequence[RankEntry], ticker: str, rationale: str) -> list[RankEntry]:
    """The entries with `ticker`'s rationale replaced. RankingError if `ticker` is not ranked."""
    if ticker not in {e.ticker for e in entries}:
        raise RankingError(QT_TRANSLATE_NOOP("RankingErrors", "%1 is not in the ranking").arg(ticker))
    return [RankEntry(e.ticker, rationale) if e.ticker == ticker else e for e in entries]


def reorder_summary(before: Sequence[str], after: Sequence[str]) -> str:
    """`MSFT 2 → 1: MSFT > AMZN > GOOGL > META` (ranks counted from 1) for the change log."""
    found = find_move(before, after)
    order = " > ".join(after)
    if found is None:
        return f"Ranking: {order}"
    i, j = found
    return f"Moved {after[j]} {i + 1} → {j + 1}: {order}"


# -- snapshots, comparisons and history ----------------------------------------------------------

def current_snapshot(entries: Sequence[RankEntry], label: str = "Now") -> Snapshot:
    """The current (unsaved) order as a snapshot-like object (id 0), to compare or chart it."""
    return Snapshot(0, label, "", "", tuple(
        SnapshotEntry(rank, e.ticker, e.rationale) for rank, e in enumerate(entries, start=1)))


def note_reason(snapshots: Sequence[Snapshot], ticker: str) -> tuple[Snapshot, SnapshotEntry] | None:
    """The latest snapshot taken from a broker note that lists `ticker`, with its entry."""
    for snapshot in reversed(list(snapshots)):
        if not snapshot.source_note:
            continue
        for entry in snapshot.entries:
            if entry.ticker == ticker:
                return snapshot, entry
    return None


def rank_series(
    snapshots: Sequence[Snapshot], current: Sequence[str]
) -> tuple[list[str], dict[str, list[int | None]]]:
    """Chart data: the snapshots' labels, and per ticker its rank in each snapshot and, as the last
    point, in the `current` order (None where the ticker is not listed). Current names first."""
    points = [s.order for s in snapshots] + [list(current)]
    labels = [s.label for s in snapshots]
    tickers = list(current) + [t for order in points for t in order if t not in current]
    tickers = list(dict.fromkeys(tickers))
    series = {t: [(order.index(t) + 1 if t in order else None) for order in points] for t in tickers}
    return labels, series


def first_rationale_line(text: str, limit: int = 80) -> str:
    """The first non-blank line of a rationale, cut at `limit` characters (for the change log)."""
    for line in (text or "").splitlines():
        if line.strip():
            line = line.strip()
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return ""


_ISO_DAY = r"\d{4}-\d{2}-\d{2}"  # compiled when first used (re caches it), not at import


def snapshot_date(text: str) -> str:
    """A snapshot's date as given: `YYYY-MM-DD` (a real calendar day) or "" for none.

    ValueError for anything else, e.g. `20250801` or `2025-W31-1` (which `date.fromisoformat`
    accepts since Python 3.11) or `2025-02-30`. The command line and storage both check with this."""
    text = text.strip()
    if not text:
        return ""
    if re.fullmatch(_ISO_DAY, text) and text.isascii():
        try:
            datetime.date.fromisoformat(text)
            return text
        except ValueError:
            pass
    raise ValueError(QT_TRANSLATE_NOOP(
        "RankingErrors", "The snapshot date must look like 2025-08-01, not %1.").arg(repr(text)))

