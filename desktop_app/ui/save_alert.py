"""A dialog for a save that failed because of the disk or the file (disk full, I/O error,
read-only or locked file), on top of the status-bar message every failed save gets.

The dialog is window-modal but not blocking (`open()`): it appears while the undo command that
failed is still being pushed. One dialog at a time; a later failure updates its text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.storage.errors import is_storage_failure

BOX_NAME = "saveFailedBox"


def alert_text(message: str) -> str:
    return QCoreApplication.translate(
        "SaveAlert",
        "%1\n\nThe change was not kept: the workspace still holds everything saved before it. "
        "Free some disk space (or fix the problem above), then make the change again.",
    ).replace("%1", message)


def alert_save_failure(window: QWidget, message: str) -> QMessageBox | None:
    """Show (or update) the dialog when `message` is a storage failure; the dialog, else None."""
    if not is_storage_failure(message):
        return None
    box = window.findChild(QMessageBox, BOX_NAME)
    if box is None:
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("SaveAlert", "Change not saved"),
            "",
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName(BOX_NAME)
    box.setText(alert_text(message))
    if not box.isVisible():
        box.open()
    return box
