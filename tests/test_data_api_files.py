"""The data API never locks or changes a workspace file, even while another program (the window)
holds it open and writes to it: the file's bytes and times stay, no -wal or -shm appears beside a
closed workspace, /proc/locks shows no lock of this process on it once the API object is open, and
the other program writes while the API object is open and can still remove its -wal on closing."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.api import open_workspace
from desktop_app.domain.periods import Quarter
from desktop_app.storage import file_guard
from desktop_app.storage.workspace import Workspace

HOLDER = Path(__file__).with_name("workspace_holder.py")
PICK = "MSFT", "revenue", "F4Q25"


def _state(path: Path) -> dict[str, tuple[bytes, int] | None]:
    """Bytes and modification time of the workspace and its side files (None: absent)."""
    found: dict[str, tuple[bytes, int] | None] = {}
    for suffix in ("", "-wal", "-journal"):
        side = Path(f"{path}{suffix}")
        found[suffix] = (side.read_bytes(), side.stat().st_mtime_ns) if side.exists() else None
    return found


def _my_locks(path: Path) -> list[str]:
    """The lines of /proc/locks that are this process's locks on the workspace or its side files."""
    keys = set()
    for file_id in file_guard.identities(path):
        if file_id is not None:
            dev, ino = file_id
            keys.add(f"{os.major(dev):02x}:{os.minor(dev):02x}:{ino}")
    pid = str(os.getpid())
    return [line for line in file_guard.PROC_LOCKS.read_text().splitlines()
            if len(line.split()) > 5 and line.split()[4] == pid and line.split()[5] in keys]


def _consensus(frame: object) -> float:
    cards = frame  # a scorecards() frame
    row = cards[(cards.company == PICK[0]) & (cards.line == PICK[1]) & (cards.fiscal_period == PICK[2])]  # type: ignore[index]
    return float(row.consensus.item())


class Holder:
    """The workspace held open, and written, by another process."""

    def __init__(self, path: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, str(HOLDER), str(path)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        assert self.answer() == "ready"

    def answer(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def send(self, command: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.answer()

    def close(self) -> None:
        try:
            if self.proc.poll() is None:
                assert self.send("close") == "closed"
            assert self.proc.wait(timeout=60) == 0
        finally:
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "w.cspdesk"
    Workspace.open(p).close()
    return p


def test_a_closed_workspace_is_read_without_a_trace(path: Path) -> None:
    before = _state(path)
    assert before["-wal"] is None
    with open_workspace(path) as data:
        assert len(data.scorecards()) > 0 and len(data.notes()) > 0
        if file_guard.PROC_LOCKS.exists():
            assert _my_locks(path) == []
    assert _state(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


@pytest.mark.slow
@pytest.mark.skipif(not file_guard.PROC_LOCKS.exists(), reason="/proc/locks (Linux) shows who holds locks")
def test_the_window_keeps_writing_while_the_api_reads(path: Path) -> None:
    holder = Holder(path)
    try:
        assert holder.send("write 70000") == "written"
        before = _state(path)
        assert before["-wal"] is not None  # the other program's committed change is in its -wal
        data = open_workspace(path)
        try:
            assert _my_locks(path) == []  # nothing held while the API object is open
            assert _state(path) == before  # not a byte written, not even a checkpoint
            assert _consensus(data.scorecards()) == 70000  # committed pages still in the -wal are seen
            assert holder.send("write 71000") == "written"  # the window writes meanwhile
            assert _consensus(data.scorecards()) == 70000  # the API object shows what it read
            assert _my_locks(path) == []
        finally:
            data.close()
        with open_workspace(path) as again:
            assert _consensus(again.scorecards()) == 71000
    finally:
        holder.close()
    # The holder, last to close, could lock the file exclusively: it checkpointed and removed its
    # -wal, so no connection of this process was left holding a lock.
    assert not Path(f"{path}-wal").exists()


def test_a_workspace_held_in_this_process_keeps_its_locks(path: Path) -> None:
    with Workspace.open(path) as ws:
        ids = file_guard.identities(ws.path)
        assert file_guard.locks_held(ids) in (True, None)
        with open_workspace(path) as data:
            assert len(data.capex()) > 0
        assert file_guard.locks_held(ids) in (True, None)
        ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "consensus", Decimal("72000"))
        assert file_guard.intact(ws.path, ids)
    with open_workspace(path) as data:
        assert _consensus(data.scorecards()) == 72000


def test_a_snapshot_read_after_close_says_it_is_closed(path: Path) -> None:
    from desktop_app.storage.errors import WorkspaceClosedError
    from desktop_app.storage.snapshot_reader import WorkspaceSnapshot

    snapshot = WorkspaceSnapshot.take(path)
    assert snapshot.prices()  # the shared research reads answer from the copy
    snapshot.close()
    with pytest.raises(WorkspaceClosedError, match=str(path)):
        snapshot.prices()
