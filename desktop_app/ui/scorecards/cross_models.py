"""Models of the cross-CSP page: every CSP's latest quarter side by side, and the notes' cloud reads.

Both are thin adapters over domain objects (`CrossRow`, `ReadOrder`); the figures are the same
computed scorecard cells as in the company view, with the same colours, flags and tooltips.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.cross_csp import CrossFigure, CrossRow, ReadOrder
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.palette import colour_of
from desktop_app.domain.scorecard_view import Cell
from desktop_app.domain.statements import CloudRead
from desktop_app.ui.data_text import company_name, source_text
from desktop_app.ui.formats import fmt_cell, fmt_number
from desktop_app.ui.scorecards import style
from desktop_app.ui.scorecards.tooltips import TooltipBuilder

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
FIRST_FIGURE = 3  # CSP | Calendar | Fiscal | figures…


def _metric_title(metric: str) -> str:
    return {
        "revenue": QCoreApplication.translate("CrossCspModel", "Revenue (US$mn)"),
        "cloud_growth": QCoreApplication.translate("CrossCspModel", "Cloud growth (YoY)"),
        "op_margin": QCoreApplication.translate("CrossCspModel", "Operating margin"),
        "capex": QCoreApplication.translate("CrossCspModel", "Capex (US$mn)"),
    }[metric]


class CrossCspModel(QAbstractTableModel):
    """CSP | Calendar | Fiscal | then for each metric: Actual | vs cons."""

    METRICS = ("revenue", "cloud_growth", "op_margin", "capex")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CrossRow] = []
        self._tips: dict[str, TooltipBuilder] = {}
        self._calendar_label = ""

    def set_rows(
        self,
        rows: Sequence[CrossRow],
        definitions: Mapping[str, Sequence[LineDef]],
        sources: dict[str, Source],
        calendar_label: str = "",
    ) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._tips = {
            r.company.ticker: TooltipBuilder(
                r.company, {d.key: d for d in definitions.get(r.company.ticker, ())}, sources
            )
            for r in rows
        }
        self._calendar_label = calendar_label
        self.endResetModel()

    def row(self, number: int) -> CrossRow:
        return self._rows[number]

    def row_span(self, row: int) -> tuple[int, int] | None:
        """Rows without figures show one message across the figure columns."""
        if self._rows[row].figures:
            return None
        return FIRST_FIGURE, self.columnCount() - FIRST_FIGURE

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIRST_FIGURE + 2 * len(self.METRICS)

    def figure(self, index: Index) -> tuple[CrossFigure | None, bool]:
        """The figure under a cell and whether the cell is its comparison (vs cons.)."""
        if index.column() < FIRST_FIGURE:
            return None, False
        metric = self.METRICS[(index.column() - FIRST_FIGURE) // 2]
        return self._rows[index.row()].figures.get(metric), (index.column() - FIRST_FIGURE) % 2 == 1

    def cell(self, index: Index) -> Cell | None:
        found, versus = self.figure(index)
        if found is None:
            return None
        return found.versus if versus else found.value

    def _empty_text(self, row: CrossRow) -> str:
        if not row.has_scorecard:
            return QCoreApplication.translate("CrossCspModel", "No scorecard lines yet")
        if self._calendar_label:
            return QCoreApplication.translate("CrossCspModel", "Not reported for %1").replace(
                "%1", self._calendar_label
            )
        return QCoreApplication.translate("CrossCspModel", "No reported quarter yet")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if column < FIRST_FIGURE:
            return self._label_data(row, column, role)
        if not row.figures:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._empty_text(row) if column == FIRST_FIGURE else ""
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#5f6368")
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    QCoreApplication.translate(
                        "CrossCspModel",
                        "%1 has no scorecard lines yet: nothing is shown rather than zeros. Add lines "
                        "with Lines… on the Scorecards tab. Its cloud growth, where a note reads it, "
                        "is in the table below.",
                    ).replace("%1", company_name(row.company))
                    if not row.has_scorecard
                    else None
                )
            return None
        found, versus = self.figure(index)
        cell = self.cell(index)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if found is None or cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = fmt_cell(cell)
            return (
                QCoreApplication.translate("CrossCspModel", "%1 (revenue)").replace("%1", text)
                if text and versus and found.growth_of_revenue
                else text
            )
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.background(cell)
        if role == Qt.ItemDataRole.ForegroundRole:
            return style.foreground(cell)
        if role == Qt.ItemDataRole.FontRole:
            return style.font(cell)
        if role == style.FLAG_ROLE:
            return "mismatch" if cell.flagged else None
        if role == style.CELL_ROLE:
            return cell
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, found, versus, cell)
        return None

    def _tooltip(self, row: CrossRow, found: CrossFigure, versus: bool, cell: Cell) -> str:
        tips = self._tips.get(row.company.ticker)
        text = tips.tooltip(found.versus_row if versus else found.row, cell) if tips else ""
        text = text.split("<br><i>", 1)[0]  # no editing hint: edit in the company's scorecard
        segment = html.escape(row.company.cloud_segment)
        if found.metric == "cloud_growth" and found.growth_of_revenue:
            note = (
                QCoreApplication.translate(
                    "CrossCspModel", "%1 revenue vs consensus: the notes give no consensus for %1 growth."
                )
                if versus
                else QCoreApplication.translate("CrossCspModel", "Cloud growth = %1 revenue YoY.")
            )
            text = f"<b>{note.replace('%1', segment)}</b><br>{text}"
        elif found.metric == "cloud_growth":
            title = QCoreApplication.translate("CrossCspModel", "Cloud growth: %1").replace("%1", segment)
            text = f"<b>{title}</b><br>{text}"
        return text

    def _label_data(self, row: CrossRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:  # the company's colour, as in charts
            return QColor(colour_of(row.company.ticker, [r.company.ticker for r in self._rows]))
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                segment = row.company.cloud_segment
                return f"{company_name(row.company)} · {segment}" if segment else company_name(row.company)
            if row.period is None:
                return ""
            if column == 1:
                return row.calendar.calendar_label() if row.calendar else ""
            fiscal = row.company.period_label(row.period).split(" · ")[0]
            return fiscal
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.company.name_en} ({row.company.ticker}) {row.company.name_zh}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if section < FIRST_FIGURE:
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    QCoreApplication.translate("CrossCspModel", "CSP · cloud"),
                    QCoreApplication.translate("CrossCspModel", "Calendar"),
                    QCoreApplication.translate("CrossCspModel", "Fiscal"),
                )[section]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _LEFT
            return None
        metric = self.METRICS[(section - FIRST_FIGURE) // 2]
        versus = (section - FIRST_FIGURE) % 2 == 1
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("CrossCspModel", "vs cons.")
                if versus
                else QCoreApplication.translate("CrossCspModel", "Actual")
            )
        if role == style.GROUP_ROLE:
            return _metric_title(metric)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return _metric_title(metric) + (
                QCoreApplication.translate("CrossCspModel", ": actual vs consensus") if versus else ""
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class CloudReadModel(QAbstractTableModel):
    """Each note's cloud-growth read: a title row with the order, then one row per segment."""

    COLUMNS = 7

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[ReadOrder | CloudRead] = []
        self._companies: dict[str, Company] = {}
        self._sources: dict[str, Source] = {}

    def set_orders(
        self, orders: Sequence[ReadOrder], companies: dict[str, Company], sources: dict[str, Source]
    ) -> None:
        self.beginResetModel()
        self._items = []
        for order in orders:
            self._items += [order, *order.reads]
        self._companies, self._sources = companies, sources
        self.endResetModel()

    def item(self, row: int) -> ReadOrder | CloudRead:
        return self._items[row]

    def row_span(self, row: int) -> tuple[int, int] | None:
        return (0, self.columnCount()) if isinstance(self._items[row], ReadOrder) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def order_title(self, order: ReadOrder) -> str:
        note = self._sources.get(order.note_id)
        when = f"{note.broker} {note.published}".strip() if note else order.note_id
        return (
            QCoreApplication.translate("CrossCspModel", "%1: %2   (%3, %4)")
            .replace("%1", order.period)
            .replace("%2", order.order)
            .replace("%3", order.note_id)
            .replace("%4", when)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if isinstance(item, ReadOrder):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.order_title(item) if column == 0 else ""
            if (section := style.section_row(role)) is not None:
                return section
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            company = self._companies.get(item.company)
            return (
                str(item.position),
                item.segment,
                company_name(company, item.company),
                item.growth_trend_en,
                _versus(item),
                item.growth_trend_zh,
                f"{item.source.note_id} · {item.source.line}" if item.source.line else item.source.note_id,
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in (0, 4) else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column == 6:
            return source_text(item.source)
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 5):
            return f"{item.growth_trend_en}\n{item.growth_trend_zh}"
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("CrossCspModel", "#"),
                QCoreApplication.translate("CrossCspModel", "Segment"),
                QCoreApplication.translate("CrossCspModel", "Company"),
                QCoreApplication.translate("CrossCspModel", "Growth trend"),
                QCoreApplication.translate("CrossCspModel", "vs consensus"),
                QCoreApplication.translate("CrossCspModel", "原文"),
                QCoreApplication.translate("CrossCspModel", "Source"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in (0, 4) else _LEFT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._items[index.row()], ReadOrder):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _versus(read: CloudRead) -> str:
    """The read's figure vs consensus as printed; `in line` for a printed zero without unit."""
    if read.vs_consensus is None:
        return ""
    if read.vs_consensus == 0 and not read.vs_consensus_unit:
        return QCoreApplication.translate("CrossCspModel", "in line")
    unit = read.vs_consensus_unit
    text = fmt_number(read.vs_consensus)
    return f"{text} ppts" if unit == "ppts" else f"{text}%" if unit == "%" else text
