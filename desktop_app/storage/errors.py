"""Errors of the workspace layer. Every message is meant to be shown to the user as it is."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from desktop_app.files import size_text


class WorkspaceError(Exception):
    """Base class: something is wrong with the workspace file or an operation on it."""


class NotAWorkspaceError(WorkspaceError):
    """The path exists but is not a CSP Desk workspace; the file was not modified."""


class NewerVersionError(WorkspaceError):
    """The workspace was written by a newer CSP Desk; it was refused and not modified."""


class SaveError(WorkspaceError):
    """A write failed (disk full, locked, read-only…); it was rolled back and nothing was saved."""


CHANGED_ELSEWHERE = "was changed by another program"
LOST_HOLD = "lost its hold on the workspace file"


class ConflictError(SaveError):
    """A compare-and-set write found the stored state changed since the writer read it (another
    program wrote in between); nothing was written. The message contains `CHANGED_ELSEWHERE`."""


class ReadOnlyError(SaveError):
    """The workspace may be read but not written by this user (a read-only database role, a
    read-only file); nothing was written."""


class OfflineError(SaveError):
    """The workspace's server could not be reached; nothing was written and nothing was queued."""


class ServerUnavailableError(WorkspaceError):
    """A team workspace's server could not be reached when opening it (down, or a wrong address);
    nothing was opened. The window offers to open a local workspace instead."""


class AuthenticationError(WorkspaceError):
    """The team workspace's server refused the login (no password given, or a wrong one): the
    window asks for the password; the CLI takes it from ~/.pgpass or PGPASSWORD."""


class FileOnlyError(WorkspaceError):
    """A feature of a workspace file (backups, restore, set-aside, Save a Copy of the file) was
    asked of a team workspace on a server, where it does not apply; nothing was done."""


class LostHoldError(SaveError):
    """The connection's file locks, or the `-wal`/`-shm` files they protect, were lost (another
    program removed or replaced them) and the change just committed is not in the file. The
    workspace was opened again. The message contains `LOST_HOLD`."""


class DiskFullError(SaveError):
    """The disk (or the user's quota) has no room for what an operation must write: nothing is
    damaged and nothing was changed. `needed` and `free` are in bytes (`needed` 0 if unknown)."""

    def __init__(self, message: str, needed: int = 0, free: int | None = None) -> None:
        super().__init__(message)
        self.needed = needed
        self.free = free


class WorkspaceMissingError(WorkspaceError):
    """There is no workspace at the path, but a damaged copy set aside or a backups folder is
    beside it: nothing was created there, so that no new workspace takes the old one's place."""

    def __init__(self, message: str, found: list[Path]) -> None:
        super().__init__(message)
        self.found = found


SQLITE_IOERR = 10
SQLITE_FULL = 13
LOW_SPACE = 256 * 1024  # an I/O error with less free space than this is taken for a full disk

class WorkspaceClosedError(WorkspaceError):
    """The workspace was used after it was closed (a view about to be replaced read it)."""


class UnreadableError(WorkspaceError):
    """Reading the open workspace failed (a damaged page or value); nothing was changed."""


_HINTS = {
    "database or disk is full": "database or disk is full",
    "database is locked": "the workspace is busy in another program (database is locked)",
    "attempt to write a readonly database": "the workspace file is read-only",
    "disk I/O error": "disk I/O error",
}


def describe(exc: sqlite3.Error) -> str:
    """A short user-facing reason for an sqlite3 error, e.g. `database or disk is full`."""
    text = str(exc) or type(exc).__name__
    for needle, hint in _HINTS.items():
        if needle.lower() in text.lower():
            return hint
    return text


def is_storage_failure(message: str) -> bool:
    """True when a save failed because of the disk or the file (full, I/O error, read-only,
    locked) rather than because the edit itself was refused."""
    text = message.lower()
    return any(hint.lower() in text for hint in (*_HINTS.values(), LOST_HOLD))


def is_conflict(message: str) -> bool:
    """True when a save was refused because another program changed the workspace first, or the
    connection lost its hold on the file: the window should show the workspace as it now is."""
    text = message.lower()
    return CHANGED_ELSEWHERE in text or LOST_HOLD in text


def save_error(exc: sqlite3.Error, what: str = "save") -> SaveError:
    """`Could not save: database or disk is full`."""
    return SaveError(f"Could not {what}: {describe(exc)}")


_CANNOT_RUN_CODES = {3, 5, 6, 7, 8, 9, 10, 13, 14, 15}  # PERM BUSY LOCKED NOMEM READONLY INTERRUPT
#                                                        IOERR FULL CANTOPEN PROTOCOL
_CANNOT_RUN_TEXTS = ("database is locked", "disk i/o error", "disk is full", "unable to open",
                     "readonly database")


def cannot_run(exc: sqlite3.Error) -> bool:
    """True when SQLite could not do the work now (a full disk, an I/O error, a lock, a read-only
    or unopenable file) rather than finding the file damaged ("malformed", "not a database", an
    undecodable text, a broken schema)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CANNOT_RUN_CODES
    text = str(exc).lower()
    return any(needle in text for needle in _CANNOT_RUN_TEXTS)


def sqlite_text(exc: UnicodeDecodeError) -> str:
    """The message of an SQLite error that Python could not decode (damaged schema text)."""
    data = exc.object if isinstance(exc.object, bytes) else bytes(exc.object)
    return data.decode("utf-8", "replace")


def free_space(folder: Path) -> int | None:
    """Bytes free for us on the disk holding `folder` (its nearest existing parent); None if unknown."""
    folder = Path(folder)
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            try:
                return shutil.disk_usage(candidate).free
            except OSError:
                return None
    return None


def is_disk_full(exc: BaseException, folder: Path, needed: int = 0) -> bool:
    """Did `exc` happen because the disk holding `folder` is full? SQLITE_FULL ("database or disk
    is full") and ENOSPC / EDQUOT always; an I/O error only when the disk has (next to) no room left
    (less than `needed` bytes, and less than LOW_SPACE)."""
    io_error = False
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        text = str(exc).lower()
        if (code is not None and code & 0xFF == SQLITE_FULL) or "database or disk is full" in text:
            return True
        io_error = (code is not None and code & 0xFF == SQLITE_IOERR) or "disk i/o error" in text
    elif isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return True
        io_error = exc.errno == errno.EIO
    if not io_error:
        return False
    free = free_space(folder)
    return free is not None and free < max(needed, LOW_SPACE)


def disk_full(what: str, folder: Path, needed: int = 0) -> DiskFullError:
    """`Disk full: <what> needs about 3.1 MB free in /folder; 0 bytes are free. …`"""
    free = free_space(folder)
    need = f"needs about {size_text(needed)} free" if needed > 0 else "needs more free space"
    have = f"; {size_text(free)} are free" if free is not None else ""
    return DiskFullError(f"Disk full: {what} {need} in {folder}{have}. This is not damage: "
                         "nothing was changed; free some space and try again.", needed, free)


def classify(exc: BaseException, what: str, folder: Path, needed: int = 0) -> DiskFullError | None:
    """`disk_full(...)` when `exc` is a full disk (see `is_disk_full`), else None."""
    return disk_full(what, folder, needed) if is_disk_full(exc, folder, needed) else None


def files_size(*paths: Path) -> int:
    """The total size of the files that exist among `paths` (e.g. a workspace and its -wal)."""
    total = 0
    for path in paths:
        try:
            total += Path(path).stat().st_size
        except OSError:
            pass
    return total
