"""Backups of a workspace: where they live, what they are called, when one is due, which ones are
kept, and putting one back.

A backup is a complete, self-contained copy written with SQLite's backup API (so it is consistent
even while the window keeps writing) into `<workspace>.backups/` beside the workspace file, named
`<stem>-YYYYmmdd-HHMMSS.ffffffZ-<reason>_<random>.cspdesk` with the UTC time it was taken (older
versions wrote `<stem>-YYYYmmdd-HHMMSSZ-<reason>[.N].cspdesk`; those are listed too). The copy is
written to a temporary file (`.backup-<pid>-…`), verified with `PRAGMA integrity_check` (a damaged
workspace is never backed up as good) and only then linked to its name, never over another file:
two backups made at the same moment by two processes both stay. After every new backup the folder
is thinned (`prune`): the last 10 are kept, plus the newest of each of the last 14 days and of
each of the last 8 weeks, however many were made in one second. Files in the folder that do not
follow the naming are left alone; temporary files of killed processes are removed. Backups are
only ever read `immutable` (their bytes never change by reading them).

The window backs up at most once per 30 minutes while changes happen (`AutoBackupPolicy`, with
an injectable clock) and once on close; `csp-desk backup` makes one on demand.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.files import fsync_file, fsync_folder, move_no_clobber, remove_dead_temps, temp_name
from desktop_app.storage.connection import connect_immutable
from desktop_app.storage.errors import SaveError, WorkspaceError, WorkspaceMissingError
from desktop_app.storage.integrity import (
    DAMAGED_MARK,
    SIDE_SUFFIXES,
    integrity_check,
    quick_check,
    remove_with_side_files,
)

if TYPE_CHECKING:  # storage/backup_records.py: the records, which a start does not make
    from desktop_app.storage.backup_records import Backup, BackupSummary, Policy

    class Workspace(Protocol):
        """What a backup needs of the open workspace (storage.workspace.Workspace; named by a
        Protocol so that this module, which the workspace uses, does not import it back)."""

        path: Path

        def copy_into(self, temp: Path, dest: Path | None = None) -> None: ...

        def last_change_id(self) -> int: ...


FOLDER_SUFFIX = ".backups"
EXTENSION = ".cspdesk"
AUTO_INTERVAL = timedelta(minutes=30)
REASONS = ("auto", "close", "manual", "before-restore")
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.*)-(?P<ts>\d{8}-\d{6})(?:\.(?P<us>\d{6}))?Z-"
                   r"(?P<reason>[a-z]+(?:-[a-z]+)*)(?:\.(?P<n>\d+))?(?:_(?P<tag>[0-9a-f]+))?"
                   + re.escape(EXTENSION) + "$")
TEMP_PREFIX = ".backup-"  # in the backups folder: `.backup-<pid>-<random>.tmp`
_NAME_TRIES = 20

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------------- naming and listing


_NAME_MAX = 255  # bytes in one file name on the usual file systems
_STEM_MAX = 120  # characters of the workspace's name kept in a backup's name


def backup_dir(workspace: Path) -> Path:
    """`<workspace file name>.backups/` beside the workspace file. A name too long for that (a
    file name may have 255 bytes) keeps its first 120 characters and a hash of the whole name."""
    workspace = Path(workspace)
    name = workspace.name + FOLDER_SUFFIX
    if len(os.fsencode(name)) > _NAME_MAX:
        import hashlib  # only for a name this long: OpenSSL is not loaded at every start

        digest = hashlib.sha256(os.fsencode(workspace.name)).hexdigest()[:12]
        name = f"{workspace.name[:_STEM_MAX]}~{digest}{FOLDER_SUFFIX}"
    return workspace.with_name(name)


def parse_name(name: str) -> tuple[datetime, str, int] | None:
    """(UTC time, reason, counter) of a backup file name; None for any other file."""
    found = _NAME.match(name)
    if not found:
        return None
    ts = found["ts"]  # YYYYmmdd-HHMMSS (parsed by hand: strptime costs an import at start-up)
    try:
        taken = datetime(int(ts[0:4]), int(ts[4:6]), int(ts[6:8]), int(ts[9:11]), int(ts[11:13]),
                         int(ts[13:15]), int(found["us"] or 0), tzinfo=UTC)
    except ValueError:
        return None
    return taken, found["reason"], int(found["n"] or 0)


def new_name(workspace: Path, at: datetime, reason: str) -> str:
    """`<stem>-YYYYmmdd-HHMMSS.ffffffZ-<reason>_<random>.cspdesk`: unique even within a microsecond."""
    at = at.astimezone(UTC)
    return (f"{Path(workspace).stem[:_STEM_MAX]}-{at.strftime(_STAMP)}.{at.microsecond:06d}Z-{reason}"
            f"_{os.urandom(4).hex()}{EXTENSION}")


def _found(workspace: Path) -> list[tuple[Path, datetime, str, int]]:
    """(path, UTC time, reason, size) of each backup of `workspace`, newest first."""
    folder = backup_dir(workspace)
    found: list[tuple[datetime, int, int, str, tuple[Path, datetime, str, int]]] = []
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
        # At the same time (the name's precision) the file written last is the newest.
        found.append((taken, stat.st_mtime_ns, n, entry.name,
                      (Path(entry.path), taken, reason, stat.st_size)))
    found.sort(key=lambda item: item[:4], reverse=True)
    return [item[4] for item in found]


def list_backups(workspace: Path) -> list[Backup]:
    """The backups of `workspace`, newest first."""
    from desktop_app.storage.backup_records import Backup

    return [Backup(*found) for found in _found(workspace)]


def latest_backup(workspace: Path) -> Backup | None:
    backups = list_backups(workspace)
    return backups[0] if backups else None


# ---------------------------------------------------------------------------- thinning


def _policy(policy: Policy | None) -> Policy:
    """`policy`, or the default one (DEFAULT_POLICY) for None."""
    if policy is not None:
        return policy
    from desktop_app.storage.backup_records import DEFAULT_POLICY

    return DEFAULT_POLICY


def thin(stamps: Iterable[datetime], now: datetime, policy: Policy | None = None) -> set[datetime]:
    """Which of `stamps` to keep: the newest `keep_last`; the newest of each UTC day younger than
    `daily_days`; the newest of each ISO week younger than `weekly_weeks`. A pure function."""
    ordered = sorted(set(stamps), reverse=True)
    return {ordered[i] for i in keep_indexes(ordered, now, policy)}


def keep_indexes(ordered: list[datetime], now: datetime, policy: Policy | None = None) -> set[int]:
    """`thin` by position: which items of `ordered` (newest first; equal times allowed, e.g. many
    backups in one second) to keep. Each item counts once, so equal times are not all kept."""
    policy = _policy(policy)
    keep = set(range(min(len(ordered), max(0, policy.keep_last))))
    days: set[object] = set()
    weeks: set[object] = set()
    for index, stamp in enumerate(ordered):  # newest first: the first one of a day (week) is its newest
        age = now - stamp
        day = stamp.astimezone(UTC).date()
        if age < timedelta(days=policy.daily_days) and day not in days:
            days.add(day)
            keep.add(index)
        week = tuple(day.isocalendar())[:2]
        if age < timedelta(weeks=policy.weekly_weeks) and week not in weeks:
            weeks.add(week)
            keep.add(index)
    return keep


def prune(workspace: Path, now: datetime | None = None, policy: Policy | None = None) -> list[Path]:
    """Delete the backups `thin` does not keep; returns what was deleted (failures are skipped)."""
    backups = list_backups(workspace)  # newest first, a total order
    keep = keep_indexes([b.taken_at for b in backups], now or utc_now(), policy)
    removed = []
    for index, backup in enumerate(backups):
        if index not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def remove_leftovers(workspace: Path) -> list[Path]:
    """Delete temporary files that killed backups and restores of `workspace` left behind (those of
    running processes stay); returns what was deleted."""
    workspace = Path(workspace)
    return [*remove_dead_temps(backup_dir(workspace), TEMP_PREFIX),
            *remove_dead_temps(workspace.parent, restore_prefix(workspace))]


def restore_prefix(workspace: Path) -> str:
    """How the temporary file of a restore beside `workspace` begins."""
    return f".{Path(workspace).name}.restore-"


# ---------------------------------------------------------------------------- making and reading


def make_backup(workspace: Workspace, reason: str = "manual", now: datetime | None = None,
                policy: Policy | None = None, thin_after: bool = True) -> Path:
    """Back up the open `workspace` now (SQLite backup API) and thin the folder (unless `thin_after`
    is False: a restore must not thin away the backup it is about to restore); the new file's path.

    The copy is verified with `PRAGMA integrity_check` before it gets its name: a damaged
    workspace is refused (SaveError, no backup made, so it cannot push a good backup out).
    DiskFullError says how much room a backup needs. The workspace itself is untouched."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")  # a programming error: never shown
    at = now or utc_now()
    folder = backup_dir(workspace.path)
    remove_leftovers(workspace.path)
    temp = temp_name(folder, TEMP_PREFIX)
    workspace.copy_into(temp, folder)
    try:
        problems = integrity_check(temp, immutable=True)
        if problems:
            raise SaveError(QT_TRANSLATE_NOOP(
                "StorageErrors", "No backup was made: the workspace %1 is damaged (%2). Run `csp-desk "
                "check` for details; the existing backups were kept.").arg(workspace.path.name, problems[0]))
        fsync_file(temp)
        dest = _place(temp, folder, workspace.path, at, reason)
    finally:
        remove_with_side_files(temp)
    fsync_folder(folder)
    if thin_after:
        prune(workspace.path, at, policy)
    return dest


