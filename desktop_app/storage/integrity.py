"""Is a workspace file damaged? SQLite's own checks, run on a read-only connection, and moving a
damaged file aside under a timestamped name so that nothing ever overwrites it.

`quick_check(path)` is what the window runs on every open (fast: it checks the b-tree structure,
not the contents of indexes); `integrity_check(path)` is the thorough one (`csp-desk check`). Both
return a list of problems, empty when the file is healthy. Neither writes to the file, nor makes
temporary files; one that cannot run (a full disk where SQLite must write its -shm file beside a
-wal, an I/O error) raises DiskFullError or WorkspaceError: it never calls a healthy file damaged.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.files import move_no_clobber
from desktop_app.storage import open_files
from desktop_app.storage.connection import connect_immutable, connect_readonly
from desktop_app.storage.errors import WorkspaceError, cannot_run, classify, describe, sqlite_text
from desktop_app.storage.identity import SHM_SIZE, SQLITE_MAGIC

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def remove_with_side_files(path: Path) -> None:
    """Delete a database file that is not wanted (a failed temporary copy) and its -wal, -shm and
    -journal files; what cannot be deleted is left."""
    for name in (str(path), *(f"{path}{suffix}" for suffix in SIDE_SUFFIXES)):
        try:
            Path(name).unlink(missing_ok=True)
        except OSError:
            pass
DAMAGED_MARK = ".damaged-"
_MAX_PROBLEMS = 100


def _check(path: Path, pragma: str, immutable: bool) -> list[str]:
    path = Path(path)
    try:
        head = open_files.peek(path, len(SQLITE_MAGIC))
    except OSError as exc:
        return [QT_TRANSLATE_NOOP("StorageErrors", "cannot read the file: %1").arg(exc.strerror or str(exc))]
    if head is not None and head != SQLITE_MAGIC:
        return [QT_TRANSLATE_NOOP(
            "StorageErrors", "the file is not an SQLite database (its header is damaged or it is another "
            "file)")]
    conn = None
    try:
        conn = connect_immutable(path) if immutable else connect_readonly(path)
        conn.execute("PRAGMA temp_store = MEMORY")  # no temporary files: a check writes nothing
        # The problems quote damaged text, which may not be UTF-8 any more: shown escaped.
        conn.text_factory = lambda data: data.decode("utf-8", "backslashreplace")
        rows = conn.execute(f"PRAGMA {pragma}({_MAX_PROBLEMS})").fetchall()
        problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        if not problems and pragma == "integrity_check":
            problems = [QT_TRANSLATE_NOOP(
                "StorageErrors", "%1 row %2: missing %3 record").arg(table, rowid, parent)
                        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")]
        return problems
    except UnicodeDecodeError as exc:  # SQLite's message quotes damaged schema text
        return [f"SQLite: {sqlite_text(exc)}"]
    except sqlite3.Error as exc:
        if not cannot_run(exc):  # "database disk image is malformed" and the like
            return [f"SQLite: {exc}"]
        full = classify(exc, QT_TRANSLATE_NOOP(
            "StorageErrors", "checking %1 (SQLite's shared-memory file -shm beside it)").arg(path.name),
                        path.parent, SHM_SIZE)
        if full is not None:
            raise full from exc
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Could not check %1: %2. This says nothing about damage; try again.").arg(
                path, describe(exc))) from exc
    finally:
        if conn is not None:
            conn.close()


def quick_check(path: Path, immutable: bool = False) -> list[str]:
    """`PRAGMA quick_check` on a read-only connection: [] when the file's structure is sound.
    DiskFullError (or WorkspaceError) when the check could not run: that is not damage.
    `immutable` for files nothing writes to (backups): their bytes cannot change by reading."""
    return _check(path, "quick_check", immutable)


def integrity_check(path: Path, immutable: bool = False) -> list[str]:
    """`PRAGMA integrity_check` plus the foreign-key check: [] when the file is sound. Raises as
    `quick_check` does when the check could not run."""
    return _check(path, "integrity_check", immutable)


def damaged_name(path: Path, now: datetime | None = None) -> Path:
    """`<name>.damaged-YYYYmmdd-HHMMSS` beside `path` (UTC), with `-2`, `-3`… if that is taken."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}{DAMAGED_MARK}{stamp}")
    candidate, n = base, 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *SIDE_SUFFIXES)):
        n += 1
        candidate = base.with_name(f"{base.name}-{n}")
    return candidate


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged workspace (and its -wal / -shm files) to `damaged_name(path)`; returns the
    new path of the main file. The file is moved, never copied over or deleted; if one of the
    moves fails, those already made are undone (as far as possible) and WorkspaceError says why."""
    path = Path(path)
    dest = damaged_name(path, now)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *SIDE_SUFFIXES):
            side = Path(f"{path}{suffix}")
            if suffix == "" or side.exists():
                move_no_clobber(side, Path(f"{dest}{suffix}"))
                moved.append((side, Path(f"{dest}{suffix}")))
    except OSError as exc:
        for original, aside in reversed(moved):
            try:
                move_no_clobber(aside, original)
            except OSError:
                pass
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Could not move the damaged workspace %1 aside: %2").arg(
                path, exc.strerror or str(exc))) from exc
    return dest
