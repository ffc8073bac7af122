"""Editing a company's scorecard lines: add, change (rename, section, unit, kind, polarity), reorder,
remove (with its figures, which `restore_line` puts back), and copy another company's line set.

Each function runs inside the caller's transaction and appends its change-log row; bad input
raises ValueError before anything is written.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import queries
from desktop_app.storage.edits import log

KEY_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_ROW_COLUMNS = ("company", "fiscal_year", "fiscal_quarter", "line", "actual", "consensus", "guidance",
                "printed_actual_vs_consensus", "printed_actual_vs_guidance",
                "printed_guidance_vs_consensus", "printed_yoy", "printed_qoq", "note_id", "figure",
                "source_line", "remark")
_FIGURES = _ROW_COLUMNS[4:12]


def _json(line: LineDef) -> dict[str, Any]:
    out = asdict(line)
    out["kind"], out["polarity"] = line.kind.value, line.polarity.word
    return out


def _company(conn: sqlite3.Connection, ticker: str) -> None:
    if queries.company(conn, ticker) is None:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Unknown company %1.").arg(repr(ticker)))


def check_line(line: LineDef) -> LineDef:
    """The line with its texts trimmed; ValueError for a bad key, an empty label or a bad kind."""
    key = line.key.strip()
    if not KEY_RE.match(key):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "A line key is lower-case letters, digits and _ (starting with a letter, at "
            "most 40): not %1.").arg(repr(line.key)))
    label = line.label.strip()
    if not label:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Line %1 needs a label.").arg(key))
    if not isinstance(line.kind, Kind) or not isinstance(line.polarity, Polarity):
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "Line %1: unknown kind or polarity.").arg(key))
    if bool(line.numerator) != bool(line.denominator):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "Line %1: a ratio needs both a numerator and a denominator.").arg(key))
    return replace(line, key=key, label=label, printed_label=line.printed_label.strip() or label,
                   section=line.section.strip(), label_zh=line.label_zh.strip(), unit=line.unit.strip())


def _insert(conn: sqlite3.Connection, line: LineDef) -> None:
    conn.execute(
        "INSERT INTO line_defs (company, key, label, printed_label, section, kind, polarity, position,"
        " numerator, denominator, label_zh, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (line.company, line.key, line.label, line.printed_label, line.section, line.kind.value,
         int(line.polarity.value), line.position, line.numerator, line.denominator, line.label_zh,
         line.unit),
    )


def _check_ratio(conn: sqlite3.Connection, line: LineDef) -> None:
    for part in (line.numerator, line.denominator):
        if part and not conn.execute("SELECT 1 FROM line_defs WHERE company = ? AND key = ?",
                                     (line.company, part)).fetchone():
            raise ValueError(QT_TRANSLATE_NOOP(
                "StorageErrors", "%1 has no line %2 for the ratio %3.").arg(
                    line.company, repr(part), line.key))


def add_line(conn: sqlite3.Connection, line: LineDef, empty_rows: bool = True) -> LineDef:
    """Add a line; position 0 (or beyond the end) puts it last, else it is inserted there.

    With `empty_rows`, every quarter the company already has gets an empty row of the new line, so
    the line shows in those quarters ready to fill (as a new quarter gets one per line)."""
    line = check_line(line)
    _company(conn, line.company)
    if conn.execute("SELECT 1 FROM line_defs WHERE company = ? AND key = ?",
                    (line.company, line.key)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 already has a line %2.").arg(line.company, repr(line.key)))
    _check_ratio(conn, line)
    keys = [d.key for d in queries.line_defs(conn, line.company)]
    at = line.position if 1 <= line.position <= len(keys) else len(keys) + 1
    keys.insert(at - 1, line.key)
    line = replace(line, position=at)
    _insert(conn, line)
    _renumber(conn, line.company, keys)
    if empty_rows:
        conn.executemany(
            "INSERT INTO scorecard_lines (company, fiscal_year, fiscal_quarter, line) VALUES (?, ?, ?, ?)",
            [(line.company, q.year, q.quarter, line.key) for q in queries.periods(conn, line.company)])
    log(conn, "lines", f"{line.company}: added the line {line.label}",
        {"company": line.company, "old": None, "new": _json(line)})
    return line


def update_line(conn: sqlite3.Connection, line: LineDef) -> LineDef:
    """Change a line's label, Chinese label, printed label, section, unit, kind or polarity."""
    line = check_line(line)
    old = next((d for d in queries.line_defs(conn, line.company) if d.key == line.key), None)
    if old is None:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 has no line %2.").arg(line.company, repr(line.key)))
    _check_ratio(conn, line)
    line = replace(line, position=old.position)
    if line == old:
        return line
    conn.execute(
        "UPDATE line_defs SET label = ?, printed_label = ?, section = ?, kind = ?, polarity = ?,"
        " numerator = ?, denominator = ?, label_zh = ?, unit = ? WHERE company = ? AND key = ?",
        (line.label, line.printed_label, line.section, line.kind.value, int(line.polarity.value),
         line.numerator, line.denominator, line.label_zh, line.unit, line.company, line.key),
    )
    log(conn, "lines", f"{line.company}: changed the line {old.label}"
        + (f" → {line.label}" if line.label != old.label else ""),
        {"company": line.company, "old": _json(old), "new": _json(line)})
    return line


