"""Ranking tab (first version): the current order with its rationale, and the dated snapshots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.domain.ranking import Snapshot
from desktop_app.ui.models.ranking import RankingModel, SnapshotEntriesModel, SnapshotsModel
from desktop_app.ui.widgets import make_table, section

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class RankingTab(QWidget):
    """Current order (rank, company, move since the latest snapshot, rationale), the snapshots,
    and the order and reasons of the selected snapshot."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        companies = {c.ticker: c for c in workspace.companies()}
        sources = {s.note_id: s for s in workspace.sources()}
        snapshots = workspace.snapshots()
        latest = snapshots[-1] if snapshots else None

        self.order_model = RankingModel(workspace.ranking(), companies, latest, self)
        self.snapshots_model = SnapshotsModel(list(reversed(snapshots)), sources, self)
        self.entries_model = SnapshotEntriesModel(companies, latest, self)
        self.order_view = make_table(self.order_model, fit_rows=12)
        self.order_view.setObjectName("rankingOrder")
        self.snapshots_view = make_table(self.snapshots_model, fit_rows=8)
        self.snapshots_view.setObjectName("rankingSnapshots")
        self.entries_view = make_table(self.entries_model)
        self.entries_view.setObjectName("snapshotEntries")

        layout = QVBoxLayout(self)
        layout.addWidget(section(
            self.tr("Current order"), self.order_view,
            self.tr("No ranking yet."),
            self.tr("Rank 1 is the most preferred name. Hover a rationale to read all of it."),
        ), 0)
        layout.addSpacing(8)
        layout.addWidget(section(
            self.tr("Snapshots (newest first)"), self.snapshots_view,
            self.tr("No snapshots yet."),
        ), 0)
        layout.addSpacing(8)
        self.entries_section = section(
            self.tr("Order and reasons in the selected snapshot"), self.entries_view,
            self.tr("Select a snapshot to see its order and reasons."),
        )
        layout.addWidget(self.entries_section, 1)

        self.snapshots_view.selectionModel().currentRowChanged.connect(self._snapshot_selected)
        if self.snapshots_model.rowCount():
            self.snapshots_view.selectRow(0)

    def _snapshot_selected(self) -> None:
        row = self.snapshots_view.currentIndex().row()
        snapshot: Snapshot | None = self.snapshots_model.row(row) if row >= 0 else None
        self.entries_model.show_snapshot(snapshot)
