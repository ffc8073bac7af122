"""The writes: each function runs inside the caller's transaction and appends its change-log row.

Validation errors (RankingError, ValueError) raised here roll the transaction back like any other
error; the caller turns sqlite3 errors into SaveError. Writes given what the writer last saw
(`expected`) compare it with the stored state first, inside the same transaction, and raise
ConflictError (nothing written) when another program changed it in between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from desktop_app.domain.companies import Company
from desktop_app.domain.data_labels import LINE_CONTEXT
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.ranking import RankEntry, RankingError, Snapshot, snapshot_date, validate_order
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text
from desktop_app.storage import queries
from desktop_app.storage.codec import dec_to_text, text_to_dec, to_json, utc_now
from desktop_app.storage.errors import ConflictError

_FIELD_WORDS = {  # a figure's word in a message, translated where it is shown
    "actual": QT_TRANSLATE_NOOP("StorageErrors", "actual"),
    "consensus": QT_TRANSLATE_NOOP("StorageErrors", "consensus"),
    "guidance": QT_TRANSLATE_NOOP("StorageErrors", "guidance"),
}


class Unchecked:
    """The type of UNCHECKED: no expected value given, write whatever is stored."""


UNCHECKED = Unchecked()
RANKING_CHANGED = QT_TRANSLATE_NOOP(
    "StorageErrors", "The ranking was changed by another program (for example `csp-desk ranking set`) "
    "since this window read it; nothing was written.")


def log(conn: sqlite3.Connection, kind: str, summary: str, detail: dict[str, Any]) -> None:
    """Append the change-log row of this write, with its author (the current user)."""
    from desktop_app.user import current_user

    conn.execute(
        "INSERT INTO change_log (at, kind, summary, detail, author) VALUES (?, ?, ?, ?, ?)",
        (utc_now(), kind, summary, to_json(detail), current_user()),
    )


def _entries_json(entries: Sequence[RankEntry]) -> list[dict[str, str]]:
    return [{"ticker": e.ticker, "rationale": e.rationale} for e in entries]


def _write_ranking(conn: sqlite3.Connection, entries: Sequence[RankEntry]) -> None:
    """Write the order; each rationale keeps who entered it: unchanged text keeps its author, the
    text of a note's snapshot is the note's again (no author), any other new text is entered by the
    current user now."""
    from desktop_app.user import current_user

    old = {t: (r, by, at) for t, r, by, at in conn.execute(
        "SELECT ticker, rationale, entered_by, entered_at FROM ranking")}
    from_notes = {(t, r) for t, r in conn.execute(
        "SELECT e.ticker, e.rationale FROM snapshot_entries e JOIN snapshots s"
        " ON s.snapshot_id = e.snapshot_id WHERE s.source_note <> ''")}
    now, user = utc_now(), current_user()

    def author(entry: RankEntry) -> tuple[str, str]:
        before = old.get(entry.ticker)
        if before is not None and before[0] == entry.rationale:
            return before[1], before[2]
        if not entry.rationale or (entry.ticker, entry.rationale) in from_notes:
            return "", ""
        return user, now

    conn.execute("DELETE FROM ranking")
    conn.executemany(
        "INSERT INTO ranking (rank, ticker, rationale, entered_by, entered_at) VALUES (?, ?, ?, ?, ?)",
        [(i, e.ticker, e.rationale, *author(e)) for i, e in enumerate(entries, start=1)],
    )


def rationale_authors(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """ticker → (entered_by, entered_at) of each rationale typed after the seed."""
    return {t: (by, at) for t, by, at in conn.execute(
        "SELECT ticker, entered_by, entered_at FROM ranking WHERE entered_by <> ''")}


def check_entries(entries: Sequence[RankEntry]) -> list[RankEntry]:
    """Normalise what the caller passed: RankEntry items with string rationales."""
    checked = []
    for entry in entries:
        if not isinstance(entry, RankEntry):
            raise RankingError(QT_TRANSLATE_NOOP("StorageErrors", "not a ranking entry: %1").arg(repr(entry)))
        if not isinstance(entry.rationale, str):
            raise RankingError(QT_TRANSLATE_NOOP(
                "StorageErrors", "the rationale for %1 must be text").arg(entry.ticker))
        checked.append(RankEntry(entry.ticker, entry.rationale.strip()))
    return checked


def current_ranking(conn: sqlite3.Connection,
                    expected: Sequence[RankEntry] | None = None) -> list[RankEntry]:
    """The stored ranking; ConflictError unless it is `expected` (order and rationales) when given."""
    current = queries.ranking(conn)
    if expected is not None and current != check_entries(expected):
        raise ConflictError(RANKING_CHANGED)
    return current


def set_ranking(conn: sqlite3.Connection, entries: Sequence[RankEntry], summary: str,
                expected: Sequence[RankEntry] | None = None) -> bool:
    """Replace the current ranking; False (and nothing written) when it is unchanged.
    ConflictError (nothing written) when `expected` is given and is not what is stored."""
    old = current_ranking(conn, expected)
    entries = check_entries(entries)
    validate_order([e.ticker for e in entries], queries.covered_tickers(conn))
    if old == entries:
        return False
    _write_ranking(conn, entries)
    text = summary.strip() or "Ranking: " + " > ".join(e.ticker for e in entries)
    log(conn, "ranking", text, {"old": _entries_json(old), "new": _entries_json(entries)})
    return True


def set_rationale(conn: sqlite3.Connection, ticker: str, text: str, expected: str,
                  summary: str) -> bool:
    """Set one name's rationale, the stored order staying as it is. ConflictError (nothing
    written) if the stored rationale is not `expected` or the name is no longer ranked."""
    current = queries.ranking(conn)
    found = [e for e in current if e.ticker == ticker]
    if not found or found[0].rationale != expected.strip():
        raise ConflictError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The rationale of %1 was changed by another program since this window "
            "read it; nothing was written.").arg(ticker))
    new = [RankEntry(e.ticker, text) if e.ticker == ticker else e for e in current]
    return set_ranking(conn, new, summary)


def save_snapshot(conn: sqlite3.Connection, label: str, note: str, taken_on: str,
                  expected: Sequence[RankEntry] | None = None) -> int:
    """Store the current ranking as a dated snapshot; returns its id. ConflictError (nothing
    written) when `expected` is given and the stored ranking is not that."""
    label = label.strip()
    if not label:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A snapshot needs a label, e.g. “2Q25 review”."))
    taken_on = snapshot_date(taken_on)  # YYYY-MM-DD or "": ValueError otherwise
    current = current_ranking(conn, expected)
    if not current:
        raise RankingError(QT_TRANSLATE_NOOP("StorageErrors", "There is no ranking to snapshot."))
    cursor = conn.execute(
        "INSERT INTO snapshots (label, taken_on, note, source_note, created_at)"
        " VALUES (?, ?, ?, '', ?)",
        (label, taken_on, note, utc_now()),
    )
    snapshot_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT INTO snapshot_entries (snapshot_id, rank, ticker, rationale, reason_zh)"
        " VALUES (?, ?, ?, ?, '')",
        [(snapshot_id, i, e.ticker, e.rationale) for i, e in enumerate(current, start=1)],
    )
    log(conn, "snapshot", f"Snapshot “{label}”: " + " > ".join(e.ticker for e in current), {
        "old": None,
        "new": {"snapshot_id": snapshot_id, "label": label, "taken_on": taken_on, "note": note,
                "entries": _entries_json(current)},
    })
    return snapshot_id


def set_scorecard_value(
    conn: sqlite3.Connection, company: str, period: Quarter, line: str, field: str,
    value: Decimal | None, expected: Decimal | None | Unchecked = UNCHECKED,
    provenance: Provenance | None = None,
) -> bool:
    """Set one value of a scorecard line, creating the line for that quarter if needed.

    The figure's provenance becomes `provenance` (default: entered by the current user, now; an
    empty Provenance puts back the line's own source). False (and nothing written) when the stored
    text is already the same. With `expected` (the value the writer saw, None for empty),
    ConflictError (nothing written) if the stored value is another, digit for digit.
    """
    from desktop_app.domain.scorecard import VALUE_FIELDS

    if field not in VALUE_FIELDS:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is not editable; choose one of %2.").arg(
                repr(field), ', '.join(VALUE_FIELDS)))
    if not isinstance(period, Quarter):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a quarter: %1").arg(repr(period)))
    new_text = dec_to_text(value)
    found = queries.company(conn, company)
    if found is None:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.").arg(repr(company)))
    defined = conn.execute(
        "SELECT label FROM line_defs WHERE company = ? AND key = ?", (company, line)
    ).fetchone()
    if not defined:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 has no scorecard line %2.").arg(company, repr(line)))
    key = (company, period.year, period.quarter, line)
    row = conn.execute(
        f"SELECT {field} FROM scorecard_lines WHERE company = ? AND fiscal_year = ?"
        " AND fiscal_quarter = ? AND line = ?",
        key,
    ).fetchone()
    old_text = row[0] if row else None
    if not isinstance(expected, Unchecked) and old_text != dec_to_text(expected):
        shown_now = old_text if old_text is not None else QT_TRANSLATE_NOOP("StorageErrors", "empty")
        # the line by its label (a standard one translated where it is shown), the figure's word
        raise ConflictError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 %2 %3 %4 was changed by another program since this window read it "
            "(it is now %5); nothing was written.").arg(
                company, found.period_label(period), Text(LINE_CONTEXT, str(defined[0])),
                _FIELD_WORDS.get(field, field), shown_now))
    if old_text == new_text:
        return False
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
    from desktop_app.storage import provenance as figure_sources
    from desktop_app.user import current_user

    if provenance is None:
        provenance = figure_sources.entered_now(current_user())
    figure_sources.record(conn, (company, period, line, field), provenance)
    label = found.period_label(period)
    shown = f"{old_text if old_text is not None else '—'} → {new_text if new_text is not None else '—'}"
    log(conn, "scorecard", f"{company} {label} {line} {field}: {shown}", {
        "company": company, "period": label, "fiscal_year": period.year,
        "fiscal_quarter": period.quarter, "line": line, "field": field, "created": row is None,
        "old": text_to_dec(old_text), "new": text_to_dec(new_text),
    })
    return True


def _company_json(company: Company) -> dict[str, Any]:
    return {"ticker": company.ticker, "name_en": company.name_en, "name_zh": company.name_zh,
            "fy_end_month": company.fy_end_month, "cloud_segment": company.cloud_segment}


def add_company(
    conn: sqlite3.Connection, company: Company, ranking: Sequence[RankEntry] | None = None,
    expected: Sequence[RankEntry] | None = None,
) -> Company:
    """Cover a company (again): it joins the end of the coverage and of the ranking.

    With `ranking` (undoing a removal), the ranking becomes exactly that order and those rationales
    and a formerly covered company gets its old coverage position back. ConflictError (nothing
    written) when `expected` is given and the stored ranking is not that.
    """
    current_ranking(conn, expected)
    ticker = company.ticker.strip()
    if not ticker:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A company needs a ticker."))
    if not company.name_en.strip():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 needs a name.").arg(ticker))
    if isinstance(company.fy_end_month, bool) or company.fy_end_month not in range(1, 13):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The fiscal year must end in a month 1-12, not %1.").arg(company.fy_end_month))
    company = Company(ticker, company.name_en.strip(), company.name_zh.strip(),
                      company.fy_end_month, company.cloud_segment.strip())
    row = conn.execute("SELECT covered FROM companies WHERE ticker = ?", (ticker,)).fetchone()
    if row is not None and row[0]:
        raise RankingError(QT_TRANSLATE_NOOP("StorageErrors", "%1 is already covered.").arg(ticker))
    position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM companies").fetchone()[0]
    if row is not None and ranking is not None:
        position = conn.execute("SELECT position FROM companies WHERE ticker = ?",
                                (ticker,)).fetchone()[0]
    if row is None:
        conn.execute(
            "INSERT INTO companies (ticker, position, covered, name_en, name_zh, fy_end_month,"
            " cloud_segment) VALUES (?, ?, 1, ?, ?, ?, ?)",
            (ticker, position, company.name_en, company.name_zh, company.fy_end_month,
             company.cloud_segment),
        )
    else:
        conn.execute(
            "UPDATE companies SET covered = 1, position = ?, name_en = ?, name_zh = ?,"
            " fy_end_month = ?, cloud_segment = ? WHERE ticker = ?",
            (position, company.name_en, company.name_zh, company.fy_end_month,
             company.cloud_segment, ticker),
        )
    old = queries.ranking(conn)
    if ranking is None:
        new = [*old, RankEntry(ticker)]
    else:
        new = check_entries(ranking)
        validate_order([e.ticker for e in new], queries.covered_tickers(conn))
    _write_ranking(conn, new)
    log(conn, "coverage", f"Added {ticker} ({company.name_en}) to the coverage", {
        "old": {"company": None, "ranking": _entries_json(old)},
        "new": {"company": _company_json(company), "ranking": _entries_json(new)},
    })
    return company


def remove_company(conn: sqlite3.Connection, ticker: str,
                   expected: Sequence[RankEntry] | None = None) -> None:
    """Stop covering a company: it leaves the ranking; its figures and snapshots stay.
    ConflictError (nothing written) when `expected` is given and the stored ranking is not that."""
    current_ranking(conn, expected)
    covered = queries.covered_tickers(conn)
    if ticker not in covered:
        raise RankingError(QT_TRANSLATE_NOOP("StorageErrors", "%1 is not covered.").arg(repr(ticker)))
    if len(covered) == 1:
        raise RankingError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is the last covered company; the ranking needs at least one.").arg(ticker))
    found = queries.company(conn, ticker)
    conn.execute("UPDATE companies SET covered = 0 WHERE ticker = ?", (ticker,))
    old = queries.ranking(conn)
    new = [e for e in old if e.ticker != ticker]
    _write_ranking(conn, new)
    log(conn, "coverage", f"Removed {ticker} from the coverage", {
        "old": {"company": _company_json(found) if found else None, "ranking": _entries_json(old)},
        "new": {"company": None, "ranking": _entries_json(new)},
    })


def delete_snapshot(conn: sqlite3.Connection, snapshot_id: int) -> None:
    """Remove a snapshot the user saved (to undo saving it); snapshots from a note stay."""
    found = queries.snapshots(conn, snapshot_id)
    if not found:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "There is no snapshot %1.").arg(snapshot_id))
    snapshot = found[0]
    if snapshot.source_note:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "“%1” comes from a broker note and cannot be removed.").arg(snapshot.label))
    conn.execute("DELETE FROM snapshot_entries WHERE snapshot_id = ?", (snapshot_id,))
    conn.execute("DELETE FROM snapshots WHERE snapshot_id = ?", (snapshot_id,))
    log(conn, "snapshot", f"Removed snapshot “{snapshot.label}”", {
        "old": _snapshot_json(snapshot), "new": None})


def restore_snapshot(conn: sqlite3.Connection, snapshot: Snapshot) -> None:
    """Put back a snapshot removed by `delete_snapshot`, under its old id (to redo saving it)."""
    if queries.snapshots(conn, snapshot.snapshot_id):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Snapshot %1 already exists.").arg(snapshot.snapshot_id))
    conn.execute(
        "INSERT INTO snapshots (snapshot_id, label, taken_on, note, source_note, created_at)"
        " VALUES (?, ?, ?, ?, '', ?)",
        (snapshot.snapshot_id, snapshot.label, snapshot.taken_on, snapshot.note, utc_now()),
    )
    conn.executemany(
        "INSERT INTO snapshot_entries (snapshot_id, rank, ticker, rationale, reason_zh)"
        " VALUES (?, ?, ?, ?, '')",
        [(snapshot.snapshot_id, e.rank, e.ticker, e.rationale) for e in snapshot.entries],
    )
    log(conn, "snapshot", f"Restored snapshot “{snapshot.label}”", {
        "old": None, "new": _snapshot_json(snapshot)})


def _snapshot_json(snapshot: Snapshot) -> dict[str, Any]:
    return {"snapshot_id": snapshot.snapshot_id, "label": snapshot.label,
            "taken_on": snapshot.taken_on, "note": snapshot.note,
            "entries": [{"rank": e.rank, "ticker": e.ticker, "rationale": e.rationale}
                        for e in snapshot.entries]}
