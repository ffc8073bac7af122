"""The pages of the ranking's history (ranking/history.py): the snapshots with their order and
reasons, the comparison of any two orders, and the append-only change log. Imported when the first
of them is built, right after the window's first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.comparison import ComparisonRow, compare
from desktop_app.domain.ranking import (
    RankEntry,
    Snapshot,
    current_snapshot,
    move_text,
)
from desktop_app.ui.change_log_text import LineLabels
from desktop_app.ui.data_text import company_name
from desktop_app.ui.formats import escape_html
from desktop_app.ui.models.ranking import (
    ChangeLogModel,
    ComparisonModel,
    SnapshotEntriesModel,
    SnapshotsModel,
)
from desktop_app.ui.widgets import heading, make_table, named_splitter, note_label

if TYPE_CHECKING:
    from desktop_app.domain.companies import Company
    from desktop_app.storage.workspace import Workspace

CHANGE_LOG_PAGE = 200  # rows read at a time, as they scroll into view
NOW_ID = 0


class HistorySource(Protocol):
    """What the pages read (ranking/history.py HistorySource, not imported: it imports this)."""

    workspace: Workspace
    current: Callable[[], list[RankEntry]]

    def companies(self) -> dict[str, Company]: ...


class SnapshotsPage(QWidget):
    """Snapshots newest first; the selected one's order, reasons and note beside them."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.snapshots_model = SnapshotsModel([], {s.note_id: s for s in source.workspace.sources()})
        self.snapshots_view = make_table(self.snapshots_model)
        self.snapshots_view.setObjectName("rankingSnapshots")
        self._companies = source.companies()  # updated in place: the models read it when painting
        self.entries_model = SnapshotEntriesModel(self._companies)
        self.entries_view = make_table(self.entries_model)
        self.entries_view.setObjectName("snapshotEntries")
        self.entries_title = heading(self.tr("Order and reasons"))
        self.note = note_label("")
        self.note.setObjectName("snapshotNote")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(self.tr("Snapshots (newest first)")))
        left_layout.addWidget(self.snapshots_view)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.entries_title)
        right_layout.addWidget(self.entries_view, 1)
        right_layout.addWidget(self.note)
        splitter = named_splitter("Horizontal", "snapshotsSplit", self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([540, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.snapshots_view.selectionModel().currentRowChanged.connect(self._selected)
        self.refresh()

    def refresh(self) -> None:
        self._companies.clear()
        self._companies.update(self._source.companies())
        current = self.selected()
        snapshots = list(reversed(self._source.workspace.snapshots()))
        self.snapshots_model.set_rows(snapshots)
        ids = [s.snapshot_id for s in snapshots]
        row = ids.index(current.snapshot_id) if current and current.snapshot_id in ids else 0
        if snapshots:
            self.snapshots_view.selectRow(row)
        self._selected()

    def selected(self) -> Snapshot | None:
        row = self.snapshots_view.currentIndex().row()
        return self.snapshots_model.row(row) if 0 <= row < self.snapshots_model.rowCount() else None

    def select_snapshot(self, snapshot_id: int) -> None:
        for row, snapshot in enumerate(self.snapshots_model.rows()):
            if snapshot.snapshot_id == snapshot_id:
                self.snapshots_view.selectRow(row)

    def _selected(self) -> None:
        snapshot = self.selected()
        self.entries_model.show_snapshot(snapshot)
        self.entries_view.resizeColumnsToContents()
        if snapshot is None:
            self.entries_title.setText(self.tr("Order and reasons"))
            self.note.setText(self.tr("No snapshots yet: “Save snapshot…” records the current order."))
            return
        date = snapshot.taken_on or self.tr("date not printed")
        self.entries_title.setText(self.tr("Order and reasons in “%1” (%2)").replace("%1", snapshot.label)
                                   .replace("%2", date))
        self.note.setText(snapshot.note)


class ComparePage(QWidget):
    """Any two orders side by side: who moved how far, and whose rationale changed."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.before_box = QComboBox(self)
        self.before_box.setObjectName("compareBefore")
        self.after_box = QComboBox(self)
        self.after_box.setObjectName("compareAfter")
        for box in (self.before_box, self.after_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        swap = QPushButton(self.tr("⇄ Swap"), self)
        swap.setToolTip(self.tr("Swap the two sides"))
        swap.clicked.connect(self.swap)
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._companies = source.companies()  # updated in place on refresh
        self.model = ComparisonModel(self._companies)
        self.view = make_table(self.model)
        self.view.setObjectName("comparison")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Compare"), self))
        bar.addWidget(self.before_box)
        bar.addWidget(QLabel(self.tr("with"), self))
        bar.addWidget(self.after_box)
        bar.addWidget(swap)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        summary = QScrollArea(self)  # on a low screen the summary scrolls instead of growing the window
        summary.setObjectName("compareSummaryArea")
        summary.setWidget(self.summary)
        summary.setWidgetResizable(True)
        summary.setFrameShape(QFrame.Shape.NoFrame)
        summary.setMinimumHeight(self.fontMetrics().height() * 2 + 4)
        summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(note_label(self.tr("Hover a rationale to read all of it.")))
        self._saved_ids: list[int] = []  # the snapshots offered; a new one resets the default pair
        self._saved: list[Snapshot] | None = None  # as read by the last refresh
        self.before_box.currentIndexChanged.connect(self.update_comparison)
        self.after_box.currentIndexChanged.connect(self.update_comparison)
        self.refresh()

    def _orders(self, reread: bool = False) -> list[Snapshot]:
        """The saved snapshots (read again on a refresh, else as last read) and the current order."""
        if reread or self._saved is None:
            self._saved = self._source.workspace.snapshots()
        now = current_snapshot(self._source.current(), self.tr("Now (current order)"))
        return [*self._saved, now]

    def refresh(self) -> None:
        self._companies.clear()
        self._companies.update(self._source.companies())
        orders = self._orders(reread=True)
        keep = (self.before_box.currentData(), self.after_box.currentData())
        for box in (self.before_box, self.after_box):
            box.blockSignals(True)
            box.clear()
            for snapshot in orders:
                text = snapshot.label if snapshot.snapshot_id == NOW_ID or not snapshot.taken_on \
                    else f"{snapshot.label} ({snapshot.taken_on})"
                box.addItem(text, snapshot.snapshot_id)
            box.blockSignals(False)
        saved = [s.snapshot_id for s in orders[:-1]]
        if keep[0] is None or keep[1] is None or saved != self._saved_ids:
            keep = (saved[-1] if saved else NOW_ID, NOW_ID)  # the newest snapshot vs now
        self._saved_ids = saved
        self.set_pair(*keep)

    def set_pair(self, before_id: int, after_id: int) -> None:
        """Compare the snapshot `before_id` with `after_id` (0: the current order)."""
        for box, wanted in ((self.before_box, before_id), (self.after_box, after_id)):
            found = box.findData(wanted)
            box.blockSignals(True)
            box.setCurrentIndex(found if found >= 0 else box.count() - 1)
            box.blockSignals(False)
        self.update_comparison()

    def swap(self) -> None:
        self.set_pair(self.after_box.currentData(), self.before_box.currentData())

    def update_comparison(self) -> None:
        by_id = {s.snapshot_id: s for s in self._orders()}
        before = by_id.get(self.before_box.currentData())
        after = by_id.get(self.after_box.currentData())
        if before is None or after is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        rows = compare(before, after)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.summary.setText(self.summary_html(rows, before, after))

    def summary_html(self, rows: list[ComparisonRow], before: Snapshot, after: Snapshot) -> str:
        """The readable diff: moves first, then the names that kept their place, then rationales."""
        names = self._source.companies()

        def name(ticker: str) -> str:
            company = names.get(ticker)
            return escape_html(company_name(company, ticker))

        moved, same, changed = [], [], []
        for r in rows:
            if r.rank_before is None:
                moved.append(self.tr("<b>%1</b> is new, at %2").replace("%1", name(r.ticker))
                             .replace("%2", str(r.rank_after)))
            elif r.rank_after is None:
                moved.append(self.tr("<b>%1</b> left the ranking (was %2)").replace("%1", name(r.ticker))
                             .replace("%2", str(r.rank_before)))
            elif r.move:
                way = self.tr("up") if r.move > 0 else self.tr("down")
                colour = "#1b7f3b" if r.move > 0 else "#b3261e"
                places = (self.tr("1 place") if abs(r.move) == 1
                          else self.tr("%1 places").replace("%1", str(abs(r.move))))
                arrow = f"<span style='color:{colour}'>{move_text(r.move)}</span>"
                moved.append(f"<b>{name(r.ticker)}</b> {arrow} "
                             + self.tr("%1 %2 (%3 → %4)").replace("%1", way).replace("%2", places)
                             .replace("%3", str(r.rank_before)).replace("%4", str(r.rank_after)))
            else:
                same.append(f"{name(r.ticker)} ({r.rank_after})")
            if r.rank_before is not None and r.rank_after is not None and r.rationale_changed:
                changed.append(name(r.ticker))
        title = self.tr("From “%1” to “%2”:").replace("%1", escape_html(before.label)) \
            .replace("%2", escape_html(after.label))
        lines = moved or [self.tr("No name moved.")]
        if same:
            lines.append(self.tr("Kept their place: %1").replace("%1", ", ".join(same)))
        lines.append(self.tr("Rationale changed: %1").replace(
            "%1", ", ".join(changed) if changed else self.tr("none")))
        return f"<b>{title}</b><br>" + "<br>".join(lines)


class ChangeLogPage(QWidget):
    """Every change ever saved to the workspace, newest first. It can only grow."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.model = ChangeLogModel()
        self.view = make_table(self.model)
        self.view.setObjectName("changeLog")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(note_label(self.tr(
            "Append-only: every reorder, rationale edit, snapshot and coverage change is recorded with "
            "its time, and undoing one adds a record instead of removing one.")))
        self.refresh()

    def refresh(self) -> None:
        source = self._source  # its workspace at the time of reading (the window may reopen it)
        self.model.set_pages(lambda limit, before: source.workspace.change_log(limit, before),
                             CHANGE_LOG_PAGE, LineLabels.of(source.workspace))
        self.view.resizeColumnsToContents()
