"""The current order as a list model: one row per covered name, reordered by moveRows.

The view reorders by drag and drop (`QListView` in InternalMove mode calls `moveRows`; a drop that
arrives as MIME data goes through `dropMimeData`, which calls `moveRows` too) or by keyboard. Only
the root index accepts drops and only MoveAction is supported, so a drop can neither replace nor
duplicate a row. When a `mover` is set (the Ranking tab), `moveRows` hands it the new order instead
of changing the rows itself; the mover pushes an undo command whose write brings the rows back in
through `set_entries`, which moves, inserts or removes rows so the selection follows the name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.domain.calc import UPSIDE_PLACES
from desktop_app.domain.companies import Company
from desktop_app.domain.market import MarketView
from desktop_app.domain.ranking import RankEntry, Snapshot, find_move, move_item, move_text, moves
from desktop_app.domain.research import Target
from desktop_app.ui.data_text import company_name, source_text
from desktop_app.ui.formats import STALE_MARK, first_line, fmt_number, fmt_percent
from desktop_app.ui.models.market_text import market_upside_tip
from desktop_app.ui.qt_free import DISPLAY_ROLE, TOOLTIP_ROLE, USER_ROLE

if TYPE_CHECKING:  # Qt itself is imported where used, after the first paint (ui/qt_free.py)
    from PySide6.QtCore import Qt

MIME_TYPE = "application/x-csp-desk-ranking"
Index = QModelIndex | QPersistentModelIndex
Mover = Callable[[list[str], str], bool]  # (new order, the ticker that moved) -> done?

_ROLE = USER_ROLE
TICKER_ROLE = _ROLE + 1
NAME_ROLE = _ROLE + 2
RANK_ROLE = _ROLE + 3
RATING_ROLE = _ROLE + 4
UPSIDE_ROLE = _ROLE + 5  # text, e.g. "23.6%"; empty where not known
UPSIDE_COMPUTED_ROLE = _ROLE + 6  # True when the upside shown is computed (target / price - 1)
MOVE_ROLE = _ROLE + 7  # "▲2", "▼1", "=", "new"; empty without a snapshot to compare with
MOVE_VALUE_ROLE = _ROLE + 8  # places moved up (int), or None for new / no snapshot
RATIONALE_ROLE = _ROLE + 9  # first line of the rationale
FULL_RATIONALE_ROLE = _ROLE + 10
UPSIDE_TIP_ROLE = _ROLE + 11
UPSIDE_STALE_ROLE = _ROLE + 12  # True when the upside stands on a stale price (or one of unknown date)


def upside_of(target: Target | None, market: MarketView | None = None,
              stale_days: int = 7) -> tuple[str, bool, str, bool]:
    """(text, computed?, tooltip, stale?) of a name's upside: the latest target / the latest price
    - 1 where both are known (the price's date in the tooltip, a mark where it is stale), else the
    note's printed figure, else empty."""
    printed = fmt_percent(target.printed_upside) if target is not None and target.printed_upside is not None \
        else ""
    where = source_text(target.source) if target is not None and target.source else ""
    if market is not None and market.upside is not None:
        text = fmt_percent(market.upside, UPSIDE_PLACES)
        tip = market_upside_tip(market, stale_days)
        if printed:
            tip += "\n" + QCoreApplication.translate("RankListModel", "Printed in the note: %1 (%2)").replace(
                "%1", printed
            ).replace("%2", where)
        return (f"{text} {STALE_MARK}" if market.stale else text), True, tip, market.stale
    if target is None:
        return "", False, "", False
    computed = target.upside
    if computed is not None:
        tip = (
            QCoreApplication.translate("RankListModel", "Computed: KGI target %1 / share price %2 − 1 = %3")
            .replace("%1", fmt_number(target.target_new))
            .replace("%2", fmt_number(target.share_price))
            .replace("%3", fmt_percent(computed, UPSIDE_PLACES))
        )
        if printed:
            tip += "\n" + QCoreApplication.translate("RankListModel", "Printed in the note: %1 (%2)").replace(
                "%1", printed
            ).replace("%2", where)
        return fmt_percent(computed, UPSIDE_PLACES), True, tip, False
    if printed:
        return (
            printed,
            False,
            QCoreApplication.translate("RankListModel", "As printed in the note (%1)").replace("%1", where),
            False,
        )
    return "", False, "", False


def _placeholder() -> QStandardItem:
    """A row's item: it holds no data, only the row's flags (selectable, enabled, draggable, and not
    a drop target: a name dropped on a row goes above or below it)."""
    item = QStandardItem()
    item.setEditable(False)
    item.setDropEnabled(False)
    return item


class RankListModel(QStandardItemModel):
    """Rank, name, ticker, KGI rating and upside, move since the latest snapshot, rationale.

    The rows' data come from the entries (data() below). Their flags come from one placeholder item
    per row (Qt's own flags(), in C++; the root takes drops): a flags() written in Python makes
    PySide set up all of Qt's enums, on the first paint here (ui/qt_free.py). set_entries keeps the
    placeholders one per entry, with the same moves, insertions and removals."""

    def __init__(
        self,
        entries: Sequence[RankEntry],
        companies: dict[str, Company] | None = None,
        targets: dict[str, Target] | None = None,
        reference: Snapshot | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._entries: list[RankEntry] = list(entries)
        self._companies = dict(companies or {})
        self._targets = dict(targets or {})
        self._markets: dict[str, MarketView] = {}
        self._stale_days = 7
        self.authors: dict[str, tuple[str, str]] = {}  # ticker → who typed the rationale, when
        self._reference = reference
        self._moves: dict[str, int | None] = {}
        self.mover: Mover | None = None
        self._update_moves()
        self._pending: list[RankEntry] | None = None  # the entries once a row is in or out
        self._set_placeholders(len(self._entries))  # (no view yet: nobody hears these rows come)
        # Connected first, so it runs before any view or tester hears of the new row count.
        self.rowsInserted.connect(self._take_pending)
        self.rowsRemoved.connect(self._take_pending)

    # -- Python side ---------------------------------------------------------------------------
    def entries(self) -> list[RankEntry]:
        return list(self._entries)

    def order(self) -> list[str]:
        return [e.ticker for e in self._entries]

    def row_of(self, ticker: str) -> int:
        """The row of `ticker`, -1 if it is not listed."""
        order = self.order()
        return order.index(ticker) if ticker in order else -1

    def name_of(self, ticker: str) -> str:
        company = self._companies.get(ticker)
        return company_name(company, ticker)

    @property
    def reference(self) -> Snapshot | None:
        return self._reference

    def set_context(
        self,
        companies: dict[str, Company],
        targets: dict[str, Target],
        reference: Snapshot | None,
        markets: dict[str, MarketView] | None = None,
        stale_days: int = 7,
    ) -> None:
        """New names, targets, prices or reference snapshot: every row is repainted."""
        self._companies, self._targets, self._reference = dict(companies), dict(targets), reference
        self._markets, self._stale_days = dict(markets or {}), stale_days
        self._update_moves()
        self._all_changed()

    def set_entries(self, entries: Sequence[RankEntry]) -> None:
        """Show `entries`: a single move, insertion or removal keeps the selection on its name."""
        new = list(entries)
        before, after = self.order(), [e.ticker for e in new]
        found = find_move(before, after)
        if before == after:
            self._entries = new
        elif found is not None:
            i, j = found
            self.beginMoveRows(QModelIndex(), i, i, QModelIndex(), j if j < i else j + 1)
            self._entries = new
            self.endMoveRows()
        elif len(after) == len(before) + 1 and _one_extra(after, before) is not None:
            self._pending = new  # taken when the placeholder is in (_take_pending)
            self.invisibleRootItem().insertRow(_one_extra(after, before) or 0, _placeholder())
        elif len(before) == len(after) + 1 and _one_extra(before, after) is not None:
            self._pending = new
            self.invisibleRootItem().removeRow(_one_extra(before, after) or 0)
        else:
            self.beginResetModel()
            self.blockSignals(True)  # the placeholders follow the entries; the reset tells the views
            try:
                self._set_placeholders(len(new))
            finally:
                self.blockSignals(False)
            self._entries = new
            self.endResetModel()
        self._update_moves()
        self._all_changed()

    def _set_placeholders(self, count: int) -> None:
        root = self.invisibleRootItem()
        if root.rowCount():
            root.removeRows(0, root.rowCount())
        for _ in range(count):
            root.appendRow(_placeholder())

    def _take_pending(self) -> None:
        if self._pending is not None:
            self._entries, self._pending = self._pending, None

    def _update_moves(self) -> None:
        ref = self._reference
        self._moves = moves(ref.order, self.order()) if ref is not None else {}

    def _all_changed(self) -> None:
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    # -- reading -------------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """As in a list model, the column may be left out."""
        return super().index(row, column, parent)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries) or index.column() != 0:
            return None
        entry, rank = self._entries[index.row()], index.row() + 1
        ticker = entry.ticker
        if role == DISPLAY_ROLE:
            return f"{rank}. {self.name_of(ticker)} ({ticker})"
        if role == TOOLTIP_ROLE:
            if not entry.rationale:
                return QCoreApplication.translate(
                    "RankListModel", "No rationale yet: write one in the editor beside the list."
                )
            author = self.authors.get(ticker)
            if author is None:
                return entry.rationale
            return (
                entry.rationale
                + "\n— "
                + QCoreApplication.translate("RankListModel", "entered by %1, %2")
                .replace("%1", author[0])
                .replace("%2", author[1][:10])
            )
        if role == TICKER_ROLE:
            return ticker
        if role == NAME_ROLE:
            return self.name_of(ticker)
        if role == RANK_ROLE:
            return rank
        if role == RATING_ROLE:
            market = self._markets.get(ticker)
            if market is not None and market.rating_text:
                return market.rating_text
            target = self._targets.get(ticker)
            return target.rating if target else ""
        if role in (UPSIDE_ROLE, UPSIDE_COMPUTED_ROLE, UPSIDE_TIP_ROLE, UPSIDE_STALE_ROLE):
            text, computed, tip, stale = upside_of(
                self._targets.get(ticker), self._markets.get(ticker), self._stale_days
            )
            return {
                UPSIDE_ROLE: text,
                UPSIDE_COMPUTED_ROLE: computed,
                UPSIDE_TIP_ROLE: tip,
                UPSIDE_STALE_ROLE: stale,
            }[role]
        if role == MOVE_ROLE:
            if self._reference is None:
                return ""
            move = self._moves.get(ticker)
            return QCoreApplication.translate("RankListModel", "new") if move is None else move_text(move)
        if role == MOVE_VALUE_ROLE:
            return self._moves.get(ticker)
        if role == RATIONALE_ROLE:
            return first_line(entry.rationale)
        if role == FULL_RATIONALE_ROLE:
            return entry.rationale
        return None

    # -- rows come and go with the entries only ---------------------------------------------------
    def insertRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return False

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return False  # (a view asks after a drag: the move itself went through moveRows)

    # -- moving --------------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        from PySide6.QtCore import Qt

        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        from PySide6.QtCore import Qt

        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,  # noqa: N802
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move one row so that it lands before `destination_child` (Qt's convention). False for
        anything else: several rows, a child index, out of range, or a move onto itself."""
        n = len(self._entries)
        if (
            count != 1
            or source_parent.isValid()
            or destination_parent.isValid()
            or not 0 <= source_row < n
            or not 0 <= destination_child <= n
            or destination_child in (source_row, source_row + 1)
        ):
            return False
        to = destination_child if destination_child < source_row else destination_child - 1
        if self.mover is not None:
            return self.mover(move_item(self.order(), source_row, to), self._entries[source_row].ticker)
        self.set_entries(move_item(self._entries, source_row, to))
        return True

    def move_to(self, row: int, to: int) -> bool:
        """Move row `row` so that it ends up at row `to` (the keyboard's way of saying it)."""
        if not 0 <= to < len(self._entries):
            return False
        return self.moveRows(QModelIndex(), row, 1, QModelIndex(), to if to < row else to + 1)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._entries)})
        import json  # a drag is the first use: not imported for the first paint

        data = QMimeData()
        tickers = [self._entries[r].ticker for r in rows]
        data.setData(MIME_TYPE, QByteArray(json.dumps(tickers).encode("utf-8")))
        data.setText("\n".join(self.name_of(t) for t in tickers))
        return data

    def _dropped_rows(self, data: QMimeData | None) -> list[int]:
        if data is None or not data.hasFormat(MIME_TYPE):
            return []
        import json

        try:
            tickers = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return []
        if not isinstance(tickers, list):
            return []
        rows = [self.row_of(t) for t in tickers if isinstance(t, str)]
        return rows if rows and all(r >= 0 for r in rows) else []

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        from PySide6.QtCore import Qt

        return (
            action == Qt.DropAction.MoveAction
            and not parent.isValid()
            and column <= 0
            and -1 <= row <= len(self._entries)
            and len(self._dropped_rows(data)) == 1
        )

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,  # noqa: N802
        column: int,
        parent: Index,
    ) -> bool:
        """A dropped name moves to `row` (-1: to the end). Anything but one of our own names,
        moved between rows of the root, is refused."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = self._dropped_rows(data)[0]
        return self.moveRows(
            QModelIndex(), source, 1, QModelIndex(), len(self._entries) if row == -1 else row
        )


def _one_extra(longer: list[str], shorter: list[str]) -> int | None:
    """The index of the one item whose removal from `longer` gives `shorter`, if there is one."""
    for k in range(len(longer)):
        if longer[:k] + longer[k + 1 :] == shorter:
            return k
    return None
