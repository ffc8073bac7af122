"""The workspace schema and its migrations.

The schema version lives in `PRAGMA user_version`; `MIGRATIONS[i]` brings a file from version `i`
to version `i + 1`, and all pending migrations run inside the caller's single transaction.
Migration 1 creates every table; migration 2 (storage/migration_v2.py) lets a fiscal year end in
any month and makes scorecard lines editable. A workspace is recognised by `PRAGMA application_id` and by the
`meta` row `app_id = 'csp-desk'`, both written by migration 1.

Opening a current workspace needs none of this module: storage/schema_version.py holds what it
needs (the application id, the version and how to read them) and this module is imported when a
file is created or upgraded.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop_app import APP_ID, __version__
from desktop_app.storage import migration_v2, schema_v3, schema_v4, schema_version
from desktop_app.storage.schema_version import (
    APPLICATION_ID,
    application_id,
    target_version,
    user_version,
)

__all__ = ["APPLICATION_ID", "MIGRATIONS", "SCHEMA_VERSION", "Migration", "application_id", "migrate",
           "target_version", "user_version"]


@dataclass(frozen=True)
class Migration:
    """One step of the workspace schema: the version it produces and how."""
    version: int  # the version this migration produces
    description: str
    apply: Callable[[sqlite3.Connection], None]


_V1 = (
    """CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL UNIQUE,
        file TEXT NOT NULL,
        broker TEXT NOT NULL,
        published TEXT NOT NULL DEFAULT '',
        title_zh TEXT NOT NULL,
        title_en TEXT NOT NULL
    )""",
    """CREATE TABLE companies (
        ticker TEXT PRIMARY KEY CHECK (length(trim(ticker)) > 0),
        position INTEGER NOT NULL,
        covered INTEGER NOT NULL DEFAULT 1 CHECK (covered IN (0, 1)),
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        fy_end_month INTEGER NOT NULL CHECK (fy_end_month IN (3, 6, 9, 12)),
        cloud_segment TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE line_defs (
        company TEXT NOT NULL REFERENCES companies (ticker),
        key TEXT NOT NULL,
        label TEXT NOT NULL,
        printed_label TEXT NOT NULL,
        section TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('amount', 'per_share', 'rate')),
        polarity INTEGER NOT NULL CHECK (polarity IN (-1, 0, 1)),
        position INTEGER NOT NULL,
        numerator TEXT,
        denominator TEXT,
        PRIMARY KEY (company, key)
    )""",
    """CREATE TABLE scorecard_lines (
        company TEXT NOT NULL REFERENCES companies (ticker),
        fiscal_year INTEGER NOT NULL CHECK (fiscal_year BETWEEN 1900 AND 2999),
        fiscal_quarter INTEGER NOT NULL CHECK (fiscal_quarter BETWEEN 1 AND 4),
        line TEXT NOT NULL,
        actual TEXT,
        consensus TEXT,
        guidance TEXT,
        printed_actual_vs_consensus TEXT,
        printed_actual_vs_guidance TEXT,
        printed_guidance_vs_consensus TEXT,
        printed_yoy TEXT,
        printed_qoq TEXT,
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT,
        source_line INTEGER,
        remark TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (company, fiscal_year, fiscal_quarter, line),
        FOREIGN KEY (company, line) REFERENCES line_defs (company, key)
    )""",
    """CREATE TABLE forecasts (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL REFERENCES companies (ticker),
        year TEXT NOT NULL,
        metric TEXT NOT NULL,
        value TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        printed_change_pct TEXT,
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT,
        source_line INTEGER,
        UNIQUE (company, year, metric)
    )""",
    """CREATE TABLE targets (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL UNIQUE REFERENCES companies (ticker),
        rating TEXT NOT NULL DEFAULT '',
        share_price TEXT,
        market_cap_bn TEXT,
        target_new TEXT,
        target_old TEXT,
        printed_upside TEXT,
        printed_target_change TEXT,
        valuation_new TEXT NOT NULL DEFAULT '',
        valuation_old TEXT NOT NULL DEFAULT '',
        remark TEXT NOT NULL DEFAULT '',
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT,
        source_line INTEGER
    )""",
    """CREATE TABLE supply_chain (
        id INTEGER PRIMARY KEY,
        csp TEXT NOT NULL REFERENCES companies (ticker),
        ticker TEXT NOT NULL,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        analyst_zh TEXT NOT NULL DEFAULT '',
        rating_zh TEXT NOT NULL DEFAULT '',
        rating_en TEXT NOT NULL DEFAULT '',
        target_ntd TEXT,
        revenue_share TEXT NOT NULL DEFAULT '',
        product_zh TEXT NOT NULL DEFAULT '',
        product_en TEXT NOT NULL DEFAULT '',
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT,
        source_line INTEGER,
        UNIQUE (csp, ticker)
    )""",
    """CREATE TABLE statements (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        topic TEXT NOT NULL,
        company TEXT REFERENCES companies (ticker),
        period TEXT NOT NULL DEFAULT '',
        metric TEXT NOT NULL DEFAULT '',
        value TEXT,
        unit TEXT NOT NULL DEFAULT '',
        text_zh TEXT NOT NULL,
        text_en TEXT NOT NULL,
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT,
        source_line INTEGER
    )""",
    """CREATE TABLE cloud_reads (
        id INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES sources (note_id),
        period TEXT NOT NULL,
        position INTEGER NOT NULL,
        company TEXT NOT NULL REFERENCES companies (ticker),
        segment TEXT NOT NULL,
        growth_trend_zh TEXT NOT NULL,
        growth_trend_en TEXT NOT NULL,
        vs_consensus TEXT,
        vs_consensus_unit TEXT NOT NULL DEFAULT '',
        figure TEXT,
        source_line INTEGER,
        UNIQUE (note_id, company)
    )""",
    """CREATE TABLE snapshots (
        snapshot_id INTEGER PRIMARY KEY AUTOINCREMENT,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0),
        taken_on TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        source_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE snapshot_entries (
        snapshot_id INTEGER NOT NULL REFERENCES snapshots (snapshot_id),
        rank INTEGER NOT NULL CHECK (rank >= 1),
        ticker TEXT NOT NULL REFERENCES companies (ticker),
        rationale TEXT NOT NULL DEFAULT '',
        reason_zh TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (snapshot_id, rank),
        UNIQUE (snapshot_id, ticker)
    )""",
    """CREATE TABLE ranking (
        rank INTEGER PRIMARY KEY CHECK (rank >= 1),
        ticker TEXT NOT NULL UNIQUE REFERENCES companies (ticker),
        rationale TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE change_log (
        entry_id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT '{}'
    )""",
    """CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    """CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
       BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END""",
    "CREATE INDEX snapshot_entries_ticker ON snapshot_entries (ticker)",
    "CREATE INDEX scorecard_lines_line ON scorecard_lines (company, line)",
)


