"""Issue 10 item 5: what is not a workspace file is refused, never opened, replaced or created over;
`check` says "not a workspace" / "newer version" instead of "ok"; an export or a copy never goes
over the workspace or its side files (by name, symlink or hard link). Real CLI subprocesses."""

from __future__ import annotations

import os
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.io.excel_export import ExcelExportError, export_workbook
from desktop_app.storage.workspace import NotAWorkspaceError, Workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, device nodes and sockets")

APP = [sys.executable, "-m", "desktop_app"]
TIMEOUT_S = 60  # a FIFO opened by mistake blocks for ever: the timeout turns that into a failure


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*APP, *args], capture_output=True, text=True, timeout=TIMEOUT_S,
                          env=env or _env())


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.cspdesk"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("mknod of a character device needs root")
    path = folder / "null.cspdesk"
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return path


def _socket(folder: Path) -> Path:
    path = folder / "sock.cspdesk"
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays
    return path


def _folder(folder: Path) -> Path:
    path = folder / "dir.cspdesk"
    path.mkdir()
    return path


KINDS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "fifo": (_fifo, "named pipe"),
    "device": (_device, "a device"),
    "socket": (_socket, "a socket"),
    "folder": (_folder, "a folder"),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_special_file_is_refused_by_every_command_and_the_window(tmp_path: Path, kind: str) -> None:
    make, words = KINDS[kind]
    path = make(tmp_path)
    mode = path.lstat().st_mode
    runs = {
        "ranking": _run("--workspace", str(path), "ranking"),
        "check": _run("--workspace", str(path), "check"),
        "backup": _run("--workspace", str(path), "backup"),
        "export": _run("--workspace", str(path), "export", str(tmp_path / "out.xlsx")),
        "window": _run("--workspace", str(path), "--quit-after-paint"),
        # the same through the environment variable instead of --workspace
        "env": _run("ranking", env=_env(CSP_DESK_WORKSPACE=str(path))),
    }
    for what, result in runs.items():
        assert result.returncode == 1, (what, result.stdout, result.stderr)
        assert words in result.stderr and "not a CSP Desk workspace" in result.stderr, (what, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout == "", (what, result.stdout)
    assert path.lstat().st_mode == mode  # still the same kind of file: never replaced
    assert not (tmp_path / "out.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [path.name]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="no /dev/null")
def test_dev_null_as_the_workspace_is_refused(tmp_path: Path) -> None:
    for command in (["check"], ["ranking"]):
        result = _run("--workspace", "/dev/null", *command)
        assert result.returncode == 1 and "is a device, not a CSP Desk workspace" in result.stderr
        assert "Traceback" not in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_the_storage_layer_refuses_a_fifo_without_opening_it(tmp_path: Path) -> None:
    """In process: if anything opened the FIFO this test would block (no writer ever comes)."""
    path = _fifo(tmp_path)
    with pytest.raises(NotAWorkspaceError, match="named pipe"):
        Workspace.open(path)
    from desktop_app.storage.readable import full_check

    with pytest.raises(NotAWorkspaceError, match="named pipe"):
        full_check(path)
    from desktop_app.storage.integrity import quick_check

    assert quick_check(path) == ["cannot read the file: not a regular file"]
    assert stat.S_ISFIFO(path.lstat().st_mode)


def test_a_fifo_beside_the_workspace_as_its_wal_is_refused_not_opened(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    os.mkfifo(f"{path}-wal")
    for command in (["check"], ["ranking"], ["backup"]):
        result = _run("--workspace", str(path), *command)
        assert result.returncode == 1, (command, result.stderr)
        assert "w.cspdesk-wal is a named pipe" in result.stderr and "Traceback" not in result.stderr
    assert stat.S_ISFIFO(os.lstat(f"{path}-wal").st_mode)


def test_check_says_not_a_workspace_or_newer_version_instead_of_ok(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.cspdesk"
    Workspace.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = {p: p.read_bytes() for p in (other, newer)}

    result = _run("--workspace", str(other), "check")
    assert result.returncode == 1 and "ok" not in result.stdout.split()
    assert "is not a CSP Desk workspace" in result.stderr and "Traceback" not in result.stderr
    result = _run("--workspace", str(newer), "check")
    assert result.returncode == 1 and "ok" not in result.stdout.split()
    assert "saved by a newer version of CSP Desk" in result.stderr
    assert {p: p.read_bytes() for p in before} == before


# ------------------------------------------------------------------ export and copy targets


def _workspace_bytes(path: Path) -> bytes:
    return path.read_bytes()


def test_export_to_the_workspace_itself_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "w.xlsx"  # a workspace whose name ends in .xlsx, as the issue found it
    Workspace.open(path).close()
    before = path.read_bytes()
    result = _run("--workspace", str(path), "export", str(path))
    assert result.returncode == 1, result.stdout
    assert "it is the open workspace" in result.stderr and "nothing was written" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert path.read_bytes() == before
    assert _run("--workspace", str(path), "check").returncode == 0


def test_export_through_a_hard_link_or_symlink_to_the_workspace_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    hard = tmp_path / "hard.xlsx"
    hard.hardlink_to(path)
    soft = tmp_path / "soft.xlsx"
    soft.symlink_to(path)
    before = path.read_bytes()
    for target in (hard, soft):
        result = _run("--workspace", str(path), "export", str(target))
        assert result.returncode == 1 and "it is the open workspace" in result.stderr, result.stderr
    assert path.read_bytes() == before and soft.is_symlink() and hard.stat().st_nlink == 2


def test_export_to_a_side_file_or_the_lock_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as workspace:
        for suffix in ("-wal", "-shm", "-journal", ".lock"):
            target = Path(f"{path}{suffix}")
            existed = target.exists()
            content = target.read_bytes() if existed else None
            with pytest.raises(ExcelExportError, match=f"a file of the workspace .*{suffix}"):
                export_workbook(workspace, target)
            assert target.exists() == existed
            if existed:
                assert target.read_bytes() == content
        assert workspace.quick_check() == "ok" and workspace.ranking()
        export_workbook(workspace, tmp_path / "fine.xlsx")  # any other name still works
    assert (tmp_path / "fine.xlsx").stat().st_size > 0


def test_the_window_refuses_to_export_over_its_workspace(qtbot, tmp_path: Path,  # noqa: ANN001
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.excel_actions import export_to
    from desktop_app.ui.main_window import MainWindow

    path = tmp_path / "w.xlsx"
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    before = path.read_bytes()
    assert export_to(window, path) is False
    assert shown and "it is the open workspace" in shown[0]
    assert path.read_bytes() == before and window.workspace.quick_check() == "ok"
    window.close()
