"""A read-only picture of a workspace file, for readers outside the window (the analysts' data API).

`WorkspaceSnapshot.take(path)` copies the workspace, as last committed, into memory with SQLite's
backup API and closes the file again at once: the file is opened read-only (`mode=ro`, or
`immutable` when no `-wal` lies beside it, exactly as `connect_readonly` does for the checks), so
this process never writes a byte of it, never creates or checkpoints its `-wal`, and holds no lock
on it once `take` returns (a window writing to it meanwhile is not disturbed; WAL readers never
block the writer anyway). An older workspace is upgraded in the memory copy only; a newer or
foreign file is refused (NewerVersionError / NotAWorkspaceError) before it is opened for reading.

The snapshot answers the same reads as `Workspace` (it provides domain.workspace_reader's
WorkspaceReader), from the copy: what the window writes after `take` is not seen; take another.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from desktop_app.domain.line_def import LineDef
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage import identity, queries, schema
from desktop_app.storage.connection import connect_readonly, transaction
from desktop_app.storage.core_reads import CoreReads
from desktop_app.storage.errors import WorkspaceError, WorkspaceMissingError, describe
from desktop_app.storage.readable import reads
from desktop_app.storage.research_reads import ResearchReads


class WorkspaceSnapshot(CoreReads, ResearchReads):
    """The workspace at `path` as it was committed when `take` read it, held in memory."""

    def __init__(self, path: Path, conn: sqlite3.Connection, file_version: int, taken_at: datetime) -> None:
        self.path = path
        self._conn = conn
        self.file_version = file_version  # the format of the file (the copy is upgraded to today's)
        self.taken_at = taken_at  # UTC

    @classmethod
    def take(cls, path: Path) -> WorkspaceSnapshot:
        """Copy the workspace at `path` into memory. WorkspaceMissingError when there is no file;
        NotAWorkspaceError / NewerVersionError / WorkspaceError as `Workspace.open` refuses it."""
        path = Path(path).expanduser()
        if identity.is_new(path):
            raise WorkspaceMissingError(QT_TRANSLATE_NOOP(
                "StorageErrors", "There is no workspace at %1.").arg(path), [])
        version = identity.inspect(path)  # reads only; refuses a foreign or newer file
        memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            source = connect_readonly(path)
            try:
                taken_at = datetime.now(UTC)
                source.backup(memory)  # all pages in one step: one consistent read transaction
            finally:
                source.close()
            copied = schema.user_version(memory)
            if copied > schema.target_version():  # upgraded by a newer version since inspect()
                raise identity.newer_version_error(path, copied)
            if copied < schema.target_version():
                with transaction(memory):
                    schema.migrate(memory, copied)
        except sqlite3.Error as exc:
            memory.close()
            raise WorkspaceError(QT_TRANSLATE_NOOP(
                "StorageErrors", "Cannot read %1: %2. The file was left unchanged.").arg(
                    path, describe(exc))) from exc
        except BaseException:
            memory.close()
            raise
        return cls(path, memory, version, taken_at)

    @property
    def location(self) -> str:
        """The file it was taken from, as messages name it (a read after close says so)."""
        return str(self.path)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> WorkspaceSnapshot:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ------------------------------------------------------------------ reads (as Workspace's)

    @reads
    def all_line_defs(self) -> dict[tuple[str, str], LineDef]:
        """(company, line key) → definition, for every company the workspace knows."""
        return {(d.company, d.key): d for c in queries.companies(self._conn, True)
                for d in queries.line_defs(self._conn, c.ticker)}
