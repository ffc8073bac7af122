"""Undoable market-data entries: a dated share price, a dated target price (and rating).

Redo records the entry (a new history row, with who entered it and its source); undo removes that
row. `on_applied` refreshes every view that shows the upside.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.storage.errors import SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fmt_number

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class MarketEntry:
    """What a price or target dialog collected (validated)."""

    company: str
    value: Decimal
    as_of: date
    user: str
    note_id: str | None = None
    where: str = ""  # figure or page of the note
    rating: str = ""  # targets only


class _AddRecordCommand(WorkspaceCommand):
    table = ""

    def __init__(self, workspace: Workspace, entry: MarketEntry, text: str,
                 on_applied: Callable[[], None] | None = None, on_error: ErrorSink | None = None) -> None:
        super().__init__(text, on_error)
        self.entry = entry
        self.record_id: int | None = None
        self._workspace = workspace
        self._on_applied = on_applied

    def _add(self) -> int:  # pragma: no cover - abstract
        raise NotImplementedError

    def apply(self, forward: bool) -> None:
        try:
            if forward:
                self.record_id = self._add()
            elif self.record_id is not None:
                self._workspace.remove_market_record(self.table, self.record_id)
                self.record_id = None
        except ValueError as exc:  # refused by the workspace: nothing was written
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()


class AddPriceCommand(_AddRecordCommand):
    table = "price_history"

    def __init__(self, workspace: Workspace, entry: MarketEntry,
                 on_applied: Callable[[], None] | None = None, on_error: ErrorSink | None = None) -> None:
        text = (
            QCoreApplication.translate("MarketCommands", "Share price %1 %2 as of %3")
            .replace("%1", entry.company)
            .replace("%2", fmt_number(entry.value))
            .replace("%3", entry.as_of.isoformat())
        )
        super().__init__(workspace, entry, text, on_applied, on_error)

    def _add(self) -> int:
        e = self.entry
        return self._workspace.add_price(
            e.company, e.value, e.as_of, e.user, note_id=e.note_id, figure=e.where
        )


class AddTargetCommand(_AddRecordCommand):
    table = "target_history"

    def __init__(
        self,
        workspace: Workspace,
        entry: MarketEntry,
        on_applied: Callable[[], None] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        text = (
            QCoreApplication.translate("MarketCommands", "Target price %1 %2 as of %3")
            .replace("%1", entry.company)
            .replace("%2", fmt_number(entry.value))
            .replace("%3", entry.as_of.isoformat())
        )
        if entry.rating:
            text += f" ({entry.rating})"
        super().__init__(workspace, entry, text, on_applied, on_error)

    def _add(self) -> int:
        e = self.entry
        return self._workspace.add_target(
            e.company, e.value, e.as_of, e.user, rating=e.rating, note_id=e.note_id, figure=e.where
        )
