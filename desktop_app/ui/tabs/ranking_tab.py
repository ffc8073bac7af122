"""Ranking tab: the PM's preference order, drag-to-rank, with a rationale per name, coverage
changes, snapshots, the history of every change and the rank-over-time chart.

Every edit is an undo command on the window's QUndoStack (ui/commands/ranking.py) that writes to
the workspace in one transaction before the status bar says it was saved. The tab is the
commands' host: after a write it re-reads the workspace and shows what is now stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QResizeEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company
from desktop_app.domain.ranking import RankEntry, Snapshot, find_move, note_reason
from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.commands.base import workspace_undo_stack
from desktop_app.ui.formats import fill
from desktop_app.ui.qt_free import set_enum_property
from desktop_app.ui.ranking.editor import RationaleEditor
from desktop_app.ui.ranking.history import HistoryPanel, HistorySource
from desktop_app.ui.ranking.list_model import RankListModel
from desktop_app.ui.ranking.list_view import RankHeader, RankListView
from desktop_app.ui.widgets import FitColumn, heading, named_splitter, note_label

if TYPE_CHECKING:
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.storage.workspace import Workspace

STATUS_MS = 5000


class RankingTab(QWidget):
    """The ranked list with its editor on top, the history below. `window` (the MainWindow) gives
    the undo stack, the status bar and the save-error report; without one the tab keeps its own
    undo stack (tests, embedding)."""

    def __init__(self, workspace: Workspace, window: QMainWindow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingTab")
        self.workspace = workspace
        self._window = window
        stack = getattr(window, "undo_stack", None)
        self.undo_stack: QUndoStack = stack if isinstance(stack, QUndoStack) else workspace_undo_stack(self)
        self.last_status = ""
        self.last_error = ""
        self._applying = False
        self._editable = True  # off while the workspace is read-only or offline (ui/presence.py)
        self._snapshots: list[Snapshot] = []

        self.model = RankListModel([], parent=self)
        self.model.mover = self._push_reorder
        self.view = RankListView(self)
        self.view.setModel(self.model)
        self.header = RankHeader(self.view, {
            "rank": "#", "company": self.tr("Company"), "rating": self.tr("KGI rating"),
            "upside": self.tr("Upside (calc.)"), "move": self.tr("Since snapshot"),
            "rationale": self.tr("Rationale (first line)")}, {
            "rating": self.tr("KGI's rating in the latest note (OP = Outperform); empty where the "
                              "notes give none"),
            "upside": self.tr("Computed: the latest target price / the latest share price − 1 (hover for "
                              "both dates). ⚠ in amber: the price is stale or its date unknown. Empty "
                              "where no target or price is recorded."),
        })
        self.legend = note_label("")
        self.legend.setObjectName("rankingLegend")
        self.editor = RationaleEditor(self)
        self.history = HistoryPanel(HistorySource(workspace, self.model.entries), self)

        self.toolbar = self._make_toolbar()
        left = FitColumn(self)  # all the names (up to 8) and the legend before the history gets room
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(heading(self.tr("Preference order")))
        left_layout.addSpacing(4)
        left_layout.addWidget(self.header)
        left_layout.addWidget(self.view, 1)
        left_layout.addSpacing(4)
        left_layout.addWidget(self.legend)
        self.top = named_splitter("Horizontal", "rankingTop", self)
        self.top.addWidget(left)
        self.top.addWidget(self.editor)
        self.top.setStretchFactor(0, 3)
        self.top.setStretchFactor(1, 2)
        self.top.setChildrenCollapsible(False)
        self.split = named_splitter("Vertical", "rankingSplit", self)
        self.split.addWidget(self.top)
        self.split.addWidget(self.history)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(False)
        self.top.setSizes([840, 520])
        self.split.setSizes([320, 480])
        self._left = left
        left.needed_changed.connect(lambda _h: QTimer.singleShot(0, self._fit_top))
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.split, 1)

        self.view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.editor.edited.connect(self._rationale_edited)
        self.editor.draft_dropped.connect(self._draft_dropped)
        if window is not None:
            window.installEventFilter(self.editor)  # save pending typing before the window closes
            typing = getattr(window, "set_typing_pending", None)
            if typing is not None:
                self.editor.pending_changed.connect(typing)
        self._reload_context()
        self.model.set_entries(workspace.ranking())
        if self.model.rowCount():
            self.select(self.model.order()[0])
        self._update_actions()

    def _fit_top(self) -> None:
        """Give the list (all names up to 8, its header and legend) its height before the history."""
        sizes = self.split.sizes()
        total = sum(sizes)
        need = self._left.need(self._left.width())
        if len(sizes) != 2 or total <= 0 or sizes[0] >= need:
            return
        rest = max(total - need, self.history.minimumSizeHint().height())
        if total - rest > sizes[0]:
            self.split.setSizes([total - rest, rest])

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_top)

    # -- building ------------------------------------------------------------------------------
    def _make_toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setObjectName("rankingToolbar")
        set_enum_property(bar, "toolButtonStyle", "ToolButtonTextOnly")

        def add(name: str, text: str, tip: str, slot: object) -> QAction:
            action = bar.addAction(text)
            action.setIconText(text)
            action.setObjectName(name)
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.action_add = add("actionAddName", self.tr("Add name…"),
                              self.tr("Cover another company; it joins the bottom of the ranking"),
                              lambda: self.add_name())
        self.action_remove = add("actionRemoveName", self.tr("Remove name…"),
                                 self.tr("Stop covering the selected company (asks first; undoable)"),
                                 lambda: self.remove_name())
        bar.addSeparator()
        self.move_actions: dict[str, QAction] = {}
        for where, text, keys in (("top", self.tr("⤒ Top"), "Ctrl+Home"), ("up", self.tr("▲ Up"), "Ctrl+Up"),
                                  ("down", self.tr("▼ Down"), "Ctrl+Down"),
                                  ("bottom", self.tr("⤓ Bottom"), "Ctrl+End")):
            tip = self.tr("Move the selected name (%1 in the list; or drag it)").replace("%1", keys)
            self.move_actions[where] = add(f"actionMove_{where}", text, tip,
                                           lambda _c=False, w=where: self.view.move_selected(w))
        bar.addSeparator()
        self.action_snapshot = add("actionSaveSnapshot", self.tr("Save snapshot…"),
                                   self.tr("Record the current order with a label, a date and a note"),
                                   lambda: self.save_snapshot())
        return bar

    # -- reading the workspace -----------------------------------------------------------------
    def _reload_context(self) -> None:
        self._snapshots = self.workspace.reference_snapshots()  # the newest, and those from notes
        companies = {c.ticker: c for c in self.workspace.companies(include_removed=True)}
        targets = {t.company: t for t in self.workspace.targets()}
        reference = self._snapshots[-1] if self._snapshots else None
        self.model.authors = self.workspace.rationale_authors()
        self.model.set_context(companies, targets, reference, self.workspace.market_views(),
                               self.workspace.stale_days())
        self.header.set_title("move", self.tr("Since snapshot"), self.tr(
            "Places moved since the latest snapshot (%1): ▲ up, ▼ down, = same place, new: not in it")
            .replace("%1", f"“{reference.label}”" if reference else self.tr("none yet")))
        if reference is None:
            self.legend.setText(self.tr("No snapshot yet: “Save snapshot…” records the order, and the "
                                        "moves since then show here."))
        else:
            self.legend.setText(self.tr(
                "Drag a name, or select it and press Ctrl+↑ / Ctrl+↓ (Ctrl+Home / Ctrl+End: top / "
                "bottom). Since snapshot: places moved since “%1”. Upside in italics is computed "
                "(latest target / latest price − 1); hover it for both dates and the printed figure; "
                "⚠ in amber: the price is stale.").replace("%1", reference.label))

    def refresh_market(self) -> None:
        """A price, target or rating was recorded: rating and upside follow."""
        self._reload_context()

    def others_changed(self, entries: list[ChangeLogEntry]) -> None:
        """Someone else changed the workspace: show the ranking as stored, selection kept. Typing not
        saved yet is saved first, unless their change touched that very rationale: then the editor
        keeps the typing and shows their version beside it (RationaleEditor.hold)."""
        from desktop_app.ui.change_text import author_of, changed_rationale, local_time

        ticker = self.editor.ticker
        touched = [e for e in entries if ticker and changed_rationale(e, ticker) is not None]
        stored = {e.ticker: e.rationale for e in self.workspace.ranking()}
        if ticker and touched and self.editor.has_unsaved and ticker in stored:
            last = touched[-1]
            self.editor.hold(fill(self.tr("%1 changed %2's rationale at %3"), author_of(last),
                                  self.model.name_of(ticker), local_time(last.at)), stored[ticker])
        else:
            self.editor.flush()
        self.ranking_written(None)

    def _draft_dropped(self, ticker: str, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.last_error = fill(self.tr("Your unsaved rationale for %1 was not saved (someone else "
                                       "had changed it); it is on the clipboard."),
                               self.model.name_of(ticker))
        if self._window is not None:
            self._window.statusBar().showMessage(self.last_error, 3 * STATUS_MS)

    def flush_edits(self) -> None:
        """Save typing the rationale editor has not saved yet (before the window reloads)."""
        self.editor.flush()

    def selected_ticker(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.order()[index.row()] if index.isValid() else None

    def select(self, ticker: str | None) -> None:
        row = self.model.row_of(ticker) if ticker else -1
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_selected()

    def _show_selected(self) -> None:
        ticker = self.selected_ticker()
        if ticker is None:
            self.editor.show_entry(None, "", "", None)
        else:
            entry = self.model.entries()[self.model.row_of(ticker)]
            self.editor.show_entry(ticker, self.model.name_of(ticker), entry.rationale,
                                   note_reason(self._snapshots, ticker), self.model.row_of(ticker) + 1)
        self._update_actions()

    def set_editable(self, on: bool) -> None:
        """Editing on or off: the toolbar's edits, drag and keyboard moves, the rationale editor."""
        self._editable = on
        self.view.setDragEnabled(on)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if on else
                                  QAbstractItemView.DragDropMode.NoDragDrop)
        self.editor.edit.setReadOnly(not on)
        self.action_add.setEnabled(on)
        self.action_snapshot.setEnabled(on)
        self._update_actions()

    def _update_actions(self) -> None:
        row, count = self.view.currentIndex().row(), self.model.rowCount()
        if not self._editable:
            row, count = -1, 0
        self.action_remove.setEnabled(row >= 0 and count > 1)
        self.move_actions["top"].setEnabled(row > 0)
        self.move_actions["up"].setEnabled(row > 0)
        self.move_actions["down"].setEnabled(0 <= row < count - 1)
        self.move_actions["bottom"].setEnabled(0 <= row < count - 1)

    # -- the commands' host --------------------------------------------------------------------
    def shown_entries(self) -> list[RankEntry]:
        return self.model.entries()

    def ranking_written(self, select: str | None, rationale_of: str | None = None) -> None:
        self._applying = True
        try:
            self._reload_context()
            self.model.set_entries(self.workspace.ranking())
            self.select(select or self.selected_ticker())
            if rationale_of is not None and self.editor.ticker == rationale_of:
                self.editor.set_text(self.model.entries()[self.model.row_of(rationale_of)].rationale)
            self.history.refresh()
        finally:
            self._applying = False

    def coverage_written(self) -> None:
        changed = getattr(self.window(), "coverage_changed", None)
        if callable(changed):
            changed(self)

    def reload_coverage(self) -> None:
        """Another tab changed the coverage: show the ranking as the workspace now has it."""
        self.ranking_written(None)

    def snapshots_written(self) -> None:
        self._applying = True
        try:
            self._reload_context()
            self._show_selected()
            self.history.refresh()
        finally:
            self._applying = False

    def saved(self, message: str) -> None:
        self.last_status = message
        self.last_error = ""
        window = self._window
        if window is not None:
            clear = getattr(window, "clear_save_error", None)
            if callable(clear):
                clear()
            window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", message), STATUS_MS)

    def _report_error(self, message: str) -> None:
        self.last_error = message
        report = getattr(self._window, "report_save_error", None)
        if callable(report):
            report(message)

    def _push(self, command: QUndoCommand) -> bool:
        """Push `command`; True if it was written (a failed write is dropped and reported)."""
        self.undo_stack.push(command)
        return not getattr(command, "error", "")

    # -- edits ---------------------------------------------------------------------------------
    def _push_reorder(self, order: list[str], ticker: str) -> bool:
        before = self.model.order()
        if not self._editable:
            return False
        if find_move(before, order) is None or ticker not in order:
            return False
        i, j = before.index(ticker), order.index(ticker)
        text = self.tr("Move %1 from %2 to %3").replace("%1", self.model.name_of(ticker)) \
            .replace("%2", str(i + 1)).replace("%3", str(j + 1))
        from desktop_app.ui.commands.ranking import ReorderCommand  # on the first edit

        return self._push(ReorderCommand(self, before, order, ticker, text, self._report_error))

    def _rationale_edited(self, ticker: str, text: str, burst: int) -> None:
        if self._applying:  # an undo or redo is running: push once it is over
            QTimer.singleShot(0, lambda: self._rationale_edited(ticker, text, burst))
            return
        row = self.model.row_of(ticker)
        if row < 0:
            return
        old, new = self.model.entries()[row].rationale, text.strip()
        if old == new:
            return
        label = self.tr("Edit the rationale of %1").replace("%1", self.model.name_of(ticker))
        from desktop_app.ui.commands.ranking import RationaleCommand  # on the first edit

        if not self._push(RationaleCommand(self, ticker, old, new, burst, label, self._report_error)):
            self._hold_if_theirs(ticker, new)

    def _hold_if_theirs(self, ticker: str, mine: str) -> None:
        """Saving the typing was refused because someone else changed that rationale first: the
        editor keeps the typing and shows their version beside it."""
        from desktop_app.ui.change_text import author_of, changed_rationale, local_time

        if self.editor.ticker != ticker or self.editor.edit.toPlainText().strip() != mine:
            return
        try:
            log = self.workspace.change_log(limit=50)
            stored = {e.ticker: e.rationale for e in self.workspace.ranking()}
        except WorkspaceError:
            return
        touched = [e for e in log if changed_rationale(e, ticker) is not None]
        if ticker not in stored or stored[ticker] == mine or not touched:
            return
        self.editor.hold(fill(self.tr("%1 changed %2's rationale at %3"), author_of(touched[0]),
                              self.model.name_of(ticker), local_time(touched[0].at)), stored[ticker])

    def add_name(self, company: Company | None = None) -> bool:
        """Add a name (asks for it when `company` is None). Refuses an empty or covered ticker."""
        covered = self.model.order()
        if company is None:
            from desktop_app.ui.ranking.dialogs import AddNameDialog

            dialog = AddNameDialog(covered, self)
            if dialog.exec() != AddNameDialog.DialogCode.Accepted:
                return False
            company = dialog.company()
        ticker = company.ticker.strip().upper()
        problem = ""
        if not ticker:
            problem = self.tr("A name needs a ticker.")
        elif ticker in covered:
            problem = self.tr("%1 is already covered.").replace("%1", ticker)
        elif not company.name_en.strip():
            problem = self.tr("%1 needs a name.").replace("%1", ticker)
        if problem:
            from PySide6.QtWidgets import QMessageBox  # a dialog's class costs the first paint

            QMessageBox.warning(self, self.tr("Add Name"), problem)
            return False
        company = Company(ticker, company.name_en, company.name_zh, company.fy_end_month,
                          company.cloud_segment)
        text = self.tr("Add %1 (%2)").replace("%1", company.name_en.strip()).replace("%2", ticker)
        from desktop_app.ui.commands.ranking import AddNameCommand  # on the first edit

        return self._push(AddNameCommand(self, company, text, self._report_error))

    def remove_name(self, ticker: str | None = None, confirm: bool = True) -> bool:
        """Stop covering `ticker` (default: the selected name), after asking. The last name stays."""
        ticker = ticker or self.selected_ticker()
        if ticker is None or ticker not in self.model.order():
            return False
        name = self.model.name_of(ticker)
        from PySide6.QtWidgets import QMessageBox

        if self.model.rowCount() <= 1:
            QMessageBox.warning(self, self.tr("Remove Name"), self.tr(
                "%1 is the only name in the ranking; the ranking needs at least one.").replace("%1", name))
            return False
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Remove Name"),
                self.tr("Remove %1 (%2) from the coverage?\n\nIt leaves the ranking; its figures and "
                        "snapshots stay. Undo (Ctrl+Z) puts it back.").replace("%1", name)
                .replace("%2", ticker),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.editor.flush()
        company = self.workspace.company(ticker)
        text = self.tr("Remove %1 (%2)").replace("%1", name).replace("%2", ticker)
        from desktop_app.ui.commands.ranking import RemoveNameCommand  # on the first edit

        return self._push(RemoveNameCommand(self, company, self.model.entries(), text,
                                            self._report_error))

    def save_snapshot(self, label: str | None = None, taken_on: str = "", note: str = "") -> bool:
        """Record the current order (asks for label, date and note when `label` is None)."""
        self.editor.flush()
        if label is None:
            from desktop_app.ui.ranking.dialogs import SnapshotDialog

            dialog = SnapshotDialog(" > ".join(self.model.name_of(t) for t in self.model.order()), self)
            if dialog.exec() != SnapshotDialog.DialogCode.Accepted:
                return False
            label, taken_on, note = dialog.values()
        if not label.strip():
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Save Snapshot"), self.tr("A snapshot needs a label."))
            return False
        text = self.tr("Save snapshot “%1”").replace("%1", label.strip())
        from desktop_app.ui.commands.ranking import SaveSnapshotCommand  # on the first edit

        return self._push(SaveSnapshotCommand(self, label, note, taken_on, text, self._report_error,
                                              on_saved=self._snapshot_saved))

    def _snapshot_saved(self, snapshot: Snapshot) -> None:
        self.history.setCurrentIndex(0)
        page = self.history.page(0)
        select = getattr(page, "select_snapshot", None)
        if callable(select):
            select(snapshot.snapshot_id)
