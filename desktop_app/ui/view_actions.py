"""The View menu: find rows in a table (Ctrl+F) and zoom the tables' text (Ctrl+= / Ctrl+- / Ctrl+0);
and the splitters' sizes, kept in the settings.

Find opens a find bar at the bottom of the window for the table that has the focus (else the
largest table on the tab in front): typing hides the rows that do not contain the text in any
shown column; Escape or the bar's close button shows every row again. The zoom applies to every
table and list in the window, also to tabs built later (LazyTab calls `lazy_tab_built`), and is
kept in the settings file. Every named splitter of a tab gets back the sizes it was left at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QWidget,
)

from desktop_app.ui.widgets import ROW_PADDING, DataTable

KEY_ZOOM = "view/table_zoom"
KEY_SPLITTER = "splitters/%s"  # the splitter's object name
ZOOM_STEP = 0.1  # each step is a tenth of the normal text size
MIN_ZOOM, MAX_ZOOM = -4, 10
BASE_FONT = "cspDeskZoomBase"  # the view's own font before any zoom (a dynamic property)


def _zoom_from(settings: QSettings) -> int:
    try:
        step = int(str(settings.value(KEY_ZOOM, 0)))  # an int, or text in an INI file
    except (TypeError, ValueError):
        step = 0
    return max(MIN_ZOOM, min(MAX_ZOOM, step))


def zoom_view(view: QAbstractItemView, step: int) -> None:
    """Show `view`'s text at its own size × (1 + step / 10); rows follow the text height."""
    base = view.property(BASE_FONT)
    if not isinstance(base, QFont):
        if step == 0:
            return  # never zoomed: nothing to do
        base = QFont(view.font())
        view.setProperty(BASE_FONT, base)
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * (1 + step * ZOOM_STEP))
    view.setFont(font)
    if isinstance(view, QTableView):
        view.horizontalHeader().setFont(font)
        if isinstance(view, DataTable):
            view.verticalHeader().setDefaultSectionSize(QFontMetrics(font).height() + ROW_PADDING)
        view.resizeColumnsToContents()
        view.updateGeometry()
    elif isinstance(view, QListView):
        view.doItemsLayout()
        view.updateGeometry()


