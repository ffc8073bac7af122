"""Recognising a workspace file before anything writes to it.

`inspect()` only reads: the first 100 bytes of the file, then (if they are an SQLite header) a
read-only connection. A file that is not ours or was written by a newer version is refused here,
before a read-write connection could change a single byte of it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from desktop_app import APP_ID
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text
from desktop_app.storage import open_files
from desktop_app.storage.connection import connect_readonly
from desktop_app.storage.errors import (
    NewerVersionError,
    NotAWorkspaceError,
    WorkspaceError,
    cannot_run,
    classify,
    describe,
    sqlite_text,
)
from desktop_app.storage.schema_version import APPLICATION_ID, application_id, target_version, user_version

SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_SIZE = 100
SHM_SIZE = 32 * 1024  # what a reader of a WAL file may have to write beside it (SQLite's -shm)


def _kind(mode: int) -> Text | None:
    """What a file of this mode is, in words, when it is not a regular file (None when it is)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return QT_TRANSLATE_NOOP("StorageErrors", "a folder")
    if stat.S_ISFIFO(mode):
        return QT_TRANSLATE_NOOP("StorageErrors", "a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return QT_TRANSLATE_NOOP("StorageErrors", "a device")
    if stat.S_ISSOCK(mode):
        return QT_TRANSLATE_NOOP("StorageErrors", "a socket")
    return QT_TRANSLATE_NOOP("StorageErrors", "not a regular file")


def regular_file_stat(path: Path) -> os.stat_result | None:
    """`os.stat(path)`, or None when nothing is there (also a dangling link). A folder, FIFO,
    device or socket raises NotAWorkspaceError: such a file is never opened (opening a FIFO
    blocks), replaced or created over."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise WorkspaceError(_CANNOT_READ.arg(path, exc.strerror or str(exc))) from exc
    kind = _kind(info.st_mode)
    if kind is not None:
        raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is %2, not a CSP Desk workspace file. It was left unchanged; choose "
            "another file name for the workspace.").arg(path, kind))
    for suffix in ("-wal", "-shm", "-journal"):  # SQLite opens these too
        try:
            side = os.stat(f"{path}{suffix}")
        except OSError:
            continue
        kind = _kind(side.st_mode)
        if kind is not None:
            raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
                "StorageErrors", "%1 is %2, not the workspace's own file. Nothing was opened; remove "
                "it and try again.").arg(f"{path}{suffix}", kind))
    return info


def is_new(path: Path) -> bool:
    """True when there is nothing at `path` yet (or only an empty file) to be created as new.
    NotAWorkspaceError for a folder, FIFO, device or socket (see `regular_file_stat`)."""
    info = regular_file_stat(path)
    if info is None:
        return False if path.is_symlink() else True
    wal = Path(f"{path}-wal")
    return info.st_size == 0 and not (wal.exists() and wal.stat().st_size > 0)


_CANNOT_READ = QT_TRANSLATE_NOOP("StorageErrors", "Cannot read %1: %2")
_SQLITE_SAYS = QT_TRANSLATE_NOOP("StorageErrors", "SQLite says: %1")


def _not_ours(path: Path, why: str) -> NotAWorkspaceError:
    return NotAWorkspaceError(QT_TRANSLATE_NOOP(
        "StorageErrors", "%1 is not a CSP Desk workspace (%2). It was left unchanged; choose another "
        "file name for the workspace.").arg(path, why))


def newer_version_error(path: Path, version: int) -> NewerVersionError:
    return NewerVersionError(QT_TRANSLATE_NOOP(
        "StorageErrors", "%1 was saved by a newer version of CSP Desk (workspace format %2; this version "
        "reads formats up to %3). Update CSP Desk to open it. The file was not changed.").arg(
            path, version, target_version()))


def inspect(path: Path) -> int:
    """The schema version of the existing workspace at `path`, which this build can open.

    Raises NotAWorkspaceError for anything that is not a CSP Desk workspace and
    NewerVersionError for a workspace from a newer version; neither modifies the file.
    """
    regular_file_stat(path)
    try:
        head = open_files.peek(path, _HEADER_SIZE)
    except OSError as exc:
        raise WorkspaceError(_CANNOT_READ.arg(path, exc.strerror or str(exc))) from exc
    if head is not None:  # None: held open by this process, so already known to be ours
        if len(head) < _HEADER_SIZE or not head.startswith(SQLITE_MAGIC):
            raise _not_ours(path, QT_TRANSLATE_NOOP("StorageErrors", "not an SQLite database"))
        header_app = int.from_bytes(head[68:72], "big", signed=True)
        if header_app not in (0, APPLICATION_ID):
            raise _not_ours(path, QT_TRANSLATE_NOOP("StorageErrors", "a database of another application"))
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        raise cannot_read(path, exc) from exc
    try:
        if application_id(conn) != APPLICATION_ID:
            raise _not_ours(path, QT_TRANSLATE_NOOP(
                "StorageErrors", "an SQLite database of another application"))
        version = user_version(conn)
        if version > target_version():
            raise newer_version_error(path, version)
        if version < 1 or not has_meta(conn):
            raise _not_ours(path, QT_TRANSLATE_NOOP(
                "StorageErrors", "the CSP Desk marker is missing; the file may be damaged"))
        return version
    except UnicodeDecodeError as exc:  # SQLite's message quotes damaged schema text
        raise _not_ours(path, _SQLITE_SAYS.arg(sqlite_text(exc))) from exc
    except sqlite3.DatabaseError as exc:
        if cannot_run(exc):  # a full disk, an I/O error, a lock: not "not ours"
            raise cannot_read(path, exc) from exc
        raise _not_ours(path, _SQLITE_SAYS.arg(exc)) from exc
    finally:
        conn.close()


def cannot_read(path: Path, exc: sqlite3.Error) -> WorkspaceError:
    """Why an existing file could not be read; DiskFullError when the disk is full (a reader of a
    WAL file may have to write SQLite's -shm file beside it)."""
    full = classify(exc, QT_TRANSLATE_NOOP(
        "StorageErrors", "opening %1 (SQLite's shared-memory file -shm beside it)").arg(path.name),
                    path.parent, SHM_SIZE)
    if full is not None:
        return full
    return WorkspaceError(QT_TRANSLATE_NOOP(
        "StorageErrors", "Cannot read %1: %2. The file was left unchanged.").arg(path, describe(exc)))


def has_meta(conn: sqlite3.Connection) -> bool:
    """The `meta` table holds the row `app_id = 'csp-desk'`."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not exists:
        return False
    row = conn.execute("SELECT value FROM meta WHERE key = 'app_id'").fetchone()
    return row is not None and row[0] == APP_ID


def is_blank(conn: sqlite3.Connection) -> bool:
    """A database with no schema objects and no version: safe to create a workspace in."""
    objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return objects == 0 and user_version(conn) == 0 and application_id(conn) == 0
