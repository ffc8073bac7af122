"""Applying an Excel import as ONE undoable command.

Redo writes every new figure of the import plan in one transaction
(`Workspace.apply_scorecard_changes`, one change-log row); undo writes the old ones back the same
way and removes rows the import had created. Then `on_applied` refreshes the views.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.storage.errors import SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text

if TYPE_CHECKING:
    from desktop_app.io.excel_import import ImportPlan
    from desktop_app.storage.workspace import Workspace


class ExcelImportCommand(WorkspaceCommand):
    """Every figure of an import plan, applied and undone together."""

    def __init__(
        self,
        workspace: Workspace,
        plan: ImportPlan,
        on_applied: Callable[[], None] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        count = len(plan.changes)
        text = (
            QCoreApplication.translate("ExcelImportCommand", "Import %1 figures from %2")
            if count != 1
            else QCoreApplication.translate("ExcelImportCommand", "Import 1 figure from %2")
        )
        super().__init__(text.replace("%1", f"{count:,}").replace("%2", plan.path.name), on_error)
        self.plan = plan
        self._workspace = workspace
        self._on_applied = on_applied
        keys = {(c.company, c.period, c.line, c.field) for c in plan.changes}
        # Undo puts each figure's provenance back as it was (a note, or who entered it before).
        self._before = {k: p for k, p in workspace.figure_provenance().items() if k in keys}

    def apply(self, forward: bool) -> None:
        from desktop_app.domain.provenance import imported_where
        from desktop_app.storage.provenance import entered_now
        from desktop_app.user import current_user

        summary = self.plan.summary() if forward else f"Undo: {self.plan.summary()}"
        provenance = (
            entered_now(current_user(), where=imported_where(self.plan.path.name))
            if forward
            else self._before
        )
        origin = {"kind": "import", "file": self.plan.path.name, "undo": not forward}
        try:
            if forward:
                self._workspace.apply_scorecard_changes(
                    self.plan.values(),
                    summary,
                    new_lines=self.plan.new_lines,
                    provenance=provenance,
                    origin=origin,
                )
            else:
                self._workspace.apply_scorecard_changes(
                    self.plan.values(False),
                    summary,
                    self.plan.created_rows(),
                    remove_lines=[(x.company, x.key) for x in self.plan.new_lines],
                    provenance=provenance,
                    origin=origin,
                )
        except ValueError as exc:  # refused by the workspace: nothing was written
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied()
