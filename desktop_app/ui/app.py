"""Start the GUI: the QApplication, the workspace and the main window.

`run_gui(path)` is what the command line calls. With `quit_after_paint=True` it exits with 0 right
after the main window's first paint (a start-up smoke test and timing probe) and prints errors to
stderr instead of showing a dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop_app import __version__
from desktop_app.ui.settings import APPLICATION, ORGANIZATION

ICON_FILE = "icons/csp-desk.svg"


class _QuitAfterFirstPaint(QObject):
    """Quits the application once any widget of `window` has been painted."""

    def __init__(self, app: QCoreApplication, window: QWidget) -> None:
        super().__init__(app)
        self._app = app
        self._window = window
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            not self.painted
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self.painted = True
            QTimer.singleShot(0, self._app.quit)
        return False


def _app_icon() -> QIcon:
    try:
        from desktop_app.paths import resources_dir

        path = resources_dir() / ICON_FILE
    except FileNotFoundError:
        return QIcon()
    return QIcon(str(path)) if path.is_file() else QIcon()


def application() -> QApplication:
    """The QApplication (created if needed) with CSP Desk's names, version and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(_app_icon())
    return app


def run_gui(workspace: Path, quit_after_paint: bool = False) -> int:
    """Open `workspace` in the main window and run the event loop; the exit code to return."""
    app = application()
    from desktop_app.storage.workspace import Workspace, WorkspaceError

    try:
        opened = Workspace.open(Path(workspace))
    except WorkspaceError as exc:
        title = QCoreApplication.translate("run_gui", "Cannot open workspace")
        message = QCoreApplication.translate("run_gui", "%1\n\n%2").replace("%1", str(exc)).replace(
            "%2", str(workspace))
        if quit_after_paint:
            print(f"{title}: {exc} ({workspace})", file=sys.stderr)
        else:
            QMessageBox.critical(None, title, message)
        return 1

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(opened)
    if quit_after_paint:
        app.installEventFilter(_QuitAfterFirstPaint(app, window))
    window.show()
    code = app.exec()
    if window.isVisible():
        window.close()
    return code
