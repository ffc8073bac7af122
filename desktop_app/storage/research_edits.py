"""Forecasts (Figure 1) and statements entered after the seed, each with its source: a note (with
figure or page) or "entered by <user>, <date>"; statements (seed ones too) edited with a source.
Validated before anything is written (ValueError); every write appends a change-log row; the undo
of each is here too.
"""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.codec import dec_to_text, utc_now
from desktop_app.storage.edits import UNCHECKED, log
from desktop_app.storage.errors import ConflictError

_FORECAST_COLUMNS = ("company", "year", "metric", "value", "unit", "printed_change_pct", "note_id", "figure",
                     "source_line", "entered_by", "entered_at")


def _check_source(conn: sqlite3.Connection, company: str | None, note_id: str | None) -> None:
    if company is not None and not conn.execute("SELECT 1 FROM companies WHERE ticker = ?",
                                                (company,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.").arg(repr(company)))
    if note_id and not conn.execute("SELECT 1 FROM sources WHERE note_id = ?", (note_id,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "No note %1 in the workspace.").arg(repr(note_id)))


def forecast_row(conn: sqlite3.Connection, company: str, year: str, metric: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(_FORECAST_COLUMNS)} FROM forecasts WHERE company = ? AND year = ?"
                       " AND metric = ?", (company, year, metric)).fetchone()
    return dict(zip(_FORECAST_COLUMNS, row, strict=True)) if row else None


_FORECAST_CHANGED = QT_TRANSLATE_NOOP(
    "StorageErrors", "The forecast %1 was changed by another program since this window read it (it is "
    "now %2); nothing was written.")


def _check_forecast(old: dict[str, Any] | None, expected: object, what: str) -> None:
    """ConflictError unless the stored value (text; None: no row) is `expected` (UNCHECKED: any)."""
    if expected is UNCHECKED:
        return
    stored = old["value"] if old is not None else None
    if stored != expected:
        raise ConflictError(_FORECAST_CHANGED.arg(
            what, stored if stored is not None else QT_TRANSLATE_NOOP("StorageErrors", "removed")))


def set_forecast(conn: sqlite3.Connection, company: str, year: str, metric: str, value: Decimal, unit: str,
                 user: str, note_id: str | None = None, where: str = "",
                 expected: object = UNCHECKED) -> dict[str, Any] | None:
    """Add a forecast figure or change one; returns the row it replaced (None if new). A changed
    figure drops the note's printed change against the previous forecast (it was about the old one).
    With `expected` (the stored value text the writer last saw, None for no row) it is compare-and-set."""
    year, metric, unit = year.strip(), metric.strip(), unit.strip()
    if not year or not metric:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "A forecast needs its year (2025, FY26) and its metric (Revenue (US$mn))."))
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Not a number: %1.").arg(repr(value)))
    _check_source(conn, company, note_id)
    old = forecast_row(conn, company, year, metric)
    _check_forecast(old, expected, f"{company} {year} {metric}")
    row = {"company": company, "year": year, "metric": metric, "value": dec_to_text(value), "unit": unit,
           "printed_change_pct": None, "note_id": note_id or None, "figure": where if note_id else None,
           "source_line": None, "entered_by": user, "entered_at": utc_now()}
    if old is not None and old["value"] == row["value"] and old["unit"] == unit:
        row["printed_change_pct"] = old["printed_change_pct"]  # only the source changed
    _write_forecast(conn, row, replace=old is not None)
    log(conn, "forecast", f"{company} {year} {metric} forecast {old['value'] if old else '—'} → {value}",
        {"company": company, "year": year, "metric": metric, "old": old["value"] if old else None,
         "new": value, "note_id": note_id, "entered_by": user})
    return old


def _write_forecast(conn: sqlite3.Connection, row: dict[str, Any], replace: bool) -> None:
    if replace:
        sets = ", ".join(f"{c} = ?" for c in _FORECAST_COLUMNS[3:])
        conn.execute(f"UPDATE forecasts SET {sets} WHERE company = ? AND year = ? AND metric = ?",
                     (*[row[c] for c in _FORECAST_COLUMNS[3:]], row["company"], row["year"], row["metric"]))
    else:
        conn.execute(f"INSERT INTO forecasts ({', '.join(_FORECAST_COLUMNS)}) VALUES"
                     f" ({', '.join('?' for _ in _FORECAST_COLUMNS)})", [row[c] for c in _FORECAST_COLUMNS])


def restore_forecast(conn: sqlite3.Connection, company: str, year: str, metric: str,
                     previous: dict[str, Any] | None, written: object = UNCHECKED) -> None:
    """The undo of set_forecast: put the replaced row back, or remove the added one. With `written`
    (the value text the undone write stored) it is compare-and-set: ConflictError, nothing written,
    when someone changed the forecast since."""
    _check_forecast(forecast_row(conn, company, year, metric), written, f"{company} {year} {metric}")
    if previous is None:
        conn.execute("DELETE FROM forecasts WHERE company = ? AND year = ? AND metric = ?",
                     (company, year, metric))
    else:
        _write_forecast(conn, previous, replace=True)
    log(conn, "forecast", f"{company} {year} {metric} forecast restored (undo)",
        {"company": company, "year": year, "metric": metric, "undo": True})


