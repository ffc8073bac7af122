"""File ▸ Save a Copy…: a consistent copy of the open workspace file written elsewhere (the open
one stays open). A team workspace on a server has no file to copy: the action is off there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.formats import fill

STATUS_TIMEOUT_MS = 8000


def choose_copy_destination(window: Any) -> None:
    """Ask where, then write the copy."""
    if window.workspace.is_remote:  # the action is off: a server workspace is not a file
        return
    current = Path(window.workspace.path)
    suggestion = current.with_name(f"{current.stem} copy{current.suffix or '.cspdesk'}")
    from desktop_app.ui.file_dialogs import save_file_name

    chosen, _ = save_file_name(
        window, QCoreApplication.translate("MainWindow", "Save a Copy of the Workspace"),
        str(suggestion),
        QCoreApplication.translate("MainWindow", "CSP Desk workspace (*.cspdesk);;All files (*)"))
    if chosen:
        dest = Path(chosen)
        if not dest.suffix:
            dest = dest.with_suffix(".cspdesk")
        save_copy_to(window, dest)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def save_copy_to(window: Any, dest: Path) -> bool:
    """Write a consistent copy of the open workspace to `dest` (SQLite backup API)."""
    from desktop_app.storage.workspace import WorkspaceError

    title = QCoreApplication.translate("MainWindow", "Save a Copy")
    if not window.workspace.is_remote and _same_file(dest, Path(window.workspace.path)):
        QMessageBox.critical(window, title, QCoreApplication.translate(
            "MainWindow", "Choose another file: %1 is the open workspace.").replace("%1", str(dest)))
        return False
    try:
        window.workspace.backup_to(dest)
    except (WorkspaceError, ValueError, OSError) as exc:
        QMessageBox.critical(window, title, fill(QCoreApplication.translate(
            "MainWindow", "No copy was written.\n\n%1"), exc))
        return False
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("MainWindow", "Saved a copy to %1"), dest), STATUS_TIMEOUT_MS)
    return True
