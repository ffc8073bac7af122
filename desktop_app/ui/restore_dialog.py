"""File ▸ Restore from Backup…: the backups of the open workspace, newest first, with when each was
taken (local time and age), why, the ranking it holds and its latest change, so the PM can tell
them apart before restoring one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.files import size_text
from desktop_app.storage import backups
from desktop_app.storage.backup_records import Backup, BackupSummary
from desktop_app.ui.backup_actions import age_text, kind_text, local_time
from desktop_app.ui.errors import translated
from desktop_app.ui.models.table import Column, RowTableModel
from desktop_app.ui.widgets import make_table, note_label

Row = tuple[Backup, BackupSummary]


def _change_time(summary: BackupSummary) -> str:
    try:
        return local_time(datetime.fromisoformat(summary.last_change_at.replace("Z", "+00:00")))
    except ValueError:
        return ""


def _change_text(summary: BackupSummary) -> str:
    """The backup's latest change in the window's language (its stored summary where it cannot be
    rendered from its detail)."""
    from desktop_app.domain.change_log_text import describe

    return describe(summary.last_change_kind, summary.last_change_detail, summary.last_change, translated)


class BackupListModel(RowTableModel[Row]):
    """One row per backup: taken (local), age, kind, ranking, latest change, size."""

    def __init__(self, rows: list[Row], now: datetime | None = None, parent: QWidget | None = None) -> None:
        moment = now or datetime.now(UTC)
        columns: list[Column[Row]] = [
            Column(self.tr("Taken"), lambda r: local_time(r[0].taken_at),
                   tooltip=lambda r: r[0].taken_at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                   header_tooltip=self.tr("When the backup was made, in this computer's time zone")),
            Column(self.tr("Age"), lambda r: age_text(r[0].taken_at, moment)),
            Column(self.tr("Kind"), lambda r: kind_text(r[0].reason)),
            Column(self.tr("Ranking"), lambda r: " > ".join(r[1].ranking),
                   header_tooltip=self.tr("The preference order saved in the backup")),
            Column(self.tr("Latest change in it"), lambda r: _change_text(r[1]),
                   tooltip=lambda r: _change_time(r[1])),
            Column(self.tr("Size"), lambda r: translated(size_text(r[0].size)), numeric=True),
        ]
        super().__init__(rows, columns, parent)


def backup_rows(workspace: Path) -> list[Row]:
    return [(b, backups.summarize(b.path)) for b in backups.list_backups(workspace)]


class RestoreDialog(QDialog):
    """Pick a backup to restore; `selected()` is the chosen one after Accepted."""

    def __init__(self, workspace: Path, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.model = BackupListModel(backup_rows(workspace), now, self)
        self.view = make_table(self.model)
        self.view.setObjectName("backupList")
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        folder = backups.backup_dir(workspace)
        intro = QLabel(self.tr("Backups of %1, newest first. Restoring replaces the whole workspace "
                               "with the backup; the current state is backed up first (“Before "
                               "restore”), so restoring that one undoes it.").replace("%1", workspace.name))
        intro.setWordWrap(True)
        where = note_label(self.tr("Folder: %1").replace("%1", str(folder)))
        where.setObjectName("backupFolder")
        self.empty = QLabel(self.tr("There are no backups yet. CSP Desk makes one at most every 30 "
                                    "minutes while you work, and when you close the window."))
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(self.tr("Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(where)
        layout.addWidget(self.buttons)
        has_rows = self.model.rowCount() > 0
        self.view.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.view.selectRow(0)
        self.view.selectionModel().selectionChanged.connect(self._update)
        self.view.doubleClicked.connect(lambda _index: self.accept())
        self._update()
        self.resize(980, 420)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Backup | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(rows[0].row())[0]

    def select_path(self, path: Path) -> bool:
        """Select the backup stored at `path` (tests, scripting)."""
        for number, (backup, _) in enumerate(self.model.rows()):
            if backup.path == path:
                self.view.selectRow(number)
                return True
        return False
