"""The drag-to-rank list: a QListView in InternalMove mode, a row painter laid out in columns
(rank, company, KGI rating, upside, move since the snapshot, rationale) and a header above it.

Numbers are right-aligned; the move is green when a name went up and red when it went down.
Ctrl+Up / Ctrl+Down move the selected name one place, Ctrl+Home / Ctrl+End to the top / bottom.
"""

from __future__ import annotations

import math
from typing import NamedTuple, cast

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from desktop_app.ui.qt_free import KEY_DOWN, KEY_END, KEY_HOME, KEY_UP, draw_text, elided, set_enum_property
from desktop_app.ui.ranking.list_model import (
    MOVE_ROLE,
    MOVE_VALUE_ROLE,
    NAME_ROLE,
    RANK_ROLE,
    RATING_ROLE,
    RATIONALE_ROLE,
    TICKER_ROLE,
    UPSIDE_COMPUTED_ROLE,
    UPSIDE_ROLE,
    UPSIDE_STALE_ROLE,
    UPSIDE_TIP_ROLE,
    RankListModel,
)

UP = QColor("#1b7f3b")
DOWN = QColor("#b3261e")
NEW = QColor("#1f5fa8")
MUTED = QColor("#6b6b6b")
STALE = QColor("#9a5b00")  # amber: an upside standing on a stale price
SELECTED = QColor("#cfe3fa")
PAD = 8


class Cell(NamedTuple):
    """Where one column of a ranking row is drawn: its key, left edge, width and whether its text
    is right-aligned (numbers). (A NamedTuple: its module loads at every start.)"""
    key: str
    x: int
    width: int
    right: bool


CONTENT_EMS = {"rank": 2, "company": 14, "rating": 3, "upside": 6, "move": 4}
RIGHT_ALIGNED = {"rank", "upside", "move"}


def layout(width: int, widths: dict[str, int]) -> list[Cell]:
    """Column geometry for a row `width` pixels wide: the fixed columns get `widths`, the
    rationale takes the rest."""
    cells, x = [], PAD
    for key in ("rank", "company", "rating", "upside", "move"):
        cells.append(Cell(key, x, widths[key], key in RIGHT_ALIGNED))
        x += widths[key] + 2 * PAD
    cells.append(Cell("rationale", x, max(widths.get("rationale", 120), width - x - PAD), False))
    return cells


def default_widths(em: int) -> dict[str, int]:
    return {k: n * em for k, n in CONTENT_EMS.items()}


