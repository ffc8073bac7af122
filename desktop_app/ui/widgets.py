"""Small widgets shared by the tabs: read-only table views, titled sections and lazily built tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.errors import error_text
from desktop_app.ui.qt_free import elided, set_enum_property

MAX_COLUMN_WIDTH = 420
ROW_PADDING = 8
MIN_ELIDED_WIDTH = 120
RETRY_MS = 2000  # a lazily built pane that could not be read tries again this often while shown
FIT_ROWS = 100  # columns fit the contents of this many rows (a years-long table opens at once)


class DataTable(QTableView):
    """A read-only, row-selecting table. With `fit_rows`, it asks for no more height than its rows
    need (up to `fit_rows` of them), so a short table does not leave an empty pane below it."""

    def __init__(self, fit_rows: int | None = None, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # (tables come after the first paint: ui/qt_free.py)

        super().__init__(parent)
        self._fit_rows = fit_rows
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.horizontalHeader()
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setMaximumSectionSize(MAX_COLUMN_WIDTH)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if fit_rows is not None:
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
            self.horizontalScrollBar().rangeChanged.connect(lambda *_: self.updateGeometry())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        model = self.model()
        if self._fit_rows is None or model is None:
            return hint
        rows = max(1, min(model.rowCount(), self._fit_rows))
        height = (self.horizontalHeader().sizeHint().height()
                  + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth())
        if self.horizontalScrollBar().maximum() > 0:
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        minimum = super().minimumSizeHint()
        if self._fit_rows is None:
            return minimum
        return QSize(minimum.width(), min(minimum.height(), self.sizeHint().height()))


def make_table(model: QAbstractItemModel, fit_rows: int | None = None) -> DataTable:
    """A DataTable over `model` (which it adopts if unowned), columns sized to their contents."""
    view = DataTable(fit_rows)
    view.setModel(model)
    if model.parent() is None:
        model.setParent(view)
    fit_columns(view)

    def reset() -> None:
        fit_columns(view)
        view.updateGeometry()

    model.modelReset.connect(reset)
    return view


def fit_columns(view: QTableView) -> None:
    """Size the columns to their contents (capped at MAX_COLUMN_WIDTH)."""
    view.resizeColumnsToContents()


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold section heading."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def note_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A muted explanatory line under a table."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


def section(title: str, view: QTableView, empty_text: str, note: str = "") -> QWidget:
    """A heading over a table; a plain message instead of an empty table when there are no rows."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(heading(title))
    empty = QLabel(empty_text)
    set_enum_property(empty, "alignment", "AlignCenter")
    empty.setObjectName("emptyMessage")
    layout.addWidget(view, 1)
    layout.addWidget(empty, 1)
    if note:
        layout.addWidget(note_label(note))
    if view.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Maximum:
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def sync() -> None:
        has_rows = view.model().rowCount() > 0
        view.setVisible(has_rows)
        empty.setVisible(not has_rows)

    view.model().modelReset.connect(sync)
    sync()
    return box


