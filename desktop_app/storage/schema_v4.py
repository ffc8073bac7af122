"""Schema migration "authors" (one function, so it can be renumbered at a merge).

Every change-log row records who made it (`CSP_DESK_USER`, else the login name), so a team
workspace can say "Ann moved Amazon to 1 at 14:02". Rows written before this migration keep an
empty author (unknown), never a guessed one.
"""

from __future__ import annotations

import sqlite3

DESCRIPTION = "the author of every change-log row"


def apply(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE change_log ADD COLUMN author TEXT NOT NULL DEFAULT ''")