def add_statement(conn: sqlite3.Connection, topic: str, company: str | None, text: str, user: str,
                  note_id: str | None = None, where: str = "", period: str = "") -> str:
    """Record a statement (a point a note makes, or the user's own); returns its key."""
    text = text.strip()
    from desktop_app.domain.statements import TOPICS

    if topic not in TOPICS:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Unknown topic %1; choose one of %2.").arg(repr(topic), ', '.join(TOPICS)))
    if not text:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A statement needs its text."))
    if len(text) > 4000:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A statement is at most 4,000 characters."))
    _check_source(conn, company, note_id)
    number = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM statements").fetchone()[0]
    key = f"u{number}-{topic}"
    conn.execute(
        "INSERT INTO statements (key, topic, company, period, metric, value, unit, text_zh, text_en,"
        " note_id, figure, source_line, entered_by, entered_at)"
        " VALUES (?, ?, ?, ?, '', NULL, '', '', ?, ?, ?, NULL, ?, ?)",
        (key, topic, company, period.strip(), text, note_id or None, where if note_id else None, user,
         utc_now()))
    log(conn, "statement", f"Statement added ({topic}, {company or 'sector'}): {text[:60]}",
        {"key": key, "topic": topic, "company": company, "note_id": note_id, "entered_by": user,
         "text": text})
    return key


def remove_statement(conn: sqlite3.Connection, key: str) -> None:
    """The undo of add_statement (only statements added after the seed)."""
    if not key.startswith("u"):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Only statements entered in the app can be removed."))
    conn.execute("DELETE FROM statements WHERE key = ?", (key,))
    log(conn, "statement", f"Statement {key} removed (undo)", {"key": key, "removed": True})


_STATEMENT_SOURCE = ("text_en", "text_zh", "value", "metric", "unit", "note_id", "figure", "source_line",
                     "entered_by", "entered_at")


def _statement_row(conn: sqlite3.Connection, key: str, expected: str) -> dict[str, Any]:
    row = conn.execute(f"SELECT {', '.join(_STATEMENT_SOURCE)} FROM statements WHERE key = ?",
                       (key,)).fetchone()
    if row is None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Statement %1 was changed by another program (it is gone); nothing was "
            "written.").arg(key))
    found = dict(zip(_STATEMENT_SOURCE, row, strict=True))
    if found["text_en"] != expected:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Statement %1 was changed by another program since this window read it "
            "(it now reads %2); nothing was written.").arg(key, repr(found['text_en'][:60])))
    return found


def _write_statement(conn: sqlite3.Connection, key: str, row: dict[str, Any]) -> None:
    sets = ", ".join(f"{c} = ?" for c in _STATEMENT_SOURCE)
    conn.execute(f"UPDATE statements SET {sets} WHERE key = ?", (*[row[c] for c in _STATEMENT_SOURCE], key))


def edit_statement(conn: sqlite3.Connection, key: str, text: str, expected: str, user: str,
                   note_id: str | None = None, where: str = "") -> dict[str, Any]:
    """Change a statement's text and source (compare-and-set: ConflictError, nothing written, if its
    text is no longer `expected`, the text the editor saw); returns the replaced text and source for
    the undo. The statement is then cited to `note_id` (with `where`) or entered by `user`, now.
    The note's original wording (中文) and the figure it states stay only while the same note is
    cited; citing another note or none drops them (they were that note's), and the undo puts them back."""
    text = text.strip()
    if not text:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A statement needs its text."))
    if len(text) > 4000:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A statement is at most 4,000 characters."))
    _check_source(conn, None, note_id)
    old = _statement_row(conn, key, expected)
    same_note = bool(note_id) and note_id == old["note_id"]
    new = {"text_en": text, "text_zh": old["text_zh"] if same_note else "",
           "value": old["value"] if same_note else None, "metric": old["metric"] if same_note else "",
           "unit": old["unit"] if same_note else "", "note_id": note_id or None,
           "figure": where if note_id else None,
           "source_line": old["source_line"] if same_note and where == old["figure"] else None,
           "entered_by": user, "entered_at": utc_now()}
    _write_statement(conn, key, new)
    log(conn, "statement", f"Statement {key} edited: {text[:60]}",
        {"key": key, "old": {"text": old["text_en"], "note_id": old["note_id"], "figure": old["figure"]},
         "new": {"text": text, "note_id": note_id or None, "figure": new["figure"]}, "entered_by": user})
    return old


def restore_statement(conn: sqlite3.Connection, key: str, previous: dict[str, Any], expected: str) -> None:
    """The undo of edit_statement: put back the text and source it replaced (compare-and-set against
    `expected`, the edited text)."""
    _statement_row(conn, key, expected)
    _write_statement(conn, key, previous)
    log(conn, "statement", f"Statement {key} restored (undo)",
        {"key": key, "undo": True, "text": previous["text_en"], "note_id": previous["note_id"]})


def entered(conn: sqlite3.Connection, table: str) -> dict[Any, tuple[str, str]]:
    """Who entered each forecast ((company, year, metric)) or statement (key), and when."""
    if table == "forecasts":
        return {(c, y, m): (b, a) for c, y, m, b, a in conn.execute(
            "SELECT company, year, metric, entered_by, entered_at FROM forecasts WHERE entered_by <> ''")}
    return {k: (b, a) for k, b, a in conn.execute(
        "SELECT key, entered_by, entered_at FROM statements WHERE entered_by <> ''")}
