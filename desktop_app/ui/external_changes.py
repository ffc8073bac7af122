"""Changes made to the open workspace by someone else: another PM on the team workspace, or
`csp-desk ranking set` / `csp-desk import` in a terminal while the window is open.

Every committed change appends a change-log row, so the window remembers the newest row it has
shown. A workspace that can notify (`watch()`, a server) calls back from a background thread; the
call is marshalled to the GUI thread with a queued signal. A file cannot notify: the window then
looks every two seconds and whenever it is activated. When rows of others are there, the views
re-read the workspace in place (the current tab, selection and scroll stay where they can) and the
undo history is KEPT: every undo or redo is compare-and-set against what this user left, so one
whose value someone else changed since is refused and explained (commands/base.py). The status
bar says who changed what, rendered from the rows ("Ann moved Amazon to 1 at 14:02").
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QWidget

from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.change_log_text import LineLabels
from desktop_app.ui.change_text import describe, reader_names
from desktop_app.ui.formats import fill
from desktop_app.ui.widgets import LazyTab

if TYPE_CHECKING:
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.ui.main_window import MainWindow

POLL_MS = 2000
STATUS_MS = 15000
RECENT_S = 5.0


class _Notifier(QObject):
    """Carries the workspace's notification from its background thread to the GUI thread."""

    changed = Signal()


class ExternalChangeWatcher(QObject):
    """Keeps `window` showing what its workspace holds, whoever wrote it."""

    def __init__(self, window: MainWindow, since: int | None = None) -> None:
        """`since`: the newest change-log row the window showed when it was built (made after the
        first paint, rows written in between are news); None: the newest row now."""
        super().__init__(window)
        self._window = window
        self.known = -1
        self._own: set[int] = set()  # change-log rows written by this window's commands
        self.recent: tuple[float, list[ChangeLogEntry]] = (0.0, [])  # the last refresh's news
        window.undo_stack.indexChanged.connect(self.remember)  # the window's own writes
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)
        self._notifier = _Notifier(self)
        self._notifier.changed.connect(self._notified, Qt.ConnectionType.QueuedConnection)
        self._stop_watching: Callable[[], None] | None = None
        self.watch(since)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # coming back to the window from the terminal
            app.applicationStateChanged.connect(self._on_application_state)

    @property
    def watching(self) -> bool:
        """True when the workspace notifies (no polling)."""
        return self._stop_watching is not None

    def watch(self, since: int | None = None) -> None:
        """Follow the window's (possibly new) workspace from what it holds now (or from change-log
        row `since`): its notifications, else the poll timer."""
        self.stop()
        self.known = self._newest() if since is None else since
        self._own.clear()
        try:
            self._stop_watching = self._window.workspace.watch(self._notifier.changed.emit)
        except WorkspaceError:
            self._stop_watching = None
        if self._stop_watching is None:
            self._timer.start()

    def stop(self) -> None:
        """Stop watching and polling (the window closes, or follows another workspace)."""
        self._timer.stop()
        stop, self._stop_watching = self._stop_watching, None
        if stop is not None:
            try:
                stop()
            except Exception:  # noqa: BLE001 - stopping a listener is best effort
                pass

    def _notified(self) -> None:
        if not self.check():
            QTimer.singleShot(250, self.check)  # a dialog or cell editor was open: look again

    def _newest(self) -> int:
        try:
            return self._window.workspace.last_change_id()
        except WorkspaceError:
            return -1  # unreadable for now (locked, closed, offline): try again later

    def remember(self, index: int | None = None) -> None:
        """The window's own edit was written (an undo command moved the stack to `index`; None: a
        write outside the undo stack, the newest row): the rows it wrote are not news; rows of
        others in between are shown at once."""
        if index is None:
            newest = self._newest()
            if newest > 0:
                self._own.add(newest)
        try:
            stack = self._window.undo_stack
            for at in (stack.index() - 1, stack.index()):
                command = stack.command(at) if 0 <= at < stack.count() else None
                written = getattr(command, "written_after", -1)
                if isinstance(written, int) and written > 0:
                    self._own.add(written)
        except RuntimeError:  # the window is being destroyed
            return
        try:
            entries = self._window.workspace.changes_after(self.known) if self.known >= 0 else []
        except WorkspaceError:
            return
        if any(e.entry_id not in self._own for e in entries):
            QTimer.singleShot(0, self.check)
        elif entries:
            self.known = entries[-1].entry_id

    def others(self) -> list[ChangeLogEntry]:
        """The rows written by others since the window last showed the workspace, oldest first."""
        try:
            entries = self._window.workspace.changes_after(max(self.known, 0))
        except WorkspaceError:
            return []
        return [e for e in entries if e.entry_id not in self._own]

    def names(self) -> tuple[dict[str, str], LineLabels | None]:
        """The companies' names and the scorecard lines' labels in the window's language (none
        where the workspace cannot be read now)."""
        try:
            return reader_names(self._window.workspace)
        except WorkspaceError:
            return {}, None

    def check(self, announce: bool = True) -> bool:
        """Show others' changes made since; True if there were any. Not while offline: the view
        stays as it was until the workspace is reached again (ui/presence.py)."""
        if getattr(getattr(self._window, "presence", None), "offline", False):
            return False
        if (QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None
                or _editing_a_cell()):
            return False  # a dialog or a cell editor holds on to what a refresh would replace
        newest = self._newest()
        if newest < 0 or newest <= self.known:
            return False
        self.refresh(announce)
        return True

    def quiet_check(self) -> bool:
        """`check` without a status message (the window is showing why a write was refused)."""
        return self.check(announce=False)

    def refresh(self, announce: bool = True) -> list[ChangeLogEntry]:
        """Re-read the workspace into the views now (undo history kept); others' rows shown."""
        entries = self.others() if self.known >= 0 else []
        newest = self._newest()
        refresh_views(self._window, entries)
        if newest >= 0:
            self.known = newest
        if entries:
            self.recent = (time.monotonic(), entries)
        if announce and entries:
            self._window.statusBar().showMessage(fill(QCoreApplication.translate(
                "ExternalChanges", "Changed by others: %1. Shown as it is now; your undo history is kept."),
                describe(entries, *self.names())), STATUS_MS)
        return entries

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            QTimer.singleShot(0, self.check)


