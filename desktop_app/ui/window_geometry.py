"""The main window's size, position and current tab, kept in the settings file and restored on the
next start (a first start fits the screen: at most 95 % of it)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QTabWidget

DEFAULT_SIZE = (1280, 800)
KEY_GEOMETRY = "main_window/geometry"
KEY_TAB = "main_window/tab"


def default_size(window: QMainWindow) -> tuple[int, int]:
    width, height = DEFAULT_SIZE
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.95))
        height = min(height, int(available.height() * 0.95))
    return width, height


def _tabs(window: QMainWindow) -> QTabWidget | None:
    """The window's main tabs (its `tabs`: the team workspace banner wraps them in the central
    widget), else a central tab widget."""
    tabs = getattr(window, "tabs", None) or window.centralWidget()
    return tabs if isinstance(tabs, QTabWidget) else None


def restore(window: QMainWindow, settings: QSettings) -> None:
    geometry = settings.value(KEY_GEOMETRY)
    if not (geometry and window.restoreGeometry(geometry)):
        window.resize(*default_size(window))
    tab = _stored_tab(settings) or 0
    tabs = _tabs(window)
    if tabs is not None and 0 <= tab < tabs.count():
        tabs.setCurrentIndex(tab)


def save(window: QMainWindow, settings: QSettings) -> None:
    """Write the geometry and the current tab, unless the settings already hold them: an unchanged
    file is not rewritten (Qt writes a changed one through a lock file and a synced copy, two disk
    flushes on every close)."""
    geometry = window.saveGeometry()
    tabs = _tabs(window)
    tab = tabs.currentIndex() if tabs is not None else None
    if settings.value(KEY_GEOMETRY) == geometry and (tab is None or _stored_tab(settings) == tab):
        return
    settings.setValue(KEY_GEOMETRY, geometry)
    if tab is not None:
        settings.setValue(KEY_TAB, tab)
    settings.sync()


def _stored_tab(settings: QSettings) -> int | None:
    try:
        return int(str(settings.value(KEY_TAB)))  # an int, or text in an INI file
    except (TypeError, ValueError):
        return None
