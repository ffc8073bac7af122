"""The base of every edit command: apply to the workspace in redo(), revert in undo().

A write that fails (SaveError: disk full, locked file…) changed nothing in the workspace. On the
first redo (the push) the command then marks itself obsolete, so QUndoStack drops it instead of
keeping an edit that never happened, and the failure is reported to the window.

Undo and redo are compare-and-set against what this user left: when someone else changed the same
value since (ConflictError), the step is refused, nothing is written, the command is marked
obsolete (QUndoStack drops it and keeps every other step) and the report names who changed what
and when, read from the change log after this command's own write ("Ann changed Amazon's
rationale at 14:02; your edit can no longer be undone.").

An undo or redo whose write fails (SaveError) after the push changed nothing either, but QUndoStack
has already moved its index past the step. A stack made by `workspace_undo_stack` moves it back
right after, without writing (the command skips that one call), so the stack again matches the
workspace: the step is still the one Ctrl+Z (or Ctrl+Y) retries, and no other step is undone in
its place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.storage.errors import ConflictError, SaveError, WorkspaceError
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fill

if TYPE_CHECKING:
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.ui.change_log_text import LineLabels

ErrorSink = Callable[[str], None]


class WorkspaceCommand(QUndoCommand):
    """Subclasses implement `apply(forward)`: write the edit (forward) or its reverse to the workspace
    and refresh what shows it. `apply` must raise before changing anything visible if the write fails."""

    def __init__(self, text: str, on_error: ErrorSink | None = None) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._pushed = False
        self.error: str = ""
        self.written_after = -1  # the newest change-log row once this command last wrote
        self.stuck = False  # an undo/redo after the push failed: the stack moved, the workspace did not
        self._skip_next = False  # the stack's move back over this step: nothing to write

    def apply(self, forward: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        self._run(True)
        self._pushed = True

    def undo(self) -> None:
        self._run(False)

    def store(self) -> Any:
        """The workspace this command writes to (its `_workspace` or `workspace`, or its host's)."""
        for found in (getattr(self, "_workspace", None), getattr(self, "workspace", None),
                      getattr(getattr(self, "host", None), "workspace", None)):
            if found is not None:
                return found
        return None

    def conflict_sentence(self, entry: ChangeLogEntry, names: dict[str, str],
                          lines: LineLabels | None = None) -> str | None:
        """What `entry` (someone else's change) did to this command's value, or None if it left
        the value alone. By default any change counts; commands narrow it to their value.
        `names` and `lines`: see change_text.sentences."""
        from desktop_app.ui.change_text import sentences

        return sentences(entry, names, lines)[-1]

    def _run(self, forward: bool) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        try:
            self.apply(forward)
            self.error = ""
            self._remember_written()
        except ConflictError as exc:
            self.error = error_text(exc) if not self._pushed else self._refusal(forward)
            self.setObsolete(True)  # never happened / can no longer happen: QUndoStack drops it
            if self._on_error is not None:
                self._on_error(self.error)
        except SaveError as exc:
            self.error = error_text(exc)
            if not self._pushed:
                self.setObsolete(True)  # never happened: QUndoStack.push() drops it
            else:
                self.stuck = True  # workspace_undo_stack moves the index back
            if self._on_error is not None:
                self._on_error(self.error)

    def _remember_written(self) -> None:
        ws = self.store()
        try:
            self.written_after = int(ws.last_change_id()) if ws is not None else -1
        except WorkspaceError:
            self.written_after = -1

    def _refusal(self, forward: bool) -> str:
        """`Ann changed Amazon's rationale at 14:02; your edit can no longer be undone.`"""
        said = ""
        ws = self.store()
        if ws is not None and self.written_after >= 0:
            from desktop_app.ui.change_text import reader_names

            lines: LineLabels | None = None
            try:
                entries = ws.changes_after(self.written_after)
                names, lines = reader_names(ws)
            except WorkspaceError:
                entries, names = [], {}
            found = [s for s in (self.conflict_sentence(e, names, lines) for e in entries) if s]
            said = found[-1] if found else ""
        if not said:
            said = QCoreApplication.translate("WorkspaceCommand", "Someone else changed it since")
        if forward:
            return fill(QCoreApplication.translate(
                "WorkspaceCommand", "%1; your edit “%2” can no longer be redone."), said, self.text())
        return fill(QCoreApplication.translate(
            "WorkspaceCommand", "%1; your edit “%2” can no longer be undone."), said, self.text())



class _StepKeeper(QObject):
    """Watches a stack's index (a child of the stack, so it dies with it)."""

    def __init__(self, stack: QUndoStack) -> None:
        super().__init__(stack)
        self._stack = stack
        self._last = stack.index()
        stack.indexChanged.connect(self.moved)

    def moved(self, index: int) -> None:
        before, self._last = self._last, index
        stack = self._stack
        if not shiboken6.isValid(stack):  # the stack's destructor clears it
            return
        if index == before - 1:  # an undo: the step undone is at `index`
            command, back = stack.command(index), stack.redo
        elif index == before + 1:  # a redo or a push: the step is at `index - 1`
            command, back = stack.command(index - 1), stack.undo
        else:
            return
        if isinstance(command, WorkspaceCommand) and command.stuck:
            command.stuck = False
            command._skip_next = True
            QTimer.singleShot(0, self, back)


def workspace_undo_stack(parent: QObject | None = None) -> QUndoStack:
    """A QUndoStack whose index never runs ahead of the workspace (see the module docstring)."""
    stack = QUndoStack(parent)
    _StepKeeper(stack)
    return stack
