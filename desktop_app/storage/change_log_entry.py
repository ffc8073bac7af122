"""One row of the workspace's change log, as storage.queries reads it. A module of its own so that
the dataclass is defined when the log is first read (the history's pages, others' changes), not
for the window's first paint."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeLogEntry:
    """One row of the append-only history of changes."""

    entry_id: int
    at: str  # ISO-8601 UTC
    kind: str  # "create", "migrate", "ranking", "snapshot", "scorecard", "coverage"
    summary: str
    detail: str  # JSON, typically {"old": …, "new": …}
    author: str = ""  # who made the change ("" for rows written before authors were recorded)