def _create_v1(conn: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would COMMIT the surrounding transaction.
    for statement in _V1:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [("app_id", APP_ID), ("created_by", f"CSP Desk {__version__}")],
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


MIGRATIONS: list[Migration] = [
    Migration(1, "create all tables", _create_v1),
    Migration(2, migration_v2.DESCRIPTION, migration_v2.apply),
    Migration(3, schema_v3.DESCRIPTION, schema_v3.apply),
    Migration(4, schema_v4.DESCRIPTION, schema_v4.apply),
]
SCHEMA_VERSION = len(MIGRATIONS)
if SCHEMA_VERSION != schema_version.SCHEMA_VERSION:  # a programming error, caught by any test
    raise RuntimeError(f"schema_version.SCHEMA_VERSION is {schema_version.SCHEMA_VERSION}, "
                       f"but there are {SCHEMA_VERSION} migrations")


def migrate(
    conn: sqlite3.Connection, from_version: int, migrations: Sequence[Migration] | None = None
) -> list[Migration]:
    """Apply the migrations after `from_version`; the caller holds the transaction.

    Returns the migrations that ran. Sets `user_version` to the last one's version.
    """
    steps = list(MIGRATIONS if migrations is None else migrations)
    for index, step in enumerate(steps, start=1):
        if step.version != index:
            # A programming error in MIGRATIONS (caught by the tests): never shown to a user.
            raise RuntimeError(f"migration list out of order: #{index} claims version {step.version}")
    pending = steps[from_version:]
    for step in pending:
        step.apply(conn)
        conn.execute(f"PRAGMA user_version = {int(step.version)}")
    return pending
