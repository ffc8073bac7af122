"""Can every value of a workspace be read back? The check `csp-desk check` and `csp-desk backup` add
to SQLite's own.

`integrity_check` verifies the b-trees, not the values inside the rows: a flipped byte in a text
value (now invalid UTF-8) or in a stored figure (`'3.6S'`) passes it, yet every read of that row
fails. `unreadable(path)` reads every row of every table, then everything the window and the Excel
export read, on a read-only connection, and lists what fails. `full_check(path)` is the whole
check: SQLite's integrity check, then (for a sound SQLite file) whether it is a workspace this
version reads (NotAWorkspaceError / NewerVersionError), then `unreadable`.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from desktop_app.domain.market import DEFAULT_STALE_DAYS
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import edits, identity, market, queries
from desktop_app.storage.connection import connect_readonly
from desktop_app.storage.errors import (
    UnreadableError,
    WorkspaceClosedError,
    WorkspaceError,
    describe,
    is_disk_or_file_failure,
)
from desktop_app.storage.integrity import integrity_check
from desktop_app.storage.schema_version import target_version

F = TypeVar("F", bound=Callable[..., Any])

# What reading a damaged value can raise: SQLite's errors (invalid UTF-8 in a text column), and
# the conversions to domain values (ValueError, decimal's InvalidOperation, int(None)...).
READ_FAILURES: tuple[type[BaseException], ...] = (sqlite3.Error, ValueError, ArithmeticError,
                                                  TypeError, IndexError)
_MAX_PROBLEMS = 20


def readers(conn: sqlite3.Connection) -> list[tuple[str, Callable[[], Any]]]:
    from desktop_app.storage import notes  # not at import: a start reads no note, the full check does
    from desktop_app.storage import provenance as figure_sources

    found: list[tuple[str, Callable[[], Any]]] = [
        ("meta", lambda: queries.meta(conn)),
        ("sources", lambda: queries.sources(conn)),
        ("companies", lambda: queries.companies(conn, True)),
        ("scorecards", lambda: queries.scorecard_lines(conn, None, None)),
        ("forecasts", lambda: queries.forecasts(conn)),
        ("targets", lambda: queries.targets(conn)),
        ("supply chain", lambda: queries.supply_chain(conn)),
        ("statements", lambda: queries.statements(conn)),
        ("cloud reads", lambda: queries.cloud_reads(conn)),
        ("ranking", lambda: queries.ranking(conn)),
        ("snapshots", lambda: queries.snapshots(conn)),
        ("change log", lambda: queries.change_log(conn, None)),
        ("prices", lambda: market.prices(conn, None)),
        ("targets with dates", lambda: market.targets(conn, None)),
        ("stale-price setting", lambda: market.stale_days(conn, DEFAULT_STALE_DAYS)),
        ("notes", lambda: notes.notes(conn)),
        ("what cites the notes", lambda: notes.citations(conn)),
        ("who entered the figures", lambda: figure_sources.figure_provenance(conn, None)),
        ("rationale authors", lambda: edits.rationale_authors(conn)),
    ]
    try:
        tickers = [c.ticker for c in queries.companies(conn, True)]
    except READ_FAILURES:
        tickers = []
    for ticker in tickers:
        found.append((f"{ticker} line definitions", functools.partial(queries.line_defs, conn, ticker)))
        found.append((f"{ticker} quarters", functools.partial(queries.periods, conn, ticker)))
    return found


def _nulls(conn: sqlite3.Connection, table: str, quoted: str) -> list[str]:
    """NOT NULL columns holding NULL: SQLite enforces the constraint on writes only, so a damaged
    record type byte gets through."""
    found = []
    for _, column, _, notnull, _, _ in conn.execute(f"PRAGMA table_info({quoted})").fetchall():
        if not notnull:
            continue
        name = '"' + str(column).replace('"', '""') + '"'
        count = conn.execute(f"SELECT count(*) FROM {quoted} WHERE {name} IS NULL").fetchone()[0]
        if count:
            found.append(f"table {table}: {count} row(s) without the required {column}")
    return found


def _schema_problems(conn: sqlite3.Connection) -> list[str]:
    """Definitions in the schema that SQLite would refuse when writing: a read-only connection
    accepts a CHECK or an index naming a damaged column, a read-write one fails on every statement.
    Each definition is replayed in an empty in-memory database (the file is only read)."""
    conn.text_factory = bytes
    try:
        rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                            "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                            "ORDER BY type = 'table' DESC, rowid").fetchall()
    finally:
        conn.text_factory = str
    found = []
    scratch = sqlite3.connect(":memory:")
    try:
        for name, sql in rows:
            shown = bytes(name).decode("utf-8", "backslashreplace")
            try:
                scratch.execute(bytes(sql).decode("utf-8"))
            except UnicodeDecodeError:
                found.append(f"the definition of {shown} is damaged (it is not valid text)")
            except sqlite3.Error as exc:
                found.append(f"the definition of {shown} is damaged ({exc})")
    finally:
        scratch.close()
    return found


def unreadable(path: Path, with_queries: bool = True) -> list[str]:
    """What cannot be read back from the workspace at `path` ([] when everything reads): every
    row of every table, and (`with_queries`, for a workspace of the current format) everything
    the window and the export read."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error as exc:
        return [f"SQLite cannot open the file: {exc}"]
    problems: list[str] = []
    try:
        problems += _schema_problems(conn)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            try:
                for _ in conn.execute(f"SELECT * FROM {quoted}"):
                    pass
            except READ_FAILURES as exc:
                problems.append(f"table {table}: {exc}")
                continue
            problems += _nulls(conn, table, quoted)
        for what, read in readers(conn) if with_queries else []:
            try:
                read()
            except READ_FAILURES as exc:
                problems.append(f"{what} cannot be read: {exc}")
    except sqlite3.Error as exc:
        problems.append(f"SQLite: {exc}")
    finally:
        conn.close()
    return problems[:_MAX_PROBLEMS]


