"""Undoable scorecard edits: one cell's value, a block pasted from a spreadsheet, and a new quarter.

Each command writes to the workspace in one transaction (Workspace.set_scorecard_value /
add_quarter) and then calls `on_applied` so the views showing the figure refresh at once. A value
is written only if the stored one is still the value the edit started from (its undo: the value
it wrote); otherwise ConflictError, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.number_input import parse_number
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.storage.errors import SaveError
from desktop_app.ui.change_text import changed_figure, sentences
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fmt_number

if TYPE_CHECKING:
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.change_log_text import LineLabels


@dataclass(frozen=True)
class CellRef:
    """One stored figure: a company's line in a fiscal quarter, field actual/consensus/guidance."""

    company: str
    period: Quarter
    line: str
    field: str


Applied = Callable[[CellRef], None]


def _exact(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _shown(value: Decimal | None) -> str:
    return (
        fmt_number(value) if value is not None else QCoreApplication.translate("ScorecardCommands", "empty")
    )


class SetScorecardValueCommand(WorkspaceCommand):
    """Set (or clear) one actual, consensus or guidance figure; undo puts the old one back."""

    def __init__(
        self,
        workspace: Workspace,
        ref: CellRef,
        new: Decimal | None,
        description: str = "",
        on_applied: Applied | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        stored = workspace.scorecard_line(ref.company, ref.period, ref.line)
        self.old: Decimal | None = getattr(stored, ref.field) if stored is not None else None
        # Undo puts the figure's provenance back as it was (its note, or who entered it before).
        self.old_provenance = workspace.figure_provenance(ref.company).get(
            (ref.company, ref.period, ref.line, ref.field), Provenance()
        )
        self.new = new
        self.ref = ref
        self._workspace = workspace
        self._on_applied = on_applied
        what = description or f"{ref.company} {ref.period.fiscal_label()} {ref.line} {ref.field}"
        text = (
            QCoreApplication.translate("ScorecardCommands", "Edit %1: %2 → %3")
            .replace("%1", what)
            .replace("%2", _shown(self.old))
            .replace("%3", _shown(new))
        )
        super().__init__(text, on_error)

    @classmethod
    def from_text(
        cls,
        workspace: Workspace,
        ref: CellRef,
        typed: str,
        description: str = "",
        on_applied: Applied | None = None,
        on_error: ErrorSink | None = None,
    ) -> SetScorecardValueCommand:
        """The command for what the user typed; NumberInputError (nothing built) for bad input."""
        return cls(workspace, ref, parse_number(typed), description, on_applied, on_error)

    @property
    def changes_anything(self) -> bool:
        """False when the typed figure is the stored one, digit for digit (`4.0` differs from `4`)."""
        return _exact(self.old) != _exact(self.new)

    def conflict_sentence(self, entry: ChangeLogEntry, names: dict[str, str],
                          lines: LineLabels | None = None) -> str | None:
        r = self.ref
        if not changed_figure(entry, r.company, r.line, r.field, r.period.year, r.period.quarter):
            return None
        return sentences(entry, names, lines)[-1]

    def apply(self, forward: bool) -> None:
        value = self.new if forward else self.old
        r = self.ref
        try:  # forward: entered by the current user, now
            self._workspace.set_scorecard_value(
                r.company,
                r.period,
                r.line,
                r.field,
                value,
                expected=self.old if forward else self.new,
                provenance=None if forward else self.old_provenance,
            )
        except ValueError as exc:  # refused by the workspace: nothing was written
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied(r)


class AddQuarterCommand(WorkspaceCommand):
    """Add a quarter with the company's standard lines, empty; undo removes it while still empty."""

    def __init__(
        self,
        workspace: Workspace,
        company: str,
        period: Quarter,
        label: str,
        on_applied: Callable[[str, Quarter], None] | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ScorecardCommands", "New quarter %1 %2")
            .replace("%1", company)
            .replace("%2", label),
            on_error,
        )
        self.company = company
        self.period = period
        self._workspace = workspace
        self._on_applied = on_applied

    def apply(self, forward: bool) -> None:
        try:
            if forward:
                self._workspace.add_quarter(self.company, self.period)
            else:
                self._workspace.remove_empty_quarter(self.company, self.period)
        except ValueError as exc:
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None:
            self._on_applied(self.company, self.period)


class PasteScorecardCommand(WorkspaceCommand):
    """Many figures pasted at once: ONE transaction and one undo step (Workspace.apply_scorecard_changes);
    undo writes the old figures back and removes the rows the paste created."""

    def __init__(
        self,
        workspace: Workspace,
        values: Sequence[tuple[CellRef, Decimal]],
        label: str,
        on_applied: Applied | None = None,
        on_error: ErrorSink | None = None,
    ) -> None:
        from desktop_app.domain.scorecard import ScorecardValue

        self._workspace = workspace
        self._on_applied = on_applied
        stored = {}
        changed: list[tuple[CellRef, Decimal | None, Decimal]] = []
        for ref, new in values:
            key = (ref.company, ref.period, ref.line)
            if key not in stored:
                stored[key] = workspace.scorecard_line(*key)
            row = stored[key]
            old = getattr(row, ref.field) if row is not None else None
            if _exact(old) != _exact(new):
                changed.append((ref, old, new))
        self.refs = [ref for ref, _, _ in changed]
        self._new = [ScorecardValue(r.company, r.period, r.line, r.field, n) for r, _, n in changed]
        self._old = [ScorecardValue(r.company, r.period, r.line, r.field, o) for r, o, _ in changed]
        self._created = sorted(
            {
                (r.company, r.period, r.line)
                for r in self.refs
                if stored[(r.company, r.period, r.line)] is None
            },
            key=lambda k: (k[0], k[1], k[2]),
        )
        # Undo puts each figure's provenance back as it was (its note, or who entered it before).
        keys = {(r.company, r.period, r.line, r.field) for r in self.refs}
        companies = {r.company for r in self.refs}
        found = workspace.figure_provenance(companies.pop() if len(companies) == 1 else None) if keys else {}
        self._before = {k: p for k, p in found.items() if k in keys}
        self.summary = f"Pasted {len(changed)} figure{'s' if len(changed) != 1 else ''} ({label})"
        count = len(changed)
        text = (
            QCoreApplication.translate("ScorecardCommands", "Paste %1 figures (%2)")
            if count != 1
            else QCoreApplication.translate("ScorecardCommands", "Paste 1 figure (%2)")
        )
        super().__init__(text.replace("%1", f"{count:,}").replace("%2", label), on_error)

    @property
    def changes_anything(self) -> bool:
        return bool(self._new)

    def apply(self, forward: bool) -> None:
        from desktop_app.domain.provenance import PASTED
        from desktop_app.storage.provenance import entered_now
        from desktop_app.user import current_user

        try:
            if forward:
                self._workspace.apply_scorecard_changes(
                    self._new, self.summary, provenance=entered_now(current_user(), where=PASTED),
                    origin={"kind": "paste"})
            else:
                self._workspace.apply_scorecard_changes(
                    self._old, f"Undo: {self.summary}", self._created, provenance=self._before,
                    origin={"kind": "paste", "undo": True})
        except ValueError as exc:
            raise SaveError(error_text(exc)) from exc
        if self._on_applied is not None and self.refs:
            self._on_applied(self.refs[0])
