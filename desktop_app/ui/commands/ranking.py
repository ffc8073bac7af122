"""Undoable ranking edits: reorder, rationale (merged per editing burst), add and remove a name,
save a snapshot.

Each command writes to the workspace in one transaction (through the host's `workspace`) and
then tells the host what changed so the list, the editor, the history and the chart follow. A
refused edit (RankingError / ValueError from the workspace, e.g. an order that is no longer a
permutation because another program changed the coverage) is reported like a failed save: nothing
was written and the command is dropped.

Every write is compare-and-set: a command carries the ranking it starts from (what the window
showed when it was made; for its undo, what it wrote) and the workspace refuses the write with
ConflictError, writing nothing, when the stored ranking is another one, so a window never writes
back an order it did not see. A rationale edit checks that name's rationale only and leaves the
stored order as it is, so typing still pending when a terminal reorders is kept, not refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.domain.companies import Company
from desktop_app.domain.ranking import (
    RankEntry,
    RankingError,
    Snapshot,
    first_rationale_line,
    reorder_entries,
    reorder_summary,
)
from desktop_app.storage.edits import RANKING_CHANGED
from desktop_app.storage.errors import ConflictError, SaveError
from desktop_app.ui.commands.base import ErrorSink, WorkspaceCommand
from desktop_app.ui.errors import error_text

if TYPE_CHECKING:
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.change_log_text import LineLabels

RATIONALE_COMMAND_ID = 0x5241  # "RA": rationale edits of one burst merge into one command


class RankingHost(Protocol):
    """What the commands need from the Ranking tab."""

    workspace: Workspace

    def shown_entries(self) -> list[RankEntry]:
        """The ranking as the window shows it (what a new command starts from)."""

    def coverage_written(self) -> None:
        """A company was added to or removed from the coverage: the other views re-read it."""

    def ranking_written(self, select: str | None, rationale_of: str | None = None) -> None:
        """The ranking changed in the workspace: show it, select `select` (None: keep the
        selection); `rationale_of` names the ticker whose rationale an undo or redo changed (the
        editor reloads it)."""

    def snapshots_written(self) -> None:
        """A snapshot was saved or removed."""

    def saved(self, message: str) -> None:
        """A write was committed: say so in the status bar."""


@contextmanager
def _refusals_as_save_errors() -> Iterator[None]:
    try:
        yield
    except (RankingError, ValueError, KeyError) as exc:
        raise SaveError(error_text(exc).strip("'\"")) from exc


class RankingCommand(WorkspaceCommand):
    """Common ground: the host, and the status message after a committed write."""

    def __init__(self, host: RankingHost, text: str, on_error: ErrorSink | None = None) -> None:
        super().__init__(text, on_error)
        self.host = host

    def _done(self, forward: bool) -> None:
        what = (
            self.text()
            if forward
            else QCoreApplication.translate("RankingCommands", "Undid: %1").replace("%1", self.text())
        )
        self.host.saved(what)


class ReorderCommand(RankingCommand):
    """A new order of the same names (drag and drop, keyboard, or the CLI-like `set`)."""

    def __init__(
        self,
        host: RankingHost,
        before: list[str],
        after: list[str],
        ticker: str,
        text: str,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text, on_error)
        self.before, self.after, self.ticker = list(before), list(after), ticker
        self.seen = list(host.shown_entries())

    def apply(self, forward: bool) -> None:
        ws = self.host.workspace
        with _refusals_as_save_errors():
            # The first write starts from what the window showed. An undo or redo starts from the
            # order this command left (someone else's rationale edit since does not stop it).
            entries = self.seen if not self._pushed else ws.ranking()
            old_order, new_order = (self.before, self.after) if forward else (self.after, self.before)
            if [e.ticker for e in entries] != old_order:
                raise ConflictError(RANKING_CHANGED)
            old = reorder_entries(entries, old_order)
            new = reorder_entries(entries, new_order)
            ws.set_ranking(new, reorder_summary(old_order, new_order), expected=old)
        self.host.ranking_written(self.ticker)
        self._done(forward)

    def conflict_sentence(self, entry: ChangeLogEntry, names: dict[str, str],
                          lines: LineLabels | None = None) -> str | None:
        from desktop_app.ui.change_text import changed_order, sentences  # a conflict is rare

        return sentences(entry, names, lines)[0] if changed_order(entry) else None


class RationaleCommand(RankingCommand):
    """The rationale of one name. Pushes of the same editing burst merge into one command."""

    def __init__(
        self,
        host: RankingHost,
        ticker: str,
        old: str,
        new: str,
        burst: int,
        text: str,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text, on_error)
        self.ticker, self.old, self.new, self.burst = ticker, old, new, burst
        self._first = True

    def id(self) -> int:
        return RATIONALE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if (
            not isinstance(other, RationaleCommand)
            or other.ticker != self.ticker
            or other.burst != self.burst
            or other.error
            or self.error
        ):
            return False
        self.new = other.new
        self.written_after = other.written_after  # the burst's own writes are not a conflict
        if self.new == self.old:
            self.setObsolete(True)  # typed and deleted back: the workspace is as before
        return True

    def conflict_sentence(self, entry: ChangeLogEntry, names: dict[str, str],
                          lines: LineLabels | None = None) -> str | None:
        from desktop_app.ui.change_text import changed_rationale, sentences

        if changed_rationale(entry, self.ticker) is None:
            return None
        found = [s for s in sentences(entry, names, lines) if names.get(self.ticker, self.ticker) in s]
        return found[-1] if found else sentences(entry, names, lines)[-1]

    def apply(self, forward: bool) -> None:
        ws = self.host.workspace
        text = self.new if forward else self.old
        summary = f"{self.ticker} rationale: {first_rationale_line(text) or '(empty)'}"
        with _refusals_as_save_errors():
            ws.set_rationale(self.ticker, text, self.old if forward else self.new, summary)
        # The first redo comes from the editor itself: it already shows the text, and the user
        # may have moved on to another name. Undo and redo show the name and reload the text.
        if self._first:
            self.host.ranking_written(None)
        else:
            self.host.ranking_written(self.ticker, self.ticker)
        self._first = False
        self._done(forward)


class AddNameCommand(RankingCommand):
    """Cover a new name: it joins the end of the ranking with an empty rationale."""

    def __init__(
        self, host: RankingHost, company: Company, text: str, on_error: ErrorSink | None = None
    ) -> None:
        super().__init__(host, text, on_error)
        self.company = company
        self.seen = list(host.shown_entries())

    def apply(self, forward: bool) -> None:
        ws = self.host.workspace
        with _refusals_as_save_errors():
            if forward:
                ws.add_company(self.company, expected=self.seen)
            else:
                ws.remove_company(self.company.ticker, expected=[*self.seen, RankEntry(self.company.ticker)])
        self.host.ranking_written(self.company.ticker if forward else None)
        self.host.coverage_written()
        self._done(forward)


class RemoveNameCommand(RankingCommand):
    """Stop covering a name; undo puts it back in its place with its rationale."""

    def __init__(
        self,
        host: RankingHost,
        company: Company,
        before: list[RankEntry],
        text: str,
        on_error: ErrorSink | None = None,
    ) -> None:
        super().__init__(host, text, on_error)
        self.company, self.before = company, list(before)

    def apply(self, forward: bool) -> None:
        ws = self.host.workspace
        ticker = self.company.ticker
        order = [e.ticker for e in self.before]
        with _refusals_as_save_errors():
            if forward:
                ws.remove_company(ticker, expected=self.before)
            else:
                ws.add_company(
                    self.company, ranking=self.before, expected=[e for e in self.before if e.ticker != ticker]
                )
        if forward:
            row = order.index(ticker)
            rest = [t for t in order if t != ticker]
            select = rest[min(row, len(rest) - 1)] if rest else None
        else:
            select = ticker
        self.host.ranking_written(select, None if forward else ticker)
        self.host.coverage_written()
        self._done(forward)


class SaveSnapshotCommand(RankingCommand):
    """Record the current order as a dated snapshot; undo removes that snapshot again."""

    def __init__(
        self,
        host: RankingHost,
        label: str,
        note: str,
        taken_on: str,
        text: str,
        on_error: ErrorSink | None = None,
        on_saved: Callable[[Snapshot], None] | None = None,
    ) -> None:
        super().__init__(host, text, on_error)
        self.label, self.note, self.taken_on = label, note, taken_on
        self.snapshot: Snapshot | None = None
        self._on_saved = on_saved
        self.seen = list(host.shown_entries())

    def apply(self, forward: bool) -> None:
        ws = self.host.workspace
        with _refusals_as_save_errors():
            if forward and self.snapshot is None:  # the order shown is the order recorded
                self.snapshot = ws.save_snapshot(self.label, self.note, self.taken_on, expected=self.seen)
            elif forward and self.snapshot is not None:
                ws.restore_snapshot(self.snapshot)
            elif self.snapshot is not None:
                ws.delete_snapshot(self.snapshot.snapshot_id)
        self.host.snapshots_written()
        self._done(forward)
        if forward and self._on_saved is not None and self.snapshot is not None:
            self._on_saved(self.snapshot)