def full_check(path: Path) -> list[str]:
    """Everything `csp-desk check` finds in the file at `path` ([] when sound). A sound SQLite
    file that is not a CSP Desk workspace, or that a newer version wrote, raises
    NotAWorkspaceError / NewerVersionError (see identity.inspect); a folder, FIFO, device or
    socket raises NotAWorkspaceError without being opened."""
    identity.regular_file_stat(path)
    problems = integrity_check(path)
    if problems:
        return problems
    version = identity.inspect(path)
    # An older workspace is read through today's queries only once it is upgraded (on open).
    return unreadable(path, with_queries=version == target_version())


def damage(path: Path) -> list[str]:
    """`full_check` for explaining a failure after the fact: a file that is not (or no longer) a
    workspace this version reads is one more problem instead of an exception."""
    try:
        return full_check(path)
    except WorkspaceError as exc:
        return [str(exc)]


def reads(method: F) -> F:
    """A read of the workspace: what a damaged page or value makes it raise (sqlite3 errors,
    invalid UTF-8, a figure that no longer parses) becomes UnreadableError with a plain message."""

    @functools.wraps(method)
    def read(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.ProgrammingError as exc:  # used after close(): not the file's fault
            raise WorkspaceClosedError(QT_TRANSLATE_NOOP(
                "StorageErrors", "The workspace %1 is closed.").arg(self.location)) from exc
        except READ_FAILURES as exc:
            reason = describe(exc) if isinstance(exc, sqlite3.Error) else f"{type(exc).__name__}: {exc}"
            if isinstance(exc, sqlite3.Error) and is_disk_or_file_failure(exc):
                text = QT_TRANSLATE_NOOP(
                    "StorageErrors", "Cannot read the workspace %1: %2. Nothing was changed.")
            else:
                text = QT_TRANSLATE_NOOP(
                    "StorageErrors", "Cannot read the workspace %1: %2. The file may be damaged; "
                    "`csp-desk check` lists the problems. Nothing was changed.")
            raise UnreadableError(text.arg(self.location, reason)) from exc

    return read  # type: ignore[return-value]
