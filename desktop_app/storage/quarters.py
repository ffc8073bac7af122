"""Adding a quarter to a company's scorecard, and taking an empty one away again (its undo).

A new quarter is one empty `scorecard_lines` row per line the company defines: no figure, no print
and no source, ready to be filled. Each function runs inside the caller's transaction and appends
its change-log row; bad input raises ValueError and nothing is written.
"""

from __future__ import annotations

import sqlite3

from desktop_app.domain.periods import Quarter
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import queries
from desktop_app.storage.edits import log

_FIGURES = ("actual", "consensus", "guidance", "printed_actual_vs_consensus",
            "printed_actual_vs_guidance", "printed_guidance_vs_consensus", "printed_yoy",
            "printed_qoq")
_UNKNOWN_COMPANY = QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.")


def _where(company: str, period: Quarter) -> tuple[str, tuple[str, int, int]]:
    return ("company = ? AND fiscal_year = ? AND fiscal_quarter = ?",
            (company, period.year, period.quarter))


def add_quarter(conn: sqlite3.Connection, company: str, period: Quarter) -> list[str]:
    """Create the company's standard lines for `period`, all empty; the line keys created."""
    if not isinstance(period, Quarter):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a quarter: %1").arg(repr(period)))
    found = queries.company(conn, company)
    if found is None:
        raise ValueError(_UNKNOWN_COMPANY.arg(repr(company)))
    label = found.period_label(period)
    keys = [d.key for d in queries.line_defs(conn, company)]
    if not keys:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 has no scorecard lines to fill yet: add its lines first.").arg(
                found.name_en))
    where, params = _where(company, period)
    if conn.execute(f"SELECT 1 FROM scorecard_lines WHERE {where} LIMIT 1", params).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 already has %2.").arg(found.name_en, label))
    conn.executemany(
        "INSERT INTO scorecard_lines (company, fiscal_year, fiscal_quarter, line) VALUES (?, ?, ?, ?)",
        [(company, period.year, period.quarter, key) for key in keys],
    )
    log(conn, "scorecard", f"{company} {label}: new quarter with {len(keys)} empty lines", {
        "company": company, "period": label, "fiscal_year": period.year,
        "fiscal_quarter": period.quarter, "old": None, "new": {"lines": keys},
    })
    return keys


def remove_empty_quarter(conn: sqlite3.Connection, company: str, period: Quarter) -> None:
    """Delete a quarter whose lines hold no figure at all (undoing `add_quarter`)."""
    found = queries.company(conn, company)
    if found is None:
        raise ValueError(_UNKNOWN_COMPANY.arg(repr(company)))
    label = found.period_label(period)
    where, params = _where(company, period)
    rows = conn.execute(f"SELECT line, {', '.join(_FIGURES)} FROM scorecard_lines WHERE {where}",
                        params).fetchall()
    if not rows:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 has no %2.").arg(found.name_en, label))
    filled = [row[0] for row in rows if any(v is not None for v in row[1:])]
    if filled:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 %2 holds figures (%3…); it is not removed.").arg(
                found.name_en, label, ", ".join(filled[:3])))
    conn.execute(f"DELETE FROM scorecard_lines WHERE {where}", params)
    log(conn, "scorecard", f"{company} {label}: removed the empty quarter", {
        "company": company, "period": label, "fiscal_year": period.year,
        "fiscal_quarter": period.quarter, "old": {"lines": [row[0] for row in rows]}, "new": None,
    })
