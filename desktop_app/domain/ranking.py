"""The PM's ranked preference of the covered names: entries, snapshots, moves and comparisons."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


class RankingError(ValueError):
    """An order or an edit that would make the ranking invalid."""


@dataclass(frozen=True)
class RankEntry:
    ticker: str
    rationale: str = ""


@dataclass(frozen=True)
class SnapshotEntry:
    rank: int
    ticker: str
    rationale: str
    reason_zh: str = ""  # the source note's original reason, where the snapshot came from a note


@dataclass(frozen=True)
class Snapshot:
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
        raise RankingError(f"duplicate tickers: {', '.join(dupes)}")
    missing = sorted(set(covered) - set(order))
    extra = sorted(set(order) - set(covered))
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing {', '.join(missing)}")
        if extra:
            parts.append(f"not covered {', '.join(extra)}")
        raise RankingError("not a permutation of the covered names: " + "; ".join(parts))


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


@dataclass(frozen=True)
class ComparisonRow:
    ticker: str
    rank_before: int | None
    rank_after: int | None
    rationale_before: str | None
    rationale_after: str | None

    @property
    def move(self) -> int | None:
        if self.rank_before is None or self.rank_after is None:
            return None
        return self.rank_before - self.rank_after

    @property
    def rationale_changed(self) -> bool:
        return (self.rationale_before or "") != (self.rationale_after or "")


def compare(before: Snapshot, after: Snapshot) -> list[ComparisonRow]:
    """Who moved how far and which rationale changed between two snapshots, in `after` order."""
    rank_b = {e.ticker: e.rank for e in before.entries}
    rank_a = {e.ticker: e.rank for e in after.entries}
    tickers = after.order + [t for t in before.order if t not in rank_a]
    return [
        ComparisonRow(t, rank_b.get(t), rank_a.get(t), before.rationale_of(t), after.rationale_of(t))
        for t in tickers
    ]
