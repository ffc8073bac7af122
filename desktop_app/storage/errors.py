"""Errors of the workspace layer. Every message is meant to be shown to the user as it is."""

from __future__ import annotations

import sqlite3


class WorkspaceError(Exception):
    """Base class: something is wrong with the workspace file or an operation on it."""


class NotAWorkspaceError(WorkspaceError):
    """The path exists but is not a CSP Desk workspace; the file was not modified."""


class NewerVersionError(WorkspaceError):
    """The workspace was written by a newer CSP Desk; it was refused and not modified."""


class SaveError(WorkspaceError):
    """A write failed (disk full, locked, read-only…); it was rolled back and nothing was saved."""


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
    return any(hint.lower() in text for hint in _HINTS.values())


def save_error(exc: sqlite3.Error, what: str = "save") -> SaveError:
    """`Could not save: database or disk is full`."""
    return SaveError(f"Could not {what}: {describe(exc)}")