def _renumber(conn: sqlite3.Connection, company: str, keys: Sequence[str]) -> None:
    conn.executemany("UPDATE line_defs SET position = ? WHERE company = ? AND key = ?",
                     [(i, company, key) for i, key in enumerate(keys, start=1)])


def reorder_lines(conn: sqlite3.Connection, company: str, keys: Sequence[str]) -> bool:
    """Put the company's lines in the order `keys` (every key once); False if already so."""
    _company(conn, company)
    current = [d.key for d in queries.line_defs(conn, company)]
    if sorted(keys) != sorted(current) or len(set(keys)) != len(keys):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "The new order must list each of %1's %2 lines once.").arg(
                company, len(current)))
    if list(keys) == current:
        return False
    _renumber(conn, company, keys)
    log(conn, "lines", f"{company}: reordered the lines", {"company": company, "old": current,
                                                           "new": list(keys)})
    return True


def line_rows(conn: sqlite3.Connection, company: str, key: str) -> list[tuple[object, ...]]:
    """Every stored row of a line (all quarters), as raw column values."""
    return conn.execute(f"SELECT {', '.join(_ROW_COLUMNS)} FROM scorecard_lines WHERE company = ?"
                        " AND line = ? ORDER BY fiscal_year, fiscal_quarter", (company, key)).fetchall()


def figures_held(conn: sqlite3.Connection, company: str, key: str) -> int:
    """How many quarters of the line hold a figure (an actual, consensus, guidance or print)."""
    filled = " OR ".join(f"{c} IS NOT NULL" for c in _FIGURES)
    return int(conn.execute(f"SELECT count(*) FROM scorecard_lines WHERE company = ? AND line = ?"
                            f" AND ({filled})", (company, key)).fetchone()[0])


def remove_line(conn: sqlite3.Connection, company: str, key: str) -> tuple[LineDef, list[tuple[object, ...]]]:
    """Delete a line and all its rows; returns both, for `restore_line` (the undo)."""
    lines = queries.line_defs(conn, company)
    line = next((d for d in lines if d.key == key), None)
    if line is None:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 has no line %2.").arg(company, repr(key)))
    users = [d.key for d in lines if key in (d.numerator, d.denominator)]
    if users:
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 is part of the ratio line(s) %2: remove those first.").arg(
                line.label, ", ".join(users)))
    rows = line_rows(conn, company, key)
    conn.execute("DELETE FROM scorecard_lines WHERE company = ? AND line = ?", (company, key))
    conn.execute("DELETE FROM line_defs WHERE company = ? AND key = ?", (company, key))
    _renumber(conn, company, [d.key for d in lines if d.key != key])
    log(conn, "lines", f"{company}: removed the line {line.label}"
        + (f" and its figures in {len(rows)} quarters" if rows else ""),
        {"company": company, "old": {"line": _json(line), "rows": len(rows)}, "new": None})
    return line, rows


def restore_line(conn: sqlite3.Connection, line: LineDef, rows: Sequence[tuple[object, ...]]) -> None:
    """Put back a line removed by `remove_line`, at its old place, with every row it had."""
    add_line(conn, line, empty_rows=False)
    conn.executemany(f"INSERT INTO scorecard_lines ({', '.join(_ROW_COLUMNS)})"
                     f" VALUES ({', '.join('?' * len(_ROW_COLUMNS))})", [tuple(r) for r in rows])


def copy_lines(conn: sqlite3.Connection, source: str, target: str) -> list[str]:
    """Give `target` (which has no lines yet) a copy of `source`'s line set, without figures."""
    _company(conn, source)
    _company(conn, target)
    if queries.line_defs(conn, target):
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1 already has lines; copy a line set only to a company without.").arg(target))
    lines = queries.line_defs(conn, source)
    if not lines:
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "%1 has no lines to copy.").arg(source))
    for line in lines:
        _insert(conn, replace(line, company=target))
    keys = [d.key for d in lines]
    log(conn, "lines", f"{target}: copied {len(keys)} lines from {source}",
        {"company": target, "old": None, "new": {"from": source, "lines": keys}})
    return keys


def remove_all_lines(conn: sqlite3.Connection, company: str) -> None:
    """Undo `copy_lines`: take away a line set none of whose lines has a row yet."""
    if conn.execute("SELECT 1 FROM scorecard_lines WHERE company = ? LIMIT 1", (company,)).fetchone():
        raise ValueError(QT_TRANSLATE_NOOP(
            "StorageErrors", "%1's lines have quarters now; they are not removed.").arg(company))
    keys = [d.key for d in queries.line_defs(conn, company)]
    conn.execute("DELETE FROM line_defs WHERE company = ?", (company,))
    log(conn, "lines", f"{company}: removed its {len(keys)} lines", {"company": company,
                                                                    "old": {"lines": keys}, "new": None})
