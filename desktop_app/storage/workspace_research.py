"""The workspace's research records: share prices and targets with their dates, research notes
and their files, forecasts and statements added with a source, and who entered each figure.

A mixin of `Workspace` (storage/workspace.py), which supplies the connection and the guarded,
transactional `_write`; kept apart so each module stays small.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from desktop_app.domain.provenance import Provenance
from desktop_app.storage import market  # notes, provenance, research_edits: imported where used
from desktop_app.storage.edits import UNCHECKED
from desktop_app.storage.readable import reads
from desktop_app.storage.research_reads import ResearchReads

if TYPE_CHECKING:
    from desktop_app.storage.provenance import FigureKey

T = TypeVar("T")


class ResearchRecords(ResearchReads):
    """Reads and writes of prices, targets, notes, forecasts, statements and figure provenance."""

    def _write(self, action: Callable[[sqlite3.Connection], T]) -> T:  # pragma: no cover - Workspace's
        raise NotImplementedError

    @reads
    def note_file(self, note_id: str) -> tuple[str, bytes] | None:
        """(file name, bytes) of a note's attached file, or None."""
        from desktop_app.storage import notes

        return notes.note_file(self._conn, note_id)

    @reads
    def figure_provenance(self, company: str | None = None) -> dict[FigureKey, Provenance]:
        """Who entered each scorecard figure changed after the seed, and when (or its note)."""
        from desktop_app.storage import provenance as figure_sources

        return figure_sources.figure_provenance(self._conn, company)

    def add_price(self, company: str, price: Decimal, as_of: date, user: str,
                  note_id: str | None = None, figure: str = "") -> int:
        """Record a share price with its date; ValueError (nothing written) on bad input."""
        return self._write(lambda conn: market.add_price(conn, company, price, as_of, user, note_id, figure))

    def add_target(self, company: str, target: Decimal, as_of: date, user: str, rating: str = "",
                   note_id: str | None = None, figure: str = "") -> int:
        """Record a target price (and rating) with its date; ValueError (nothing written) on bad input."""
        return self._write(lambda conn: market.add_target(conn, company, target, as_of, user, rating,
                                                          note_id, figure))

    def remove_market_record(self, table: str, record_id: int) -> None:
        self._write(lambda conn: market.remove_record(conn, table, record_id))

    def set_stale_days(self, days: int) -> None:
        self._write(lambda conn: market.set_stale_days(conn, days))

    def add_note(self, broker: str, published: date, title: str, user: str, analyst: str = "",
                 file: tuple[str, bytes] | None = None) -> str:
        """Record a note (and its file, stored in the workspace); returns its id. ValueError
        (nothing written) on bad input, e.g. a file over the size cap."""
        from desktop_app.storage import notes

        return self._write(lambda conn: notes.add_note(conn, broker, published, title, user, analyst, file))

    def remove_note(self, note_id: str) -> None:
        """Undo of add_note: refused (ValueError) while anything cites the note."""
        from desktop_app.storage import notes

        self._write(lambda conn: notes.remove_note(conn, note_id))

    def set_forecast(self, company: str, year: str, metric: str, value: Decimal, unit: str, user: str,
                     note_id: str | None = None, where: str = "",
                     expected: object = UNCHECKED) -> dict[str, object] | None:
        """Add or change a Figure 1 forecast with its source; returns the replaced row (for undo).
        With `expected` (stored value text last seen, None: no row): ConflictError if it changed."""
        from desktop_app.storage import research_edits

        return self._write(lambda conn: research_edits.set_forecast(conn, company, year, metric, value, unit,
                                                                    user, note_id, where, expected))

    def restore_forecast(self, company: str, year: str, metric: str,
                         previous: dict[str, object] | None, written: object = UNCHECKED) -> None:
        """Undo set_forecast; with `written` (the value text it stored), only if still stored."""
        from desktop_app.storage import research_edits

        self._write(lambda conn: research_edits.restore_forecast(conn, company, year, metric, previous,
                                                                 written))

    def add_statement(self, topic: str, company: str | None, text: str, user: str, note_id: str | None = None,
                      where: str = "", period: str = "") -> str:
        """Record a statement with its source; returns its key."""
        from desktop_app.storage import research_edits

        return self._write(lambda conn: research_edits.add_statement(conn, topic, company, text, user,
                                                                     note_id, where, period))

    def remove_statement(self, key: str) -> None:
        from desktop_app.storage import research_edits

        self._write(lambda conn: research_edits.remove_statement(conn, key))

    def edit_statement(self, key: str, text: str, expected: str, user: str, note_id: str | None = None,
                       where: str = "") -> dict[str, object]:
        """Change a statement's text and source (ConflictError if its text is no longer `expected`);
        returns what it replaced, for `restore_statement`."""
        from desktop_app.storage import research_edits

        return self._write(lambda conn: research_edits.edit_statement(conn, key, text, expected, user,
                                                                      note_id, where))

    def restore_statement(self, key: str, previous: dict[str, object], expected: str) -> None:
        """The undo of edit_statement (ConflictError if the text is no longer `expected`)."""
        from desktop_app.storage import research_edits

        self._write(lambda conn: research_edits.restore_statement(conn, key, previous, expected))

    @reads
    def entered_by(self, table: str) -> dict[object, tuple[str, str]]:
        """Who entered each forecast or statement added after the seed ("forecasts" / "statements")."""
        from desktop_app.storage import research_edits

        return research_edits.entered(self._conn, table)