def refresh_views(window: MainWindow, entries: list[ChangeLogEntry]) -> None:
    """Every built tab re-reads the workspace in place: `others_changed(entries)` where a tab has
    it (the Ranking tab keeps a rationale being typed that `entries` changed; the Scorecards tab
    keeps its quarter, cell and scroll), else what it does when the coverage changes."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if isinstance(page, LazyTab) and not page.is_built:
            continue  # built later from the workspace as it is then
        content = window.tab_page(index)
        for name in ("others_changed", "reload_coverage", "reload_companies", "refresh"):
            method = getattr(content, name, None)
            if callable(method) and name == "others_changed":
                method(entries)
                break
            if callable(method):
                method()
                break


def reload_after_conflict(window: MainWindow, message: str) -> None:
    """A write of the window was refused because someone else changed the workspace first (or the
    window lost its hold on the file): show the workspace as it now is and say who changed what,
    e.g. "Not applied: Ann moved Amazon to 1 at 14:02". The undo history is kept, except when the
    file itself was replaced (lost hold): then it is opened again with a fresh history."""
    from desktop_app.storage.errors import LOST_HOLD, error_code

    if error_code(message) == LOST_HOLD:  # the code the message carries (ui/errors.py), not its words
        window.reload_workspace()
        said = QCoreApplication.translate(
            "ExternalChanges", "the workspace file was replaced; undo history cleared")
    else:
        watcher = window.external_changes
        entries = watcher.refresh(announce=False)
        at, shown = watcher.recent
        if not entries and time.monotonic() - at < RECENT_S:
            entries = shown  # the view was refreshed an instant ago, as the write was refused
        said = describe(entries, *watcher.names()) or QCoreApplication.translate(
            "ExternalChanges", "someone else changed it first")
    window.set_save_error(said, message)
    window.statusBar().showMessage(fill(QCoreApplication.translate(
        "ExternalChanges", "Not applied: %1. Shown as it is now."), said), 2 * STATUS_MS)


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
