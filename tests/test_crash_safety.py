"""Crash safety: a writer process reordering a real workspace as fast as it can is killed with
SIGKILL mid-work, 24 times in a row on the same file. Where each kill lands is counted, not timed:
the test reads the writer's reports and kills it once it has reported N commits (N drawn per run
from a fixed seed; every sixth run is killed as soon as it says it is opening the workspace). The
writer never stops by itself, so a loaded machine cannot make it finish before the kill. After
every kill the file passes `PRAGMA integrity_check`, the order is a permutation of the covered
names, and every reorder the writer reported as committed is in the file (the stored order is the
last one reported, or the one after it if the kill came between its commit and its report)."""

from __future__ import annotations

import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage.workspace import Workspace
from tests.crash_writer import order_for

WRITER = Path(__file__).with_name("crash_writer.py")
KILLS = 24
MAX_REPORTED = 150  # a run is killed after 1..MAX_REPORTED reported commits

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"),
    pytest.mark.slow,
]


def _state(path: Path) -> tuple[str, list[str], list[int]]:
    """integrity_check, the stored order, and the k of every `crash test k` in the change log,
    read by a fresh read-write connection (which recovers the WAL as the next start would)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        check = "\n".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        order = [r[0] for r in conn.execute("SELECT ticker FROM ranking ORDER BY rank")]
        logged = [int(m.group(1)) for (s,) in conn.execute("SELECT summary FROM change_log")
                  if (m := re.fullmatch(r"crash test (\d+)", s))]
        return check, order, logged
    finally:
        conn.close()


def test_killed_writer_never_loses_a_committed_reorder(tmp_path: Path) -> None:
    path = tmp_path / "crash.cspdesk"
    with Workspace.open(path) as ws:
        initial = [e.ticker for e in ws.ranking()]
    tickers = sorted(initial)
    rng = random.Random(20250801)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    next_k = 0
    for run in range(KILLS):
        # Most kills land among the writes; every sixth while the writer is opening the workspace.
        kill_after = 0 if run % 6 == 0 else rng.randint(1, MAX_REPORTED)
        writer = subprocess.Popen([sys.executable, str(WRITER), str(path), str(next_k)],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        seen: list[str] = []
        try:
            assert writer.stdout is not None
            assert writer.stdout.readline() == "opening\n", writer.stderr and writer.stderr.read()
            if kill_after:
                assert writer.stdout.readline() == "ready\n", writer.stderr and writer.stderr.read()
                while len(seen) < kill_after:
                    line = writer.stdout.readline()
                    assert line.endswith("\n"), f"run {run}: writer stopped: {writer.stderr.read()}"
                    seen.append(line)
            writer.send_signal(signal.SIGKILL)
            # The rest through the same buffered pipes: communicate() would read the raw file
            # descriptors and miss what readline() has already buffered. After the kill nothing
            # more is written, so reading one pipe to its end cannot block on the other.
            out = writer.stdout.read()
            err = writer.stderr.read() if writer.stderr else ""
            writer.wait(timeout=60)
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
            for pipe in (writer.stdout, writer.stderr):
                if pipe is not None:
                    pipe.close()
        assert writer.returncode == -signal.SIGKILL, f"run {run} ended before the kill: {err}"
        lines = "".join(seen).splitlines() + out.splitlines()
        reported = [line.split() for line in lines if line and line != "ready"]
        assert len(reported) >= kill_after, f"run {run}: {len(reported)} reported, killed after {kill_after}"
        for k_text, order_text in reported:  # what the writer saw: its own orders, in sequence
            assert order_text.split(",") == order_for(int(k_text), tickers)

        check, stored, logged = _state(path)
        assert check == "ok", f"run {run}: {check}"
        assert sorted(stored) == tickers, f"run {run}: not a permutation: {stored}"
        missing = {int(k) for k, _ in reported} - set(logged)
        assert not missing, f"run {run}: committed reorders missing from the file: {sorted(missing)}"
        last = int(reported[-1][0]) if reported else next_k - 1
        newest = max(logged, default=-1)
        assert newest in (last, last + 1), f"run {run}: newest write {newest}, last reported {last}"
        expected = order_for(newest, tickers) if newest >= 0 else initial
        assert stored == expected, f"run {run}: stored order is not that of write {newest}"
        next_k = newest + 1
