"""Looking at a workspace this process already holds open must not drop the open connection's
POSIX locks (closing any descriptor of a file drops them all): otherwise another process, thinking
it is the last user, checkpoints the file and deletes its -wal and -shm under the open connection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage import integrity
from desktop_app.storage.workspace import Workspace

ANOTHER_PROCESS = ("import sys; from pathlib import Path; from desktop_app.storage.workspace import "
                   "Workspace; ws = Workspace.open(Path(sys.argv[1])); ws.ranking(); ws.close()")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX advisory locks")
def test_a_second_look_in_process_keeps_the_open_connections_locks(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    held = Workspace.open(path)
    try:
        with Workspace.open(path) as second_look:  # e.g. a test helper, or a check of the file
            assert second_look.ranking() == held.ranking()
        assert integrity.quick_check(path) == []
        run = subprocess.run([sys.executable, "-c", ANOTHER_PROCESS, str(path)],
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr
        assert Path(f"{path}-wal").exists()  # the other process knew it was not alone
        held.set_ranking(list(reversed(held.ranking())), "still writable")
        assert held.quick_check() == "ok"
    finally:
        held.close()
    with Workspace.open(path) as reopened:
        assert reopened.change_log(limit=1)[0].summary == "still writable"
