"""What a reader of a workspace needs from it: the Excel export and import (io/) read the figures
through this Protocol, so that io/ does not depend on storage/ (storage.Workspace provides it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.market import MarketView
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, Snapshot
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.statements import CloudRead, Statement


class WorkspaceReader(Protocol):
    """The read side of an open workspace (see storage.workspace.Workspace for the meaning)."""

    @property
    def path(self) -> Path: ...  # a file workspace only (a team workspace raises FileOnlyError)

    @property
    def is_remote(self) -> bool: ...  # a team workspace on a server: no file

    @property
    def location(self) -> str: ...  # the file path, or the server URL without password

    def sources(self) -> list[Source]: ...

    def companies(self, include_removed: bool = False) -> list[Company]: ...

    def line_defs(self, company: str) -> list[LineDef]: ...

    def periods(self, company: str) -> list[Quarter]: ...

    def market_views(self, today: date | None = None) -> dict[str, MarketView]: ...

    def stale_days(self) -> int: ...

    def scorecard_lines(self, company: str | None = None,
                        period: Quarter | None = None) -> list[ScorecardLine]: ...

    def forecasts(self) -> list[Forecast]: ...

    def targets(self) -> list[Target]: ...

    def supply_chain(self) -> list[SupplyChainEntry]: ...

    def statements(self, topic: str | None = None) -> list[Statement]: ...

    def cloud_reads(self) -> list[CloudRead]: ...

    def ranking(self) -> list[RankEntry]: ...

    def snapshots(self) -> list[Snapshot]: ...
