"""The team workspace's connection: psycopg 3 behind the small part of the `sqlite3.Connection`
interface that storage's SQL functions use (`execute`, `executemany`, cursors with `fetchone`,
`fetchall`, iteration, `rowcount`, `lastrowid`), so that the SQL of storage/queries.py, edits.py
and the rest is written once for both backends.

The dialect is translated here, statement by statement (cached): `?` placeholders become `%s`
(a literal `%` becomes `%%`), `IS ?` becomes `IS NOT DISTINCT FROM %s`, and an INSERT into a table
with an identity column gets `RETURNING <id>` so that `lastrowid` works as in SQLite. Python
booleans are sent as 0/1 (the columns are integers, as in SQLite).

Errors are translated as well, so that nothing psycopg-specific leaves storage: a lost connection
raises OfflineError, a privilege refusal ReadOnlyError (both SaveError: nothing was written), a
constraint violation `sqlite3.IntegrityError` and any other database error
`sqlite3.OperationalError` with PostgreSQL's message, which the callers already turn into
SaveError / UnreadableError. Importing this module imports psycopg: only a URL workspace does.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import errors as pg_errors

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.errors import OfflineError, ReadOnlyError
from desktop_app.storage.pg_schema import IDENTITY

OFFLINE = QT_TRANSLATE_NOOP(
    "TeamErrors", "Could not save: the team workspace's server cannot be reached (the connection was "
    "lost); nothing was written and nothing is queued. Try again when it is back.")
OFFLINE_READ = QT_TRANSLATE_NOOP(
    "TeamErrors", "Cannot read the team workspace: its server cannot be reached (the connection was "
    "lost). Nothing was changed; the window keeps what it showed.")
COMMIT_UNKNOWN = QT_TRANSLATE_NOOP(
    "TeamErrors", "The server of the team workspace was lost while saving: the change may or may not "
    "have been saved (nothing is queued). Reconnect and look at the change log.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "TeamErrors", "Could not save: your database role may read this team workspace but not change it; "
    "nothing was written.")

_INSERT = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)", re.IGNORECASE)
_IS_PARAM = re.compile(r"\bIS\s+\?", re.IGNORECASE)


def display_location(location: str) -> str:
    """The location as shown to the user: a libpq URL or keyword string without its password."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    text = location.strip()
    if text.startswith(("postgresql://", "postgres://")):
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            netloc = userinfo.split(":", 1)[0] + "@" + host
        query = "&".join(p for p in parts.query.split("&") if p and not p.startswith("password="))
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
    try:
        params = conninfo_to_dict(text)
    except psycopg.Error:
        return QT_TRANSLATE_NOOP("TeamErrors", "(an invalid database address)")
    params.pop("password", None)
    return make_conninfo(**{k: str(v) for k, v in params.items() if v is not None})


@functools.lru_cache(maxsize=1024)
def translate(sql: str) -> tuple[str, str | None]:
    """SQLite statement → (PostgreSQL statement, the id column it returns, if any)."""
    text = sql.replace("%", "%%")
    text = _IS_PARAM.sub("IS NOT DISTINCT FROM ?", text).replace("?", "%s")
    returning = None
    match = _INSERT.match(text)
    if match and "RETURNING" not in text.upper():
        returning = IDENTITY.get(match.group(1).lower())
        if returning is not None:
            text += f" RETURNING {returning}"
    return text, returning


def _params(params: Sequence[Any] | dict[str, Any]) -> Sequence[Any] | dict[str, Any]:
    if isinstance(params, dict):
        return params
    return [int(p) if isinstance(p, bool) else bytes(p) if isinstance(p, memoryview) else p
            for p in params]


def is_connection_lost(exc: BaseException, conn: psycopg.Connection[Any] | None) -> bool:
    """True when `exc` means the server is gone (not a refused statement)."""
    if isinstance(exc, pg_errors.AdminShutdown | pg_errors.CrashShutdown |
                  pg_errors.CannotConnectNow | pg_errors.ConnectionException):
        return True
    if conn is not None and (conn.broken or conn.closed):
        return True
    return isinstance(exc, psycopg.OperationalError) and getattr(exc, "sqlstate", None) is None


