"""Many scorecard figures set at once (an import from Excel, or its undo), with one change-log row.

Runs inside the caller's transaction: every change is checked before the first write, so a bad
one (unknown company or line, a field that is not editable, the same figure twice) raises
ValueError and nothing is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from desktop_app.domain.line_def import LineDef
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.scorecard import VALUE_FIELDS, ScorecardValue
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import queries
from desktop_app.storage.codec import dec_to_text, text_to_dec
from desktop_app.storage.edits import log
from desktop_app.storage.provenance import FigureKey, entered_now, record

_PRINTED = ("printed_actual_vs_consensus", "printed_actual_vs_guidance", "printed_guidance_vs_consensus",
            "printed_yoy", "printed_qoq")


def _check(conn: sqlite3.Connection, changes: Sequence[ScorecardValue]) -> None:
    companies = {c.ticker for c in queries.companies(conn, include_removed=True)}
    defined = set(conn.execute("SELECT company, key FROM line_defs").fetchall())
    seen: set[tuple[str, Quarter, str, str]] = set()
    for change in changes:
        company, period, line, field, value = change
        if field not in VALUE_FIELDS:
            raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 is not editable; choose one of %2.").arg(
                repr(field), ", ".join(VALUE_FIELDS)))
        if not isinstance(period, Quarter):
            raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a quarter: %1").arg(repr(period)))
        if company not in companies:
            raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.").arg(repr(company)))
        if (company, line) not in defined:
            raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 has no scorecard line %2.").arg(
                company, repr(line)))
        key = (company, period, line, field)
        if key in seen:
            raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 %2 %3 %4 is set twice.").arg(
                company, period.fiscal_label(), line, field))
        seen.add(key)
        dec_to_text(value)  # refuses floats, NaN and infinities


def apply_scorecard_changes(
    conn: sqlite3.Connection,
    changes: Sequence[ScorecardValue],
    summary: str,
    remove_empty_rows: Iterable[tuple[str, Quarter, str]] = (),
    provenance: Provenance | dict[FigureKey, Provenance] | None = None,
    new_lines: Sequence[LineDef] = (),
    remove_lines: Sequence[tuple[str, str]] = (),
    origin: Mapping[str, object] | None = None,
) -> int:
    """Set every value in `changes`; returns how many stored values changed (0 writes nothing).

    `remove_empty_rows`: rows (company, quarter, line) to delete if no figure is left in them,
    so that undoing an import that created a quarter's rows takes them away again.
    `provenance` of every changed figure: one for all, one per figure (a figure missing from the
    mapping goes back to its line's source: how an undo restores it), or by default "entered by"
    the current user now.
    `new_lines` are added first (an import that creates recognised lines); `remove_lines`
    (company, key) are taken away last, refused if they still hold a figure (that import's undo).
    `origin`, kept in the change-log row's detail so that the log can say what made the change:
    {"kind": "paste" | "import" | "command line", "file": the workbook's name (an import),
    "undo": True (the undo of one)}.
    """
    from desktop_app.storage import lines as line_edits

    for new_line in new_lines:
        line_edits.add_line(conn, new_line, empty_rows=False)
    _check(conn, changes)
    if provenance is None:
        from desktop_app.user import current_user

        provenance = entered_now(current_user())
    names = {c.ticker: c for c in queries.companies(conn, include_removed=True)}
    details: list[dict[str, Any]] = []
    for company, period, line, field, value in changes:
        key = (company, period.year, period.quarter, line)
        new_text = dec_to_text(value)
        row = conn.execute(
            f"SELECT {field} FROM scorecard_lines WHERE company = ? AND fiscal_year = ?"
            " AND fiscal_quarter = ? AND line = ?",
            key,
        ).fetchone()
        old_text = row[0] if row else None
        if old_text == new_text or (row is None and new_text is None):
            continue
        if row is None:
            conn.execute(
                f"INSERT INTO scorecard_lines (company, fiscal_year, fiscal_quarter, line, {field})"
                " VALUES (?, ?, ?, ?, ?)",
                (*key, new_text),
            )
        else:
            conn.execute(
                f"UPDATE scorecard_lines SET {field} = ? WHERE company = ? AND fiscal_year = ?"
                " AND fiscal_quarter = ? AND line = ?",
                (new_text, *key),
            )
        figure_key = (company, period, line, field)
        record(conn, figure_key, provenance.get(figure_key, Provenance()) if isinstance(provenance, dict)
               else provenance)
        details.append({
            "company": company, "period": names[company].period_label(period),
            "fiscal_year": period.year, "fiscal_quarter": period.quarter, "line": line,
            "field": field, "created": row is None,
            "old": text_to_dec(old_text), "new": text_to_dec(new_text),
        })
    removed = 0
    empty = " AND ".join(f"{c} IS NULL" for c in (*VALUE_FIELDS, *_PRINTED, "note_id"))
    for company, period, line in remove_empty_rows:
        cursor = conn.execute(
            "DELETE FROM scorecard_lines WHERE company = ? AND fiscal_year = ? AND fiscal_quarter = ?"
            f" AND line = ? AND {empty}",
            (company, period.year, period.quarter, line),
        )
        removed += cursor.rowcount
    for gone_company, gone_key in remove_lines:
        if line_edits.figures_held(conn, gone_company, gone_key):
            raise ValueError(QT_TRANSLATE_NOOP(
                "StorageErrors", "%1 %2 holds figures now; the line is not removed.").arg(
                    gone_company, gone_key))
        line_edits.remove_line(conn, gone_company, gone_key)
    if details or removed:
        text = summary.strip() or (
            f"{len(details)} scorecard figure{'s' if len(details) != 1 else ''} changed")
        detail: dict[str, Any] = {"changes": details, "rows_removed": removed,
                                  "old": [d["old"] for d in details], "new": [d["new"] for d in details]}
        if origin:
            detail["origin"] = dict(origin)
        log(conn, "scorecard", text, detail)
    return len(details)
