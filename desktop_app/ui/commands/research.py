"""Undoable research entries: a Figure 1 forecast added or changed, a statement added or edited; each
with its source (a note with figure or page, or "entered by" the user)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.storage.codec import dec_to_text
from desktop_app.storage.edits import UNCHECKED
from desktop_app.storage.errors import SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fmt_number

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class ForecastEntry:
    company: str
    year: str
    metric: str
    value: Decimal
    unit: str
    user: str
    note_id: str | None = None
    where: str = ""


@dataclass(frozen=True)
class StatementEntry:
    topic: str
    company: str | None
    text: str
    user: str
    note_id: str | None = None
    where: str = ""
    period: str = ""


@dataclass(frozen=True)
class StatementEdit:
    """A statement's new text and source; `seen` is the text the user edited (compare-and-set)."""

    key: str
    seen: str
    text: str
    user: str
    note_id: str | None = None
    where: str = ""


class SetForecastCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, entry: ForecastEntry,
                 on_applied: Callable[[], None] | None = None, on_error: ErrorSink | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ResearchCommands", "Forecast %1 %2 %3: %4")
            .replace("%1", entry.company)
            .replace("%2", entry.year)
            .replace("%3", entry.metric)
            .replace("%4", fmt_number(entry.value)),
            on_error,
        )
        self.entry = entry
        self.previous: dict[str, Any] | None = None
        self._done = False  # applied once: a redo is compare-and-set against the undone state
        self._workspace = workspace
        self._on_applied = on_applied

    def apply(self, forward: bool) -> None:
        e = self.entry
        try:
            if forward:  # a redo: only over the value the undo put back (compare-and-set)
                expected = (self.previous["value"] if self.previous else None) if self._done else UNCHECKED
                self.previous = self._workspace.set_forecast(
                    e.company, e.year, e.metric, e.value, e.unit, e.user, note_id=e.note_id, where=e.where,
                    expected=expected)
                self._done = True
            else:  # an undo: only while the forecast is still what this write stored
                self._workspace.restore_forecast(e.company, e.year.strip(), e.metric.strip(), self.previous,
                                                 written=dec_to_text(e.value))
        except ValueError as exc:
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()


class AddStatementCommand(WorkspaceCommand):
    def __init__(
        self,
        workspace: Workspace,
        entry: StatementEntry,
        on_applied: Callable[[], None] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ResearchCommands", "Add statement: %1").replace(
                "%1", entry.text[:40]
            ),
            on_error,
        )
        self.entry = entry
        self.key: str | None = None
        self._workspace = workspace
        self._on_applied = on_applied

    def apply(self, forward: bool) -> None:
        e = self.entry
        try:
            if forward:
                self.key = self._workspace.add_statement(
                    e.topic, e.company, e.text, e.user, note_id=e.note_id, where=e.where, period=e.period
                )
            elif self.key is not None:
                self._workspace.remove_statement(self.key)
                self.key = None
        except ValueError as exc:
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()


class EditStatementCommand(WorkspaceCommand):
    """A statement's text and source changed; undo puts back the old text and the old source."""

    def __init__(
        self,
        workspace: Workspace,
        edit: StatementEdit,
        on_applied: Callable[[], None] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ResearchCommands", "Edit statement: %1").replace(
                "%1", edit.text[:40]
            ),
            on_error,
        )
        self.edit = edit
        self.previous: dict[str, Any] | None = None
        self._workspace = workspace
        self._on_applied = on_applied

    def apply(self, forward: bool) -> None:
        e = self.edit
        try:
            if forward:
                self.previous = self._workspace.edit_statement(
                    e.key,
                    e.text,
                    self.previous["text_en"] if self.previous else e.seen,
                    e.user,
                    note_id=e.note_id,
                    where=e.where,
                )
            elif self.previous is not None:
                self._workspace.restore_statement(e.key, self.previous, e.text.strip())
        except ValueError as exc:
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()
