"""The team workspace: the same Workspace API on a shared PostgreSQL database (psycopg 3).

Every read and write of `Workspace` runs unchanged: its SQL goes through `PgConnection`
(storage/pg_connection.py), which translates the dialect and the errors. What differs is here:

- Opening (`TeamWorkspace.connect(location)`): a libpq URL or `service=` string; the password comes
  only from libpq (~/.pgpass, PGPASSWORD, the service file) or from the window's prompt
  (`password`, kept in memory for reconnecting, never written). A server that cannot be reached
  raises ServerUnavailableError, a refused login AuthenticationError, a database without the
  schema NotAWorkspaceError (create it with `csp-desk team init`).
- Writing: one transaction per write that first takes one transaction-level advisory lock, so
  writers queue as they do on SQLite's `BEGIN IMMEDIATE`, and the compare-and-set checks
  (`expected`) read the newest committed state (READ COMMITTED, after the lock) and refuse with
  ConflictError what another user changed in between. Each change-log row a write appends sends
  `NOTIFY csp_desk_changes, '<entry id>'` (a trigger, storage/pg_schema.py; delivered at commit).
- Presence: `read_only` from the role's privileges (INSERT on change_log; a standby server is
  read-only too), `online` False once the connection was found lost (a write then raises
  OfflineError; nothing is queued), `reconnect()` tries once, `watch()` LISTENs on its own
  connection in a daemon thread.
- File-only features (backups, restore, set-aside, Save a Copy of the file) raise FileOnlyError.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import psycopg

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text
from desktop_app.storage import pg_schema
from desktop_app.storage.errors import (
    AuthenticationError,
    FileOnlyError,
    NewerVersionError,
    NotAWorkspaceError,
    OfflineError,
    ReadOnlyError,
    ServerUnavailableError,
    WorkspaceError,
    message_of,
    save_error,
)
from desktop_app.storage.pg_connection import OFFLINE, READ_ONLY, PgConnection, display_location
from desktop_app.storage.workspace import Workspace

T = TypeVar("T")
WRITE_LOCK = 0x43535044  # pg_advisory_xact_lock key: "CSPD", one writer at a time
CONNECT_TIMEOUT_S = 5


def connect_raw(location: str, password: str | None) -> psycopg.Connection[Any]:
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        extra["password"] = password
    return psycopg.connect(location, autocommit=True, application_name="CSP Desk", **extra)


def open_error(exc: psycopg.Error, shown: str) -> WorkspaceError:
    """The plain error for a failed connection attempt to `shown` (the location, no password)."""
    text = str(exc).strip()
    lower = text.lower()
    if "password" in lower and ("authentication failed" in lower or "no password" in lower):
        return AuthenticationError(QT_TRANSLATE_NOOP(
            "TeamErrors", "The server of the team workspace %1 refused the login: %2. Give the password "
            "(in ~/.pgpass, PGPASSWORD or when the window asks for it).").arg(shown, text.splitlines()[-1]))
    if "does not exist" in lower:
        return WorkspaceError(QT_TRANSLATE_NOOP(
            "TeamErrors", "Cannot open the team workspace %1: %2.").arg(shown, text.splitlines()[-1]))
    if isinstance(exc, psycopg.ProgrammingError) and "invalid" in lower:
        return WorkspaceError(QT_TRANSLATE_NOOP(
            "TeamErrors", "%1 is not a valid database address: %2.").arg(shown, text))
    reason = text.splitlines()[-1].strip() if text else type(exc).__name__
    return ServerUnavailableError(QT_TRANSLATE_NOOP(
        "TeamErrors", "Cannot reach the server of the team workspace %1 (%2). Check that the server is "
        "running and the address is right, or open a local workspace instead.").arg(shown, reason))


class TeamWorkspace(Workspace):
    """An open team workspace on a PostgreSQL server. Use `TeamWorkspace.connect(location)`."""

    def __init__(self, location: str, raw: psycopg.Connection[Any], password: str | None) -> None:
        self._location = location
        self._shown = display_location(location)
        self._password = password
        self._lost = False
        self._watchers: list[Callable[[], None]] = []
        self._use(raw)

    def _use(self, raw: psycopg.Connection[Any]) -> None:
        self._db = PgConnection(raw)
        self._conn = cast(sqlite3.Connection, self._db)  # the subset storage's SQL uses
        self._read_only = self._privileges()

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def connect(cls, location: str, password: str | None = None) -> TeamWorkspace:
        """Open the team workspace at `location` (see the module docstring for the errors)."""
        shown = display_location(location)
        try:
            raw = connect_raw(location, password)
        except psycopg.Error as exc:
            raise open_error(exc, shown) from exc
        try:
            workspace = cls(location, raw, password)
            workspace._check_schema()
        except BaseException:
            raw.close()
            raise
        return workspace

    def _check_schema(self) -> None:
        try:
            found = self._db.execute("SELECT to_regclass(?)", (pg_schema.VERSION_TABLE,)).fetchone()
            row = None
            if found is not None and found[0] is not None:
                row = self._db.execute(
                    f"SELECT version, app_id FROM {pg_schema.VERSION_TABLE}").fetchone()
        except sqlite3.Error as exc:
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "TeamErrors", "Cannot open the team workspace %1: %2").arg(
                    self._shown, message_of(exc))) from exc
        if row is None:
            raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
                "TeamErrors", "%1 holds no CSP Desk workspace. Create one in an empty database with "
                "`csp-desk team init URL`; the database was left unchanged.").arg(self._shown))
        version = int(row[0])
        if version > pg_schema.target_version():
            raise NewerVersionError(QT_TRANSLATE_NOOP(
                "TeamErrors", "The team workspace %1 was written by a newer CSP Desk (format %2; this "
                "version reads up to %3). Update CSP Desk; nothing was changed.").arg(
                    self._shown, version, pg_schema.target_version()))
        if version < pg_schema.target_version():
            with self._writing():
                pg_schema.migrate(self._db.execute_pg, version)

    def close(self) -> None:
        for stop in list(self._watchers):
            stop()
        self._db.close()

    def __enter__(self) -> TeamWorkspace:
        return self

    # ------------------------------------------------------------------ presence

    @property
    def path(self) -> Path:
        self._file_only(QT_TRANSLATE_NOOP("TeamErrors", "have a file path"))

    @path.setter
    def path(self, value: Path) -> None:
        # A programming error (nothing in the program sets it): never shown to a user.
        raise AttributeError("a team workspace has no file path")

    @property
    def location(self) -> str:
        return self._shown

    @property
    def is_remote(self) -> bool:
        return True

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def online(self) -> bool:
        return not (self._lost or self._db.lost)

    def _privileges(self) -> bool:
        """True when this role may not write (no INSERT on change_log, or a standby server)."""
        try:
            row = self._db.execute(
                "SELECT has_table_privilege('change_log', 'INSERT'), pg_is_in_recovery(),"
                " current_setting('default_transaction_read_only')").fetchone()
        except (sqlite3.Error, OfflineError):
            return False  # unknown yet (a missing schema is reported by _check_schema)
        return row is None or not row[0] or bool(row[1]) or row[2] == "on"

    def reconnect(self) -> bool:
        """Try once to reach the server again; True when connected (a new connection if needed)."""
        if self.online:
            try:
                self._db.raw.execute("SELECT 1")
                return True
            except psycopg.Error:
                self._lost = True
        try:
            raw = connect_raw(self._location, self._password)
        except psycopg.Error:
            return False
        old = self._db
        self._use(raw)
        self._lost = False
        try:
            old.close()
        except psycopg.Error:
            pass
        return True

    def watch(self, callback: Callable[[], None]) -> Callable[[], None] | None:
        from desktop_app.storage.team_watch import start_watch

        def lost() -> None:
            self._lost = True

        stop = start_watch(lambda: connect_raw(self._location, self._password), callback, lost)

        def stop_watching() -> None:
            stop()
            if stop_watching in self._watchers:
                self._watchers.remove(stop_watching)

        self._watchers.append(stop_watching)
        return stop_watching

    # ------------------------------------------------------------------ reads that differ

    @property
    def schema_version(self) -> int:
        row = self._db.execute(f"SELECT version FROM {pg_schema.VERSION_TABLE}").fetchone()
        return int(row[0]) if row else 0

    def quick_check(self) -> str:
        """The server-side check: the schema version, and every row read back through the same
        queries the window and the exports use ('ok', or the problems). PostgreSQL enforces the
        constraints and checksums pages itself."""
        from desktop_app.storage.readable import READ_FAILURES, readers

        problems = []
        if self.schema_version != pg_schema.target_version():
            problems.append(f"schema version {self.schema_version}, expected "
                            f"{pg_schema.target_version()}")
        for name, read in readers(self._conn):
            try:
                read()
            except READ_FAILURES as exc:
                problems.append(f"{name}: {exc}")
        return "ok" if not problems else "\n".join(problems)

    # ------------------------------------------------------------------ writes

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if self._read_only:
            raise ReadOnlyError(READ_ONLY)
        if not self.online:
            raise OfflineError(OFFLINE)
        db = self._db
        try:
            try:
                db.begin(lock=WRITE_LOCK)
                yield self._conn  # each change-log row it appends NOTIFYs (a trigger), at commit
                db.commit()
            except BaseException:
                db.rollback()
                raise
        except OfflineError:
            self._lost = True
            raise
        except sqlite3.Error as exc:
            raise save_error(exc) from exc

    def _write(self, action: Callable[[sqlite3.Connection], T]) -> T:
        with self._writing() as conn:
            return action(conn)

    # ------------------------------------------------------------------ file-only features

    def _file_only(self, what: Text) -> NoReturn:
        raise FileOnlyError(QT_TRANSLATE_NOOP(
            "TeamErrors", "A team workspace on a server does not %1: that is a feature of a workspace "
            "file. (%2)").arg(what, self._shown))

    def backup_to(self, dest: Path) -> None:
        self._file_only(QT_TRANSLATE_NOOP(
            "TeamErrors", "make copies of a file (Save a Copy); use `csp-desk export` or the server's "
            "own backups (pg_dump)"))

    def copy_into(self, temp: Path, dest: Path | None = None) -> None:
        self._file_only(QT_TRANSLATE_NOOP(
            "TeamErrors", "make file backups; back up the database with the server's tools (pg_dump)"))

