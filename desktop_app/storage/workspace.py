"""The workspace: one local SQLite file holding coverage, scorecards, research tables, the ranking,
its snapshots and the history of every change.

Reads return domain objects. Every write is one `BEGIN IMMEDIATE` transaction that also appends a
`change_log` row; if anything fails the transaction is rolled back, the file is as it was, and
SaveError says why. Files that are not workspaces, or that a newer version wrote, are refused
before a single byte of them is written.

Before and after every write the workspace checks that its connection still holds the files it
opened (file_guard): if the locks or the `-wal`/`-shm` files were lost (a descriptor of the file
closed elsewhere in the process, then another program checkpointed and removed them), the
connection is opened again before the write, and a change committed into a lost `-wal` is looked
for in the file and reported as not saved (LostHoldError) when it is not there. Writes of whole
states take what the writer last saw (`expected`) and are refused with ConflictError, writing
nothing, when the stored state differs (another program wrote in between).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.ranking import RankEntry, Snapshot
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import edits, file_guard, identity, open_files, queries, schema_version
from desktop_app.storage.codec import utc_now
from desktop_app.storage.connection import connect, reattach_close, transaction
from desktop_app.storage.core_reads import CoreReads
from desktop_app.storage.edits import UNCHECKED, Unchecked
from desktop_app.storage.errors import (
    LOST_HOLD,
    ConflictError,
    DiskFullError,
    LostHoldError,
    NewerVersionError,
    NotAWorkspaceError,
    SaveError,
    UnreadableError,
    WorkspaceError,
    WorkspaceMissingError,
    classify,
    describe,
    files_size,
    message_of,
    save_error,
    sqlite_text,
)
from desktop_app.storage.readable import reads
from desktop_app.storage.workspace_copies import WorkspaceCopies
from desktop_app.storage.workspace_lines import LineRecords
from desktop_app.storage.workspace_presence import WorkspacePresence
from desktop_app.storage.workspace_research import ResearchRecords

if TYPE_CHECKING:  # creating, seeding and upgrading a workspace are rare: imported only then
    from desktop_app.domain.line_def import LineDef
    from desktop_app.domain.scorecard import ScorecardLine, ScorecardValue
    from desktop_app.io.seed_data import SeedData
    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.storage.provenance import FigureKey
    from desktop_app.storage.schema import Migration

__all__ = [
    "ConflictError",
    "LostHoldError",
    "DiskFullError",
    "NewerVersionError",
    "NotAWorkspaceError",
    "SaveError",
    "UnreadableError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceMissingError",
]

T = TypeVar("T")
_NEW_SIZE = 512 * 1024  # about what a new seeded workspace needs on the disk
_CREATING = QT_TRANSLATE_NOOP("StorageErrors", "creating the workspace")


class Workspace(CoreReads, WorkspacePresence, WorkspaceCopies, ResearchRecords, LineRecords):
    """An open workspace file. Use `Workspace.open(path)`; close it (or use `with`)."""

    SCHEMA_VERSION = schema_version.SCHEMA_VERSION

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._held = True
        self._files = file_guard.identities(path)  # the files this connection opened
        open_files.hold(path)

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: Path, seed: SeedData | None = None, create_anyway: bool = False) -> Workspace:
        """Open the workspace at `path`, creating and seeding it (default: `load_seed()`) if absent.

        An older file is migrated in one transaction; a newer or foreign file is refused
        (NewerVersionError / NotAWorkspaceError) and left exactly as it was. A missing file whose
        damaged copy (`<name>.damaged-*`) or backups folder is beside it is not created again
        (WorkspaceMissingError) unless `create_anyway` (the user asked for a new workspace).
        """
        path = Path(path).expanduser()
        if identity.is_new(path):
            if not create_anyway and not path.exists():
                from desktop_app.storage.backups import missing_workspace_error

                missing = missing_workspace_error(path)
                if missing is not None:
                    raise missing
            cls._create(path, seed)
        identity.inspect(path)  # read-only: raises before anything could write to the file
        return cls(path, cls._connect_checked(path))

    @classmethod
    def _connect_checked(cls, path: Path) -> sqlite3.Connection:
        """A read-write connection to the workspace at `path`, checked and migrated."""
        try:
            conn = connect(path)
        except UnicodeDecodeError as exc:  # SQLite's message quotes damaged schema text
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Cannot open %1: SQLite says %2. The file may be damaged; it was "
                "left as it was.").arg(path, sqlite_text(exc))) from exc
        except sqlite3.Error as exc:
            raise classify(exc, QT_TRANSLATE_NOOP("StorageErrors", "opening %1").arg(path.name),
                           path.parent, identity.SHM_SIZE) or WorkspaceError(QT_TRANSLATE_NOOP(
                               "StorageErrors", "Cannot open %1: %2").arg(path, describe(exc))) from exc
        try:
            with transaction(conn):
                version = cls._check_open(conn, path)
                ran = cls._migrate(conn, version) if version < schema_version.target_version() else []
                if ran:
                    edits.log(conn, "migrate",
                              f"Workspace upgraded from format {version} to {ran[-1].version}",
                              {"old": version, "new": ran[-1].version,
                               "steps": [m.description for m in ran]})
        except WorkspaceError:
            conn.close()
            raise
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):
                raise classify(exc, QT_TRANSLATE_NOOP("StorageErrors", "opening %1").arg(path.name),
                               path.parent, files_size(path) + identity.SHM_SIZE) or \
                    WorkspaceError(QT_TRANSLATE_NOOP(
                        "StorageErrors", "Could not upgrade %1: %2. The file was left as it was.").arg(
                            path, describe(exc))) from exc
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Could not upgrade %1: its schema is damaged. The file was left as it "
                "was.").arg(path)) from exc
        except BaseException:
            conn.close()
            raise
        return conn

    @staticmethod
    def _migrate(conn: sqlite3.Connection, version: int) -> list[Migration]:
        """Upgrade an older file (the caller holds the transaction): the migrations are imported
        only then, a current file (every other start) needs none of them."""
        from desktop_app.storage import schema

        return schema.migrate(conn, version)

    @staticmethod
    def _check_open(conn: sqlite3.Connection, path: Path) -> int:
        """Inside the write transaction: still ours and not newer (another process may have raced)."""
        ours = schema_version.application_id(conn) == schema_version.APPLICATION_ID
        if not ours or not identity.has_meta(conn):
            raise NotAWorkspaceError(QT_TRANSLATE_NOOP(
                "StorageErrors", "%1 is not a CSP Desk workspace. It was left unchanged.").arg(path))
        version = schema_version.user_version(conn)
        if version > schema_version.target_version():
            raise identity.newer_version_error(path, version)
        return version

    @classmethod
    def _create(cls, path: Path, seed: SeedData | None) -> None:
        """Create and seed a workspace at `path`: built aside and moved in whole (see creation)."""
        if seed is None:
            from desktop_app.io.seed_data import load_seed

            seed = load_seed()

        from desktop_app.storage import creation, schema

        def build(conn: sqlite3.Connection) -> None:
            schema.migrate(conn, 0)
            conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', ?)", (utc_now(),))
            from desktop_app.storage.seed import fill

            fill(conn, seed)
            edits.log(conn, "create",
                      f"Workspace created with {len(seed.companies)} companies, "
                      f"{len(seed.scorecard)} scorecard figures, "
                      f"{len(seed.snapshots)} snapshots",
                      {"old": None, "new": {"schema_version": schema.target_version(),
                                            "companies": [c.ticker for c in seed.companies]}})

        try:
            creation.create(path, build)  # False: another process made it first; opened below
        except sqlite3.Error as exc:
            raise classify(exc, _CREATING, path.parent, _NEW_SIZE) or WorkspaceError(
                QT_TRANSLATE_NOOP("StorageErrors", "Could not create the workspace at %1: %2").arg(
                    path, describe(exc))) from exc
        except OSError as exc:
            raise classify(exc, _CREATING, path.parent, _NEW_SIZE) or WorkspaceError(
                QT_TRANSLATE_NOOP("StorageErrors", "Cannot create a workspace at %1: %2").arg(
                    path, exc.strerror or str(exc))) from exc

    def close(self) -> None:
        if self._held and not file_guard.intact(self.path, self._files):
            reattach_close(self._conn, self.path)  # a plain close could checkpoint a stale -wal
        else:
            self._conn.close()
        if self._held:
            self._held = False
            open_files.release(self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @reads
    def quick_check(self) -> str:
        """'ok', or the problems SQLite's quick check and the foreign-key check report."""
        problems = [r[0] for r in self._conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        for table, rowid, parent, _ in self._conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} record")
        return "ok" if not problems else "\n".join(problems)

    # ------------------------------------------------------------------ reads

    @property
    @reads
    def schema_version(self) -> int:
        return schema_version.user_version(self._conn)

    @reads
    def company(self, ticker: str) -> Company:
        """Any company the workspace knows (covered or not); KeyError if unknown."""
        found = queries.company(self._conn, ticker)
        if found is None:
            raise KeyError(ticker)
        return found

    @reads
    def is_covered(self, ticker: str) -> bool:
        return ticker in queries.covered_tickers(self._conn)

    @reads
    def scorecard_line(self, company: str, period: Quarter, line: str) -> ScorecardLine | None:
        return queries.scorecard_line(self._conn, company, period, line)

    @reads
    def rationale_authors(self) -> dict[str, tuple[str, str]]:
        """ticker → (who, when) for each rationale typed after the seed (others are the note's)."""
        return edits.rationale_authors(self._conn)

    @reads
    def snapshot_ids(self) -> list[int]:
        """Every snapshot's id, oldest first (counting them without reading them)."""
        return queries.snapshot_ids(self._conn)

    @reads
    def reference_snapshots(self) -> list[Snapshot]:
        """The snapshots taken from a note and the newest one, oldest first (the ranking's context)."""
        return queries.reference_snapshots(self._conn)

    @reads
    def snapshot(self, snapshot_id: int) -> Snapshot:
        found = queries.snapshots(self._conn, snapshot_id)
        if not found:
            raise KeyError(snapshot_id)
        return found[0]

    @reads
    def change_log(self, limit: int | None = None, before: int | None = None) -> list[ChangeLogEntry]:
        """Newest first; with `before`, the rows older than change-log row `before` (paging)."""
        return queries.change_log(self._conn, limit, before)

    @reads
    def changes_after(self, entry_id: int) -> list[ChangeLogEntry]:
        """The changes committed after change-log row `entry_id`, oldest first (with authors)."""
        return queries.changes_after(self._conn, entry_id)

    @reads
    def last_change_id(self) -> int:
        """The id of the newest change-log row (0 if none): it grows with every committed change."""
        return int(self._conn.execute("SELECT coalesce(max(entry_id), 0) FROM change_log").fetchone()[0])

    # ------------------------------------------------------------------ writes

    def _reattach(self) -> None:
        """Close the connection that lost its hold on the files and open the workspace again (the
        same checks as `open`). SaveError if it cannot be opened again."""
        reattach_close(self._conn, self.path)
        try:
            identity.inspect(self.path)
            self._conn = self._connect_checked(self.path)
        except WorkspaceError as exc:
            raise SaveError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Could not save: this window lost its hold on the workspace file and "
                "could not open it again: %1").arg(message_of(exc)), code=LOST_HOLD) from exc
        self._files = file_guard.identities(self.path)

    def _newest_change(self, after: int) -> tuple[object, ...] | None:
        """The newest change-log row after `after` (this write's own row), as stored."""
        row = self._conn.execute(
            "SELECT entry_id, at, summary, detail FROM change_log WHERE entry_id > ?"
            " ORDER BY entry_id DESC LIMIT 1", (after,)).fetchone()
        return None if row is None else tuple(row)

    def _in_file(self, row: tuple[object, ...]) -> bool:
        found = self._conn.execute(
            "SELECT 1 FROM change_log WHERE entry_id = ? AND at IS ? AND summary IS ?"
            " AND detail IS ?", row).fetchone()
        return found is not None

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        if not file_guard.intact(self.path, self._files):
            self._reattach()  # the write goes to the file as it now is; `expected` checks decide
        written: tuple[object, ...] | None = None
        try:
            with transaction(self._conn) as conn:
                before = self.last_change_id()
                yield conn
                written = self._newest_change(before)
        except sqlite3.Error as exc:
            raise save_error(exc) from exc
        if file_guard.intact(self.path, self._files):
            return
        self._reattach()  # committed, but maybe into a lost -wal: is it in the file?
        try:
            kept = written is None or self._in_file(written)
        except sqlite3.Error as exc:
            raise save_error(exc) from exc
        if not kept:
            raise LostHoldError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Could not save: this window lost its hold on the workspace file "
                "(another program removed or replaced its journal while this window was writing), so "
                "the change did not reach the file. The workspace was opened again as it now is; make "
                "the change again."))

    def _write(self, action: Callable[[sqlite3.Connection], T]) -> T:
        with self._writing() as conn:
            return action(conn)

    def set_ranking(self, entries: list[RankEntry], summary: str,
                    expected: Sequence[RankEntry] | None = None) -> None:
        """Replace the current order and rationales. RankingError (nothing written) unless
        `entries` is a permutation of the covered names. An unchanged ranking writes nothing.
        With `expected` (the entries the writer last saw: order and rationales) the write is
        refused with ConflictError, nothing written, if the stored ranking differs from it."""
        self._write(lambda conn: edits.set_ranking(conn, entries, summary, expected))

    def set_rationale(self, ticker: str, text: str, expected: str, summary: str) -> None:
        """Set one name's rationale, leaving the order as it is stored. ConflictError (nothing
        written) if the stored rationale is not `expected` or the name left the ranking."""
        self._write(lambda conn: edits.set_rationale(conn, ticker, text, expected, summary))

    def delete_snapshot(self, snapshot_id: int) -> None:
        """Remove a snapshot saved in the app (undo of saving it). ValueError for a snapshot taken
        from a broker note or an unknown id; the change log keeps the record."""
        self._write(lambda conn: edits.delete_snapshot(conn, snapshot_id))

    def restore_snapshot(self, snapshot: Snapshot) -> None:
        """Put back a snapshot removed by `delete_snapshot` under its old id (redo of saving it)."""
        self._write(lambda conn: edits.restore_snapshot(conn, snapshot))

    def save_snapshot(self, label: str, note: str, taken_on: str,
                      expected: Sequence[RankEntry] | None = None) -> Snapshot:
        """Store the current ranking as a snapshot; `taken_on` is an ISO date (or ""). With
        `expected`, ConflictError (nothing written) if the stored ranking differs from it."""
        snapshot_id = self._write(lambda conn: edits.save_snapshot(conn, label, note, taken_on,
                                                                   expected))
        return self.snapshot(snapshot_id)

    def set_scorecard_value(self, company: str, period: Quarter, line: str, field: str,
                            value: Decimal | None,
                            expected: Decimal | None | Unchecked = UNCHECKED,
                            provenance: Provenance | None = None) -> None:
        """Set `actual`, `consensus` or `guidance` of one line (None clears it); the row is created
        when the line is defined but has no row for that quarter yet. ValueError on bad input.
        With `expected` (the value the writer saw; None: empty), ConflictError (nothing written)
        if the stored value differs from it. The figure's provenance: `provenance`, by default
        "entered by" the current user now."""
        self._write(lambda conn: edits.set_scorecard_value(conn, company, period, line, field, value,
                                                           expected, provenance))

    def apply_scorecard_changes(self, changes: Sequence[ScorecardValue], summary: str,
                                remove_empty_rows: Sequence[tuple[str, Quarter, str]] = (),
                                provenance: Provenance | dict[FigureKey, Provenance] | None = None,
                                new_lines: Sequence[LineDef] = (),
                                remove_lines: Sequence[tuple[str, str]] = (),
                                origin: Mapping[str, object] | None = None) -> int:
        """Set many actual / consensus / guidance figures in ONE transaction with one change-log row
        (an import from Excel, or its undo); returns how many changed. ValueError (nothing written)
        if any change is invalid. `remove_empty_rows` drops those rows if no figure is left in them;
        `new_lines` are added before and `remove_lines` (company, key) taken away after, in the same
        transaction (an import creating recognised lines, and its undo). `provenance` and `origin`
        (what made the change, for the log): see bulk_edits.apply_scorecard_changes."""
        from desktop_app.storage import bulk_edits

        return self._write(lambda conn: bulk_edits.apply_scorecard_changes(
            conn, list(changes), summary, remove_empty_rows, provenance, new_lines, remove_lines, origin))

    def add_quarter(self, company: str, period: Quarter) -> list[str]:
        """Add fiscal quarter `period` to a company's scorecard: its standard lines, all empty.
        ValueError (nothing written) if the company has no lines or already has that quarter."""
        from desktop_app.storage import quarters

        return self._write(lambda conn: quarters.add_quarter(conn, company, period))

    def remove_empty_quarter(self, company: str, period: Quarter) -> None:
        """Take away a quarter none of whose lines holds a figure (the undo of `add_quarter`)."""
        from desktop_app.storage import quarters

        self._write(lambda conn: quarters.remove_empty_quarter(conn, company, period))

    def add_company(self, company: Company, ranking: list[RankEntry] | None = None,
                    expected: Sequence[RankEntry] | None = None) -> Company:
        """Cover a company; it goes to the end of the coverage and of the ranking.
        RankingError if already covered, ValueError for an empty ticker or a bad fiscal year end.
        With `ranking` (undoing a removal) the ranking becomes that order, checked as in
        `set_ranking`, and a former company gets its old coverage position back. `expected` as in
        `set_ranking`."""
        return self._write(lambda conn: edits.add_company(conn, company, ranking, expected))

    def remove_company(self, ticker: str, expected: Sequence[RankEntry] | None = None) -> None:
        """Stop covering a company: it leaves the ranking, its history stays.
        RankingError if it is not covered or is the last covered company. `expected` as in
        `set_ranking`."""
        self._write(lambda conn: edits.remove_company(conn, ticker, expected))
