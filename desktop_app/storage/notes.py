"""Research notes in the workspace: the `sources` table (seed notes and any added later), attached
files stored as blobs in `note_files` (size-capped), and every record that cites a note.

New notes get the next id of the seed's sequence (`n002`, …). A note is validated before anything
is written (ValueError with the reason); removing one (the undo of adding it) is refused while
anything cites it.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.domain.periods import Quarter
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, plural
from desktop_app.storage.codec import utc_now
from desktop_app.storage.edits import log

if TYPE_CHECKING:  # imported where they are made: the first paint reads no note
    from desktop_app.domain.notes import Citation, Note

_ID = r"^n(\d+)$"  # compiled when first used (re caches it), not at import
MAX_NOTE_FILE_BYTES = 25 * 1024 * 1024  # a broker PDF is a few MB; refuse what would bloat the file


def notes(conn: sqlite3.Connection) -> list[Note]:
    from desktop_app.domain.notes import Note

    rows = conn.execute(
        "SELECT s.note_id, s.broker, s.published, s.title_en, s.title_zh, s.analyst, s.file, f.name, f.size,"
        " s.added_by, s.added_at FROM sources s LEFT JOIN note_files f ON f.note_id = s.note_id"
        " ORDER BY s.id").fetchall()
    return [Note(note_id=n, broker=b, published=p or "", title=en or zh, title_zh=zh or "", analyst=a or "",
                 file_name=stored or file or "", file_size=size, added_by=by or "", added_at=at or "")
            for n, b, p, en, zh, a, file, stored, size, by, at in rows]


def note_file(conn: sqlite3.Connection, note_id: str) -> tuple[str, bytes] | None:
    row = conn.execute("SELECT name, data FROM note_files WHERE note_id = ?", (note_id,)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def next_id(conn: sqlite3.Connection) -> str:
    numbers = [int(m.group(1)) for (note_id,) in conn.execute("SELECT note_id FROM sources")
               if (m := re.match(_ID, note_id))]
    return f"n{(max(numbers) + 1 if numbers else 0):03d}"


def check_file(name: str, size: int) -> None:
    if not name.strip():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "The attached file has no name."))
    if size > MAX_NOTE_FILE_BYTES:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is %2 MB; files up to %3 MB are kept in the workspace. Attach a smaller "
            "copy (e.g. the PDF without images).").arg(
                name, f"{size / 1_048_576:.1f}", MAX_NOTE_FILE_BYTES // 1_048_576))


def add_note(conn: sqlite3.Connection, broker: str, published: date, title: str, user: str,
             analyst: str = "", file: tuple[str, bytes] | None = None) -> str:
    """Record a note (and its file); returns its id."""
    broker, title, analyst = broker.strip(), title.strip(), analyst.strip()
    if not broker:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A note needs its broker (e.g. KGI)."))
    if not title:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "A note needs its title."))
    if len(broker) > 80 or len(title) > 400 or len(analyst) > 120:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Broker, title or analyst is too long."))
    if not isinstance(published, date):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Not a date: %1.").arg(repr(published)))
    if published > date.today():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The date %1 is in the future.").arg(published.isoformat()))
    if file is not None:
        check_file(file[0], len(file[1]))
    note_id = next_id(conn)
    now = utc_now()
    conn.execute(
        "INSERT INTO sources (note_id, file, broker, published, title_zh, title_en, analyst, added_by,"
        " added_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
        (note_id, file[0] if file else "", broker, published.isoformat(), title, analyst, user, now))
    if file is not None:
        import hashlib  # here: OpenSSL is not loaded at every start

        name, data = file
        conn.execute("INSERT INTO note_files (note_id, name, size, sha256, data) VALUES (?, ?, ?, ?, ?)",
                     (note_id, name, len(data), hashlib.sha256(data).hexdigest(), sqlite3.Binary(data)))
    log(conn, "note", f"Note {note_id} added: {broker} {published.isoformat()} {title}",
        {"note_id": note_id, "broker": broker, "published": published.isoformat(), "title": title,
         "analyst": analyst, "file": file[0] if file else None, "entered_by": user})
    return note_id


def remove_note(conn: sqlite3.Connection, note_id: str) -> None:
    """Take back an added note (the undo of adding it); refused while anything cites it."""
    cited = citations(conn).get(note_id, [])
    if cited:
        raise ValueError(plural(len(cited), QT_TRANSLATE_NOOP(
            "StorageErrors", "Note %1 is cited by %2 record; it stays."), QT_TRANSLATE_NOOP(
            "StorageErrors", "Note %1 is cited by %2 records; it stays.")).arg(note_id, len(cited)))
    if not conn.execute("SELECT 1 FROM sources WHERE note_id = ?", (note_id,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "No note %1.").arg(note_id))
    conn.execute("DELETE FROM note_files WHERE note_id = ?", (note_id,))
    conn.execute("DELETE FROM sources WHERE note_id = ?", (note_id,))
    log(conn, "note", f"Note {note_id} removed (undo)", {"note_id": note_id, "removed": True})


_CITING = (
    # a scorecard figure: note, where, and its key (company, fiscal year and quarter, line, field)
    ("scorecard", "SELECT note_id, coalesce(figure, ''), company, fiscal_year, fiscal_quarter, line, ''"
                  " FROM scorecard_lines WHERE note_id IS NOT NULL"),
    ("entered figure", "SELECT note_id, figure, company, fiscal_year, fiscal_quarter, line, field"
                       " FROM figure_provenance WHERE note_id IS NOT NULL"),
    # any other record: note, where, and its parts (domain/notes.py citation_text names them)
    ("forecast", "SELECT note_id, coalesce(figure, ''), company, '' || year, metric"
                 " FROM forecasts WHERE note_id IS NOT NULL"),
    ("target", "SELECT note_id, figure, company, '' || target, coalesce(as_of, '')"
               " FROM target_history WHERE note_id IS NOT NULL"),
    ("price", "SELECT note_id, figure, company, '' || price, coalesce(as_of, '')"
              " FROM price_history WHERE note_id IS NOT NULL"),
    ("Figure 1 row", "SELECT note_id, coalesce(figure, ''), company FROM targets WHERE note_id IS NOT NULL"),
    ("statement", "SELECT note_id, coalesce(figure, ''), coalesce(company, ''), topic,"
                  " substr(text_en, 1, 60), substr(text_zh, 1, 60)"
                  " FROM statements WHERE note_id IS NOT NULL"),
    ("supply chain", "SELECT note_id, coalesce(figure, ''), csp, ticker FROM supply_chain"
                     " WHERE note_id IS NOT NULL"),
    ("cloud read", "SELECT note_id, coalesce(figure, ''), company, segment FROM cloud_reads"),
    ("ranking reason", "SELECT s.source_note, 'preference order', s.label, '' || e.rank, e.ticker"
                       " FROM snapshots s JOIN snapshot_entries e"
                       " ON e.snapshot_id = s.snapshot_id WHERE s.source_note <> ''"),
)


def citations(conn: sqlite3.Connection) -> dict[str, list[Citation]]:
    """Every record that cites a note, by note id."""
    from desktop_app.domain.notes import Citation, citation_text

    found: dict[str, list[Citation]] = {}
    for kind, sql in _CITING:
        if kind in ("scorecard", "entered figure"):
            for note_id, where, company, year, quarter, line, field in conn.execute(sql):
                what = " ".join(p for p in (company, f"{year}Q{quarter}", line, field) if p)
                key = (company, Quarter(int(year), int(quarter)), line, field)
                found.setdefault(note_id, []).append(Citation(note_id, kind, what, where or "", key))
            continue
        for note_id, where, *parts in conn.execute(sql):
            cited = Citation(note_id, kind, "", where or "", parts=tuple(p or "" for p in parts))
            found.setdefault(note_id, []).append(replace(cited, what=citation_text(cited)))
    return found
