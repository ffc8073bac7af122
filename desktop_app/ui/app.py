"""Start the GUI: the QApplication, the workspace and the main window.

`run_gui(path)` is what the command line calls. With `quit_after_paint=True` it exits with 0 right
after the main window's first paint (a start-up smoke test and timing probe) and prints errors to
stderr instead of showing a dialog.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import __version__
from desktop_app.ui import app_icon
from desktop_app.ui.errors import error_text
from desktop_app.ui.settings import APPLICATION, ORGANIZATION

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.single_instance import InstanceGuard

class _AfterFirstPaint(QObject):
    """Runs `action` once, right after `window`'s first paint.

    It filters the window's own events only. (An application-wide filter would see every event of
    every widget, and PySide would set up a Python wrapper type for each kind of object and event
    passed to it: a large part of the start-up time.) The window is painted first in a repaint,
    its children in the same pass, before `action` runs from the event loop."""

    def __init__(self, window: QWidget, action: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._action: Callable[[], object] | None = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if self._action is not None and watched is self._window and event.type() == QEvent.Type.Paint:
            action, self._action = self._action, None
            QTimer.singleShot(0, action)
            QTimer.singleShot(0, lambda: self._window.removeEventFilter(self))
        return False


def application(icon: bool = True) -> QApplication:
    """The QApplication (created if needed) with CSP Desk's names, version and, with `icon`, its
    icon (run_gui sets the icon right after the window's first paint: ui/app_icon.py)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    if icon:
        app_icon.set_icon()
    return app


def bring_forward(window: QWidget) -> None:
    """Show `window` in front (another start on the same workspace asked for it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def _started() -> None:
    """The window is up: what start-up created stays for good, so the garbage collector (which the
    command line turned off while starting) may skip it from now on."""
    import gc

    gc.freeze()
    gc.enable()


def _preload_charts_later() -> None:
    """The charts' libraries are imported in the background a moment after the first paint
    (ui/chart_preload.py), so the first chart shown does not wait for them."""
    from desktop_app.ui import chart_preload

    QTimer.singleShot(chart_preload.START_DELAY_MS, chart_preload.start)


def start_window(workspace: Path | str, quiet: bool = False, after_paint: bool = False) -> MainWindow | int:
    """The start-up path without the event loop: the workspace checked, locked and opened
    (ui/startup.py), and the main window built on it (not shown yet); or the exit code when it
    cannot start (the reason was told: a dialog, or stderr when `quiet`). The window holds its lock
    in `instance_guard`. A workspace that cannot be read (damaged) is refused with a message.
    With `after_paint`, the caller runs the window's `finish_start()` after its first paint."""
    from desktop_app.storage.errors import WorkspaceError
    from desktop_app.ui import i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.startup import EXIT_FAILURE, open_for_window, tell
    from desktop_app.ui.widgets import LazyTab

    # The fonts before the first widget: a dialog about the workspace below, or the window.
    i18n.use_cjk_fonts(QApplication.instance())
    opened = open_for_window(workspace, quiet=quiet)  # a path, or a team workspace's URL
    if isinstance(opened, int):
        return opened

    window: MainWindow | None = None
    try:
        window = MainWindow(opened.workspace, after_paint=after_paint)
        page = window.tabs.currentWidget()
        if isinstance(page, LazyTab):  # what the first paint shows is read now, not in showEvent
            page.content()
    except BaseException as exc:
        if window is not None:
            window.deleteLater()
        opened.workspace.close()
        opened.guard.release()
        if not isinstance(exc, WorkspaceError):
            raise
        tell(QApplication.translate("App", "Cannot open workspace"), error_text(exc), quiet)
        return EXIT_FAILURE
    window.instance_guard = opened.guard
    if opened.notice:
        window.statusBar().showMessage(opened.notice, 15000)
    return window


def set_language(app: QApplication, requested: str | None, fonts: bool = True) -> str:
    """Install the translations of the chosen language (ui/i18n.py: command line, settings, OS
    locale) and, with `fonts`, the Traditional Chinese font fallbacks; the language installed."""
    from desktop_app.ui import i18n
    from desktop_app.ui.settings import app_settings

    language = i18n.choose_language(requested, app_settings())
    if not i18n.install(app, language):
        language = i18n.ENGLISH
    if fonts:
        i18n.use_cjk_fonts(app)
    return language


def run_gui(workspace: Path | str, quit_after_paint: bool = False, language: str | None = None) -> int:
    """Open `workspace` in the main window and run the event loop; the exit code to return.

    Another window already on that workspace is brought forward instead (exit 0); a damaged file
    is reported with a choice (see ui/startup.py). An unexpected exception is logged and shown in a
    dialog naming the log (ui/crash_dialog.py); at start-up it ends the program with exit 1, later
    the window stays usable (with --quit-after-paint the exit status is 1 then too). `language`
    (en, zh_TW) overrides the saved choice and the OS locale for this start."""
    from desktop_app.ui import crash_dialog
    from desktop_app.ui.mime_globs import register_mime_globs

    register_mime_globs()  # before any MIME lookup: the workspace's files get a glob
    app = application(icon=False)
    # start_window sets the fonts, after the window's modules are imported, before the first widget.
    set_language(app, language, fonts=False)
    crash_dialog.install(quiet=quit_after_paint)
    try:
        started = start_window(workspace, quiet=quit_after_paint, after_paint=True)
    except Exception as exc:  # noqa: BLE001 - logged and shown, never a traceback
        crash_dialog.report(type(exc), exc, exc.__traceback__, quiet=quit_after_paint)
        return 1
    if isinstance(started, int):
        return started
    window = started
    guard = cast("InstanceGuard", window.instance_guard)
    guard.raise_requested.connect(lambda: bring_forward(window))
    _AfterFirstPaint(window, _started)
    if quit_after_paint:
        _AfterFirstPaint(window, app.quit)
    else:
        # Backups, the watcher of others' changes and the read-only / offline state are built in
        # the first turn of the event loop after the paint: input that arrives later waits for them.
        _AfterFirstPaint(window, window.finish_start)
        _AfterFirstPaint(window, app_icon.set_icon)
        # Other starts are answered once the window is up: the local server (QtNetwork) is not
        # start-up work. A --quit-after-paint window quits at once and never needs to answer;
        # its lock still keeps other windows off the workspace.
        _AfterFirstPaint(window, guard.listen)
        _AfterFirstPaint(window, _preload_charts_later)
    window.show()
    failures = crash_dialog.failures()
    try:
        code = app.exec()
        if window.isVisible():
            window.close()
    finally:
        current = cast("InstanceGuard", getattr(window, "instance_guard", guard))
        current.release()
        if current is not guard:
            guard.release()
    if quit_after_paint and code == 0 and crash_dialog.failures() > failures:
        return 1
    return code
