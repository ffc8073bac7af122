"""Table model of one company's scorecard: the quarter's results beside the next-quarter outlook.

Rows are section titles and `ViewRow`s (domain/scorecard_view.py) in the order of the notes;
columns are Line | Actual | Consensus | Diff | YoY | QoQ | Guidance | vs guidance | Guidance |
Consensus | Diff | QoQ | YoY | Source, the numeric ones grouped under the two quarters' labels.
Actual, consensus and guidance cells are editable: `setData` parses what was typed and hands a
valid figure to the edit handler (which pushes an undo command); anything else is refused with
`inputRefused(message)` and the old figure stays.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.number_input import NumberInputError, parse_number
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.scorecard_view import Cell, Col, Origin, Section, ViewRow
from desktop_app.ui.commands.scorecard import CellRef
from desktop_app.ui.data_text import line_label, section_title
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fmt_cell, fmt_number, fmt_value
from desktop_app.ui.scorecards import style
from desktop_app.ui.scorecards.tooltips import TooltipBuilder, column_title, field_word

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
LINE_COLUMN = 0
NUMERIC: tuple[Col, ...] = tuple(Col)
SOURCE_COLUMN = len(NUMERIC) + 1


@dataclass(frozen=True)
class EditRequest:
    """A valid figure typed into a cell, for the edit handler to save as one undo command."""

    ref: CellRef
    new: Decimal | None
    description: str  # e.g. "Revenue actual (F4Q25 · 2Q25)"


EditHandler = Callable[[EditRequest], bool]


def _exact(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("ScorecardModel", "Line"),
        QCoreApplication.translate("ScorecardModel", "Actual"),
        QCoreApplication.translate("ScorecardModel", "Consensus"),
        QCoreApplication.translate("ScorecardModel", "Diff"),
        QCoreApplication.translate("ScorecardModel", "YoY"),
        QCoreApplication.translate("ScorecardModel", "QoQ"),
        QCoreApplication.translate("ScorecardModel", "Guidance"),
        QCoreApplication.translate("ScorecardModel", "vs guidance"),
        QCoreApplication.translate("ScorecardModel", "Guidance"),
        QCoreApplication.translate("ScorecardModel", "Consensus"),
        QCoreApplication.translate("ScorecardModel", "Diff"),
        QCoreApplication.translate("ScorecardModel", "QoQ"),
        QCoreApplication.translate("ScorecardModel", "YoY"),
        QCoreApplication.translate("ScorecardModel", "Source"),
    ]


class ScorecardModel(QAbstractTableModel):
    """Editable scorecard of one company and quarter (see the module docstring)."""

    inputRefused = Signal(str)  # noqa: N815 - Qt naming

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[str | ViewRow] = []
        self._company: Company | None = None
        self._period: Quarter | None = None
        self._tips: TooltipBuilder | None = None
        self._handler: EditHandler | None = None
        self._headers = _headers()
        # (row, column, role) -> value of the roles a paint or a column fit asks for, again and
        # again: filled as asked, emptied with every new view (a 40-line grid opens in one go)
        self._cache: dict[tuple[int, int, int], Any] = {}

    # -- content -------------------------------------------------------------------------------
    def set_view(
        self,
        company: Company | None,
        period: Quarter | None,
        sections: Sequence[Section],
        definitions: Sequence[LineDef] = (),
        sources: dict[str, Source] | None = None,
        provenance: dict[tuple[str, Quarter, str, str], Provenance] | None = None,
    ) -> None:
        """Show `sections`; a refresh with the same rows only signals changed data (keeps the cursor)."""
        items: list[str | ViewRow] = []
        for section in sections:
            items.append(section.title)
            items.extend(section.rows)
        same = (
            company == self._company
            and period == self._period
            and [_item_key(x) for x in items] == [_item_key(x) for x in self._items]
        )
        if company is not None:
            self._tips = TooltipBuilder(company, {d.key: d for d in definitions}, sources or {}, provenance)
        self._cache.clear()
        if same and items:
            self._items = items
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._items, self._company, self._period = items, company, period
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    @property
    def company(self) -> Company | None:
        return self._company

    def set_edit_handler(self, handler: EditHandler | None) -> None:
        self._handler = handler

    def item(self, row: int) -> str | ViewRow:
        return self._items[row]

    def is_section(self, row: int) -> bool:
        return isinstance(self._items[row], str)

    def row_of(self, line_key: str) -> int:
        """The row of a line (by key); -1 if it is not shown."""
        for number, item in enumerate(self._items):
            if isinstance(item, ViewRow) and item.key == line_key:
                return number
        return -1

    @staticmethod
    def column_of(col: Col) -> int:
        return NUMERIC.index(col) + 1

    def cell(self, index: Index) -> Cell | None:
        if not index.isValid() or not 1 <= index.column() <= len(NUMERIC):
            return None
        item = self._items[index.row()]
        return item.cells[NUMERIC[index.column() - 1]] if isinstance(item, ViewRow) else None

    def group_title(self, column: int) -> str:
        if self._company is None or self._period is None or not 1 <= column <= len(NUMERIC):
            return ""
        if NUMERIC[column - 1].is_next:
            return QCoreApplication.translate("ScorecardModel", "%1 outlook").replace(
                "%1", self._company.period_label(self._period.shifted(1))
            )
        return QCoreApplication.translate("ScorecardModel", "%1 results").replace(
            "%1", self._company.period_label(self._period)
        )

    # -- Qt model interface --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._items)):
            return None
        key = (index.row(), index.column(), role)
        if key in self._cache:
            return self._cache[key]
        value = self._data(index.row(), index.column(), role)
        if role in _CACHED_ROLES:
            self._cache[key] = value
        return value

    def _data(self, row_number: int, column: int, role: int) -> Any:
        item = self._items[row_number]
        if isinstance(item, str):
            return self._section_data(item, column, role)
        if column == LINE_COLUMN:
            return self._line_data(item, role)
        if column == SOURCE_COLUMN:
            return self._source_data(item, role)
        cell = item.cells[NUMERIC[column - 1]]
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt_cell(cell)
        if role == Qt.ItemDataRole.EditRole:
            if cell.field is None:
                return None
            stored = cell.value if cell.origin is Origin.STORED else None
            return fmt_number(stored) if stored is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.background(cell)
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.foreground(cell)
        if role == Qt.ItemDataRole.FontRole:
            return style.font(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.tooltip(item, cell) if self._tips is not None else None
        if role == style.FLAG_ROLE:
            return "mismatch" if cell.flagged else None
        if role == style.CELL_ROLE:
            return cell
        return None

    def _section_data(self, title: str, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return section_title(title) if column == LINE_COLUMN else ""
        if (section := style.section_row(role)) is not None:
            return section
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        return None

    def _line_data(self, row: ViewRow, role: int) -> Any:
        definition = row.definition
        if role == Qt.ItemDataRole.DisplayRole:
            return line_label(definition)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [
                definition.label,
                *([definition.label_zh] if definition.label_zh else []),
                QCoreApplication.translate("ScorecardModel", "Printed as: %1").replace(
                    "%1", definition.printed_label
                ),
                QCoreApplication.translate("ScorecardModel", "Unit: %1").replace("%1", definition.unit_text),
                *row.remarks(),
            ]
            return "\n".join(parts)
        return None

    def _source_data(self, row: ViewRow, role: int) -> Any:
        line = row.line or row.next_line
        ref = line.source if line is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if ref is None:
                return ""
            return f"{ref.note_id} · {ref.line}" if ref.line else ref.note_id
        if role == Qt.ItemDataRole.ToolTipRole and self._tips is not None:
            refs = [x.source for x in (row.line, row.next_line) if x is not None and x.source is not None]
            return "\n".join(dict.fromkeys(self._tips.source_text(r) for r in refs)) or None
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        numeric = 1 <= section <= len(NUMERIC)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == LINE_COLUMN:
                return QCoreApplication.translate("ScorecardModel", "US$mn")
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if numeric else _LEFT
        if role == style.GROUP_ROLE:
            return self.group_title(section) if numeric else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == LINE_COLUMN:
                return QCoreApplication.translate(
                    "ScorecardModel", "Amounts in US$ millions, EPS in US$, rates in %"
                )
            if section == SOURCE_COLUMN:
                return QCoreApplication.translate(
                    "ScorecardModel", "Note and line of the text file the figures were transcribed from"
                )
            col = NUMERIC[section - 1]
            tip = f"{self.group_title(section)}: {column_title(col)}"
            if not col.is_value:
                tip += QCoreApplication.translate(
                    "ScorecardModel", " (percent for amounts, percentage points for rates)"
                )
            return tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], str):
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        cell = self.cell(index)
        if cell is not None and cell.field is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        cell = self.cell(index)
        if role != Qt.ItemDataRole.EditRole or cell is None or cell.field is None or cell.period is None:
            return False
        row = self._items[index.row()]
        assert isinstance(row, ViewRow) and self._company is not None
        description = (
            QCoreApplication.translate("ScorecardModel", "%1 %2 (%3)")
            .replace("%1", line_label(row.definition))
            .replace("%2", field_word(cell.field))
            .replace("%3", self._company.period_label(cell.period))
        )
        stored = cell.value if cell.origin is Origin.STORED else None
        try:
            new = parse_number("" if value is None else str(value))
        except NumberInputError as exc:
            kept = (
                fmt_value(stored, cell.kind)
                if stored is not None
                else QCoreApplication.translate("ScorecardModel", "empty")
            )
            self.inputRefused.emit(
                QCoreApplication.translate("ScorecardModel", "Not saved: %1. %2 stays %3.")
                .replace("%1", error_text(exc))
                .replace("%2", description)
                .replace("%3", kept)
            )
            return False
        if _exact(new) == _exact(stored):
            return True
        if self._handler is None:
            return False
        ref = CellRef(self._company.ticker, cell.period, row.key, cell.field)
        return self._handler(EditRequest(ref, new, description))


_CACHED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        style.FLAG_ROLE,
    }
)


def _item_key(item: str | ViewRow) -> tuple[str, str]:
    return ("section", item) if isinstance(item, str) else ("line", item.key)