def _place(temp: Path, folder: Path, workspace: Path, at: datetime, reason: str) -> Path:
    """Give the verified copy its name, never replacing a file already there (another name is
    tried instead)."""
    for _ in range(_NAME_TRIES):
        dest = folder / new_name(workspace, at, reason)
        try:
            move_no_clobber(temp, dest)
            return dest
        except FileExistsError:
            continue
        except OSError as exc:
            raise SaveError(QT_TRANSLATE_NOOP("StorageErrors", "Could not back up to %1: %2").arg(
                dest, exc.strerror or str(exc))) from exc
    raise SaveError(QT_TRANSLATE_NOOP(
        "StorageErrors", "Could not back up into %1: no free file name was found.").arg(folder))


def _stored(path: Path) -> tuple[tuple[Any, ...] | None, list[str]] | None:
    """The newest change-log row (entry_id, at, summary, kind, detail) and the ranking stored in a
    backup, read immutable (its bytes never change); None if it cannot be read."""
    try:
        conn = connect_immutable(path)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute(
            "SELECT entry_id, at, summary, kind, detail FROM change_log"
            " ORDER BY entry_id DESC LIMIT 1").fetchone()
        ranking = [r[0] for r in conn.execute("SELECT ticker FROM ranking ORDER BY rank")]
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()
    return (None if row is None else tuple(row)), ranking


