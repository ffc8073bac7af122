"""The View menu on a real window: Ctrl+F opens a find bar that filters the rows of the table in
front, and Ctrl+= / Ctrl+- / Ctrl+0 zoom the tables' text, remembered in the settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.view_actions import KEY_ZOOM


def _window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # the shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def _shown_rows(view: QTableView) -> list[int]:
    return [r for r in range(view.model().rowCount()) if not view.isRowHidden(r)]


def test_view_menu_sits_after_edit(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:3] == ["&File", "&Edit", "&View"] and titles[-1] == "&Help"
    assert titles.count("&View") == 1  # find, zoom and Language share the one View menu
    names = [a.objectName() or (a.menu().objectName() if a.menu() else "") for a in window.view_menu.actions()]
    assert names.index("actionFind") < names.index("actionZoomIn") < names.index("languageMenu")
    assert window.view_menu.objectName() == "viewMenu"


def test_ctrl_f_filters_the_focused_table_and_escape_shows_all(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.tabs.setCurrentIndex(3)  # Research ▸ Risks & points
    research = window.tab_page(3)
    research.pages.setCurrentIndex(2)
    view = research.statements_page.view
    total = view.model().rowCount()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus, timeout=2000)
    QTest.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.view_actions.find_bar
    assert bar.isVisible() and bar.view is view
    qtbot.waitUntil(bar.edit.hasFocus, timeout=2000)
    QTest.keyClicks(bar.edit, "azure")
    shown = _shown_rows(view)
    model = view.model()
    expected = [r for r in range(total)
                if any("azure" in str(model.index(r, c).data() or "").lower()
                       for c in range(model.columnCount()) if not view.isColumnHidden(c))]
    assert shown == expected and 0 < len(shown) < total
    assert bar.count.text() == f"{len(shown)} of {total} rows"
    QTest.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and len(_shown_rows(view)) == total


def test_ctrl_f_without_a_focused_table_takes_the_largest_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.tabs.setCurrentIndex(2)  # Capex: its figures table
    capex = window.tab_page(2)
    qtbot.waitUntil(capex.figures_view.isVisible, timeout=2000)  # a tab just built shows its parts next
    window.tabs.setFocus()
    window.action_find.trigger()
    assert window.view_actions.find_bar.view is capex.figures_view


def test_zoom_changes_table_text_and_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    ranking = window.tab_page(0)
    view = ranking.history.page(0).snapshots_view
    size = view.font().pointSizeF()
    row = view.verticalHeader().defaultSectionSize()
    QTest.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    window.action_zoom_in.trigger()
    assert view.font().pointSizeF() == size * 1.2
    assert view.verticalHeader().defaultSectionSize() > row
    capex = window.tab_page(2)  # built after the zoom: zoomed too
    assert capex.figures_view.font().pointSizeF() == capex.font().pointSizeF() * 1.2
    window.save_settings()
    assert int(str(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
                   .value(KEY_ZOOM))) == 2
    window.close()
    QApplication.processEvents()

    again = _window(qtbot, tmp_path / ".." / tmp_path.name)
    view2 = again.tab_page(0).history.page(0).snapshots_view
    assert view2.font().pointSizeF() == size * 1.2
    QTest.keyClick(again, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view2.font().pointSizeF() == size * 1.1
    again.action_zoom_reset.trigger()
    assert view2.font().pointSizeF() == size
    assert view2.verticalHeader().defaultSectionSize() == row
