"""The change log's "What" in the window's language, rendered from the stored kind and detail JSON.

Each change-log row stores an English summary (written when the change was made, in whatever
language the window had then) and a structured detail. The window renders the kinds below from the
detail at display time, so an entry reads in the language of today's window; a kind or a detail it
does not know (older rows, lines, forecasts, statements, pasted blocks) shows the stored summary.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.storage.queries import ChangeLogEntry
from desktop_app.ui import i18n


def _order(entries: Any) -> list[str]:
    return [str(e["ticker"]) for e in entries] if isinstance(entries, list) else []


def _ranking(detail: dict[str, Any]) -> str | None:
    old, new = detail.get("old"), detail.get("new")
    if not isinstance(old, list) or not isinstance(new, list):
        return None
    before_order, after_order = _order(old), _order(new)
    if before_order != after_order:
        if sorted(before_order) == sorted(after_order):
            moved = [t for t in after_order
                     if [x for x in before_order if x != t] == [x for x in after_order if x != t]]
            if len(moved) >= 1:  # one name moved (two when neighbours swapped: the one that went up)
                name = min(moved, key=lambda t: after_order.index(t) - before_order.index(t))
                return QCoreApplication.translate("ChangeLogText", "Move %1 from %2 to %3").replace(
                    "%1", name).replace("%2", str(before_order.index(name) + 1)).replace(
                    "%3", str(after_order.index(name) + 1))
        return QCoreApplication.translate("ChangeLogText", "Ranking: %1").replace(
            "%1", " > ".join(after_order))
    before = {e["ticker"]: e.get("rationale", "") for e in old}
    edited = [e["ticker"] for e in new if before.get(e["ticker"]) != e.get("rationale", "")]
    if not edited:
        return None
    return QCoreApplication.translate("ChangeLogText", "Rationale of %1 edited").replace(
        "%1", ", ".join(edited))


def _snapshot(detail: dict[str, Any]) -> str | None:
    old, new = detail.get("old"), detail.get("new")
    if isinstance(new, dict) and old is None:
        entries = new.get("entries") or []
        label = str(new.get("label", ""))
        if entries and "rank" in entries[0]:
            return QCoreApplication.translate("ChangeLogText", "Restored snapshot “%1”").replace("%1", label)
        return QCoreApplication.translate("ChangeLogText", "Snapshot “%1”: %2").replace(
            "%1", label).replace("%2", " > ".join(_order(entries)))
    if isinstance(old, dict) and new is None:
        return QCoreApplication.translate("ChangeLogText", "Removed snapshot “%1”").replace(
            "%1", str(old.get("label", "")))
    return None


def _coverage(detail: dict[str, Any]) -> str | None:
    old = detail.get("old") or {}
    new = detail.get("new") or {}
    added, removed = new.get("company"), old.get("company")
    if isinstance(added, dict) and removed is None:
        return QCoreApplication.translate("ChangeLogText", "Added %1 (%2) to the coverage").replace(
            "%1", str(added.get("ticker", ""))).replace("%2", str(added.get("name_en", "")))
    if isinstance(removed, dict) and added is None:
        return QCoreApplication.translate("ChangeLogText", "Removed %1 from the coverage").replace(
            "%1", str(removed.get("ticker", "")))
    return None


def _market(kind: str, detail: dict[str, Any]) -> str | None:
    company = str(detail.get("company", ""))
    if detail.get("removed"):
        text = (QCoreApplication.translate("ChangeLogText", "%1 share price record removed (undo)")
                if kind == "price" else
                QCoreApplication.translate("ChangeLogText", "%1 target price record removed (undo)"))
        return text.replace("%1", company)
    if kind == "price" and "price" in detail:
        return QCoreApplication.translate("ChangeLogText", "%1 share price %2 as of %3").replace(
            "%1", company).replace("%2", str(detail["price"])).replace("%3", str(detail.get("as_of", "")))
    if kind == "target" and "target" in detail:
        rating = str(detail.get("rating") or "")
        text = (QCoreApplication.translate("ChangeLogText", "%1 target price %2 (%4) as of %3") if rating else
                QCoreApplication.translate("ChangeLogText", "%1 target price %2 as of %3"))
        return text.replace("%1", company).replace("%2", str(detail["target"])).replace(
            "%3", str(detail.get("as_of", ""))).replace("%4", rating)
    return None


def _note(detail: dict[str, Any]) -> str | None:
    note = str(detail.get("note_id", ""))
    if detail.get("removed"):
        return QCoreApplication.translate("ChangeLogText", "Note %1 removed (undo)").replace("%1", note)
    if "title" not in detail:
        return None
    return QCoreApplication.translate("ChangeLogText", "Note %1 added: %2 %3 %4").replace("%1", note).replace(
        "%2", str(detail.get("broker", ""))).replace("%3", str(detail.get("published", ""))).replace(
        "%4", str(detail["title"]))


def _scorecard(detail: dict[str, Any]) -> str | None:
    if "field" not in detail or "line" not in detail:
        return None  # a pasted block or a new quarter: the stored summary
    from desktop_app.ui.scorecards.tooltips import field_word

    def shown(value: Any) -> str:
        return "—" if value is None else str(value)

    return QCoreApplication.translate("ChangeLogText", "%1 %2 %3 %4: %5 → %6").replace(
        "%1", str(detail.get("company", ""))).replace("%2", str(detail.get("period", ""))).replace(
        "%3", str(detail["line"])).replace("%4", field_word(str(detail["field"]))).replace(
        "%5", shown(detail.get("old"))).replace("%6", shown(detail.get("new")))


def _rendered(kind: str, detail: dict[str, Any]) -> str | None:
    if kind == "create":
        companies = (detail.get("new") or {}).get("companies") or []
        return QCoreApplication.translate(
            "ChangeLogText", "Workspace created with %1 companies (%2)").replace(
            "%1", str(len(companies))).replace("%2", ", ".join(map(str, companies)))
    if kind == "migrate":
        return QCoreApplication.translate("ChangeLogText", "Workspace upgraded from format %1 to %2").replace(
            "%1", str(detail.get("old", ""))).replace("%2", str(detail.get("new", "")))
    if kind == "setting" and "stale_price_days" in detail:
        return QCoreApplication.translate("ChangeLogText", "Prices are stale after %1 days").replace(
            "%1", str(detail["stale_price_days"]))
    if kind == "ranking":
        return _ranking(detail)
    if kind == "snapshot":
        return _snapshot(detail)
    if kind == "coverage":
        return _coverage(detail)
    if kind in ("price", "target"):
        return _market(kind, detail)
    if kind == "note":
        return _note(detail)
    if kind == "scorecard":
        return _scorecard(detail)
    return None


def describe(entry: ChangeLogEntry) -> str:
    """What the change did, in the window's language; the stored summary where it cannot be
    rendered from the detail."""
    return _describe(entry, i18n.current_language())


@lru_cache(maxsize=4096)
def _describe(entry: ChangeLogEntry, language: str) -> str:  # the language keys the cache
    del language
    try:
        detail = json.loads(entry.detail) if entry.detail else {}
        text = _rendered(entry.kind, detail) if isinstance(detail, dict) else None
    except (ValueError, TypeError, KeyError, AttributeError):
        text = None
    return text if text else entry.summary
