"""Is a workspace file damaged? SQLite's own checks, run on a read-only connection, and moving a
damaged file aside under a timestamped name so that nothing ever overwrites it.

`quick_check(path)` is what the window runs on every open (fast: it checks the b-tree structure,
not the contents of indexes); `integrity_check(path)` is the thorough one (`csp-desk check`). Both
return a list of problems, empty when the file is healthy. Neither writes to the file.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.storage import open_files
from desktop_app.storage.connection import connect_readonly
from desktop_app.storage.errors import WorkspaceError

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
DAMAGED_MARK = ".damaged-"
_MAX_PROBLEMS = 100


def _check(path: Path, pragma: str) -> list[str]:
    path = Path(path)
    if not open_files.is_held(path):  # plain open() would drop an open connection's locks
        try:
            with path.open("rb") as handle:
                head = handle.read(16)
        except OSError as exc:
            return [f"cannot read the file: {exc.strerror or exc}"]
        if head != b"SQLite format 3\x00":
            return ["the file is not an SQLite database (its header is damaged or it is another file)"]
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return [f"SQLite cannot open the file: {exc}"]
    try:
        rows = conn.execute(f"PRAGMA {pragma}({_MAX_PROBLEMS})").fetchall()
        problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        if not problems and pragma == "integrity_check":
            problems = [f"{table} row {rowid}: missing {parent} record"
                        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except sqlite3.DatabaseError as exc:  # "database disk image is malformed" and the like
        return [f"SQLite: {exc}"]
    finally:
        conn.close()


def quick_check(path: Path) -> list[str]:
    """`PRAGMA quick_check` on a read-only connection: [] when the file's structure is sound."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> list[str]:
    """`PRAGMA integrity_check` plus the foreign-key check: [] when the file is sound."""
    return _check(path, "integrity_check")


def damaged_name(path: Path, now: datetime | None = None) -> Path:
    """`<name>.damaged-YYYYmmdd-HHMMSS` beside `path` (UTC), with `-2`, `-3`… if that is taken."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}")
    candidate, n = base, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_SUFFIXES)):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def _move_no_clobber(src: Path, dest: Path) -> None:
    """Rename `src` to `dest`, refusing (FileExistsError) rather than replacing an existing file."""
    try:
        os.link(src, dest)  # fails if dest exists: nothing is ever overwritten
    except OSError as exc:
        if isinstance(exc, FileExistsError):
            raise
        if dest.exists():  # hard links unsupported here (some network or FAT file systems)
            raise FileExistsError(str(dest)) from exc
        os.rename(src, dest)
        return
    os.unlink(src)


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged workspace (and its -wal / -shm files) to `damaged_name(path)`; returns the
    new path of the main file. The file is moved, never copied over or deleted."""
    path = Path(path)
    dest = damaged_name(path, now)
    try:
        _move_no_clobber(path, dest)
        for suffix in SIDE_SUFFIXES:
            side = Path(f"{path}{suffix}")
            if side.exists():
                _move_no_clobber(side, Path(f"{dest}{suffix}"))
    except OSError as exc:
        raise WorkspaceError(f"Could not move the damaged workspace {path} aside: "
                             f"{exc.strerror or exc}") from exc
    return dest
