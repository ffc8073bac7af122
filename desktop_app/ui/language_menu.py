"""View ▸ Language: English or 繁體中文, remembered in the settings, in effect at the next start.

The window's texts are built once (menus, tabs, headers, tooltips, and the models' cached texts),
so a change of language is saved and applies when CSP Desk starts again; the status bar says so.
`--language` on the command line still wins for one start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.ui import i18n

STATUS_TIMEOUT_MS = 15000


def install(window: Any) -> QMenu:
    """Add View ▸ Language to the window (a View menu is created before Help if there is none)."""
    view = getattr(window, "view_menu", None)
    if not isinstance(view, QMenu):
        view = QMenu(QCoreApplication.translate("LanguageMenu", "&View"), window)
        view.setObjectName("viewMenu")
        window.menuBar().insertMenu(window.help_menu.menuAction(), view)
        window.view_menu = view
    if view.actions():
        view.addSeparator()
    menu = view.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = i18n.current_language()
    window.language_actions = {}
    for language in i18n.LANGUAGES:
        action = QAction(i18n.NATIVE_NAMES[language], menu)
        action.setObjectName(f"actionLanguage_{language}")
        action.setCheckable(True)
        action.setChecked(language == current)
        action.setStatusTip(QCoreApplication.translate(
            "LanguageMenu", "Show CSP Desk in this language from the next start"))
        action.triggered.connect(lambda _checked=False, lang=language: choose(window, lang))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[language] = action
    return menu


def choose(window: Any, language: str) -> None:
    """Remember `language` for the next start and say when it takes effect."""
    i18n.save_language(window._settings, language)
    if language == i18n.current_language():
        message = QCoreApplication.translate("LanguageMenu", "The window is already in %1.")
    else:
        message = QCoreApplication.translate(
            "LanguageMenu", "CSP Desk will start in %1 next time (close and open it again to switch now).")
    window.statusBar().showMessage(message.replace("%1", i18n.NATIVE_NAMES[language]), STATUS_TIMEOUT_MS)
