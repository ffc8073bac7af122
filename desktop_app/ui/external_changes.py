"""Changes made to the open workspace by another program (`csp-desk ranking set`, `csp-desk import`
in a terminal while the window is open).

Every committed change appends a change-log row, so the window remembers the newest row it knows
of (after each of its own edits) and looks every two seconds and whenever it is activated. When
the workspace holds newer rows, the window shows the workspace as it now is (the tabs are rebuilt)
and clears its undo history: undoing an edit made before the outside change would silently undo
part of that change too. The status bar says what changed. A write of the window refused because
another program changed the workspace first (compare-and-set) reloads the same way (main_window).
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.change_log_text import describe
from desktop_app.ui.formats import fill

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

POLL_MS = 2000
STATUS_MS = 15000


class ExternalChangeWatcher(QObject):
    """Keeps `window` showing what its workspace holds, whoever wrote it."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.known = self._newest()
        window.undo_stack.indexChanged.connect(self.remember)  # the window's own writes
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):  # coming back to the window from the terminal
            app.applicationStateChanged.connect(self._on_application_state)

    def _newest(self) -> int:
        try:
            return self._window.workspace.last_change_id()
        except (sqlite3.Error, WorkspaceError):
            return -1  # unreadable for now (locked, closed): try again later

    def remember(self) -> None:
        """The workspace as it is now is what the window shows (after its own edit, or a reload)."""
        newest = self._newest()
        if newest >= 0:
            self.known = newest

    def check(self) -> bool:
        """Reload if another program changed the workspace since; True if it did."""
        if (QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None
                or _editing_a_cell()):
            return False  # a dialog or a cell editor holds on to what a reload would replace
        newest = self._newest()
        if newest < 0 or newest <= self.known:
            return False
        window = self._window
        try:
            entries = [e for e in window.workspace.change_log(limit=newest - self.known)
                       if e.entry_id > self.known]
        except (sqlite3.Error, WorkspaceError):
            entries = []
        self.known = newest
        window.reload_workspace()
        if entries:
            latest = describe(entries[0])
            text = (
                fill(
                    QCoreApplication.translate(
                        "ExternalChanges",
                        "Changed by another program: %1. Shown as it is now; the undo history was cleared.",
                    ),
                    latest,
                )
                if len(entries) == 1
                else fill(
                    QCoreApplication.translate(
                        "ExternalChanges",
                        "Changed by another program (%1 changes, the latest: %2). Shown as it is "
                        "now; the undo history was cleared.",
                    ),
                    len(entries),
                    latest,
                )
            )
            window.statusBar().showMessage(text, STATUS_MS)
        return True

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self.check)


def refused_on_close_box(window: QWidget, message: str) -> QMessageBox:
    """Typing saved as the window closed was refused (another program changed the same rationale):
    the window stays open and this box (not shown yet) says why, rather than dropping it quietly."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ExternalChanges", "Not saved"),
        fill(
            QCoreApplication.translate(
                "ExternalChanges",
                "%1\n\nThe window stays open and shows the workspace as it is now. Make the change again "
                "if you still want it, then close the window.",
            ),
            message,
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("conflictOnCloseBox")
    return box


def _editing_a_cell() -> bool:
    """The keyboard focus is in a table's cell editor (its typing is not saved until it closes)."""
    widget: QWidget | None = QApplication.focusWidget()
    if widget is None or isinstance(widget, QAbstractItemView):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False
