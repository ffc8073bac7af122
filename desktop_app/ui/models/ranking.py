"""Table models for the Ranking tab's history: the snapshots, one snapshot's order and reasons,
the comparison of two orders, and the change log. (The current order is a list model, see
`desktop_app.ui.ranking.list_model`.)"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.comparison import ComparisonRow
from desktop_app.domain.ranking import Snapshot, SnapshotEntry, move_text
from desktop_app.ui.change_log_text import LineLabels, describe
from desktop_app.ui.data_text import company_name, note_title
from desktop_app.ui.formats import first_line
from desktop_app.ui.models.table import Column, RowTableModel

if TYPE_CHECKING:  # a type only: the change log is read after the first paint
    from desktop_app.storage.change_log_entry import ChangeLogEntry

PageFetcher = Callable[[int, "int | None"], "list[ChangeLogEntry]"]  # (limit, before entry id) -> rows

UP_COLOUR, DOWN_COLOUR = "#1b7f3b", "#b3261e"
MOVE_COLUMN = 3  # in ComparisonModel


class SnapshotsModel(RowTableModel[Snapshot]):
    """The dated snapshots of the order, oldest first, with the note each came from."""

    def __init__(self, snapshots: Sequence[Snapshot], sources: dict[str, Source], parent: Any = None) -> None:
        def source(s: Snapshot) -> str:
            note = sources.get(s.source_note)
            return f"{note.broker} · {note_title(note)}" if note else s.source_note

        columns: list[Column[Snapshot]] = [
            Column(QCoreApplication.translate("RankingModel", "Snapshot"), lambda s: s.label),
            Column(QCoreApplication.translate("RankingModel", "Taken on"), lambda s: s.taken_on),
            Column(
                QCoreApplication.translate("RankingModel", "Order"),
                lambda s: " > ".join(s.order),
                tooltip=lambda s: "\n".join(f"{e.rank}. {e.ticker}: {e.rationale}" for e in s.entries),
            ),
            Column(
                QCoreApplication.translate("RankingModel", "Note"),
                lambda s: first_line(s.note),
                tooltip=lambda s: s.note,
            ),
            Column(QCoreApplication.translate("RankingModel", "Source"), source, tooltip=source),
        ]
        super().__init__(snapshots, columns, parent)


class SnapshotEntriesModel(RowTableModel[SnapshotEntry]):
    """One snapshot's order: rank, company, and the reason given for the place (English and Chinese)."""

    def __init__(
        self, companies: dict[str, Company], snapshot: Snapshot | None = None, parent: Any = None
    ) -> None:
        def name(e: SnapshotEntry) -> str:
            company = companies.get(e.ticker)
            return f"{company_name(company)} ({e.ticker})" if company else e.ticker

        columns = [
            Column(QCoreApplication.translate("RankingModel", "Rank"), lambda e: str(e.rank), numeric=True),
            Column(QCoreApplication.translate("RankingModel", "Company"), name),
            Column(
                QCoreApplication.translate("RankingModel", "Reason"),
                lambda e: e.rationale,
                tooltip=lambda e: e.rationale,
            ),
            Column(
                QCoreApplication.translate("RankingModel", "Original (中文)"),
                lambda e: e.reason_zh,
                tooltip=lambda e: e.reason_zh,
            ),
        ]
        super().__init__(snapshot.entries if snapshot else (), columns, parent)

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self.set_rows(sorted(snapshot.entries, key=lambda e: e.rank) if snapshot else [])


