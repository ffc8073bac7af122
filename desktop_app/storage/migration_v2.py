"""Schema migration 2: any fiscal-year end month, editable scorecard lines, segment lines.

- `companies.fy_end_month` accepts 1-12 (version 1 allowed only 3, 6, 9, 12). SQLite cannot alter
  a CHECK constraint, so the table is rebuilt: its rows are copied aside, the table is dropped and
  created anew, and the rows go back, all in the caller's transaction. Foreign keys stay on: they
  are deferred to the commit (`PRAGMA defer_foreign_keys`, reset by SQLite at the end of the
  transaction), so the children (lines, figures, ranking, snapshots...) that point at a company
  while its row is away are checked once it is back; `PRAGMA foreign_key_check` must then be clean.
- `line_defs` gains `label_zh` (the Chinese label) and `unit` (empty: the kind's unit), both
  empty by default. Lines are added, renamed, reordered and removed in place (storage/lines.py).
- Alphabet and Meta, which version 1 left without lines, get the line sets of their reported
  segments from the data set (data/lines.csv), with no figure: only where the workspace covers
  that ticker and it has no line yet. Nothing else is touched: every row of every table stays.
"""

from __future__ import annotations

import sqlite3

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

_COMPANIES = """CREATE TABLE companies (
        ticker TEXT PRIMARY KEY CHECK (length(trim(ticker)) > 0),
        position INTEGER NOT NULL,
        covered INTEGER NOT NULL DEFAULT 1 CHECK (covered IN (0, 1)),
        name_en TEXT NOT NULL,
        name_zh TEXT NOT NULL DEFAULT '',
        fy_end_month INTEGER NOT NULL CHECK (fy_end_month BETWEEN 1 AND 12),
        cloud_segment TEXT NOT NULL DEFAULT ''
    )"""
_COLUMNS = "ticker, position, covered, name_en, name_zh, fy_end_month, cloud_segment"
SEGMENT_LINE_COMPANIES = ("GOOGL", "META")

DESCRIPTION = "fiscal years ending in any month; Chinese labels and units of lines; segment lines"


def _rebuild_companies(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA defer_foreign_keys = ON")
    conn.execute(f"CREATE TABLE companies_v1_rows AS SELECT {_COLUMNS} FROM companies")
    conn.execute("DROP TABLE companies")
    conn.execute(_COMPANIES)
    conn.execute(f"INSERT INTO companies ({_COLUMNS}) SELECT {_COLUMNS} FROM companies_v1_rows")
    conn.execute("DROP TABLE companies_v1_rows")
    problems = conn.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise sqlite3.IntegrityError(QT_TRANSLATE_NOOP(
            "StorageErrors", "foreign keys broken by the companies rebuild: %1").arg(problems[:3]))


def _segment_lines(conn: sqlite3.Connection) -> None:
    from desktop_app.io.seed_data import load_seed

    wanted = []
    for ticker in SEGMENT_LINE_COMPANIES:
        known = conn.execute("SELECT 1 FROM companies WHERE ticker = ?", (ticker,)).fetchone()
        has_lines = conn.execute("SELECT 1 FROM line_defs WHERE company = ? LIMIT 1", (ticker,)).fetchone()
        if known and not has_lines:
            wanted.append(ticker)
    if not wanted:
        return
    lines = [x for x in load_seed().lines if x.company in wanted]
    conn.executemany(
        "INSERT INTO line_defs (company, key, label, printed_label, section, kind, polarity,"
        " position, numerator, denominator, label_zh, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(x.company, x.key, x.label, x.printed_label, x.section, x.kind.value, int(x.polarity.value),
          x.position, x.numerator, x.denominator, x.label_zh, x.unit) for x in lines],
    )


def apply(conn: sqlite3.Connection) -> None:
    """Bring a version-1 workspace to version 2 inside the caller's transaction."""
    _rebuild_companies(conn)
    conn.execute("ALTER TABLE line_defs ADD COLUMN label_zh TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE line_defs ADD COLUMN unit TEXT NOT NULL DEFAULT ''")
    _segment_lines(conn)
