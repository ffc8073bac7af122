"""The plain reads of a workspace (companies, lines, quarters, figures, research tables, the ranking
and its snapshots), shared by the open workspace (`Workspace`) and the analysts' in-memory copy
(`WorkspaceSnapshot`), so that both answer them with the same queries.

A mixin: the class using it supplies the connection (`_conn`) and `location` (for the `reads`
decorator's error messages).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, Snapshot
from desktop_app.domain.research import Target
from desktop_app.storage import queries
from desktop_app.storage.readable import reads

if TYPE_CHECKING:  # made in queries, imported there when first read (not for the first paint)
    from desktop_app.domain.line_def import LineDef
    from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
    from desktop_app.domain.scorecard import ScorecardLine
    from desktop_app.domain.statements import CloudRead, Statement


class CoreReads:
    """Reads that need nothing but the connection."""

    _conn: sqlite3.Connection

    @reads
    def meta(self) -> dict[str, str]:
        return queries.meta(self._conn)

    @reads
    def sources(self) -> list[Source]:
        return queries.sources(self._conn)

    @reads
    def companies(self, include_removed: bool = False) -> list[Company]:
        """Covered companies in coverage order (with `include_removed`, also former ones)."""
        return queries.companies(self._conn, include_removed)

    @reads
    def line_defs(self, company: str) -> list[LineDef]:
        return queries.line_defs(self._conn, company)

    @reads
    def periods(self, company: str) -> list[Quarter]:
        return queries.periods(self._conn, company)

    @reads
    def scorecard_lines(self, company: str | None = None,
                        period: Quarter | None = None) -> list[ScorecardLine]:
        """By coverage position, fiscal quarter, line position. All companies when None."""
        return queries.scorecard_lines(self._conn, company, period)

    @reads
    def forecasts(self) -> list[Forecast]:
        return queries.forecasts(self._conn)

    @reads
    def targets(self) -> list[Target]:
        return queries.targets(self._conn)

    @reads
    def supply_chain(self) -> list[SupplyChainEntry]:
        return queries.supply_chain(self._conn)

    @reads
    def statements(self, topic: str | None = None) -> list[Statement]:
        return queries.statements(self._conn, topic)

    @reads
    def cloud_reads(self) -> list[CloudRead]:
        return queries.cloud_reads(self._conn)

    @reads
    def ranking(self) -> list[RankEntry]:
        """The current order, rank 1 first."""
        return queries.ranking(self._conn)

    @reads
    def snapshots(self, since: int | None = None, only: Sequence[int] | None = None) -> list[Snapshot]:
        """Oldest first; with `since`, those from that id on (the newest); with `only`, those ids."""
        return queries.snapshots(self._conn, since=since, only=only)