def name_width(name: str, ticker: str, font: QFont) -> int:
    """The room a company cell needs: the name in bold (its exact, fractional width rounded up,
    plus 2 pixels: elidedText cuts a name a fraction of a pixel too wide), half an em, the ticker in
    `font`."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(font)
    return math.ceil(QFontMetricsF(bold).horizontalAdvance(name)) + 2 \
        + metrics.horizontalAdvance("M") // 2 + metrics.horizontalAdvance(ticker)


class RankRowDelegate(QStyledItemDelegate):
    """Paints one ranked name as a row of columns."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(400, option.fontMetrics.height() * 2 + 6)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802
                  option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        """The upside's tooltip over the upside (how it was computed, the printed figure); the
        whole rationale elsewhere."""
        if event is None or view is None or not index.isValid() or not isinstance(view, RankListView):
            return super().helpEvent(event, view, option, index)
        x = event.pos().x() - option.rect.left()
        for cell in layout(option.rect.width(), view.column_widths()):
            if cell.x <= x < cell.x + cell.width + 2 * PAD:
                tip = index.data(UPSIDE_TIP_ROLE) if cell.key == "upside" else ""
                if tip:
                    QToolTip.showText(event.globalPos(), tip, view)
                    return True
        return super().helpEvent(event, view, option, index)

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the style paints background, selection and focus; paint() the columns

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        # The base class draws the item's panel through the style (CE_ItemViewItem), without the
        # Python side touching QStyle: PySide creates every QStyle enum on first use (slow start).
        super().paint(painter, option, index)
        rect = opt.rect
        em = opt.fontMetrics.horizontalAdvance("M")
        view = self.parent()
        widths = view.column_widths() if isinstance(view, RankListView) else default_widths(em)
        # The columns' texts are drawn by draw_text, in their colours without QPainter.setPen
        # (which would set up Qt's enums on the first paint: ui/qt_free.py).
        text_color = opt.palette.color(QPalette.ColorRole.Text)
        bold = QFont(opt.font)
        bold.setBold(True)
        for cell in layout(rect.width(), widths):
            box = QRect(rect.left() + cell.x, rect.top(), cell.width, rect.height())
            if cell.key == "rank":
                draw_text(painter, box, str(index.data(RANK_ROLE)), bold, text_color, right=cell.right)
            elif cell.key == "company":
                name, ticker = index.data(NAME_ROLE), index.data(TICKER_ROLE)
                room = box.width() - em // 2 - opt.fontMetrics.horizontalAdvance(ticker)
                bold_metrics = QFontMetrics(bold)
                shown = elided(bold_metrics, name, room)
                draw_text(painter, box, shown, bold, text_color)
                after = box.adjusted(bold_metrics.horizontalAdvance(shown) + em // 2, 0, 0, 0)
                draw_text(painter, after, ticker, opt.font, MUTED)
            elif cell.key == "upside":
                font = QFont(opt.font)
                font.setItalic(bool(index.data(UPSIDE_COMPUTED_ROLE)))
                color = STALE if index.data(UPSIDE_STALE_ROLE) else text_color
                draw_text(painter, box, index.data(UPSIDE_ROLE) or "", font, color, right=cell.right)
            elif cell.key == "move":
                move = index.data(MOVE_VALUE_ROLE)
                color = NEW if move is None else UP if move > 0 else DOWN if move < 0 else MUTED
                draw_text(painter, box, index.data(MOVE_ROLE) or "", bold if move else opt.font, color,
                          right=cell.right)
            else:
                key_role = RATING_ROLE if cell.key == "rating" else RATIONALE_ROLE
                text = elided(opt.fontMetrics, index.data(key_role) or "", box.width())
                draw_text(painter, box, text, opt.font, text_color, right=cell.right)
        painter.restore()


class RankHeader(QWidget):
    """Column titles above the list, laid out like the rows below them."""

    def __init__(self, view: QListView, titles: dict[str, str], tips: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._titles = dict(titles)
        self._tips = dict(tips or {})
        self.setFixedHeight(self.fontMetrics().height() + 10)
        self.setAutoFillBackground(True)
        self.rule = QFrame(self)  # the line below the titles, in the Mid colour
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setFrameShadow(QFrame.Shadow.Plain)
        self.rule.setForegroundRole(QPalette.ColorRole.Mid)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.rule.setGeometry(0, self.height() - 1, self.width(), 1)

    def _fit(self) -> None:
        if isinstance(self._view, RankListView):
            font = QFont(self.font())
            font.setBold(True)
            self._view.fit_titles(self._titles, font)

    def set_title(self, key: str, title: str, tip: str = "") -> None:
        self._titles[key] = title
        if tip:
            self._tips[key] = tip
        self._fit()
        self.update()

    def title(self, key: str) -> str:
        return self._titles.get(key, "")

    def _offset(self) -> int:
        """Where the view's rows start, in this header's coordinates."""
        viewport = self._view.viewport()
        start = viewport.mapToGlobal(viewport.rect().topLeft()).x()
        return start - self.mapToGlobal(self.rect().topLeft()).x()

    def _cells(self) -> list[Cell]:
        view = self._view
        widths = view.column_widths() if isinstance(view, RankListView) \
            else default_widths(self.fontMetrics().horizontalAdvance("M"))
        return layout(view.viewport().width(), widths)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)  # what Qt sends with a ToolTip event
            x = event.pos().x() - self._offset()
            for cell in self._cells():
                if cell.x <= x < cell.x + cell.width + 2 * PAD and self._tips.get(cell.key):
                    QToolTip.showText(event.globalPos(), self._tips[cell.key], self)
                    return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # The background is Qt's (autoFillBackground, Window); the titles are drawn without
        # QPainter.setPen or setBrush, which would set up Qt's enums on the first paint
        # (ui/qt_free.py); the line below them is the `rule` widget.
        painter = QPainter(self)
        font = QFont(self.font())
        font.setBold(True)
        metrics = QFontMetrics(font)
        color = self.palette().color(QPalette.ColorRole.WindowText)
        offset = self._offset()
        for cell in self._cells():
            box = QRect(offset + cell.x, 0, cell.width, self.height())
            text = elided(metrics, self._titles.get(cell.key, ""), cell.width)
            draw_text(painter, box, text, font, color, right=cell.right)


class RankListView(QListView):
    """The ranked names; drag a row, or Ctrl+Up/Down/Home/End, to move the selected name."""

    KEYS = {KEY_UP: "up", KEY_DOWN: "down", KEY_HOME: "top", KEY_END: "bottom"}  # Qt.Key's values

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made on the Python side. Asked for the one Qt makes (a plain QWidget), PySide
        # would first set up a Python type for every widget class: ~25 ms of the start-up.
        self.setViewport(QWidget())
        self.setObjectName("rankingList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        set_enum_property(self, "defaultDropAction", "MoveAction")
        self.setDragDropOverwriteMode(False)
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self._title_widths: dict[str, int] = {}
        self._names_width: int | None = None  # the widest shown name and ticker, measured once per change
        self.setItemDelegate(RankRowDelegate(self))
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.Highlight, SELECTED)
            palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.setPalette(palette)

    def fit_titles(self, titles: dict[str, str], font: QFont) -> None:
        """Make each column at least as wide as its title in `font`."""
        metrics = QFontMetrics(font)
        self._title_widths = {k: metrics.horizontalAdvance(t) + 2 for k, t in titles.items()}
        self.viewport().update()

    def column_widths(self) -> dict[str, int]:
        """Pixel width of each fixed column: its content or its title, whichever is wider; the
        company column as wide as the longest name shown (in today's language and font) with its
        ticker, so that no name is cut."""
        widths = default_widths(self.fontMetrics().horizontalAdvance("M"))
        widths["company"] = max(widths["company"], self._longest_name())
        return {k: max(w, self._title_widths.get(k, 0)) for k, w in widths.items()}

    def _longest_name(self) -> int:
        if self._names_width is None:
            model = self.model()
            rows = model.rowCount() if model is not None else 0
            self._names_width = max((name_width(str(model.index(row, 0).data(NAME_ROLE) or ""),
                                                str(model.index(row, 0).data(TICKER_ROLE) or ""),
                                                self.font()) for row in range(rows)), default=0)
        return self._names_width

    def _names_changed(self) -> None:
        self._names_width = None
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._names_width = None
        super().changeEvent(event)

    def move_selected(self, where: str) -> bool:
        """Move the current name "up", "down", to the "top" or the "bottom"."""
        model = self.model()
        row = self.currentIndex().row()
        if not isinstance(model, RankListModel) or row < 0:
            return False
        last = model.rowCount() - 1
        to = {"up": row - 1, "down": row + 1, "top": 0, "bottom": last}[where]
        if to == row or not 0 <= to <= last:
            return False
        return model.move_to(row, to)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        from PySide6.QtCore import Qt

        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in self.KEYS:
            self.move_selected(self.KEYS[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(4, min(self.model().rowCount() if self.model() else 4, 8))
        return QSize(900, rows * (self.fontMetrics().height() * 2 + 6) + 2 * self.frameWidth() + 4)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        self._names_width = None
        if model is not None:  # a name added or removed changes the height the list asks for
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(self.updateGeometry)
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged,
                           model.layoutChanged):
                signal.connect(self._names_changed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Tall enough for every name up to 8: the pane below gives way before the list scrolls."""
        rows = max(1, min(self.model().rowCount() if self.model() else 1, 8))
        minimum = super().minimumSizeHint()
        return QSize(minimum.width(),
                     rows * (self.fontMetrics().height() * 2 + 6) + 2 * self.frameWidth() + 4)
