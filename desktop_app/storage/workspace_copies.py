"""Copies of the open workspace: Save a Copy (`backup_to`) and the verified copies that backups
and restores are made from (`copy_into`), with SQLite's backup API, consistent while others write.

A mixin of `Workspace` (storage/workspace.py), which supplies the connection and the path.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop_app.domain.copies import copy_meta
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.files import remove_dead_temps, workspace_file_hit
from desktop_app.storage.codec import utc_now
from desktop_app.storage.connection import transaction
from desktop_app.storage.errors import SaveError, cannot_run, classify, describe, files_size
from desktop_app.storage.integrity import remove_with_side_files

_COULD_NOT_BACK_UP = QT_TRANSLATE_NOOP("StorageErrors", "Could not back up to %1: %2")


class WorkspaceCopies:
    """Whole-file copies of the workspace."""

    path: Path
    _conn: sqlite3.Connection

    def backup_to(self, dest: Path) -> None:
        """Copy the whole workspace to `dest` (a single self-contained file) with SQLite's backup API
        (File ▸ Save a Copy): the copy records in its meta rows which workspace it is a copy of and
        when it was taken (domain.copies)."""
        dest = Path(dest).expanduser()
        if workspace_file_hit(dest, self.path) is not None:
            raise SaveError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Cannot write a copy to %1: it is the workspace itself or one of its "
                "files. Choose another file name; nothing was written.").arg(dest))
        remove_dead_temps(dest.parent, f".{dest.name}.")  # what killed copies to this name left
        temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        self.copy_into(temp, dest)
        try:
            _record_origin(temp, self.path)
            os.replace(temp, dest)
        except sqlite3.Error as exc:
            remove_with_side_files(temp)
            raise SaveError(QT_TRANSLATE_NOOP("StorageErrors", "Could not write the copy %1: %2").arg(
                dest, describe(exc))) from exc
        except OSError as exc:
            remove_with_side_files(temp)
            raise SaveError(_COULD_NOT_BACK_UP.arg(dest, exc.strerror or str(exc))) from exc

    def copy_into(self, temp: Path, dest: Path | None = None) -> None:
        """Write a complete copy of the workspace into the new file `temp` (SQLite's backup API,
        consistent even while others write). SaveError, or DiskFullError saying how much room the
        copy needs, if it fails; `temp` is then removed. `dest` names the copy in messages."""
        temp = Path(temp)
        try:
            temp.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        except (OSError, sqlite3.Error) as exc:
            remove_with_side_files(temp)
            needed = self.size_on_disk()
            full = classify(exc, QT_TRANSLATE_NOOP("StorageErrors", "a backup of %1").arg(self.path.name),
                            temp.parent, needed)
            if full is not None:
                raise full from exc
            if isinstance(exc, sqlite3.Error) and not cannot_run(exc):
                raise SaveError(QT_TRANSLATE_NOOP(
                    "StorageErrors", "No backup was made: the workspace %1 is damaged (SQLite: %2). Run "
                    "`csp-desk check` for details.").arg(self.path.name, exc)) from exc
            reason = describe(exc) if isinstance(exc, sqlite3.Error) else (exc.strerror or str(exc))
            raise SaveError(_COULD_NOT_BACK_UP.arg(dest or temp, reason)) from exc

    def size_on_disk(self) -> int:
        """The workspace file plus its -wal: about what a copy of it needs."""
        return files_size(self.path, Path(f"{self.path}-wal"))


def _record_origin(copy: Path, original: Path) -> None:
    """Write the copy's origin (the original's path and name, now) into the new copy's meta rows."""
    rows = copy_meta(str(Path(original).resolve()), Path(original).name, utc_now())
    conn = sqlite3.connect(str(copy), isolation_level=None)
    try:
        with transaction(conn):
            conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                             " SET value = excluded.value", list(rows.items()))
    finally:
        conn.close()
