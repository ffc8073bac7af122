"""The reads of prices, targets, market views and research notes, shared by the open workspace
(`Workspace`, through ResearchRecords) and the analysts' in-memory copy (`WorkspaceSnapshot`).

A mixin: the class using it supplies the connection (`_conn`), `location` (for error messages)
and `companies`.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.companies import Company
from desktop_app.domain.market import DEFAULT_STALE_DAYS, MarketView, PricePoint, TargetPoint, market_view
from desktop_app.storage import market  # notes: imported where read (a start reads none)
from desktop_app.storage.readable import reads

if TYPE_CHECKING:
    from desktop_app.domain.notes import Citation, Note


class ResearchReads:
    """Prices, targets and their market views; notes and what cites them."""

    _conn: sqlite3.Connection

    def companies(self, include_removed: bool = False) -> list[Company]:  # pragma: no cover
        raise NotImplementedError

    @reads
    def prices(self, company: str | None = None) -> list[PricePoint]:
        """Share prices with their as-of dates, oldest first per company."""
        return market.prices(self._conn, company)

    @reads
    def target_history(self, company: str | None = None) -> list[TargetPoint]:
        """Ratings and target prices with their dates, oldest first per company."""
        return market.targets(self._conn, company)

    @reads
    def stale_days(self) -> int:
        """A price older than this many days is marked stale (setting; default 7)."""
        return market.stale_days(self._conn, DEFAULT_STALE_DAYS)

    @reads
    def market_views(self, today: date | None = None) -> dict[str, MarketView]:
        """Each company's latest price, target, rating and upside, with staleness."""
        today = today or date.today()
        prices, targets, days = self.prices(), self.target_history(), self.stale_days()
        return {c.ticker: market_view(c.ticker, prices, targets, today, days)
                for c in self.companies(include_removed=True)}

    @reads
    def notes(self) -> list[Note]:
        """Every research note, seed notes first, with its attached file's name and size."""
        from desktop_app.storage import notes as note_store

        return note_store.notes(self._conn)

    @reads
    def note_citations(self) -> dict[str, list[Citation]]:
        """Every record that cites a note (figures, statements, targets, ranking reasons), by note."""
        from desktop_app.storage import notes as note_store

        return note_store.citations(self._conn)
