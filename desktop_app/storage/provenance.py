"""Provenance of scorecard figures entered after the seed: who typed or imported each actual,
consensus or guidance, and when (or the note it was taken from). A figure without a row here keeps
the provenance of its scorecard line (the note, figure and line it was transcribed from).

`record` with an empty Provenance removes the row (the figure is again "as the note says"): that
is how an undo puts the provenance back exactly as it was.
"""

from __future__ import annotations

import sqlite3

from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.storage.codec import utc_now

FigureKey = tuple[str, Quarter, str, str]  # company, fiscal quarter, line, field


def entered_now(user: str, where: str = "") -> Provenance:
    """Entered by `user` now (`where`: e.g. "Excel import book.xlsx")."""
    return Provenance(where=where, entered_by=user, entered_at=utc_now())


def figure_provenance(conn: sqlite3.Connection, company: str | None = None) -> dict[FigureKey, Provenance]:
    sql = ("SELECT company, fiscal_year, fiscal_quarter, line, field, note_id, figure, entered_by, entered_at"
           " FROM figure_provenance" + (" WHERE company = ?" if company else ""))
    return {(c, Quarter(int(y), int(q)), line, field): Provenance(n or None, w or "", b or "", a or "")
            for c, y, q, line, field, n, w, b, a in conn.execute(sql, (company,) if company else ())}


def record(conn: sqlite3.Connection, key: FigureKey, provenance: Provenance) -> None:
    company, period, line, field = key
    ids = (company, period.year, period.quarter, line, field)
    if not provenance.note_id and not provenance.entered_by:
        conn.execute("DELETE FROM figure_provenance WHERE company = ? AND fiscal_year = ?"
                     " AND fiscal_quarter = ? AND line = ? AND field = ?", ids)
        return
    conn.execute(
        "INSERT INTO figure_provenance (company, fiscal_year, fiscal_quarter, line, field, note_id, figure,"
        " entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (company, fiscal_year, fiscal_quarter, line, field) DO UPDATE SET"
        " note_id = excluded.note_id, figure = excluded.figure, entered_by = excluded.entered_by,"
        " entered_at = excluded.entered_at",
        (*ids, provenance.note_id, provenance.where, provenance.entered_by, provenance.entered_at))