class ComparisonModel(RowTableModel[ComparisonRow]):
    """Two orders side by side: each name's place before and after, how far it moved, and its
    rationale before and after where it changed."""

    def __init__(
        self, companies: dict[str, Company], rows: Sequence[ComparisonRow] = (), parent: Any = None
    ) -> None:
        def name(r: ComparisonRow) -> str:
            company = companies.get(r.ticker)
            return f"{company_name(company)} ({r.ticker})" if company else r.ticker

        def rank(value: int | None) -> str:
            return "" if value is None else str(value)

        def move(r: ComparisonRow) -> str:
            if r.rank_before is None:
                return QCoreApplication.translate("RankingModel", "new")
            if r.rank_after is None:
                return QCoreApplication.translate("RankingModel", "dropped")
            return move_text(r.move)

        def changed(r: ComparisonRow) -> str:
            if r.rank_before is None or r.rank_after is None:
                return ""
            return (
                QCoreApplication.translate("RankingModel", "changed")
                if r.rationale_changed
                else QCoreApplication.translate("RankingModel", "same")
            )

        columns = [
            Column(QCoreApplication.translate("RankingModel", "Company"), name),
            Column(
                QCoreApplication.translate("RankingModel", "Before"),
                lambda r: rank(r.rank_before),
                numeric=True,
            ),
            Column(
                QCoreApplication.translate("RankingModel", "After"),
                lambda r: rank(r.rank_after),
                numeric=True,
            ),
            Column(
                QCoreApplication.translate("RankingModel", "Move"),
                move,
                numeric=True,
                header_tooltip=QCoreApplication.translate("RankingModel", "▲ up, ▼ down, = same place"),
            ),
            Column(QCoreApplication.translate("RankingModel", "Rationale"), changed),
            Column(
                QCoreApplication.translate("RankingModel", "Rationale before"),
                lambda r: first_line(r.rationale_before or ""),
                tooltip=lambda r: r.rationale_before or "",
            ),
            Column(
                QCoreApplication.translate("RankingModel", "Rationale after"),
                lambda r: first_line(r.rationale_after or ""),
                tooltip=lambda r: r.rationale_after or "",
            ),
        ]
        super().__init__(rows, columns, parent)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == MOVE_COLUMN
            and 0 <= index.row() < self.rowCount()
        ):
            move = self.row(index.row()).move
            if move:
                return QColor(UP_COLOUR if move > 0 else DOWN_COLOUR)
            return None
        return super().data(index, role)


def local_time(at: str) -> str:
    """An ISO-8601 UTC time from the change log in local time: `2025-08-01 17:30:05`."""
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


class ChangeLogModel(RowTableModel["ChangeLogEntry"]):
    """The append-only history of changes, newest first: when, who, what kind, what. Rows from
    before authors were recorded have an empty Author (not a guessed one)."""

    def __init__(self, entries: Sequence[ChangeLogEntry] = (), parent: Any = None) -> None:
        kinds = {
            "create": QCoreApplication.translate("RankingModel", "Created"),
            "migrate": QCoreApplication.translate("RankingModel", "Upgraded"),
            "ranking": QCoreApplication.translate("RankingModel", "Ranking"),
            "snapshot": QCoreApplication.translate("RankingModel", "Snapshot"),
            "scorecard": QCoreApplication.translate("RankingModel", "Scorecard"),
            "coverage": QCoreApplication.translate("RankingModel", "Coverage"),
            "lines": QCoreApplication.translate("RankingModel", "Lines"),
            "price": QCoreApplication.translate("RankingModel", "Share price"),
            "target": QCoreApplication.translate("RankingModel", "Target price"),
            "setting": QCoreApplication.translate("RankingModel", "Setting"),
            "note": QCoreApplication.translate("RankingModel", "Research note"),
            "forecast": QCoreApplication.translate("RankingModel", "Forecast"),
            "statement": QCoreApplication.translate("RankingModel", "Statement"),
        }
        columns: list[Column[ChangeLogEntry]] = [
            Column(
                QCoreApplication.translate("RankingModel", "When (local time)"),
                lambda e: local_time(e.at),
                tooltip=lambda e: e.at,
            ),
            Column(
                QCoreApplication.translate("RankingModel", "Author"),
                lambda e: e.author,
                tooltip=lambda e: e.author
                or QCoreApplication.translate("RankingModel", "Recorded before authors were kept"),
            ),
            Column(QCoreApplication.translate("RankingModel", "Kind"), lambda e: kinds.get(e.kind, e.kind)),
            Column(
                QCoreApplication.translate("RankingModel", "What"),
                lambda e: describe(e, self.lines),
                tooltip=lambda e: describe(e, self.lines),
            ),
        ]
        super().__init__(entries, columns, parent)
        self.lines: LineLabels | None = None  # names a scorecard line of a one-figure entry
        self._fetch: PageFetcher | None = None
        self._exhausted = True
        self._page = 0

    def set_pages(self, fetch: PageFetcher, page: int = 200, lines: LineLabels | None = None) -> None:
        """Show the log from its newest row, `page` rows at a time: `fetch(limit, before)` reads the
        rows older than entry `before` (None: the newest); the view asks for more as it scrolls.
        `lines`: the workspace's scorecard lines, to name the line of a one-figure entry."""
        self._fetch, self._page, self.lines = fetch, page, lines
        first = fetch(page, None)
        self._exhausted = len(first) < page
        self.set_rows(first)

    def canFetchMore(self, parent: Any = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._fetch is not None and not self._exhausted

    def fetchMore(self, parent: Any = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        rows = self.rows()
        more = self._fetch(self._page, rows[-1].entry_id if rows else None)
        self._exhausted = len(more) < self._page
        if more:
            self.beginInsertRows(QModelIndex(), len(rows), len(rows) + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
