"""Creating a new workspace file so that it is either complete or not there at all.

The new workspace is built in a hidden file beside the target (`.NAME.creating-PID-RANDOM`),
committed, checkpointed and closed, and only then moved to its name. A first start that is killed
or loses power half-way therefore leaves no half-made workspace at the user's path (which the next
start would have to refuse as "not a CSP Desk workspace"); it leaves at most a hidden temporary
file, which the next creation in that folder removes.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from desktop_app.files import fsync_file, fsync_folder, move_no_clobber, remove_dead_temps
from desktop_app.storage import identity
from desktop_app.storage.connection import connect, transaction
from desktop_app.storage.integrity import remove_with_side_files

_NAME_PART = 80  # of the workspace's name in a temporary name: a long name still fits (255 bytes)


def temp_prefix(path: Path) -> str:
    """How the temporary files of a creation at `path` begin (the name shortened: with its
    `-wal` / `-journal` the temporary file must fit where a 249-character workspace name does)."""
    return f".{path.name[:_NAME_PART]}.creating-"


def create(path: Path, build: Callable[[sqlite3.Connection], None]) -> bool:
    """Build a new workspace at `path` with `build(conn)` (inside one write transaction).

    Returns False, without touching `path`, when another process created a file there meanwhile.
    Any failure removes the temporary file and leaves `path` as it was.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(path)
    temp = path.with_name(f"{temp_prefix(path)}{os.getpid()}-{os.urandom(4).hex()}")
    try:
        conn = connect(temp)
        try:
            with transaction(conn):
                build(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection closing folds the WAL in and deletes it
        fsync_file(temp)
        placed = _move_into_place(temp, path)
    finally:
        remove_with_side_files(temp)
    if placed:
        fsync_folder(path.parent)
    return placed


def _move_into_place(temp: Path, path: Path) -> bool:
    if not path.exists() and not path.is_symlink():
        try:
            move_no_clobber(temp, path)
            return True
        except FileExistsError:
            return False  # the name was taken meanwhile
    if not identity.is_new(path):
        return False  # someone else's file (or workspace) is there now: leave it alone
    os.replace(temp, path)  # an empty file the user pointed at: filled in place
    return True


def remove_leftovers(path: Path) -> None:
    """Delete temporary files of creations at `path` whose process is gone (killed half-way)."""
    remove_dead_temps(path.parent, temp_prefix(path))
