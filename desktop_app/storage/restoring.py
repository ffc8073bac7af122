"""Putting a backup back, so that a failed restore moves nothing.

Every restore first copies the backup (read `immutable`, checked with `PRAGMA integrity_check`)
into a temporary file beside the workspace (`.<name>.restore-<pid>-…`), syncs it and verifies the
copy with `integrity_check` again. Only then is the current file touched: replaced in one rename
(`restore_file`, the window's File ▸ Restore, after its "Before restore" backup), moved aside to
`<name>.damaged-*` first (`restore_over_damaged`, the start-up question about a damaged file), or
not there at all (`restore_missing`). A full disk or a damaged backup fails while the copy is made:
the workspace is then exactly where and what it was, and the message says why.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.files import fsync_file, fsync_folder, move_no_clobber, temp_name
from desktop_app.storage.backups import remove_leftovers, restore_prefix
from desktop_app.storage.connection import connect_immutable
from desktop_app.storage.errors import (
    DiskFullError,
    SaveError,
    WorkspaceError,
    classify,
    describe,
    files_size,
    message_of,
)
from desktop_app.storage.integrity import (
    SIDE_SUFFIXES,
    integrity_check,
    remove_with_side_files,
    set_aside,
)

_COULD_NOT_RESTORE = QT_TRANSLATE_NOOP("StorageErrors", "Could not restore %1: %2")


def verified_copy(backup: Path, workspace: Path) -> Path:
    """A complete, synced and verified copy of `backup` in a temporary file beside `workspace`;
    the caller moves it into place or deletes it. WorkspaceError if the backup is damaged,
    DiskFullError / SaveError if the copy cannot be written; nothing is left behind then."""
    backup, workspace = Path(backup), Path(workspace)
    problems = integrity_check(backup, immutable=True)
    if problems:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The backup %1 is damaged (%2); choose another one. Nothing was "
            "restored.").arg(backup.name, problems[0]))
    remove_leftovers(workspace)
    temp = temp_name(workspace.parent, restore_prefix(workspace))
    try:
        source = connect_immutable(backup)
        try:
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        fsync_file(temp)
    except (OSError, sqlite3.Error) as exc:
        remove_with_side_files(temp)
        full = classify(exc, QT_TRANSLATE_NOOP("StorageErrors", "restoring %1").arg(backup.name),
                        workspace.parent, files_size(backup))
        if full is not None:
            raise DiskFullError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Nothing was restored; the workspace was not moved. %1").arg(
                    message_of(full)), full.needed, full.free) from exc
        reason = describe(exc) if isinstance(exc, sqlite3.Error) else (exc.strerror or str(exc))
        raise SaveError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Could not restore %1: %2. Nothing was restored; the workspace was not "
            "moved.").arg(backup.name, reason)) from exc
    try:
        problems = integrity_check(temp, immutable=True)
    except WorkspaceError:
        remove_with_side_files(temp)
        raise
    if problems:
        remove_with_side_files(temp)
        raise SaveError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The restored copy of %1 failed SQLite's integrity check (%2); nothing "
            "was restored.").arg(backup.name, problems[0]))
    return temp


def restore_file(backup: Path, workspace: Path) -> None:
    """Put the contents of `backup` in place of the (closed) workspace file in one rename, once a
    verified copy is complete beside it. WorkspaceError if the backup is damaged, the copy cannot
    be written, or the workspace still has unwritten changes in its -wal file (another program
    has it open); the workspace is then left as it was."""
    backup, workspace = Path(backup), Path(workspace)
    wal = Path(f"{workspace}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is still open in another program; close it and try again.").arg(workspace))
    temp = verified_copy(backup, workspace)
    try:
        for suffix in SIDE_SUFFIXES:
            Path(f"{workspace}{suffix}").unlink(missing_ok=True)
        os.replace(temp, workspace)
    except OSError as exc:
        remove_with_side_files(temp)
        raise SaveError(_COULD_NOT_RESTORE.arg(backup.name, exc.strerror or str(exc))) from exc
    fsync_folder(workspace.parent)


def restore_over_damaged(backup: Path, workspace: Path) -> Path:
    """Move the damaged `workspace` aside (`<name>.damaged-*`, never overwritten) and put `backup`
    in its place; the damaged file's new path. The damaged file is moved only once the restored
    copy is complete and verified beside it; if anything fails, nothing has moved."""
    backup, workspace = Path(backup), Path(workspace)
    temp = verified_copy(backup, workspace)
    try:
        aside = set_aside(workspace)
    except WorkspaceError:
        remove_with_side_files(temp)
        raise
    try:
        move_no_clobber(temp, workspace)
    except OSError as exc:
        remove_with_side_files(temp)
        _put_back(aside, workspace)
        raise SaveError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Could not restore %1: %2. The damaged file was left where it was.").arg(
                backup.name, exc.strerror or str(exc))) from exc
    fsync_folder(workspace.parent)
    return aside


def restore_missing(backup: Path, workspace: Path) -> None:
    """Put `backup` at the path of a workspace that is not there (it was set aside or deleted).
    WorkspaceError if a file appeared there meanwhile (it is left alone) or the restore fails."""
    backup, workspace = Path(backup), Path(workspace)
    temp = verified_copy(backup, workspace)
    try:
        move_no_clobber(temp, workspace)
    except FileExistsError as exc:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "A file appeared at %1 meanwhile; it was left alone and nothing was "
            "restored.").arg(workspace)) from exc
    except OSError as exc:
        raise SaveError(_COULD_NOT_RESTORE.arg(backup.name, exc.strerror or str(exc))) from exc
    finally:
        remove_with_side_files(temp)
    fsync_folder(workspace.parent)


def _put_back(aside: Path, workspace: Path) -> None:
    for suffix in ("", *SIDE_SUFFIXES):
        moved = Path(f"{aside}{suffix}")
        if moved.exists():
            try:
                move_no_clobber(moved, Path(f"{workspace}{suffix}"))
            except OSError:
                pass
