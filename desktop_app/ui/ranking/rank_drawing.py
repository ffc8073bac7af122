"""What the rank-over-time plot draws, as plain data: ranking/chart.py works it out from the
snapshots (no chart library needed), ranking/rank_plot.py draws it with pyqtgraph."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RankLine:
    ticker: str
    name: str
    colour: str
    ranks: tuple[int | None, ...]  # per x position; the last one is "Now"


@dataclass(frozen=True)
class RankDrawing:
    """What the plot draws: one x tick label per point (the axis draws those that fit), the number
    of ranks, the index of "Now" (the number of snapshots drawn), whether "Now" is drawn, and one
    line per name."""

    ticks: list[tuple[float, str]]
    count: int
    now: int
    now_shown: bool
    lines: tuple[RankLine, ...]
