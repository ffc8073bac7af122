"""Creating a team workspace: `init_team(location, source)` makes the schema in an EMPTY PostgreSQL
database (a database holding any table is refused, untouched) and fills it, in one transaction,
with a copy of every table of a local workspace file (`source`), or with the data set that seeds
a new file. The copy keeps every id, change-log row and note file; a last change-log row says
where the team workspace came from.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import psycopg

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import pg_schema
from desktop_app.storage.edits import log
from desktop_app.storage.errors import WorkspaceError
from desktop_app.storage.pg_connection import PgConnection, display_location
from desktop_app.storage.team_workspace import connect_raw, open_error

if TYPE_CHECKING:
    from desktop_app.io.seed_data import SeedData


def _is_empty(db: PgConnection) -> list[str]:
    """The tables, views and sequences already in the database (none for an empty one)."""
    rows = db.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
        " ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'v', 'm', 'S', 'p', 'f')"
        " AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        " AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1").fetchall()
    return [str(r[0]) for r in rows]


def _copy_file(db: PgConnection, source: Path) -> dict[str, int]:
    """Copy every table of the workspace file `source` (opened and upgraded as the app does)."""
    from desktop_app.storage.workspace import Workspace

    if not source.is_file():
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "TeamErrors", "There is no workspace file at %1; nothing was created.").arg(source))
    counts = {}
    with Workspace.open(source) as workspace:
        conn = workspace._conn
        for table, _ in pg_schema.TABLES:
            columns = [str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            rows = conn.execute(f"SELECT {names} FROM {table}").fetchall()
            if rows:
                db.executemany(f"INSERT INTO {table} ({names}) VALUES"
                               f" ({', '.join('?' for _ in columns)})", rows)
            counts[table] = len(rows)
    return counts


def init_team(location: str, source: Path | None = None, seed: SeedData | None = None) -> str:
    """Create the team workspace at `location` from the file `source`, else from `seed` (default:
    the data set that seeds a new file); returns what was done (one line)."""
    from desktop_app.storage.codec import utc_now

    shown = display_location(location)
    try:
        raw = connect_raw(location, None)
    except psycopg.Error as exc:
        raise open_error(exc, shown) from exc
    db = PgConnection(raw)
    try:
        found = _is_empty(db)
        if found:
            listed = ", ".join(found[:5]) + (" …" if len(found) > 5 else "")
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "TeamErrors", "The database %1 is not empty (%2 tables or sequences: %3). A team "
                "workspace is created only in an empty database; nothing was changed.").arg(
                    shown, len(found), listed))
        db.begin()
        try:
            pg_schema.create(db.execute_pg, with_meta=source is None)
            conn = cast(sqlite3.Connection, db)
            if source is None:
                from desktop_app.storage.seed import fill

                if seed is None:
                    from desktop_app.io.seed_data import load_seed

                    seed = load_seed()
                conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
                fill(conn, seed)
                what = QT_TRANSLATE_NOOP(
                    "TeamSetup", "seeded with the data set (%1 companies, %2 scorecard figures)").arg(
                        len(seed.companies), len(seed.scorecard))
            else:
                counts = _copy_file(db, source)
                what = QT_TRANSLATE_NOOP("TeamSetup", "copied from %1 (%2 rows in %3 tables)").arg(
                    source, sum(counts.values()), len(counts))
            pg_schema.reset_sequences(db.execute_pg)
            detail: dict[str, Any] = {"old": None, "new": {"schema_version": pg_schema.target_version(),
                                                           "from": str(source) if source else None}}
            log(conn, "create", f"Team workspace created, {what}", detail)
            db.commit()
        except BaseException:
            db.rollback()
            raise
    except sqlite3.Error as exc:
        raise WorkspaceError(QT_TRANSLATE_NOOP(
            "TeamErrors", "Could not create the team workspace at %1: %2. Nothing was changed.").arg(
                shown, str(exc))) from exc
    finally:
        db.close()
    return QT_TRANSLATE_NOOP("TeamSetup", "Created the team workspace at %1, %2.").arg(shown, what)
