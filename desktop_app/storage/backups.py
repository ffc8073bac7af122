"""Backups of a workspace: where they live, what they are called, when one is due, which ones are
kept, and putting one back.

A backup is a complete, self-contained copy written with SQLite's backup API (so it is consistent
even while the window keeps writing) into `<workspace>.backups/` beside the workspace file, named
`<stem>-YYYYmmdd-HHMMSSZ-<reason>.cspdesk` with the UTC time it was taken. After every new backup
the folder is thinned (`thin`): the last 10 are kept, plus the newest of each of the last 14 days
and of each of the last 8 weeks. Files in the folder that do not follow the naming are left alone.

The window backs up at most once per 30 minutes while changes happen (`AutoBackupPolicy`, with
an injectable clock) and once on close; `csp-desk backup` makes one on demand.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.files import fsync_file, fsync_folder
from desktop_app.storage.connection import connect_readonly
from desktop_app.storage.errors import SaveError, WorkspaceError, describe
from desktop_app.storage.integrity import (
    SIDE_SUFFIXES,
    integrity_check,
    quick_check,
    remove_with_side_files,
)

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

FOLDER_SUFFIX = ".backups"
EXTENSION = ".cspdesk"
AUTO_INTERVAL = timedelta(minutes=30)
REASONS = ("auto", "close", "manual", "before-restore")
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.*)-(?P<ts>\d{8}-\d{6})Z-(?P<reason>[a-z]+(?:-[a-z]+)*)"
                   r"(?:\.(?P<n>\d+))?" + re.escape(EXTENSION) + "$")

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


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
    last_change: str
    ranking: list[str]
    last_change_id: int


# ---------------------------------------------------------------------------- naming and listing


def backup_dir(workspace: Path) -> Path:
    """`<workspace file name>.backups/` beside the workspace file."""
    workspace = Path(workspace)
    return workspace.with_name(workspace.name + FOLDER_SUFFIX)


def parse_name(name: str) -> tuple[datetime, str, int] | None:
    """(UTC time, reason, counter) of a backup file name; None for any other file."""
    found = _NAME.match(name)
    if not found:
        return None
    ts = found["ts"]  # YYYYmmdd-HHMMSS (parsed by hand: strptime costs an import at start-up)
    try:
        taken = datetime(int(ts[0:4]), int(ts[4:6]), int(ts[6:8]), int(ts[9:11]), int(ts[11:13]),
                         int(ts[13:15]), tzinfo=UTC)
    except ValueError:
        return None
    return taken, found["reason"], int(found["n"] or 0)


def _new_path(workspace: Path, at: datetime, reason: str) -> Path:
    folder = backup_dir(workspace)
    stem = f"{Path(workspace).stem}-{at.astimezone(UTC).strftime(_STAMP)}Z-{reason}"
    candidate, n = folder / f"{stem}{EXTENSION}", 1
    while candidate.exists():
        candidate = folder / f"{stem}.{n}{EXTENSION}"
        n += 1
    return candidate


def list_backups(workspace: Path) -> list[Backup]:
    """The backups of `workspace`, newest first."""
    folder = backup_dir(workspace)
    found: list[tuple[datetime, int, int, Backup]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        parsed = parse_name(entry.name)
        if parsed is None or not entry.is_file():
            continue
        taken, reason, n = parsed
        try:
            stat = entry.stat()
        except OSError:
            continue
        # Within one second (the name's precision) the file written last is the newest.
        found.append((taken, stat.st_mtime_ns, n, Backup(Path(entry.path), taken, reason, stat.st_size)))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def latest_backup(workspace: Path) -> Backup | None:
    backups = list_backups(workspace)
    return backups[0] if backups else None


# ---------------------------------------------------------------------------- thinning


def thin(stamps: Iterable[datetime], now: datetime, policy: Policy = DEFAULT_POLICY) -> set[datetime]:
    """Which of `stamps` to keep: the newest `keep_last`; the newest of each UTC day younger than
    `daily_days`; the newest of each ISO week younger than `weekly_weeks`. A pure function."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[: max(0, policy.keep_last)])
    days: set[object] = set()
    weeks: set[object] = set()
    for stamp in ordered:  # newest first: the first one seen of a day (week) is its newest
        age = now - stamp
        day = stamp.astimezone(UTC).date()
        if age < timedelta(days=policy.daily_days) and day not in days:
            days.add(day)
            keep.add(stamp)
        week = tuple(day.isocalendar())[:2]
        if age < timedelta(weeks=policy.weekly_weeks) and week not in weeks:
            weeks.add(week)
            keep.add(stamp)
    return keep


