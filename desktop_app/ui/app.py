"""Start the GUI: the QApplication, the workspace and the main window.

`run_gui(path)` is what the command line calls. With `quit_after_paint=True` it exits with 0 right
after the main window's first paint (a start-up smoke test and timing probe) and prints errors to
stderr instead of showing a dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__
from desktop_app.ui.settings import APPLICATION, ORGANIZATION

ICON_FILE = "icons/csp-desk.svg"


class _AfterFirstPaint(QObject):
    """Runs `action` (once) right after the first paint of any widget of `window`."""

    def __init__(self, app: QCoreApplication, window: QWidget, action: Callable[[], object]) -> None:
        super().__init__(app)
        self._window = window
        self._action: Callable[[], object] | None = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            self._action is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            action, self._action = self._action, None
            QTimer.singleShot(0, action)
        return False


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


def bring_forward(window: QWidget) -> None:
    """Show `window` in front (another start on the same workspace asked for it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def run_gui(workspace: Path, quit_after_paint: bool = False) -> int:
    """Open `workspace` in the main window and run the event loop; the exit code to return.

    Another window already on that workspace is brought forward instead (exit 0); a damaged file
    is reported with a choice (see ui/startup.py)."""
    app = application()
    from desktop_app.ui.startup import open_for_window

    opened = open_for_window(Path(workspace), quiet=quit_after_paint)
    if isinstance(opened, int):
        return opened

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(opened.workspace)
    guard = opened.guard
    window.instance_guard = guard
    guard.raise_requested.connect(lambda: bring_forward(window))
    # Other starts are answered once the window is up: the local server is not start-up work.
    app.installEventFilter(_AfterFirstPaint(app, window, guard.listen))
    if quit_after_paint:
        app.installEventFilter(_QuitAfterFirstPaint(app, window))
    if opened.notice:
        window.statusBar().showMessage(opened.notice, 15000)
    window.show()
    try:
        code = app.exec()
        if window.isVisible():
            window.close()
    finally:
        current = getattr(window, "instance_guard", guard)
        current.release()
        if current is not guard:
            guard.release()
    return code
