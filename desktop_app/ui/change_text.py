"""What a change made by someone else says in the window, rendered from its change-log row (author,
time, kind and detail): "Ann moved Amazon to 1 at 14:02", "Ann changed Amazon's rationale at 14:02".

The time is the row's UTC time in the local time zone (HH:MM). A row without an author (written
before authors were recorded) is "Someone". Also the questions the undo commands ask of a row:
did it change the order, this name's rationale, this scorecard figure?
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.ranking import find_move, move_item
from desktop_app.ui.change_log_text import LineLabels
from desktop_app.ui.data_text import company_name
from desktop_app.ui.formats import fill

if TYPE_CHECKING:  # a type only: the first paint reads no scorecard
    from desktop_app.domain.workspace_reader import WorkspaceReader
    from desktop_app.storage.change_log_entry import ChangeLogEntry


def local_time(at: str) -> str:
    """`14:02`: the row's ISO-8601 UTC time in the local time zone ("" if it does not parse)."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%H:%M")


def author_of(entry: ChangeLogEntry) -> str:
    return entry.author or QCoreApplication.translate("ChangeText", "Someone")


def _detail(entry: ChangeLogEntry) -> dict[str, Any]:
    import json  # imported when a change is first described

    try:
        found = json.loads(entry.detail or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _rankings(entry: ChangeLogEntry) -> tuple[list[tuple[str, str]], list[tuple[str, str]]] | None:
    """(old, new) as (ticker, rationale) lists of a ranking or coverage row; None for other rows."""
    if entry.kind not in ("ranking", "coverage"):
        return None
    detail = _detail(entry)
    old, new = detail.get("old"), detail.get("new")
    if entry.kind == "coverage":
        old = old.get("ranking") if isinstance(old, dict) else None
        new = new.get("ranking") if isinstance(new, dict) else None

    def pairs(items: object) -> list[tuple[str, str]]:
        if not isinstance(items, list):
            return []
        return [(str(i.get("ticker", "")), str(i.get("rationale", ""))) for i in items
                if isinstance(i, dict)]

    return pairs(old), pairs(new)


def changed_order(entry: ChangeLogEntry) -> bool:
    """Did the row change the ranking's order (or the names in it)?"""
    found = _rankings(entry)
    return found is not None and [t for t, _ in found[0]] != [t for t, _ in found[1]]


def changed_rationale(entry: ChangeLogEntry, ticker: str) -> str | None:
    """The new rationale of `ticker` when the row changed it, else None."""
    found = _rankings(entry)
    if found is None:
        return None
    old, new = dict(found[0]), dict(found[1])
    if ticker in new and old.get(ticker, new[ticker]) != new[ticker]:
        return new[ticker]
    return None


def changed_figure(entry: ChangeLogEntry, company: str, line: str, field: str,
                   fiscal_year: int, fiscal_quarter: int) -> bool:
    """Did the row (one figure, or an import's many) change this scorecard figure?"""
    if entry.kind != "scorecard":
        return False
    detail = _detail(entry)
    changes = detail.get("changes")
    items: list[Any] = changes if isinstance(changes, list) else [detail]
    return any(isinstance(i, dict) and i.get("company") == company and i.get("line") == line
               and i.get("field") == field and i.get("fiscal_year") == fiscal_year
               and i.get("fiscal_quarter") == fiscal_quarter for i in items)


def _one_move(before: list[str], after: list[str]) -> tuple[int, int] | None:
    """(from, to) when `after` is `before` with one name moved; of two readings of a swap of
    neighbours, the name that went up (a PM promotes a name)."""
    if find_move(before, after) is None:
        return None
    found = [(i, j) for i in range(len(before)) for j in range(len(before))
             if i != j and move_item(before, i, j) == after]
    return max(found, key=lambda m: (abs(m[0] - m[1]), m[0] > m[1]))


def reader_names(workspace: WorkspaceReader) -> tuple[dict[str, str], LineLabels]:
    """The names a sentence uses, in the window's language: each company's (also of those no longer
    covered) by ticker, and the scorecard lines' labels. WorkspaceError where it cannot be read."""
    companies = workspace.companies(include_removed=True)
    return ({c.ticker: company_name(c) for c in companies},
            LineLabels(d for c in companies for d in workspace.line_defs(c.ticker)))


def sentences(entry: ChangeLogEntry, names: Mapping[str, str], lines: LineLabels | None = None) -> list[str]:
    """What the row did, one sentence per thing (who and when in each); `names` of the companies
    by ticker, `lines` (the scorecard lines' labels) in the window's language."""
    who, at = author_of(entry), local_time(entry.at)

    def name(ticker: str) -> str:
        return names.get(ticker, ticker)

    found = _rankings(entry) if entry.kind == "ranking" else None
    if found is not None:
        old, new = found
        said = []
        before, after = [t for t, _ in old], [t for t, _ in new]
        if before != after:
            move = _one_move(before, after)
            if move is not None:
                said.append(fill(QCoreApplication.translate("ChangeText", "%1 moved %2 to %3 at %4"),
                                 who, name(after[move[1]]), move[1] + 1, at))
            else:
                said.append(fill(QCoreApplication.translate(
                    "ChangeText", "%1 reordered the ranking (%2) at %3"), who,
                    " > ".join(name(t) for t in after), at))
        olds = dict(old)
        for ticker, text in new:
            if ticker in olds and olds[ticker] != text:
                said.append(fill(QCoreApplication.translate(
                    "ChangeText", "%1 changed %2's rationale at %3"), who, name(ticker), at))
        if said:
            return said
    from desktop_app.ui.change_log_text import describe as what

    return [fill(QCoreApplication.translate("ChangeText", "%1 at %2: %3"), who, at, what(entry, lines))]


def describe(entries: Sequence[ChangeLogEntry], names: Mapping[str, str],
             lines: LineLabels | None = None) -> str:
    """Others' changes, oldest first, as one text (at most three sentences, then how many more)."""
    said = [s for e in entries for s in sentences(e, names, lines)]
    if len(said) <= 3:
        return "; ".join(said)
    more = len(said) - 3
    return fill(QCoreApplication.translate("ChangeText", "%1; and %2 more changes") if more != 1 else
                QCoreApplication.translate("ChangeText", "%1; and 1 more change"), "; ".join(said[-3:]), more)
