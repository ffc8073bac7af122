"""Schema migration "notes and market data" (one function, so it can be renumbered at a merge).

Adds, keeping every existing row:
- research notes beyond the seed: `sources` gains analyst, who added it and when; `note_files`
  holds a note's attached file (the PDF) as a blob inside the workspace;
- `price_history` (share price with its as-of date) and `target_history` (date, rating, target);
  both are filled from Figure 1 (`targets`): the note's date is the as-of date where the note gives
  a full date, else the date stays empty (unknown) rather than being invented;
- provenance of what is entered later: `figure_provenance` for each scorecard figure (actual,
  consensus, guidance), `entered_by` / `entered_at` on forecasts, statements and the ranking.
"""

from __future__ import annotations

import re
import sqlite3

DESCRIPTION = "research notes with files, dated prices and targets, provenance of entered figures"

_STATEMENTS = (
    "ALTER TABLE sources ADD COLUMN analyst TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN added_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sources ADD COLUMN added_at TEXT NOT NULL DEFAULT ''",
    """CREATE TABLE note_files (
        note_id TEXT PRIMARY KEY REFERENCES sources (note_id),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        size INTEGER NOT NULL CHECK (size >= 0),
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE price_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        company TEXT NOT NULL REFERENCES companies (ticker),
        price TEXT NOT NULL,
        as_of TEXT CHECK (as_of IS NULL OR as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT NOT NULL DEFAULT '',
        source_line INTEGER,
        entered_by TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE target_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        company TEXT NOT NULL REFERENCES companies (ticker),
        as_of TEXT CHECK (as_of IS NULL OR as_of GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        rating TEXT NOT NULL DEFAULT '',
        target TEXT NOT NULL,
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT NOT NULL DEFAULT '',
        source_line INTEGER,
        entered_by TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE figure_provenance (
        company TEXT NOT NULL,
        fiscal_year INTEGER NOT NULL,
        fiscal_quarter INTEGER NOT NULL,
        line TEXT NOT NULL,
        field TEXT NOT NULL CHECK (field IN ('actual', 'consensus', 'guidance')),
        note_id TEXT REFERENCES sources (note_id),
        figure TEXT NOT NULL DEFAULT '',
        entered_by TEXT NOT NULL DEFAULT '',
        entered_at TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (company, fiscal_year, fiscal_quarter, line, field)
    )""",
    "ALTER TABLE forecasts ADD COLUMN entered_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE forecasts ADD COLUMN entered_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE statements ADD COLUMN entered_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE statements ADD COLUMN entered_at TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE ranking ADD COLUMN entered_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE ranking ADD COLUMN entered_at TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX price_history_company ON price_history (company, as_of)",
    "CREATE INDEX target_history_company ON target_history (company, as_of)",
)

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def apply(conn: sqlite3.Connection) -> None:
    """The migration: new tables and columns, then Figure 1's prices and targets as history."""
    for statement in _STATEMENTS:  # one at a time: executescript() would COMMIT
        conn.execute(statement)
    backfill_market(conn)


def backfill_market(conn: sqlite3.Connection) -> None:
    """Figure 1's share prices and new targets as the first history rows of each company (where the
    company has none yet), dated with the note's date where the note gives a full date."""
    published = {note: text for note, text in conn.execute("SELECT note_id, published FROM sources")}
    rows = conn.execute(
        "SELECT company, rating, share_price, target_new, note_id, figure, source_line FROM targets"
        " ORDER BY id").fetchall()
    for company, rating, price, target, note_id, figure, line in rows:
        text = published.get(note_id, "") or ""
        as_of = text if _FULL_DATE.match(text) else None
        if price is not None and not conn.execute(
                "SELECT 1 FROM price_history WHERE company = ?", (company,)).fetchone():
            conn.execute(
                "INSERT INTO price_history (company, price, as_of, note_id, figure, source_line)"
                " VALUES (?, ?, ?, ?, ?, ?)", (company, price, as_of, note_id, figure or "", line))
        if target is not None and not conn.execute(
                "SELECT 1 FROM target_history WHERE company = ?", (company,)).fetchone():
            conn.execute(
                "INSERT INTO target_history (company, as_of, rating, target, note_id, figure, source_line)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", (company, as_of, rating or "", target, note_id,
                                                  figure or "", line))
