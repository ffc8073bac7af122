"""Dated share prices and rating / target-price history: reads, validated writes and their undo.

Every write appends a change-log row. A price or target is validated before anything is written
(ValueError with the reason): a known company, a positive number, a real date not in the future, a
note that exists. Each record keeps its provenance: the note it was taken from, and who entered it
and when.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal

from desktop_app.domain.market import PricePoint, TargetPoint
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.codec import dec_to_text, utc_now
from desktop_app.storage.edits import log

MAX_PRICE = Decimal("10000000")  # per share, any currency: a typo guard, not a market view


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _provenance(note_id: str | None, figure: str, by: str, at: str) -> Provenance:
    return Provenance(note_id or None, figure or "", by or "", at or "")


def prices(conn: sqlite3.Connection, company: str | None = None) -> list[PricePoint]:
    sql = ("SELECT id, company, price, as_of, note_id, figure, entered_by, entered_at FROM price_history"
           + (" WHERE company = ?" if company else "") + " ORDER BY company, coalesce(as_of, ''), id")
    rows = conn.execute(sql, (company,) if company else ()).fetchall()
    return [PricePoint(company=c, price=Decimal(p), as_of=_date(d), provenance=_provenance(n, f, b, a),
                       id=i) for i, c, p, d, n, f, b, a in rows]


def targets(conn: sqlite3.Connection, company: str | None = None) -> list[TargetPoint]:
    sql = ("SELECT id, company, as_of, rating, target, note_id, figure, entered_by, entered_at"
           " FROM target_history" + (" WHERE company = ?" if company else "")
           + " ORDER BY company, coalesce(as_of, ''), id")
    rows = conn.execute(sql, (company,) if company else ()).fetchall()
    return [TargetPoint(company=c, as_of=_date(d), rating=r, target=Decimal(t),
                        provenance=_provenance(n, f, b, a), id=i) for i, c, d, r, t, n, f, b, a in rows]


def stale_days(conn: sqlite3.Connection, default: int) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = 'stale_price_days'").fetchone()
    try:
        return int(row[0]) if row else default
    except ValueError:
        return default


def set_stale_days(conn: sqlite3.Connection, days: int) -> None:
    if not 1 <= int(days) <= 365:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A price turns stale after 1 to 365 days."))
    conn.execute("INSERT INTO meta (key, value) VALUES ('stale_price_days', ?)"
                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(int(days)),))
    log(conn, "setting", f"Prices are stale after {int(days)} days", {"stale_price_days": int(days)})


def _check(conn: sqlite3.Connection, company: str, value: Decimal, as_of: date, note_id: str | None,
           what: str) -> None:
    if not conn.execute("SELECT 1 FROM companies WHERE ticker = ?", (company,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.").arg(repr(company)))
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The %1 must be a number above zero, not %2.").arg(what, value))
    if value >= MAX_PRICE:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The %1 %2 is implausibly large.").arg(what, value))
    if not isinstance(as_of, date):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Not a date: %1.").arg(repr(as_of)))
    if as_of > date.today():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The date %1 is in the future.").arg(as_of.isoformat()))
    if note_id and not conn.execute("SELECT 1 FROM sources WHERE note_id = ?", (note_id,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "No note %1 in the workspace (see `note list`).").arg(repr(note_id)))


def add_price(conn: sqlite3.Connection, company: str, price: Decimal, as_of: date, user: str,
              note_id: str | None = None, figure: str = "") -> int:
    """Record a share price with its date; returns the new record's id."""
    _check(conn, company, price, as_of, note_id, "share price")
    cursor = conn.execute(
        "INSERT INTO price_history (company, price, as_of, note_id, figure, entered_by, entered_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (company, dec_to_text(price), as_of.isoformat(), note_id or None, figure, user, utc_now()))
    new_id = int(cursor.lastrowid or 0)
    log(conn, "price", f"{company} share price {price} as of {as_of.isoformat()}",
        {"company": company, "id": new_id, "price": price, "as_of": as_of.isoformat(), "note_id": note_id,
         "entered_by": user})
    return new_id


def add_target(conn: sqlite3.Connection, company: str, target: Decimal, as_of: date, user: str,
               rating: str = "", note_id: str | None = None, figure: str = "") -> int:
    """Record a target price (and rating, if stated) with its date; returns the new record's id."""
    _check(conn, company, target, as_of, note_id, "target price")
    rating = (rating or "").strip()
    if len(rating) > 40:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "A rating is a short word such as OP, Buy or Neutral."))
    cursor = conn.execute(
        "INSERT INTO target_history (company, as_of, rating, target, note_id, figure, entered_by,"
        " entered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (company, as_of.isoformat(), rating, dec_to_text(target), note_id or None, figure, user,
         utc_now()))
    new_id = int(cursor.lastrowid or 0)
    shown = f" ({rating})" if rating else ""
    log(conn, "target", f"{company} target price {target}{shown} as of {as_of.isoformat()}",
        {"company": company, "id": new_id, "target": target, "rating": rating,
         "as_of": as_of.isoformat(), "note_id": note_id, "entered_by": user})
    return new_id


def remove_record(conn: sqlite3.Connection, table: str, record_id: int) -> None:
    """Take back a recorded price or target (the undo of adding it)."""
    if table not in ("price_history", "target_history"):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a market-data table: %1").arg(table))
    row = conn.execute(f"SELECT company FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "That record is no longer in the workspace."))
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (record_id,))
    what = "share price" if table == "price_history" else "target price"
    log(conn, "price" if table == "price_history" else "target", f"{row[0]} {what} record removed (undo)",
        {"company": row[0], "id": record_id, "removed": True})


