"""Undoable recording of a research note: redo adds it (with its file), undo removes it again while
nothing cites it yet."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.storage.errors import SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class NoteEntry:
    broker: str
    published: date
    title: str
    user: str
    analyst: str = ""
    file: tuple[str, bytes] | None = None


class AddNoteCommand(WorkspaceCommand):
    def __init__(self, workspace: Workspace, entry: NoteEntry, on_applied: Callable[[], None] | None = None,
                 on_error: ErrorSink | None = None) -> None:
        text = (
            QCoreApplication.translate("NoteCommands", "Add note: %1 %2")
            .replace("%1", entry.broker)
            .replace("%2", entry.title)
        )
        super().__init__(text, on_error)
        self.entry = entry
        self.note_id: str | None = None
        self._workspace = workspace
        self._on_applied = on_applied

    def apply(self, forward: bool) -> None:
        e = self.entry
        try:
            if forward:
                self.note_id = self._workspace.add_note(
                    e.broker, e.published, e.title, e.user, analyst=e.analyst, file=e.file
                )
            elif self.note_id is not None:
                self._workspace.remove_note(self.note_id)
                self.note_id = None
        except ValueError as exc:  # refused by the workspace: nothing was written
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()
