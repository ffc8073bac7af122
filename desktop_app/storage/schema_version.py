"""What opening a workspace needs to know of its schema: the application id that marks a workspace
file, the version this build writes, and how to read both from a file.

The migrations themselves (storage/schema.py, with the steps of storage/migration_v2.py,
schema_v3.py and schema_v4.py) are imported only when a file is created or has to be upgraded:
opening a current workspace, as every start does, needs none of them.
"""

from __future__ import annotations

import sqlite3
import sys

APPLICATION_ID = 0x43535044  # "CSPD" in the SQLite header (offset 68)
SCHEMA_VERSION = 4  # len(schema.MIGRATIONS): schema.py refuses to load if the two differ


def target_version() -> int:
    """The version this build writes. Once storage/schema.py is loaded, its `MIGRATIONS` as they
    are at call time (tests extend or shorten the list); before that no list can have changed."""
    schema = sys.modules.get("desktop_app.storage.schema")
    return SCHEMA_VERSION if schema is None else len(schema.MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])
