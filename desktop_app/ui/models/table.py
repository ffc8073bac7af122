"""A read-only table model defined by a list of columns over a list of row objects.

Each column says how to render a row (house formats come from `desktop_app.ui.formats`), whether
it is numeric (numbers are right-aligned) and, optionally, its tooltip. The concrete models in this
package are little more than their column lists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.companies import Source, SourceRef
from desktop_app.ui.data_text import source_text as source_text

T = TypeVar("T")

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its header, how a row is shown in it, and whether it holds numbers."""

    header: str
    text: Callable[[T], str]
    numeric: bool = False
    tooltip: Callable[[T], str] | None = None
    header_tooltip: str = ""


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows are domain objects (or small tuples of them); columns render them as text."""

    def __init__(self, rows: Sequence[T], columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = list(rows)
        self._columns: list[Column[T]] = list(columns)

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._columns):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tooltip(row) if column.tooltip else ""
            return tip or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.header_tooltip or None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(_RIGHT if column.numeric else _LEFT)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- Python side ---------------------------------------------------------------------------
    def row(self, number: int) -> T:
        return self._rows[number]

    def rows(self) -> list[T]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


def source_tooltip(ref: SourceRef | None, sources: dict[str, Source]) -> str:
    """The note a figure came from: broker, English title and file."""
    if ref is None:
        return ""
    note = sources.get(ref.note_id)
    if note is None:
        return source_text(ref)
    published = f" ({note.published})" if note.published else ""
    return f"{note.broker}{published}: {note.title_en}\n{note.title_zh}\n{note.file} · {source_text(ref)}"
