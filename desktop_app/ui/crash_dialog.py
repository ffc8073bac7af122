"""Unexpected exceptions in the window: a log file, a dialog that names it, and a window that stays
usable.

PySide6 hands an exception that escapes a slot or an event handler to `sys.excepthook` and goes
on with the event loop. `install()` makes that hook write the traceback to a log file
(desktop_app/crash_log.py), put back the normal cursor (a wait cursor set before the failure would
otherwise stay), and say what happened in a dialog, or on stderr with `--quit-after-paint`.
"""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.formats import fill

_state = {"busy": False, "failures": 0}


def failures() -> int:
    """How many unexpected exceptions the hook has reported in this process."""
    return int(_state["failures"])


def restore_cursor() -> None:
    """Undo every override cursor still set (a wait cursor left by the code that failed)."""
    for _ in range(100):
        if QGuiApplication.overrideCursor() is None:
            break
        QGuiApplication.restoreOverrideCursor()


def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
           quiet: bool = False) -> str:
    """Log `exc`, restore the cursor and tell the user; the message shown."""
    _state["failures"] = failures() + 1
    from desktop_app import crash_log  # only when something went wrong

    log = crash_log.write(exc_type, exc, tb, context="window")
    from desktop_app.ui.errors import error_text, translated

    message = crash_log.summary(exc, log, translated)
    if isinstance(exc, WorkspaceError):  # e.g. a tab reading a damaged workspace: said as it is
        message = f"{error_text(exc)} {crash_log.where(log, translated)}"
    restore_cursor()
    if quiet or _state["busy"] or QGuiApplication.instance() is None:
        if sys.stderr is not None:
            try:
                print(f"csp-desk: error: {message}", file=sys.stderr)
            except (OSError, ValueError):
                pass
        return message
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.app_icon import set_icon

    _state["busy"] = True  # an exception while the dialog is up goes to stderr, not a second dialog
    try:
        set_icon()  # a failure at start-up comes before the window set it
        QMessageBox.critical(
            None, QCoreApplication.translate("CrashDialog", "Unexpected error"),
            fill(QCoreApplication.translate(
                "CrashDialog", "Something went wrong that CSP Desk did not expect. Your saved work "
                "is in the workspace; what you were doing may not have finished.\n\n%1"
            ), message))
    finally:
        _state["busy"] = False
    return message


def install(quiet: bool = False) -> None:
    """Route unexpected exceptions of the event loop through `report`."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        try:
            report(exc_type, exc, tb, quiet)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            pass

    sys.excepthook = hook
