"""The write guard: a workspace whose connection lost its POSIX locks (something in the process
closed a descriptor of the file) never reports a change as saved that is not in the file.

Another program (`csp-desk ranking set`, a real subprocess) then checkpoints the workspace and
removes `-wal`/`-shm`. Before a write the workspace notices and opens the file again (the write is
then compare-and-set against the file as it is); a commit that still went into the removed `-wal`
(the removal raced the write) is looked for in the file and reported as LostHoldError. Closing a
connection that lost its locks must not checkpoint its stale `-wal` over newer content (a plain
close was seen to damage the file's indexes)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.storage import file_guard
from desktop_app.storage.errors import ConflictError, LostHoldError, is_storage_failure
from desktop_app.storage.workspace import Workspace
from tests.lock_support import cli_check, cli_order, cli_set, drop_locks, holds_locks, needs_proc_locks

SEED = ["MSFT", "AMZN", "GOOGL", "META"]
TERMINAL = ["META", "GOOGL", "AMZN", "MSFT"]


@pytest.fixture
def ws(workspace_path: Path):
    Workspace.open(workspace_path).close()
    opened = Workspace.open(workspace_path)
    yield opened
    opened.close()


def side_files_exist(path: Path) -> bool:
    return os.path.exists(f"{path}-wal") and os.path.exists(f"{path}-shm")


@needs_proc_locks
def test_lost_locks_are_seen_and_the_next_write_takes_them_again(ws: Workspace) -> None:
    assert holds_locks(ws) is True
    drop_locks(ws.path)
    assert holds_locks(ws) is False
    assert not file_guard.intact(ws.path, ws._files)
    seen = ws.ranking()
    ws.set_ranking([seen[1], seen[0], *seen[2:]], "window", expected=seen)
    assert holds_locks(ws) is True  # opened again before writing
    assert cli_order(ws.path) == [SEED[1], SEED[0], *SEED[2:]]


def test_after_the_wal_was_removed_a_stale_write_is_a_conflict_and_a_fresh_one_is_kept(
        ws: Workspace) -> None:
    seen = ws.ranking()
    drop_locks(ws.path)
    cli_set(ws.path, TERMINAL)  # the last user as far as it can tell: checkpoints, removes -wal/-shm
    assert not side_files_exist(ws.path)
    with pytest.raises(ConflictError):
        ws.set_ranking([seen[1], seen[0], *seen[2:]], "window", expected=seen)
    assert cli_order(ws.path) == TERMINAL
    now = ws.ranking()  # the reopened connection reads the file as it is
    assert [e.ticker for e in now] == TERMINAL
    ws.set_ranking([now[1], now[0], *now[2:]], "window", expected=now)
    assert cli_order(ws.path) == [TERMINAL[1], TERMINAL[0], *TERMINAL[2:]]
    assert cli_check(ws.path).startswith("ok")


def test_a_commit_into_a_removed_wal_is_reported_as_not_saved(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    drop_locks(ws.path)
    cli_set(ws.path, TERMINAL)
    seen = ws.ranking()  # still through the old connection: it sees the terminal's order
    assert [e.ticker for e in seen] == TERMINAL
    real = file_guard.intact
    checks: list[bool] = []

    def raced(path: Path, recorded: file_guard.FileIds) -> bool:
        checks.append(True)  # the first check (before the write) misses the removal: a race
        return True if len(checks) == 1 else real(path, recorded)

    monkeypatch.setattr(file_guard, "intact", raced)
    with pytest.raises(LostHoldError) as lost:
        ws.set_ranking([seen[1], seen[0], *seen[2:]], "window", expected=seen)
    assert len(checks) == 2
    assert is_storage_failure(lost.value)  # the window shows the failure dialog
    assert "did not reach the file" in str(lost.value)
    assert cli_order(ws.path) == TERMINAL  # not the window's move: it was honestly reported lost
    assert [e.ticker for e in ws.ranking()] == TERMINAL  # reopened on the file as it is
    assert cli_check(ws.path).startswith("ok")


def test_a_commit_that_did_reach_the_file_is_not_reported_lost(
        ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = ws.ranking()
    real = file_guard.intact
    checks: list[bool] = []

    def lost_after(path: Path, recorded: file_guard.FileIds) -> bool:
        checks.append(True)  # after the commit the locks look lost, but the commit is in the file
        return real(path, recorded) if len(checks) == 1 else False

    monkeypatch.setattr(file_guard, "intact", lost_after)
    ws.set_ranking([seen[1], seen[0], *seen[2:]], "window", expected=seen)
    assert len(checks) == 2
    assert cli_order(ws.path) == [SEED[1], SEED[0], *SEED[2:]]


def test_closing_after_lost_locks_keeps_the_newer_content_and_a_healthy_file(ws: Workspace) -> None:
    drop_locks(ws.path)
    cli_set(ws.path, TERMINAL)
    # A write through the stale connection (as before this guard existed), then another terminal
    # change: the stale -wal now holds old pages the file no longer has.
    conn = ws._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE ranking SET rationale = 'stale' WHERE rank = 1")
    conn.execute("COMMIT")
    cli_set(ws.path, SEED)
    ws.close()  # a plain close would checkpoint the stale -wal into the file
    assert cli_order(ws.path) == SEED
    assert cli_check(ws.path).startswith("ok")
    with Workspace.open(ws.path) as fresh:
        assert all(e.rationale != "stale" for e in fresh.ranking())
