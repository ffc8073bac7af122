"""Two snapshots of the ranking side by side: who moved how far, whose rationale changed.

Apart from domain/ranking.py because only the history's Compare page needs it: the window's first
paint does not load it (each dataclass costs the start-up ~1 ms).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.ranking import Snapshot


@dataclass(frozen=True)
class ComparisonRow:
    """One name in the comparison of two orders: its rank and rationale in each (None: absent)."""
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
