"""Table views of the scorecard pages: grouped header, flag delegate, spanning section rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from desktop_app.ui.scorecards.delegate import ScorecardDelegate
from desktop_app.ui.scorecards.header import GroupedHeader
from desktop_app.ui.widgets import MAX_COLUMN_WIDTH, DataTable

SpanRule = Callable[[int], tuple[int, int] | None]  # row -> (first column, column count) or None


def apply_spans(view: QTableView, rule: SpanRule) -> None:
    """Span the cells of each row that `rule` asks for (section titles, "no figures" rows)."""
    view.clearSpans()
    model = view.model()
    for row in range(model.rowCount()):
        span = rule(row)
        if span is not None and span[1] > 1:
            view.setSpan(row, span[0], 1, span[1])


class TextFitTable(DataTable):
    """A DataTable whose column fit measures each cell's display text (in bold, the widest of its
    fonts) instead of asking the style for every role of every cell: one model call per cell,
    so a 40-line scorecard grid opens fast. Cells spanning several columns do not count."""

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        model = self.model()
        if model is None:
            return -1
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1)
        widest = 0
        for row in range(model.rowCount()):
            if self.columnSpan(row, column) > 1:
                continue
            text = model.index(row, column).data()
            if text:
                widest = max(widest, metrics.horizontalAdvance(str(text)))
        return widest + margin + 2 if widest else -1


def make_grouped_table(
    model: QAbstractItemModel,
    spans: SpanRule | None = None,
    editable: bool = False,
    fit_rows: int | None = None,
    max_first_column: int = 300,
    uniform: range | None = None,
    stretch: int | None = None,
    stretch_last: bool = True,
    text_fit: bool = False,
) -> DataTable:
    """A DataTable over `model` with group bands in its header, the flag delegate and row spans.

    Columns fit their contents; the `uniform` ones share the widest of their widths (figure columns
    read as a grid), and column `stretch` (else the last, unless not `stretch_last`) takes the room
    left over. `text_fit`: fit columns by their text alone (TextFitTable), for big editable grids."""
    view = TextFitTable(fit_rows) if text_fit else DataTable(fit_rows)
    header = GroupedHeader(view)
    view.setHorizontalHeader(header)
    header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
    header.setStretchLastSection(stretch is None and stretch_last)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setModel(model)
    if model.parent() is None:
        model.setParent(view)
    view.setItemDelegate(ScorecardDelegate(view))
    view.setCornerButtonEnabled(False)
    if editable:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)

    def refit() -> None:
        if spans is not None:
            apply_spans(view, spans)
        view.resizeColumnsToContents()
        if view.columnWidth(0) > max_first_column:
            view.setColumnWidth(0, max_first_column)
        if uniform is not None:
            columns = [c for c in uniform if c < model.columnCount()]
            width = max((view.columnWidth(c) for c in columns), default=0)
            if _room_for(view, stretch, columns, width):
                for column in columns:
                    view.setColumnWidth(column, width)
        _fit_groups(view, header)
        if stretch is not None and stretch < model.columnCount():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.updateGeometry()

    model.modelReset.connect(refit)
    refit()
    if uniform is not None and stretch is not None:
        _RefitOnResize(view, refit)  # a narrow window gives the stretching column its room
    return view


def _room_for(view: QTableView, stretch: int | None, columns: list[int], width: int) -> bool:
    """Whether the `columns` can all be `width` wide and still leave the `stretch` column the width
    its text needs (else each keeps its own width, so a laptop screen does not cut line names)."""
    model = view.model()
    if stretch is None or model is None or stretch >= model.columnCount():
        return True
    others = sum(view.columnWidth(c) for c in range(model.columnCount())
                 if c != stretch and c not in columns and not view.isColumnHidden(c))
    need = view.sizeHintForColumn(stretch)
    return others + width * len(columns) + need <= view.viewport().width()


class _RefitOnResize(QObject):
    """Fits the columns again (once the resizing pauses) when the view's width changes."""

    def __init__(self, view: QTableView, refit: Callable[[], None]) -> None:
        super().__init__(view)
        self._width = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)
        self._timer.timeout.connect(refit)
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            if watched.width() != self._width:
                self._width = watched.width()
                self._timer.start()
        return False


def _fit_groups(view: QTableView, header: GroupedHeader) -> None:
    """Widen the columns under a group band evenly until the group's title fits."""
    font = header.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    for first, last, title in header.spans():
        columns = [header.logicalIndex(v) for v in range(first, last + 1)]
        need = metrics.horizontalAdvance(title) + 16 - sum(view.columnWidth(c) for c in columns)
        if need > 0:
            extra = -(-need // len(columns))
            for column in columns:
                view.setColumnWidth(column, view.columnWidth(column) + extra)