def summarize(path: Path) -> BackupSummary:
    """The latest change and the ranking stored in a backup (empty if unreadable)."""
    from desktop_app.storage.backup_records import BackupSummary

    stored = _stored(path)
    if stored is None:
        return BackupSummary("", "", [], 0)
    row, ranking = stored
    if row is None:
        return BackupSummary("", "", ranking, 0)
    return BackupSummary(str(row[1]), str(row[2]), ranking, int(row[0]), str(row[3] or ""),
                         None if row[4] is None else str(row[4]))


def needs_backup(workspace: Workspace) -> bool:
    """True when there is no backup yet or the newest one lacks a change the workspace has (the
    check on closing: `summarize(latest_backup(...)).last_change_id`, without making the records)."""
    found = _found(workspace.path)
    if not found:
        return True
    stored = _stored(found[0][0])
    row = None if stored is None else stored[0]
    return (0 if row is None else int(row[0])) != workspace.last_change_id()


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


# ---------------------------------------------------------------------------- finding one


def latest_good_backup(workspace: Path) -> Backup | None:
    """The newest backup that passes SQLite's quick check, if any (read immutable)."""
    for backup in list_backups(workspace):
        try:
            if not quick_check(backup.path, immutable=True):
                return backup
        except WorkspaceError:
            continue
    return None


def set_aside_traces(workspace: Path) -> list[Path]:
    """What shows that a workspace was at `workspace`: damaged copies set aside beside it
    (`<name>.damaged-*`, oldest first) and its backups folder if it holds a backup."""
    workspace = Path(workspace)
    mark = workspace.name + DAMAGED_MARK
    try:
        damaged = sorted(p for p in workspace.parent.iterdir() if p.name.startswith(mark)
                         and not p.name.endswith(SIDE_SUFFIXES))
    except OSError:
        damaged = []
    folder = backup_dir(workspace)  # an empty one (a refused first backup) shows nothing
    return [*damaged, *([folder] if list_backups(workspace) else [])]


def missing_workspace_error(workspace: Path) -> WorkspaceMissingError | None:
    """The refusal to create a new workspace where one was set aside (see `set_aside_traces`);
    None when nothing shows that a workspace was there."""
    found = set_aside_traces(workspace)
    if not found:
        return None
    names = ", ".join(p.name for p in found[:4]) + (" …" if len(found) > 4 else "")
    if len(found) == 1:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "There is no workspace at %1, but %2 is beside it: the workspace was set "
            "aside (damaged), moved or deleted. No new workspace was created in its place. Open the "
            "CSP Desk window to restore the latest backup or to create a new workspace explicitly, or "
            "give --workspace for another file.")
    else:
        text = QT_TRANSLATE_NOOP(
            "StorageErrors", "There is no workspace at %1, but %2 are beside it: the workspace was set "
            "aside (damaged), moved or deleted. No new workspace was created in its place. Open the "
            "CSP Desk window to restore the latest backup or to create a new workspace explicitly, or "
            "give --workspace for another file.")
    return WorkspaceMissingError(text.arg(workspace, names), found)
