"""The base of every edit command: apply to the workspace in redo(), revert in undo().

A write that fails (SaveError: disk full, locked file…) changed nothing in the workspace. On the
first redo (the push) the command then marks itself obsolete, so QUndoStack drops it instead of
keeping an edit that never happened, and the failure is reported to the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop_app.storage.errors import SaveError
from desktop_app.ui.errors import error_text

ErrorSink = Callable[[str], None]


class WorkspaceCommand(QUndoCommand):
    """Subclasses implement `apply(forward)`: write the edit (forward) or its reverse to the workspace
    and refresh what shows it. `apply` must raise before changing anything visible if the write fails."""

    def __init__(self, text: str, on_error: ErrorSink | None = None) -> None:
        super().__init__(text)
        self._on_error = on_error
        self._pushed = False
        self.error: str = ""

    def apply(self, forward: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        self._run(True)
        self._pushed = True

    def undo(self) -> None:
        self._run(False)

    def _run(self, forward: bool) -> None:
        try:
            self.apply(forward)
            self.error = ""
        except SaveError as exc:
            self.error = error_text(exc)
            if not self._pushed:
                self.setObsolete(True)  # never happened: QUndoStack.push() drops it
            if self._on_error is not None:
                self._on_error(self.error)
