"""Errors of the workspace layer. Every message is meant to be shown to the user: it is a Text
marked with QT_TRANSLATE_NOOP (domain/texts.py), English when printed as it is, translated by the
window (ui/errors.py) and the command line (cli_translations.py). What an error means for the
caller (someone else changed the workspace first, the window lost its hold on the file, the disk
failed) is its `code`, never the words of its message: `error_code`, `is_conflict`,
`is_storage_failure`.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text
from desktop_app.domain.texts import message_of as message_of  # storage's callers import it here
from desktop_app.files import size_text

# Error codes (WorkspaceError.code): what a refused or failed operation means for the caller.
CHANGED_ELSEWHERE = "changed_elsewhere"  # another program changed the stored state first
LOST_HOLD = "lost_hold"  # the connection lost its hold on the workspace file (see LostHoldError)
STORAGE_FAILURE = "storage_failure"  # the disk or the file failed: full, I/O error, read-only, locked


class WorkspaceError(Exception):
    """Base class: something is wrong with the workspace file or an operation on it. `code` says
    what it means for the caller (one of the codes above, "" for none); a subclass sets its own, an
    instance may be given one: `SaveError(message, code=STORAGE_FAILURE)`."""

    code = ""

    def __init__(self, *args: object, code: str | None = None) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code


class NotAWorkspaceError(WorkspaceError):
    """The path exists but is not a CSP Desk workspace; the file was not modified."""


class NewerVersionError(WorkspaceError):
    """The workspace was written by a newer CSP Desk; it was refused and not modified."""


class SaveError(WorkspaceError):
    """A write failed (disk full, locked, read-only…); it was rolled back and nothing was saved."""


class ConflictError(SaveError):
    """A compare-and-set write found the stored state changed since the writer read it (another
    program wrote in between); nothing was written. Its code is `CHANGED_ELSEWHERE`."""

    code = CHANGED_ELSEWHERE


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
    workspace was opened again. Its code is `LOST_HOLD`."""

    code = LOST_HOLD


class DiskFullError(SaveError):
    """The disk (or the user's quota) has no room for what an operation must write: nothing is
    damaged and nothing was changed. `needed` and `free` are in bytes (`needed` 0 if unknown)."""

    code = STORAGE_FAILURE

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


# SQLite's own (English) message → the reason shown for it. These match the driver's words, which
# do not depend on the user's language.
_HINTS = {
    "database or disk is full": QT_TRANSLATE_NOOP("StorageErrors", "database or disk is full"),
    "database is locked": QT_TRANSLATE_NOOP(
        "StorageErrors", "the workspace is busy in another program (database is locked)"),
    "attempt to write a readonly database": QT_TRANSLATE_NOOP(
        "StorageErrors", "the workspace file is read-only"),
    "disk I/O error": QT_TRANSLATE_NOOP("StorageErrors", "disk I/O error"),
}


def _hint(exc: sqlite3.Error) -> Text | None:
    text = (str(exc) or type(exc).__name__).lower()
    for needle, hint in _HINTS.items():
        if needle.lower() in text:
            return hint
    return None


def describe(exc: sqlite3.Error) -> str:
    """A short user-facing reason for an sqlite3 error, e.g. `database or disk is full` (a marked
    Text); SQLite's own message when it is none of the known failures."""
    return _hint(exc) or message_of(exc) or type(exc).__name__


def is_disk_or_file_failure(exc: sqlite3.Error) -> bool:
    """True when SQLite failed because of the disk or the file (full, I/O error, read-only, locked)."""
    return _hint(exc) is not None


def error_code(error: object) -> str:
    """The code of a workspace error, or of a message shown for one (ui/errors.py ErrorMessage);
    "" for anything else."""
    code = getattr(error, "code", "") if isinstance(error, WorkspaceError | str) else ""
    return code if isinstance(code, str) else ""


def is_storage_failure(error: object) -> bool:
    """True when a save failed because of the disk or the file (full, I/O error, read-only,
    locked, the hold on the file lost) rather than because the edit itself was refused. `error` is
    the exception or the message shown for it (see `error_code`)."""
    return error_code(error) in (STORAGE_FAILURE, LOST_HOLD)


def is_conflict(error: object) -> bool:
    """True when a save was refused because another program changed the workspace first, or the
    connection lost its hold on the file: the window should show the workspace as it now is."""
    return error_code(error) in (CHANGED_ELSEWHERE, LOST_HOLD)


def save_error(exc: sqlite3.Error) -> SaveError:
    """`Could not save: database or disk is full` (code STORAGE_FAILURE for a known disk or file
    failure)."""
    return SaveError(QT_TRANSLATE_NOOP("StorageErrors", "Could not save: %1").arg(describe(exc)),
                     code=STORAGE_FAILURE if is_disk_or_file_failure(exc) else None)


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
    """`Disk full: <what> needs about 3.1 MB free in /folder; 0 bytes are free. …` (`what` a
    marked Text such as "opening ws.cspdesk")."""
    free = free_space(folder)
    if needed > 0 and free is not None:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "Disk full: %1 needs about %2 free in %3; %4 are free. This is not damage: "
            "nothing was changed; free some space and try again.").arg(
                what, size_text(needed), folder, size_text(free))
    elif needed > 0:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "Disk full: %1 needs about %2 free in %3. This is not damage: "
            "nothing was changed; free some space and try again.").arg(what, size_text(needed), folder)
    elif free is not None:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "Disk full: %1 needs more free space in %2; %3 are free. This is not "
            "damage: nothing was changed; free some space and try again.").arg(what, folder, size_text(free))
    else:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "Disk full: %1 needs more free space in %2. This is not damage: "
            "nothing was changed; free some space and try again.").arg(what, folder)
    return DiskFullError(text, needed, free)


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