class FindBar(QToolBar):
    """Hides the rows of one table that do not contain the typed text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.view: QTableView | None = None
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(self.tr("Find rows:"), box)
        self.edit = QLineEdit(box)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Text in any column (English or 中文)…"))
        self.label.setBuddy(self.edit)
        self.count = QLabel(box)
        self.count.setObjectName("findCount")
        close = QToolButton(box)
        close.setObjectName("findClose")
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar and show every row (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.addWidget(box)
        self.edit.textChanged.connect(self.apply)
        self.edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return False

    def find_in(self, view: QTableView) -> None:
        """Show the bar for `view` and put the cursor in it (the text stays for the same table)."""
        if view is not self.view:
            self._detach()
            self.view = view
            model = view.model()
            if model is not None:
                for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                    signal.connect(self.apply)
            view.destroyed.connect(self._forget)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.apply()

    def _forget(self) -> None:
        self.view = None

    def _detach(self) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                try:
                    signal.disconnect(self.apply)
                except (RuntimeError, TypeError):
                    pass
        for row in range(model.rowCount() if model is not None else 0):
            view.setRowHidden(row, False)

    def apply(self, *_args: object) -> None:
        """Hide the rows of the table that do not contain the text (case-insensitive)."""
        view = self.view
        model = view.model() if view is not None else None
        if view is None or model is None:
            self.count.setText("")
            return
        wanted = self.edit.text().strip().casefold()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        shown = 0
        for row in range(model.rowCount()):
            match = not wanted or any(
                wanted in str(model.index(row, c).data() or "").casefold() for c in columns)
            view.setRowHidden(row, not match)
            shown += match
        self.count.setText(self.tr("%1 of %2 rows").replace("%1", str(shown)).replace(
            "%2", str(model.rowCount())))

    def close_bar(self) -> None:
        view = self.view
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._detach()
        self.hide()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)


class ViewActions(QObject):
    """The View menu's actions and their state for one MainWindow."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings
        self.zoom = _zoom_from(settings)
        self._find_bar: FindBar | None = None  # made at the first Ctrl+F, not for the first paint

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            self._find_bar = FindBar(self.window)
            self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
        return self._find_bar

    def tab_built(self, root: QWidget) -> None:
        """A tab was just built: its tables at the zoom, its splitters at their remembered sizes."""
        self.apply_zoom(root)
        self.remember_splitters(root)

    def remember_splitters(self, root: QWidget) -> None:
        for splitter in root.findChildren(QSplitter):
            name = splitter.objectName()
            if not name or splitter.property("cspDeskRemembered"):
                continue
            splitter.setProperty("cspDeskRemembered", True)
            state = self._settings.value(KEY_SPLITTER % name)
            if state is not None:
                try:
                    splitter.restoreState(state)
                except TypeError:
                    pass  # not a saved state (a hand-edited settings file): the tab's own sizes
            splitter.splitterMoved.connect(
                lambda _pos, _index, s=splitter, n=name: self._settings.setValue(
                    KEY_SPLITTER % n, s.saveState()))

    def set_zoom(self, step: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, step))
        self._settings.setValue(KEY_ZOOM, self.zoom)
        self.apply_zoom(self.window)

    def apply_zoom(self, root: QWidget) -> None:
        """Zoom every table and list under `root` (the window, or a tab just built)."""
        views = [root] if isinstance(root, QAbstractItemView) else []
        for view in [*views, *root.findChildren(QAbstractItemView)]:
            if isinstance(view, (QTableView, QListView)):
                zoom_view(view, self.zoom)

    def target_table(self) -> QTableView | None:
        """The table with the focus, else the largest visible table in the window."""
        focus: QWidget | None = self.window.focusWidget()
        while focus is not None and focus is not self.window:
            if isinstance(focus, QTableView):
                return focus
            focus = focus.parentWidget()
        tables = [t for t in self.window.findChildren(QTableView) if t.isVisible() and t.model() is not None]
        return max(tables, key=lambda t: t.width() * t.height(), default=None)

    def find(self) -> None:
        view = self.target_table()
        if view is not None:
            self.find_bar.find_in(view)

    def _add(self, menu: QMenu, name: str, text: str, keys: list[str], tip: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def make_menu(self) -> QMenu:
        window: Any = self.window
        menu = QMenu(self.tr("&View"), window)
        menu.setObjectName("viewMenu")
        window.view_menu = menu  # View ▸ Language (ui/language_menu.py) is added to this menu
        window.action_find = self._add(
            menu, "actionFind", self.tr("&Find in Table…"), ["Ctrl+F"],
            self.tr("Show only the rows of the table in front that contain some text"), self.find)
        menu.addSeparator()
        window.action_zoom_in = self._add(
            menu, "actionZoomIn", self.tr("Zoom &In"), ["Ctrl+=", "Ctrl++"],
            self.tr("Larger text in the tables"), lambda: self.set_zoom(self.zoom + 1))
        window.action_zoom_out = self._add(
            menu, "actionZoomOut", self.tr("Zoom &Out"), ["Ctrl+-"],
            self.tr("Smaller text in the tables"), lambda: self.set_zoom(self.zoom - 1))
        window.action_zoom_reset = self._add(
            menu, "actionZoomReset", self.tr("&Actual Size"), ["Ctrl+0"],
            self.tr("The tables' text at its normal size"), lambda: self.set_zoom(0))
        bar = window.menuBar()
        actions = bar.actions()
        edit = window.edit_menu.menuAction()
        after = actions[actions.index(edit) + 1] if edit in actions[:-1] else None
        if after is None:
            bar.addMenu(menu)
        else:
            bar.insertMenu(after, menu)
        if self.zoom:
            self.apply_zoom(window)
        return menu


def install(window: Any, settings: QSettings) -> QMenu:
    """Add the View menu (after Edit) to the window's menu bar."""
    controller = ViewActions(window, settings)
    window.view_actions = controller
    window.lazy_tab_built = controller.tab_built
    return controller.make_menu()