class ElidedLabel(QLabel):
    """A one-line label that elides its text (in the middle, for paths) instead of widening the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.updateGeometry()
        self._elide()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(MIN_ELIDED_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(elided(self.fontMetrics(), self._full, self.width(), middle=True))


class FitColumn(QWidget):
    """A column of widgets (a QVBoxLayout) that says, when its width changes, the height they need
    at that width, wrapped labels included (`needed`), so that a splitter can give it that room
    before it squeezes the list inside. It does not raise its minimum: the window stays free."""

    needed_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.needed = 0

    def need(self, width: int) -> int:
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        total = margins.top() + margins.bottom()
        inner = width - margins.left() - margins.right()
        shown = 0
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is None:
                total += item.sizeHint().height() if item is not None else 0
            elif not widget.isHidden():
                shown += 1
                if widget.hasHeightForWidth():
                    total += widget.heightForWidth(inner)
                else:
                    least = max(widget.minimumSizeHint().height(), widget.minimumHeight())
                    total += least if least > 0 else max(0, widget.sizeHint().height())
        return total + max(0, shown - 1) * max(0, layout.spacing())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        needed = self.need(self.width())
        if needed != self.needed:
            self.needed = needed
            self.needed_changed.emit(needed)


class LazyTab(QWidget):
    """A tab page whose content is built the first time it is shown (or asked for); `built` is
    emitted then."""

    built = Signal()

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None,
                 after_paint: bool = False) -> None:
        """With `after_paint`, a first show builds the content once the window has been painted
        (the next turn of the event loop), so a pane below the fold does not delay the window."""
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._later: QTimer | None = None
        self._note: QLabel | None = None  # why the content cannot be read now
        self._retry: QTimer | None = None
        if after_paint:
            self._later = QTimer(self)
            self._later.setSingleShot(True)
            self._later.setInterval(0)
            self._later.timeout.connect(self._build_if_shown)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        """The tab's content, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            if self._note is not None:
                self._note.hide()
            self._layout.addWidget(self._content)
            built = getattr(self.window(), "lazy_tab_built", None)  # the View menu's zoom
            if built is not None:
                built(self._content)
            self.built.emit()
        return self._content

    def _build_if_shown(self) -> None:
        if self.isVisible() and self._content is None:  # not after the window closed
            try:
                self.content()
            except WorkspaceError as exc:  # e.g. a team workspace offline: say so, try again
                self._unavailable(error_text(exc))

    def retry(self) -> None:
        """Try again now to build content that could not be read (the server is back)."""
        if self._note is not None and self._content is None:
            self._build_if_shown()

    def _unavailable(self, reason: str) -> None:
        """The content cannot be read now: a note in its place, and another try every
        RETRY_MS while the page is shown (a server back online)."""
        if self._note is None:
            self._note = QLabel(self)
            self._note.setObjectName("lazyTabUnavailable")
            self._note.setWordWrap(True)
            set_enum_property(self._note, "alignment", "AlignCenter")
            self._layout.addWidget(self._note)
            self._retry = QTimer(self)
            self._retry.setSingleShot(True)
            self._retry.setInterval(RETRY_MS)
            self._retry.timeout.connect(self._build_if_shown)
        self._note.setText(QCoreApplication.translate(
            "LazyTab", "This pane cannot be shown now: %1").replace("%1", reason))
        self._note.show()
        if self._retry is not None:
            self._retry.start()

    def showEvent(self, event: QShowEvent) -> None:
        shown = self.window().windowHandle()  # (on screen: what Qt.WidgetAttribute.WA_Mapped says)
        if self._later is not None and self._content is None \
                and not (shown is not None and shown.isExposed()):
            pass  # the window's first paint comes first: paintEvent starts the build after it
        else:
            self._build_if_shown()  # shown later (the window is up): built before it paints
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._later is not None and self._content is None and not self._later.isActive():
            self._later.start()  # painted empty with the window's first paint: built right after


_named_splitters: list[QSplitter] = []  # made by named_splitter, not yet taken by the View controller


def named_splitter(orientation: Literal["Horizontal", "Vertical"], name: str, parent: QWidget) -> QSplitter:
    """A splitter whose sizes the window keeps in its settings under `name` (ui/view_actions.py).
    It is listed here as it is made, so that the View controller finds it without findChildren:
    PySide's findChildren makes a Python object of every widget in a tab to test its type, which
    cost the first paint ~4 ms. (`orientation` by name, and made without a parent then given one:
    the first paint's splitters must not set up Qt's enums, ui/qt_free.py.)"""
    splitter = QSplitter()
    splitter.setParent(parent)
    set_enum_property(splitter, "orientation", orientation)
    splitter.setObjectName(name)
    _named_splitters.append(splitter)
    return splitter


def take_named_splitters(root: QWidget) -> list[QSplitter]:
    """The splitters made by named_splitter inside `root` that were not taken before; each is
    taken once. Splitters deleted meanwhile are dropped."""
    taken: list[QSplitter] = []
    kept: list[QSplitter] = []
    for splitter in _named_splitters:
        try:
            inside = root is splitter or root.isAncestorOf(splitter)
        except RuntimeError:  # its widget was deleted
            continue
        (taken if inside else kept).append(splitter)
    _named_splitters[:] = kept
    return taken
