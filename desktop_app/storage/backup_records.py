"""The records of storage/backups.py: a backup file, what is inside one, and how many thinning
keeps. Apart from it so that a start (which only clears leftovers, and on close asks whether a
backup is due) does not create these classes; `storage.backups` still names them (loaded on first
use).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class Policy:
    """How many backups thinning keeps: the newest `keep_last`, plus the newest of each of the last
    `daily_days` days and of each of the last `weekly_weeks` ISO weeks."""

    keep_last: int = 10
    daily_days: int = 14
    weekly_weeks: int = 8


DEFAULT_POLICY = Policy()


@dataclass(frozen=True)
class Backup:
    """One backup file."""

    path: Path
    taken_at: datetime  # UTC, from the name
    reason: str  # one of REASONS (or a reason written by a newer version)
    size: int


@dataclass(frozen=True)
class BackupSummary:
    """What is inside a backup, for the restore list."""

    last_change_at: str  # ISO-8601 UTC, "" if unreadable
    last_change: str  # the change's stored (English) summary
    ranking: list[str]
    last_change_id: int
    last_change_kind: str = ""  # its kind and detail (JSON): rendered in the reader's language
    last_change_detail: str | None = None
