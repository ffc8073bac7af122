"""Undoable edits of coverage and of a company's scorecard lines: add a company, add / change /
reorder / remove lines (a removed line's figures come back on undo), copy another company's line set.

Each command writes in one transaction through the Workspace and then calls `on_applied(ticker)`
so the views refresh. A refusal (ValueError, RankingError) becomes a SaveError: nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.ranking import RankingError
from desktop_app.storage.errors import SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

Applied = Callable[[str], None]


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except (RankingError, ValueError, KeyError) as exc:
        raise SaveError(error_text(exc).strip("'\"")) from exc


class _Command(WorkspaceCommand):
    def __init__(self, workspace: Workspace, company: str, text: str, on_applied: Applied | None,
                 on_error: ErrorSink | None) -> None:
        super().__init__(text, on_error)
        self.workspace = workspace
        self.company = company
        self._on_applied = on_applied

    def _applied(self) -> None:
        if self._on_applied is not None:
            self._on_applied(self.company)


class AddCompanyCommand(_Command):
    """Cover a company (it joins the end of the ranking); undo stops covering it again."""

    def __init__(self, workspace: Workspace, company: Company, on_applied: Applied | None = None,
                 on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Add %1 (%2)").replace(
            "%1", company.name_en).replace("%2", company.ticker)
        super().__init__(workspace, company.ticker, text, on_applied, on_error)
        self.new_company = company

    def apply(self, forward: bool) -> None:
        with _refusals():
            if forward:
                self.workspace.add_company(self.new_company)
            else:
                self.workspace.remove_company(self.company)
        self._applied()


class AddLineCommand(_Command):
    def __init__(self, workspace: Workspace, line: LineDef, on_applied: Applied | None = None,
                 on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Add the line %1 to %2").replace(
            "%1", line.label).replace("%2", line.company)
        super().__init__(workspace, line.company, text, on_applied, on_error)
        self.line = line

    def apply(self, forward: bool) -> None:
        with _refusals():
            if forward:
                self.line = self.workspace.add_line(self.line)
            else:
                self.workspace.remove_line(self.company, self.line.key)
        self._applied()


class UpdateLineCommand(_Command):
    """Rename a line or change its Chinese label, section, unit, kind or polarity."""

    def __init__(self, workspace: Workspace, old: LineDef, new: LineDef,
                 on_applied: Applied | None = None, on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Change the line %1 of %2").replace(
            "%1", old.label).replace("%2", old.company)
        super().__init__(workspace, old.company, text, on_applied, on_error)
        self.old, self.new = old, new

    def apply(self, forward: bool) -> None:
        with _refusals():
            self.workspace.update_line(self.new if forward else self.old)
        self._applied()


class ReorderLinesCommand(_Command):
    def __init__(self, workspace: Workspace, company: str, before: Sequence[str], after: Sequence[str],
                 on_applied: Applied | None = None, on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Reorder the lines of %1").replace("%1", company)
        super().__init__(workspace, company, text, on_applied, on_error)
        self.before, self.after = list(before), list(after)

    def apply(self, forward: bool) -> None:
        with _refusals():
            self.workspace.reorder_lines(self.company, self.after if forward else self.before)
        self._applied()


class RemoveLineCommand(_Command):
    """Remove a line and its figures; undo puts the line and every figure back."""

    def __init__(self, workspace: Workspace, line: LineDef, on_applied: Applied | None = None,
                 on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Remove the line %1 of %2").replace(
            "%1", line.label).replace("%2", line.company)
        super().__init__(workspace, line.company, text, on_applied, on_error)
        self.line = line
        self.rows: list[tuple[object, ...]] = []

    def apply(self, forward: bool) -> None:
        with _refusals():
            if forward:
                self.line, self.rows = self.workspace.remove_line(self.company, self.line.key)
            else:
                self.workspace.restore_line(self.line, self.rows)
        self._applied()


class CopyLinesCommand(_Command):
    """Start a company's line set from another company's (no figures); undo removes it again."""

    def __init__(self, workspace: Workspace, source: str, target: str, on_applied: Applied | None = None,
                 on_error: ErrorSink | None = None) -> None:
        text = QCoreApplication.translate("LineCommands", "Copy the lines of %1 to %2").replace(
            "%1", source).replace("%2", target)
        super().__init__(workspace, target, text, on_applied, on_error)
        self.source = source

    def apply(self, forward: bool) -> None:
        with _refusals():
            if forward:
                self.workspace.copy_lines(self.source, self.company)
            else:
                self.workspace.remove_all_lines(self.company)
        self._applied()
