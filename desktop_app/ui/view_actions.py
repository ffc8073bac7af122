"""The View menu: find rows in a table (Ctrl+F) and zoom the tables' text (Ctrl+= / Ctrl+- / Ctrl+0);
and the splitters' sizes, kept in the settings.

Find opens a find bar at the bottom of the window for the table that has the focus (else the
largest table on the tab in front): typing hides the rows that do not contain the text in any
shown column; Escape or the bar's close button shows every row again. The zoom applies to every
table and list in the window, also to tabs built later (LazyTab calls `lazy_tab_built`), and is
kept in the settings file. Every named splitter of a tab gets back the sizes it was left at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMainWindow, QMenu, QTableView, QWidget

from desktop_app.ui.widgets import ROW_PADDING, DataTable, take_named_splitters

if TYPE_CHECKING:
    from desktop_app.ui.find_bar import FindBar

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
    elif view.inherits("QListView"):  # not isinstance: importing QListView costs the first paint
        view.doItemsLayout()
        view.updateGeometry()


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
            from PySide6.QtCore import Qt

            from desktop_app.ui.find_bar import FindBar

            self._find_bar = FindBar(self.window)
            self.window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
        return self._find_bar

    def tab_built(self, root: QWidget) -> None:
        """A tab was just built: its tables at the zoom, its splitters at their remembered sizes.
        At the normal size a new tab's tables need nothing, and looking for them is skipped: it
        makes a Python object of every widget of the tab (a cost of the first paint)."""
        if self.zoom != 0:
            self.apply_zoom(root)
        self.remember_splitters(root)

    def remember_splitters(self, root: QWidget) -> None:
        for splitter in take_named_splitters(root):
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
            if isinstance(view, QTableView) or view.inherits("QListView"):
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
        action = QAction(self.window)  # with the text as a second call: see MainWindow._action
        action.setText(text)
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