def prune(workspace: Path, now: datetime | None = None, policy: Policy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups `thin` does not keep; returns what was deleted (failures are skipped)."""
    backups = list_backups(workspace)
    keep = thin([b.taken_at for b in backups], now or utc_now(), policy)
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


# ---------------------------------------------------------------------------- making and reading


def make_backup(workspace: Workspace, reason: str = "manual", now: datetime | None = None,
                policy: Policy = DEFAULT_POLICY, thin_after: bool = True) -> Path:
    """Back up the open `workspace` now (SQLite backup API) and thin the folder (unless `thin_after`
    is False: a restore must not thin away the backup it is about to restore); the new file's path.
    SaveError if it cannot be written or the copy fails SQLite's quick check (the copy is then
    deleted so it cannot push a good backup out); the workspace itself is untouched."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    at = now or utc_now()
    dest = _new_path(workspace.path, at, reason)
    workspace.backup_to(dest)
    problems = quick_check(dest)
    if problems:
        dest.unlink(missing_ok=True)
        raise SaveError(f"No backup was made: the workspace seems damaged ({problems[0]}). "
                        "Run `csp-desk check` for details.")
    if thin_after:
        prune(workspace.path, at, policy)
    return dest


def summarize(path: Path) -> BackupSummary:
    """The latest change and the ranking stored in a backup (read-only; empty if unreadable)."""
    try:
        conn = connect_readonly(path)
    except sqlite3.Error:
        return BackupSummary("", "", [], 0)
    try:
        row = conn.execute(
            "SELECT entry_id, at, summary FROM change_log ORDER BY entry_id DESC LIMIT 1").fetchone()
        ranking = [r[0] for r in conn.execute("SELECT ticker FROM ranking ORDER BY rank")]
    except sqlite3.DatabaseError:
        return BackupSummary("", "", [], 0)
    finally:
        conn.close()
    if row is None:
        return BackupSummary("", "", ranking, 0)
    return BackupSummary(str(row[1]), str(row[2]), ranking, int(row[0]))


def needs_backup(workspace: Workspace) -> bool:
    """True when there is no backup yet or the newest one lacks a change the workspace has."""
    latest = latest_backup(workspace.path)
    if latest is None:
        return True
    return summarize(latest.path).last_change_id != workspace.last_change_id()


class AutoBackupPolicy:
    """When the window backs up by itself: at most once per `interval` while changes happen.

    `changed()` after each saved change says whether a backup is due now; otherwise
    `seconds_until_due()` says when a trailing backup should be taken if nothing else happens.
    `taken()` records that one was made. The clock is injectable for tests.
    """

    def __init__(self, last_backup: datetime | None, interval: timedelta = AUTO_INTERVAL,
                 clock: Clock = utc_now) -> None:
        self.last_backup = last_backup
        self.interval = interval
        self.clock = clock
        self.pending = False

    def changed(self) -> bool:
        self.pending = True
        return self.due()

    def due(self) -> bool:
        return self.pending and self.seconds_until_due() <= 0

    def seconds_until_due(self) -> float:
        if self.last_backup is None:
            return 0.0
        return max(0.0, (self.last_backup + self.interval - self.clock()).total_seconds())

    def taken(self, at: datetime | None = None) -> None:
        self.last_backup = at or self.clock()
        self.pending = False


# ---------------------------------------------------------------------------- restoring


def restore_file(backup: Path, workspace: Path) -> None:
    """Put the contents of `backup` in place of the (closed) workspace file, atomically.

    The backup is checked first (integrity_check) and copied with the backup API into a temporary
    file beside the workspace, which then replaces it in one rename. WorkspaceError if the backup
    is damaged, or if the workspace still has unwritten changes in its -wal file (another program
    has it open); the workspace is then left as it was."""
    backup, workspace = Path(backup), Path(workspace)
    problems = integrity_check(backup)
    if problems:
        raise WorkspaceError(f"The backup {backup.name} is damaged ({problems[0]}); "
                             "choose another one.")
    wal = Path(f"{workspace}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise WorkspaceError(f"{workspace} is still open in another program; close it and try again.")
    temp = workspace.with_name(f".{workspace.name}.restore-{os.getpid()}.tmp")
    try:
        source = connect_readonly(backup)
        try:
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
        finally:
            source.close()
        fsync_file(temp)
        for suffix in SIDE_SUFFIXES:
            Path(f"{workspace}{suffix}").unlink(missing_ok=True)
        os.replace(temp, workspace)
        fsync_folder(workspace.parent)
    except (OSError, sqlite3.Error) as exc:
        remove_with_side_files(temp)
        reason = describe(exc) if isinstance(exc, sqlite3.Error) else (exc.strerror or str(exc))
        raise SaveError(f"Could not restore {backup.name}: {reason}") from exc


def latest_good_backup(workspace: Path) -> Backup | None:
    """The newest backup that passes SQLite's quick check, if any."""
    for backup in list_backups(workspace):
        if not quick_check(backup.path):
            return backup
    return None