def translate_error(exc: psycopg.Error, conn: psycopg.Connection[Any] | None) -> Exception:
    """The storage error for a psycopg error (see the module docstring)."""
    if is_connection_lost(exc, conn):
        return OfflineError(OFFLINE)
    if isinstance(exc, pg_errors.InsufficientPrivilege | pg_errors.ReadOnlySqlTransaction):
        return ReadOnlyError(READ_ONLY)
    message = (exc.diag.message_primary if exc.diag is not None else None) or str(exc)
    if isinstance(exc, psycopg.IntegrityError):
        return sqlite3.IntegrityError(message)
    return sqlite3.OperationalError(message)


class PgCursor:
    """The result of one statement, read like an sqlite3 cursor."""

    def __init__(self, cursor: psycopg.Cursor[Any], lastrowid: int | None) -> None:
        self._cursor = cursor
        self.lastrowid = lastrowid
        self.rowcount = cursor.rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._cursor.description is None:
            return None
        row = self._cursor.fetchone()
        return None if row is None else tuple(row)

    def fetchall(self) -> list[tuple[Any, ...]]:
        if self._cursor.description is None:
            return []
        return [tuple(r) for r in self._cursor.fetchall()]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


class PgConnection:
    """One psycopg connection in autocommit mode: each read is its own statement, each write runs
    in the transaction the workspace opens (`begin` / `commit` / `rollback`)."""

    def __init__(self, conn: psycopg.Connection[Any]) -> None:
        self.raw = conn
        self.in_transaction = False
        self._trace: Callable[[str], object] | None = None

    def set_trace_callback(self, trace: Callable[[str], object] | None) -> None:
        """As sqlite3's: `trace(sql)` with each statement as storage wrote it (tests count them)."""
        self._trace = trace

    @property
    def lost(self) -> bool:
        return self.raw.broken or self.raw.closed

    def _fail(self, exc: psycopg.Error) -> Exception:
        error = translate_error(exc, self.raw)
        if isinstance(error, OfflineError) and not self.in_transaction:
            return OfflineError(OFFLINE_READ)
        return error

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PgCursor:
        if self.raw.closed and not self.raw.broken:
            # sqlite3's own words for the same misuse: storage/readable.py turns it into
            # WorkspaceClosedError (a translated message) before anyone sees it.
            raise sqlite3.ProgrammingError("Cannot operate on a closed database.")
        if self._trace is not None:
            self._trace(sql)
        text, returning = translate(sql)
        try:
            cursor = self.raw.execute(text, _params(params))
            lastrowid = None
            if returning is not None:
                row = cursor.fetchone()
                lastrowid = None if row is None else int(row[0])
        except psycopg.Error as exc:
            raise self._fail(exc) from exc
        return PgCursor(cursor, lastrowid)

    def execute_pg(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Run a statement written for PostgreSQL (`%s` placeholders; DDL), untranslated."""
        try:
            self.raw.execute(sql, params)
        except psycopg.Error as exc:
            raise self._fail(exc) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if self._trace is not None:
            self._trace(sql)
        text, returning = translate(sql)
        if returning is not None:
            text = text[: -len(f" RETURNING {returning}")]
        try:
            with self.raw.cursor() as cursor:
                cursor.executemany(text, [_params(r) for r in rows])
        except psycopg.Error as exc:
            raise self._fail(exc) from exc

    def begin(self, lock: int | None = None) -> None:
        """BEGIN, and with `lock` take that transaction-level advisory lock in the same round trip
        (waiting until no other transaction holds it)."""
        self.in_transaction = True  # a failure from here on is a write's (see _fail)
        if lock is None:
            self.execute("BEGIN")
            return
        if self._trace is not None:
            self._trace("BEGIN")
        try:  # two statements, no parameters: one round trip (the simple query protocol)
            self.raw.execute(f"BEGIN; SELECT pg_advisory_xact_lock({int(lock)})".encode())
        except psycopg.Error as exc:
            raise self._fail(exc) from exc

    def commit(self) -> None:
        """COMMIT; a connection lost during it leaves the outcome unknown (OfflineError saying so)."""
        try:
            self.execute("COMMIT")
        except OfflineError as exc:
            raise OfflineError(COMMIT_UNKNOWN) from exc
        finally:
            self.in_transaction = False

    def rollback(self) -> None:
        self.in_transaction = False
        if self.lost:
            return
        try:
            self.raw.execute("ROLLBACK")
        except psycopg.Error:
            pass  # the connection is going: the server rolls back on its own

    def close(self) -> None:
        self.raw.close()
