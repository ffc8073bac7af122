"""A QSortFilterProxyModel over a RowTableModel that filters and sorts by the row objects.

Filters are named predicates over a row object (all must accept it); a column may have a sort key
over the row object (numbers sort as numbers, `<10` below `40-50`), otherwise it sorts by its text.
Rows without a key stay below those with one, in either order.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

Index = QModelIndex | QPersistentModelIndex
Predicate = Callable[[Any], bool]
SortKey = Callable[[Any], Any]


class RowFilterProxy(QSortFilterProxyModel):
    """Filtering and sorting by the domain objects behind the rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._filters: dict[str, Predicate] = {}
        self._keys: dict[int, SortKey] = {}
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setDynamicSortFilter(True)

    def set_filter(self, name: str, predicate: Predicate | None) -> None:
        """Install (or with None remove) one named filter and re-filter."""
        self.beginFilterChange()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_sort_key(self, column: int, key: SortKey) -> None:
        self._keys[column] = key

    def source_row(self, proxy_row: int) -> Any:
        """The row object shown at `proxy_row`."""
        source = self.mapToSource(self.index(proxy_row, 0))
        return self.sourceModel().row(source.row())  # type: ignore[attr-defined]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._filters:
            return True
        model = self.sourceModel()
        if model is None or source_row >= model.rowCount(source_parent):
            return False
        row = model.row(source_row)  # type: ignore[attr-defined]
        return all(predicate(row) for predicate in self._filters.values())

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        key = self._keys.get(left.column())
        if key is None:
            return super().lessThan(left, right)
        model = self.sourceModel()
        a, b = key(model.row(left.row())), key(model.row(right.row()))  # type: ignore[attr-defined]
        if a is None or b is None:  # rows without a figure stay at the bottom in either order
            if self.sortOrder() == Qt.SortOrder.DescendingOrder:
                return a is None and b is not None
            return a is not None and b is None
        return bool(a < b)


def text_filter(text: str, fields: Callable[[Any], tuple[str, ...]]) -> Predicate | None:
    """A case-insensitive 'contains' filter over some text fields of a row; None for blank text."""
    needle = text.strip().casefold()
    if not needle:
        return None
    return lambda row: any(needle in (value or "").casefold() for value in fields(row))
