"""The workspace: one local SQLite file holding coverage, scorecards, research tables, the ranking,
its snapshots and the history of every change.

Reads return domain objects. Every write is one `BEGIN IMMEDIATE` transaction that also appends a
`change_log` row; if anything fails the transaction is rolled back, the file is as it was, and
SaveError says why. Files that are not workspaces, or that a newer version wrote, are refused
before a single byte of them is written.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.metrics import LineDef
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, Snapshot
from desktop_app.domain.research import Forecast, SupplyChainEntry, Target
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.statements import CloudRead, Statement
from desktop_app.storage import creation, edits, identity, open_files, queries, schema
from desktop_app.storage.codec import utc_now
from desktop_app.storage.connection import connect, transaction
from desktop_app.storage.errors import (
    NewerVersionError,
    NotAWorkspaceError,
    SaveError,
    WorkspaceError,
    describe,
    save_error,
)
from desktop_app.storage.integrity import remove_with_side_files
from desktop_app.storage.queries import ChangeLogEntry

if TYPE_CHECKING:  # seeding a new workspace is rare: the CSV loader is imported only then
    from desktop_app.domain.scorecard import ScorecardValue
    from desktop_app.io.seed_data import SeedData

__all__ = [
    "ChangeLogEntry",
    "NewerVersionError",
    "NotAWorkspaceError",
    "SaveError",
    "Workspace",
    "WorkspaceError",
]

T = TypeVar("T")


class Workspace:
    """An open workspace file. Use `Workspace.open(path)`; close it (or use `with`)."""

    SCHEMA_VERSION = schema.SCHEMA_VERSION

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._held = True
        open_files.hold(path)

    # ------------------------------------------------------------------ opening and closing

    @classmethod
    def open(cls, path: Path, seed: SeedData | None = None) -> Workspace:
        """Open the workspace at `path`, creating and seeding it (default: `load_seed()`) if absent.

        An older file is migrated in one transaction; a newer or foreign file is refused
        (NewerVersionError / NotAWorkspaceError) and left exactly as it was.
        """
        path = Path(path).expanduser()
        if identity.is_new(path):
            cls._create(path, seed)
        identity.inspect(path)  # read-only: raises before anything could write to the file
        try:
            conn = connect(path)
        except sqlite3.Error as exc:
            raise WorkspaceError(f"Cannot open {path}: {describe(exc)}") from exc
        try:
            with transaction(conn):
                version = cls._check_open(conn, path)
                ran = schema.migrate(conn, version)
                if ran:
                    edits.log(conn, "migrate",
                              f"Workspace upgraded from format {version} to {ran[-1].version}",
                              {"old": version, "new": ran[-1].version,
                               "steps": [m.description for m in ran]})
        except WorkspaceError:
            conn.close()
            raise
        except sqlite3.Error as exc:
            conn.close()
            raise WorkspaceError(f"Could not upgrade {path}: {describe(exc)}. "
                                 "The file was left as it was.") from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    @staticmethod
    def _check_open(conn: sqlite3.Connection, path: Path) -> int:
        """Inside the write transaction: still ours and not newer (another process may have raced)."""
        if schema.application_id(conn) != schema.APPLICATION_ID or not identity.has_meta(conn):
            raise NotAWorkspaceError(f"{path} is not a CSP Desk workspace. It was left unchanged.")
        version = schema.user_version(conn)
        if version > schema.target_version():
            raise identity.newer_version_error(path, version)
        return version

    @classmethod
    def _create(cls, path: Path, seed: SeedData | None) -> None:
        """Create and seed a workspace at `path`: built aside and moved in whole (see creation)."""
        if seed is None:
            from desktop_app.io.seed_data import load_seed

            seed = load_seed()

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
            raise WorkspaceError(f"Could not create the workspace at {path}: "
                                 f"{describe(exc)}") from exc
        except OSError as exc:
            raise WorkspaceError(f"Cannot create a workspace at {path}: "
                                 f"{exc.strerror or exc}") from exc

    def close(self) -> None:
        self._conn.close()
        if self._held:
            self._held = False
            open_files.release(self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def backup_to(self, dest: Path) -> None:
        """Copy the whole workspace to `dest` (a single self-contained file) with SQLite's backup API."""
        dest = Path(dest).expanduser()
        if dest.resolve() == self.path.resolve():
            raise ValueError("The backup must go to another file than the workspace itself.")
        temp = dest.with_name(f".{dest.name}.{os.getpid()}.tmp")
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            target = sqlite3.connect(str(temp), isolation_level=None)
            try:
                self._conn.backup(target)
                target.execute("PRAGMA journal_mode = DELETE")
            finally:
                target.close()
            os.replace(temp, dest)
        except (OSError, sqlite3.Error) as exc:
            remove_with_side_files(temp)
            reason = describe(exc) if isinstance(exc, sqlite3.Error) else (exc.strerror or str(exc))
            raise SaveError(f"Could not back up to {dest}: {reason}") from exc

    def quick_check(self) -> str:
        """'ok', or the problems SQLite's quick check and the foreign-key check report."""
        problems = [r[0] for r in self._conn.execute("PRAGMA quick_check") if r[0] != "ok"]
        for table, rowid, parent, _ in self._conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent} record")
        return "ok" if not problems else "\n".join(problems)

    # ------------------------------------------------------------------ reads

    @property
    def schema_version(self) -> int:
        return schema.user_version(self._conn)

    def meta(self) -> dict[str, str]:
        return queries.meta(self._conn)

    def sources(self) -> list[Source]:
        return queries.sources(self._conn)

    def companies(self, include_removed: bool = False) -> list[Company]:
        """Covered companies in coverage order (with `include_removed`, also former ones)."""
        return queries.companies(self._conn, include_removed)

    def company(self, ticker: str) -> Company:
        """Any company the workspace knows (covered or not); KeyError if unknown."""
        found = queries.company(self._conn, ticker)
        if found is None:
            raise KeyError(ticker)
        return found

    def is_covered(self, ticker: str) -> bool:
        return ticker in queries.covered_tickers(self._conn)

    def line_defs(self, company: str) -> list[LineDef]:
        return queries.line_defs(self._conn, company)

    def periods(self, company: str) -> list[Quarter]:
        return queries.periods(self._conn, company)

    def scorecard_lines(self, company: str | None = None,
                        period: Quarter | None = None) -> list[ScorecardLine]:
        """By coverage position, fiscal quarter, line position. All companies when None."""
        return queries.scorecard_lines(self._conn, company, period)

    def scorecard_line(self, company: str, period: Quarter, line: str) -> ScorecardLine | None:
        return queries.scorecard_line(self._conn, company, period, line)

    def forecasts(self) -> list[Forecast]:
        return queries.forecasts(self._conn)

    def targets(self) -> list[Target]:
        return queries.targets(self._conn)

    def supply_chain(self) -> list[SupplyChainEntry]:
        return queries.supply_chain(self._conn)

    def statements(self, topic: str | None = None) -> list[Statement]:
        return queries.statements(self._conn, topic)

    def cloud_reads(self) -> list[CloudRead]:
        return queries.cloud_reads(self._conn)

    def ranking(self) -> list[RankEntry]:
        """The current order, rank 1 first."""
        return queries.ranking(self._conn)

    def snapshots(self) -> list[Snapshot]:
        """Oldest first."""
        return queries.snapshots(self._conn)

    def snapshot(self, snapshot_id: int) -> Snapshot:
        found = queries.snapshots(self._conn, snapshot_id)
        if not found:
            raise KeyError(snapshot_id)
        return found[0]

    def change_log(self, limit: int | None = None) -> list[ChangeLogEntry]:
        """Newest first."""
        return queries.change_log(self._conn, limit)

    def last_change_id(self) -> int:
        """The id of the newest change-log row (0 if none): it grows with every committed change."""
        return int(self._conn.execute("SELECT coalesce(max(entry_id), 0) FROM change_log").fetchone()[0])

    # ------------------------------------------------------------------ writes

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        try:
            with transaction(self._conn) as conn:
                yield conn
        except sqlite3.Error as exc:
            raise save_error(exc) from exc

    def _write(self, action: Callable[[sqlite3.Connection], T]) -> T:
        with self._writing() as conn:
            return action(conn)

    def set_ranking(self, entries: list[RankEntry], summary: str) -> None:
        """Replace the current order and rationales. RankingError (nothing written) unless
        `entries` is a permutation of the covered names. An unchanged ranking writes nothing."""
        self._write(lambda conn: edits.set_ranking(conn, entries, summary))

    def delete_snapshot(self, snapshot_id: int) -> None:
        """Remove a snapshot saved in the app (undo of saving it). ValueError for a snapshot taken
        from a broker note or an unknown id; the change log keeps the record."""
        self._write(lambda conn: edits.delete_snapshot(conn, snapshot_id))

    def restore_snapshot(self, snapshot: Snapshot) -> None:
        """Put back a snapshot removed by `delete_snapshot` under its old id (redo of saving it)."""
        self._write(lambda conn: edits.restore_snapshot(conn, snapshot))

    def save_snapshot(self, label: str, note: str, taken_on: str) -> Snapshot:
        """Store the current ranking as a snapshot; `taken_on` is an ISO date (or "")."""
        snapshot_id = self._write(lambda conn: edits.save_snapshot(conn, label, note, taken_on))
        return self.snapshot(snapshot_id)

    def set_scorecard_value(self, company: str, period: Quarter, line: str, field: str,
                            value: Decimal | None) -> None:
        """Set `actual`, `consensus` or `guidance` of one line (None clears it); the row is created
        when the line is defined but has no row for that quarter yet. ValueError on bad input."""
        self._write(lambda conn: edits.set_scorecard_value(conn, company, period, line, field, value))

    def apply_scorecard_changes(self, changes: Sequence[ScorecardValue], summary: str,
                                remove_empty_rows: Sequence[tuple[str, Quarter, str]] = ()) -> int:
        """Set many actual / consensus / guidance figures in ONE transaction with one change-log row
        (an import from Excel, or its undo); returns how many changed. ValueError (nothing written)
        if any change is invalid. `remove_empty_rows` drops those rows if no figure is left in them."""
        from desktop_app.storage import bulk_edits

        return self._write(lambda conn: bulk_edits.apply_scorecard_changes(
            conn, list(changes), summary, remove_empty_rows))

    def add_quarter(self, company: str, period: Quarter) -> list[str]:
        """Add fiscal quarter `period` to a company's scorecard: its standard lines, all empty.
        ValueError (nothing written) if the company has no lines or already has that quarter."""
        from desktop_app.storage import quarters

        return self._write(lambda conn: quarters.add_quarter(conn, company, period))

    def remove_empty_quarter(self, company: str, period: Quarter) -> None:
        """Take away a quarter none of whose lines holds a figure (the undo of `add_quarter`)."""
        from desktop_app.storage import quarters

        self._write(lambda conn: quarters.remove_empty_quarter(conn, company, period))

    def add_company(self, company: Company, ranking: list[RankEntry] | None = None) -> Company:
        """Cover a company; it goes to the end of the coverage and of the ranking.
        RankingError if already covered, ValueError for an empty ticker or a bad fiscal year end.
        With `ranking` (undoing a removal) the ranking becomes that order, checked as in
        `set_ranking`, and a former company gets its old coverage position back."""
        return self._write(lambda conn: edits.add_company(conn, company, ranking))

    def remove_company(self, ticker: str) -> None:
        """Stop covering a company: it leaves the ranking, its history stays.
        RankingError if it is not covered or is the last covered company."""
        self._write(lambda conn: edits.remove_company(conn, ticker))
