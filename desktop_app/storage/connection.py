"""Opening the workspace file with SQLite, and the one way to write to it: a `BEGIN IMMEDIATE`
transaction that commits as a whole or rolls back as a whole.

Connections run in autocommit mode (`isolation_level=None`) so that Python's sqlite3 module never
opens or commits a transaction behind our back; every write goes through `transaction()`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection in WAL mode with foreign keys on and a generous busy timeout.

    Setting WAL mode writes the file header, so call this only on a new file or on a file already
    known to be a CSP Desk workspace of a version this build can open.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(QT_TRANSLATE_NOOP(
                "StorageErrors", "could not switch the workspace to WAL mode (%1)").arg(mode))
        conn.execute("PRAGMA synchronous = FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot modify the file, for checking what a file is before touching it.

    Without a `-wal` file beside it the main file holds the whole database, so it is opened
    `immutable` (no locks, no `-wal`/`-shm` files created next to someone else's database);
    otherwise read-only, so that committed pages still in the WAL are seen.
    """
    uri = Path(path).resolve().as_uri()
    wal = Path(f"{path}-wal")
    query = "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
    conn = sqlite3.connect(uri + query, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def reattach_close(conn: sqlite3.Connection, path: Path) -> None:
    """Close `conn`, whose locks on the workspace were lost, so that it cannot write anything more.

    A connection closing normally checkpoints its `-wal` into the file and deletes it when it can
    lock the file exclusively. A connection that lost its locks may hold a `-wal` and `-shm` that
    another program already checkpointed and deleted: checkpointing those stale pages would put old
    content over what was written since, and deleting `-wal` by name would remove the current one.
    So a read-only connection to the same file holds a shared lock while `conn` closes (SQLite
    refuses the exclusive lock while another connection of this process holds a shared one), and
    that read-only connection, closed last, is not allowed to checkpoint or delete anything.
    """
    blocker: sqlite3.Connection | None = None
    try:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        blocker = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0)
        blocker.execute("BEGIN")
        blocker.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.Error, OSError, ValueError):
        pass  # a missing or unreadable file: nothing for `conn` to checkpoint into either
    try:
        conn.close()
    except sqlite3.Error:
        pass
    if blocker is not None:
        try:
            blocker.close()
        except sqlite3.Error:
            pass


def connect_immutable(path: Path) -> sqlite3.Connection:
    """A connection to a file nothing else writes (a backup, a copy being verified): opened
    `mode=ro&immutable=1`, so SQLite takes no locks, makes no -wal, -shm or -journal file and
    never changes a byte of it, even if a stray journal lies beside it."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """`BEGIN IMMEDIATE` … `COMMIT`; any exception (including a failed COMMIT) rolls back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite already rolled back on its own (e.g. after an I/O error)
        raise
