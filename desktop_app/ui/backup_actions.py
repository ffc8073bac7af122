"""Backups in the window: automatic ones while you work and on close, File ▸ Back Up Now, and
File ▸ Restore from Backup… (the list of backups with their dates, what each holds, and restore).

Automatic backups follow storage/backups.py: at most one per 30 minutes while changes happen
(the first change after a quiet half hour backs up at once; later ones are caught by a trailing
timer) and one on close when the workspace holds a change the newest backup lacks.

Restoring replaces the whole workspace, so it is not an undo command: instead the current state is
backed up first ("Before restore"), and restoring that backup undoes the restore. The window then
reopens on the restored file with an empty undo stack.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop_app.storage import backups
from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fill
from desktop_app.ui.widgets import LazyTab

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

STATUS_MS = 8000


def kind_text(reason: str) -> str:
    """How a backup's reason reads in the list."""
    texts = {
        "auto": QCoreApplication.translate("Backups", "Automatic"),
        "close": QCoreApplication.translate("Backups", "On close"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
        "before-restore": QCoreApplication.translate("Backups", "Before restore"),
    }
    return texts.get(reason, reason)


def local_time(moment: datetime) -> str:
    """`2025-08-01 14:05:09` in the computer's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def age_text(moment: datetime, now: datetime) -> str:
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 90:
        return QCoreApplication.translate("Backups", "just now")
    if seconds < 90 * 60:
        return fill(QCoreApplication.translate("Backups", "%1 min ago"), round(seconds / 60))
    if seconds < 36 * 3600:
        return fill(QCoreApplication.translate("Backups", "%1 h ago"), round(seconds / 3600))
    days = round(seconds / 86400)
    if days == 1:
        return QCoreApplication.translate("Backups", "1 day ago")
    return fill(QCoreApplication.translate("Backups", "%1 days ago"), days)


class BackupController(QObject):
    """The window's automatic backups. `clock` and `interval` can be replaced (tests) before the
    first change."""

    def __init__(
        self,
        window: MainWindow,
        clock: backups.Clock = backups.utc_now,
        interval: timedelta = backups.AUTO_INTERVAL,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.clock = clock
        self.interval = interval
        self._policy: backups.AutoBackupPolicy | None = None  # read from the folder on first change
        self.suspended = False
        self.last_error = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._trailing)
        window.undo_stack.indexChanged.connect(self._changed)

    @property
    def policy(self) -> backups.AutoBackupPolicy:
        if self._policy is None:
            latest = backups.latest_backup(self._window.workspace.path)
            self._policy = backups.AutoBackupPolicy(
                latest.taken_at if latest else None, self.interval, self.clock
            )
        return self._policy

    def now(self) -> datetime:
        return self.clock()

    def reset(self) -> None:
        """Another workspace (or a restored one) is now open: start afresh."""
        self.timer.stop()
        self._policy = None

    def _changed(self, _index: int = 0) -> None:
        if self.suspended or self._window.workspace.is_remote:  # a server keeps its own backups
            return
        policy = self.policy
        if policy.changed():
            self.backup("auto")
        elif not self.timer.isActive():
            self.timer.start(int(policy.seconds_until_due() * 1000) + 1000)

    def _trailing(self) -> None:
        policy = self.policy
        if policy.due():
            self.backup("auto")
        elif policy.pending:
            self.timer.start(int(policy.seconds_until_due() * 1000) + 1000)

    def backup(self, reason: str, thin_after: bool = True) -> Path | None:
        """Back up now; the new file, or None (the failure is shown in the status bar)."""
        try:
            path = backups.make_backup(self._window.workspace, reason, self.clock(),
                                       thin_after=thin_after)
        except (WorkspaceError, OSError) as exc:
            self.last_error = error_text(exc)
            self._window.statusBar().showMessage(
                fill(QCoreApplication.translate("Backups", "Backup failed: %1"), exc), STATUS_MS
            )
            return None
        self.last_error = ""
        self.policy.taken(self.clock())
        if reason != "auto":
            self._window.statusBar().showMessage(
                fill(QCoreApplication.translate("Backups", "Backed up to %1"), path.name), STATUS_MS
            )
        return path

    def choose_and_restore(self) -> bool:
        """File ▸ Restore from Backup…"""
        return choose_and_restore(self._window)

    def on_close(self) -> Path | None:
        """The window is closing: back up if the newest backup lacks a change."""
        self.timer.stop()
        if self._window.workspace.is_remote:
            return None  # backups are of a workspace file
        try:
            needed = backups.needs_backup(self._window.workspace)
        except (OSError, WorkspaceError):
            needed = True
        return self.backup("close") if needed else None


def _error(window: MainWindow, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(window, QCoreApplication.translate("Backups", "Restore from Backup"), message)


def _flush_pending_edits(window: MainWindow) -> None:
    """Save typing still being collected (the rationale editor pushes it in bursts)."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        content = page.content() if isinstance(page, LazyTab) and page.is_built else None
        flush = getattr(getattr(content, "editor", None), "flush", None)
        if callable(flush):
            flush()


def restore_backup(window: MainWindow, backup: Path) -> bool:
    """Back up the current state, put `backup` in place of the workspace and reopen the window on
    it. False (with a message) if anything fails; the workspace is then as it was."""
    from desktop_app.storage.restoring import restore_file
    from desktop_app.storage.workspace import Workspace

    _flush_pending_edits(window)
    controller: BackupController = window.backups
    if controller.backup("before-restore", thin_after=False) is None:
        _error(
            window,
            fill(
                QCoreApplication.translate(
                    "Backups",
                    "The current state could not be backed up first, so nothing was restored.\n\n%1",
                ),
                controller.last_error,
            ),
        )
        return False
    path = Path(window.workspace.path)
    controller.suspended = True
    try:
        window.workspace.close()
        problem = ""
        try:
            restore_file(backup, path)
        except WorkspaceError as exc:
            problem = error_text(exc)
        try:
            reopened = Workspace.open(path)
        except WorkspaceError as exc:
            _error(window, error_text(exc))
            return False
        message = (
            fill(
                QCoreApplication.translate(
                    "Backups", "Restored the backup %1. Restoring the “Before restore” backup undoes it."
                ),
                backup.name,
            )
            if not problem
            else ""
        )
        window.adopt_workspace(reopened, message)
    finally:
        controller.suspended = False
        controller.reset()
    backups.prune(path, controller.now())
    if problem:
        _error(
            window,
            fill(
                QCoreApplication.translate(
                    "Backups", "Nothing was restored; the workspace is as it was.\n\n%1"
                ),
                problem,
            ),
        )
        return False
    return True


def choose_and_restore(window: MainWindow) -> bool:
    """File ▸ Restore from Backup…: list the backups, restore the one picked."""
    from desktop_app.ui.restore_dialog import RestoreDialog

    if window.workspace.is_remote:  # the action is off; a server keeps its own backups
        return False
    dialog = RestoreDialog(window.workspace.path, window)
    if dialog.exec() != RestoreDialog.DialogCode.Accepted or dialog.selected() is None:
        return False
    chosen = dialog.selected()
    assert chosen is not None
    return restore_backup(window, chosen.path)
