"""A change-log row's "What", rendered from its stored kind and structured detail, in any language.

Each change-log row stores an English summary (written when the change was made) and a structured
detail (JSON). The window's Change log and `csp-desk log` render every kind the storage layer writes
from the detail at display time, through a translating function the caller gives (the window's
QCoreApplication, the command line's .qm reader), so an entry reads in today's language. A row
whose detail does not say enough (rows written by older versions) shows the stored summary.
A one-figure scorecard entry names its line by the label the caller's `line_label` gives (the line
key is what the row stores); many figures changed in one step say what made them (a pasted block,
an Excel import with its file, the command line, or the undo of one) where the row records it.
No Qt here: the texts are marked with QT_TRANSLATE_NOOP and translated by `tr`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text, plural

Tr = Callable[[Text], str]
# (company, line key) -> the line's label in the caller's language (the key where the line is unknown)
LineLabel = Callable[[str, str], str]

_FIELDS = {
    "actual": QT_TRANSLATE_NOOP("ChangeLogText", "actual"),
    "consensus": QT_TRANSLATE_NOOP("ChangeLogText", "consensus"),
    "guidance": QT_TRANSLATE_NOOP("ChangeLogText", "guidance"),
}
_TOPICS = {  # domain.statements.TOPICS
    "cloud_read": QT_TRANSLATE_NOOP("ChangeLogText", "cloud read"),
    "capex": QT_TRANSLATE_NOOP("ChangeLogText", "capex"),
    "depreciation": QT_TRANSLATE_NOOP("ChangeLogText", "depreciation"),
    "guidance": QT_TRANSLATE_NOOP("ChangeLogText", "guidance"),
    "results": QT_TRANSLATE_NOOP("ChangeLogText", "results"),
    "ads": QT_TRANSLATE_NOOP("ChangeLogText", "ads"),
    "ecommerce": QT_TRANSLATE_NOOP("ChangeLogText", "e-commerce"),
    "thesis": QT_TRANSLATE_NOOP("ChangeLogText", "thesis"),
    "risk": QT_TRANSLATE_NOOP("ChangeLogText", "risk"),
    "call": QT_TRANSLATE_NOOP("ChangeLogText", "call"),
}
_CLI_NOTE = " (command line) — "  # cli_commands/ranking.py's summary before the user's --note
_EXCERPT = 60  # characters of a statement's text shown, as the stored summary does


def _word(words: dict[str, Text], key: str, tr: Tr) -> str:
    return tr(words[key]) if key in words else key


def _shown(value: Any) -> str:  # noqa: ANN401 - a JSON value
    return "—" if value is None else str(value)


def _excerpt(text: str) -> str:
    return text[:_EXCERPT]


def _order(entries: Any) -> list[str]:  # noqa: ANN401 - a JSON value
    return [str(e["ticker"]) for e in entries] if isinstance(entries, list) else []


def _ranking(detail: dict[str, Any], summary: str, tr: Tr) -> str | None:
    old, new = detail.get("old"), detail.get("new")
    if not isinstance(old, list) or not isinstance(new, list):
        return None
    before_order, after_order = _order(old), _order(new)
    # The user's own note (`csp-desk ranking set --note`) is stored in the summary only, after
    # " (command line) — ": words the user wrote, shown as written.
    note = summary.split(_CLI_NOTE, 1)[1] if _CLI_NOTE in summary else ""
    text: str | None = None
    if before_order != after_order:
        if sorted(before_order) == sorted(after_order):
            moved = [t for t in after_order
                     if [x for x in before_order if x != t] == [x for x in after_order if x != t]]
            if moved:  # one name moved (two when neighbours swapped: the one that went up)
                name = min(moved, key=lambda t: after_order.index(t) - before_order.index(t))
                text = tr(QT_TRANSLATE_NOOP("ChangeLogText", "Move %1 from %2 to %3").arg(
                    name, before_order.index(name) + 1, after_order.index(name) + 1))
        if text is None:
            text = tr(QT_TRANSLATE_NOOP("ChangeLogText", "Ranking: %1").arg(" > ".join(after_order)))
    else:
        before = {e["ticker"]: e.get("rationale", "") for e in old}
        edited = [e["ticker"] for e in new if before.get(e["ticker"]) != e.get("rationale", "")]
        if not edited:
            return None
        text = tr(QT_TRANSLATE_NOOP("ChangeLogText", "Rationale of %1 edited").arg(", ".join(edited)))
    return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 — %2").arg(text, note)) if note else text


def _snapshot(detail: dict[str, Any], tr: Tr) -> str | None:
    old, new = detail.get("old"), detail.get("new")
    if isinstance(new, dict) and old is None:
        entries = new.get("entries") or []
        label = str(new.get("label", ""))
        if entries and "rank" in entries[0]:
            return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Restored snapshot “%1”").arg(label))
        return tr(QT_TRANSLATE_NOOP(
            "ChangeLogText", "Snapshot “%1”: %2").arg(label, " > ".join(_order(entries))))
    if isinstance(old, dict) and new is None:
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Removed snapshot “%1”").arg(str(old.get("label", ""))))
    return None


def _coverage(detail: dict[str, Any], tr: Tr) -> str | None:
    old = detail.get("old") or {}
    new = detail.get("new") or {}
    added, removed = new.get("company"), old.get("company")
    if isinstance(added, dict) and removed is None:
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Added %1 (%2) to the coverage").arg(
            str(added.get("ticker", "")), str(added.get("name_en", ""))))
    if isinstance(removed, dict) and added is None:
        return tr(QT_TRANSLATE_NOOP(
            "ChangeLogText", "Removed %1 from the coverage").arg(str(removed.get("ticker", ""))))
    return None


def _market(kind: str, detail: dict[str, Any], tr: Tr) -> str | None:
    company = str(detail.get("company", ""))
    if detail.get("removed"):
        return tr((QT_TRANSLATE_NOOP(
            "ChangeLogText", "%1 share price record removed (undo)") if kind == "price" else
                   QT_TRANSLATE_NOOP("ChangeLogText", "%1 target price record removed (undo)")).arg(company))
    if kind == "price" and "price" in detail:
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 share price %2 as of %3").arg(
            company, detail["price"], detail.get("as_of", "")))
    if kind == "target" and "target" in detail:
        rating = str(detail.get("rating") or "")
        text = (QT_TRANSLATE_NOOP("ChangeLogText", "%1 target price %2 (%4) as of %3") if rating else
                QT_TRANSLATE_NOOP("ChangeLogText", "%1 target price %2 as of %3"))
        return tr(text.arg(company, detail["target"], detail.get("as_of", ""), rating))
    return None


def _note(detail: dict[str, Any], tr: Tr) -> str | None:
    note = str(detail.get("note_id", ""))
    if detail.get("removed"):
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Note %1 removed (undo)").arg(note))
    if "title" not in detail:
        return None
    return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Note %1 added: %2 %3 %4").arg(
        note, detail.get("broker", ""), detail.get("published", ""), detail["title"]))


_MANY = {  # (origin, undo) -> what many figures changed in one step say (one figure, more); see _many
    (None, False): (QT_TRANSLATE_NOOP("ChangeLogText", "%1 scorecard figure changed (%2)"),
                    QT_TRANSLATE_NOOP("ChangeLogText", "%1 scorecard figures changed (%2)")),
    ("paste", False): (QT_TRANSLATE_NOOP("ChangeLogText", "Pasted block: %1 scorecard figure (%2)"),
                       QT_TRANSLATE_NOOP("ChangeLogText", "Pasted block: %1 scorecard figures (%2)")),
    ("paste", True): (
        QT_TRANSLATE_NOOP("ChangeLogText", "Undo of a pasted block: %1 scorecard figure put back (%2)"),
        QT_TRANSLATE_NOOP("ChangeLogText", "Undo of a pasted block: %1 scorecard figures put back (%2)")),
    ("import", False): (
        QT_TRANSLATE_NOOP("ChangeLogText", "Imported workbook %3: %1 scorecard figure (%2)"),
        QT_TRANSLATE_NOOP("ChangeLogText", "Imported workbook %3: %1 scorecard figures (%2)")),
    ("import", True): (
        QT_TRANSLATE_NOOP(
            "ChangeLogText", "Undo of imported workbook %3: %1 scorecard figure put back (%2)"),
        QT_TRANSLATE_NOOP(
            "ChangeLogText", "Undo of imported workbook %3: %1 scorecard figures put back (%2)")),
    ("command line", False): (
        QT_TRANSLATE_NOOP("ChangeLogText", "Command line: %1 scorecard figure set (%2)"),
        QT_TRANSLATE_NOOP("ChangeLogText", "Command line: %1 scorecard figures set (%2)")),
}


def _many(detail: dict[str, Any], changes: list[Any], tr: Tr) -> str:
    """Many figures in one change: a pasted block, an Excel import (with its file), the command
    line, or the undo of one; rows written before the origin was recorded say only how many."""
    quarters = sorted({f"{c.get('company', '')} {c.get('period', '')}" for c in changes
                       if isinstance(c, dict)})
    origin = detail.get("origin")
    kind = origin.get("kind") if isinstance(origin, dict) else None
    undo = bool(origin.get("undo")) if isinstance(origin, dict) else False
    template = plural(len(changes), *_MANY.get((kind, undo), _MANY[(None, False)]))
    source = str(origin.get("file", "")) if isinstance(origin, dict) else ""
    return tr(template.arg(len(changes), ", ".join(quarters), source))


def _scorecard(detail: dict[str, Any], tr: Tr, line_label: LineLabel | None = None) -> str | None:
    company, period = str(detail.get("company", "")), str(detail.get("period", ""))
    if "field" in detail and "line" in detail:  # one figure
        key = str(detail["line"])
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2 %3 %4: %5 → %6").arg(
            company, period, line_label(company, key) if line_label is not None else key,
            _word(_FIELDS, str(detail["field"]), tr),
            _shown(detail.get("old")), _shown(detail.get("new"))))
    changes = detail.get("changes")
    if isinstance(changes, list):  # a pasted block, an Excel import: many figures in one change
        removed = int(detail.get("rows_removed") or 0)
        text = _many(detail, changes, tr) if changes else ""
        if removed:
            gone = tr(plural(removed, QT_TRANSLATE_NOOP("ChangeLogText", "%1 empty row removed"),
                             QT_TRANSLATE_NOOP("ChangeLogText", "%1 empty rows removed")).arg(removed))
            text = tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1; %2").arg(text, gone)) if text else gone
        return text or None
    old, new = detail.get("old"), detail.get("new")
    if old is None and isinstance(new, dict) and "lines" in new:
        return tr(plural(len(new["lines"]),
                         QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2: new quarter with %3 empty line"),
                         QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2: new quarter with %3 empty lines")).arg(
            company, period, len(new["lines"])))
    if new is None and isinstance(old, dict) and "lines" in old:
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2: removed the empty quarter").arg(company, period))
    return None


def _lines(detail: dict[str, Any], tr: Tr) -> str | None:
    company = str(detail.get("company", ""))
    old, new = detail.get("old"), detail.get("new")
    if isinstance(old, list) and isinstance(new, list):
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1: reordered the lines").arg(company))
    if old is None and isinstance(new, dict):
        if "from" in new:
            copied = len(new.get("lines") or [])
            return tr(plural(copied, QT_TRANSLATE_NOOP("ChangeLogText", "%1: copied %2 line from %3"),
                             QT_TRANSLATE_NOOP("ChangeLogText", "%1: copied %2 lines from %3")).arg(
                company, copied, new["from"]))
        return tr(QT_TRANSLATE_NOOP(
            "ChangeLogText", "%1: added the line %2").arg(company, new.get("label", "")))
    if isinstance(old, dict) and new is None:
        if isinstance(old.get("line"), dict):
            label, rows = old["line"].get("label", ""), int(old.get("rows") or 0)
            return tr((plural(rows, QT_TRANSLATE_NOOP(
                "ChangeLogText", "%1: removed the line %2 and its figures in %3 quarter"), QT_TRANSLATE_NOOP(
                "ChangeLogText", "%1: removed the line %2 and its figures in %3 quarters"))
                       if rows else QT_TRANSLATE_NOOP(
                           "ChangeLogText", "%1: removed the line %2")).arg(company, label, rows))
        count = len(old.get("lines") or [])
        return tr(plural(count, QT_TRANSLATE_NOOP("ChangeLogText", "%1: removed its %2 line"),
                         QT_TRANSLATE_NOOP("ChangeLogText", "%1: removed its %2 lines")).arg(company, count))
    if isinstance(old, dict) and isinstance(new, dict):
        before, after = str(old.get("label", "")), str(new.get("label", ""))
        if before != after:
            return tr(QT_TRANSLATE_NOOP(
                "ChangeLogText", "%1: changed the line %2 → %3").arg(company, before, after))
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1: changed the line %2").arg(company, before))
    return None


def _forecast(detail: dict[str, Any], tr: Tr) -> str | None:
    what = (detail.get("company", ""), detail.get("year", ""), detail.get("metric", ""))
    if detail.get("undo"):
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2 %3 forecast restored (undo)").arg(*what))
    if "new" not in detail:
        return None
    return tr(QT_TRANSLATE_NOOP("ChangeLogText", "%1 %2 %3 forecast %4 → %5").arg(
        *what, _shown(detail.get("old")), _shown(detail["new"])))


def _statement(detail: dict[str, Any], tr: Tr) -> str | None:
    key = str(detail.get("key", ""))
    if detail.get("removed"):
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Statement %1 removed (undo)").arg(key))
    if detail.get("undo"):
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Statement %1 restored (undo)").arg(key))
    new = detail.get("new")
    if isinstance(new, dict) and "text" in new:
        return tr(QT_TRANSLATE_NOOP(
            "ChangeLogText", "Statement %1 edited: %2").arg(key, _excerpt(str(new["text"]))))
    if "topic" not in detail:
        return None
    company = detail.get("company") or tr(QT_TRANSLATE_NOOP("ChangeLogText", "sector"))
    topic = _word(_TOPICS, str(detail["topic"]), tr)
    if "text" in detail:
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Statement added (%1, %2): %3").arg(
            topic, company, _excerpt(str(detail["text"]))))
    return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Statement added (%1, %2)").arg(topic, company))


def _create(detail: dict[str, Any], tr: Tr) -> str | None:
    new = detail.get("new") or {}
    if "companies" in new:  # a workspace file made from the data set
        companies = new.get("companies") or []
        return tr(plural(len(companies),
                         QT_TRANSLATE_NOOP("ChangeLogText", "Workspace created with %1 company (%2)"),
                         QT_TRANSLATE_NOOP("ChangeLogText", "Workspace created with %1 companies (%2)")).arg(
            len(companies), ", ".join(map(str, companies))))
    if "from" in new:  # a team workspace (storage/team_setup.py)
        source = new.get("from")
        return tr(QT_TRANSLATE_NOOP(
            "ChangeLogText", "Team workspace created, copied from %1").arg(source) if source else
                  QT_TRANSLATE_NOOP("ChangeLogText", "Team workspace created, seeded with the data set"))
    return None


def _rendered(kind: str, detail: dict[str, Any], summary: str, tr: Tr,
              line_label: LineLabel | None) -> str | None:
    if kind == "create":
        return _create(detail, tr)
    if kind == "migrate":
        return tr(QT_TRANSLATE_NOOP("ChangeLogText", "Workspace upgraded from format %1 to %2").arg(
            detail.get("old", ""), detail.get("new", "")))
    if kind == "setting" and "stale_price_days" in detail:
        days = int(detail["stale_price_days"])
        return tr(plural(days, QT_TRANSLATE_NOOP("ChangeLogText", "Prices are stale after %1 day"),
                         QT_TRANSLATE_NOOP("ChangeLogText", "Prices are stale after %1 days")).arg(days))
    renderers: dict[str, Callable[[dict[str, Any], Tr], str | None]] = {
        "snapshot": _snapshot, "coverage": _coverage, "note": _note,
        "lines": _lines, "forecast": _forecast, "statement": _statement,
    }
    if kind == "ranking":
        return _ranking(detail, summary, tr)
    if kind == "scorecard":
        return _scorecard(detail, tr, line_label)
    if kind in ("price", "target"):
        return _market(kind, detail, tr)
    render = renderers.get(kind)
    return render(detail, tr) if render is not None else None


def describe(kind: str, detail: str | None, summary: str, tr: Tr,
             line_label: LineLabel | None = None) -> str:
    """What the change did, in the language `tr` translates to; the stored `summary` where the
    detail (JSON text) cannot be rendered. `line_label` names a scorecard line in that language
    (without it, a one-figure entry shows the line's key)."""
    try:
        found = json.loads(detail) if detail else {}
        text = _rendered(kind, found, summary, tr, line_label) if isinstance(found, dict) else None
    except (ValueError, TypeError, KeyError, AttributeError, IndexError):
        text = None
    return text if text else summary
