"""CSP Desk's icon for the application's windows and dialogs.

It is set once, when first needed: right after the main window's first paint (run_gui), or before a
dialog shown at start-up (ui/startup.py, ui/crash_dialog.py). Not earlier, because the first use of
QIcon makes PySide build its enums (150 theme icons and more) and the icon is read from its SVG
file: start-up work the first frame does not show (the window manager takes the icon a moment
after the window appears).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

ICON_FILE = "icons/csp-desk.svg"

def app_icon() -> QIcon:
    """The icon read from resources/ (an empty icon where the file is missing)."""
    from PySide6.QtGui import QIcon

    try:
        from desktop_app.paths import resources_dir

        path = resources_dir() / ICON_FILE
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


def set_icon() -> None:
    """Give the application (and so every window and dialog without one of its own) CSP Desk's
    icon, unless it has one already."""
    if isinstance(QApplication.instance(), QApplication) and QApplication.windowIcon().isNull():
        QApplication.setWindowIcon(app_icon())
