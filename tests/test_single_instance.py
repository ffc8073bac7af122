"""One window per workspace: a second `csp-desk` on the same workspace brings the running window
forward and exits 0 (or says which process holds it and exits 1 when that one does not answer);
a lock left by a killed process is taken over on the next start. Real subprocesses throughout."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.single_instance import InstanceGuard, lock_path, server_name

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses POSIX signals")

APP = [sys.executable, "-m", "desktop_app"]


def _env() -> dict[str, str]:
    env = dict(os.environ)  # conftest already points settings and data at temporary folders
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _start_window(path: Path) -> subprocess.Popen[str]:
    """`csp-desk --workspace path` in the background; returns once it holds the workspace's lock."""
    window = subprocess.Popen([*APP, "--workspace", str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env())
    deadline = time.monotonic() + 30
    while not lock_path(path).exists():
        if window.poll() is not None or time.monotonic() > deadline:
            _stop(window)
            pytest.fail(f"the first window did not start: {window.communicate()[1]}")
        time.sleep(0.05)
    return window


def _stop(process: subprocess.Popen[str], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
    try:
        process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()


def test_second_start_brings_the_running_window_forward_and_exits(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    first = _start_window(path)
    try:
        started = time.monotonic()
        second = subprocess.run([*APP, "--workspace", str(path)], capture_output=True, text=True,
                                timeout=60, env=_env())
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout and "brought its window to the front" in second.stdout
        assert f"process {first.pid}" in second.stdout  # the answer came from the running window
        assert took < 15
        time.sleep(0.3)
        assert first.poll() is None  # the first window keeps running
        same_file = subprocess.run([*APP, "--workspace", str(tmp_path / "." / "w.cspdesk")],
                                   capture_output=True, text=True, timeout=60, env=_env())
        assert same_file.returncode == 0 and f"process {first.pid}" in same_file.stdout
    finally:
        _stop(first)


def test_lock_left_by_a_killed_window_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    first = _start_window(path)
    _stop(first, signal.SIGKILL)  # no chance to clean up; reaped, so its PID is gone
    assert lock_path(path).exists()
    assert lock_path(path).read_text(encoding="utf-8").split()[0] == str(first.pid)
    again = subprocess.run([*APP, "--quit-after-paint", "--workspace", str(path)],
                           capture_output=True, text=True, timeout=60, env=_env())
    assert again.returncode == 0, again.stderr
    assert not lock_path(path).exists()  # taken over, then released on exit
    with Workspace.open(path) as ws:
        assert ws.quick_check() == "ok"


HOLDER = """
import sys, time
from pathlib import Path
from desktop_app.ui.single_instance import InstanceGuard
guard = InstanceGuard(Path(sys.argv[1]))
assert guard.acquire()
print("locked", flush=True)
time.sleep(120)
"""


@pytest.mark.slow
def test_unreachable_holder_is_named_and_the_start_fails(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        second = subprocess.run([*APP, "--quit-after-paint", "--workspace", str(path)],
                                capture_output=True, text=True, timeout=60, env=_env())
        assert second.returncode == 1
        assert f"open in process {holder.pid}" in second.stderr
        assert holder.poll() is None
    finally:
        _stop(holder, signal.SIGKILL)


def test_the_server_name_follows_the_file_not_its_spelling(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    path = tmp_path / "w.cspdesk"
    assert server_name(path) == server_name(tmp_path / "sub" / ".." / "w.cspdesk")
    assert server_name(path) != server_name(tmp_path / "other.cspdesk")
    assert lock_path(path) == path.with_name("w.cspdesk.lock")


def test_the_server_name_is_the_one_earlier_versions_listen_on(tmp_path: Path) -> None:
    """A window of an earlier version (the name from hashlib's SHA-256) and a start of this one must
    find each other on the same workspace."""
    import hashlib

    for path in (tmp_path / "w.cspdesk", tmp_path / "年度 工作區.cspdesk"):
        digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:24]
        assert server_name(path) == f"csp-desk-{digest}"


def test_a_held_lock_cannot_be_taken_twice(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    first, second = InstanceGuard(path), InstanceGuard(path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert second.holder() is not None and second.holder().pid == os.getpid()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_file_open_refuses_a_workspace_another_window_holds(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: shown.append(text))
    mine = tmp_path / "mine.cspdesk"
    window = MainWindow(Workspace.open(mine))
    qtbot.addWidget(window)
    guard = InstanceGuard(mine, window)
    assert guard.acquire()
    window.instance_guard = guard
    other = tmp_path / "other.cspdesk"
    Workspace.open(other).close()
    elsewhere = InstanceGuard(other)  # as if another window had it
    assert elsewhere.acquire()
    try:
        assert not window.open_workspace_file(other)
        assert shown and "already open in another CSP Desk window" in shown[0]
        assert window.workspace.path == mine and window.instance_guard is guard
    finally:
        elsewhere.release()
    assert window.open_workspace_file(other)  # free now: the lock moves with the window
    assert window.instance_guard is not guard and window.instance_guard.is_locked()
    assert not guard.is_locked()
    window.close()
    window.instance_guard.release()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_a_folder_without_write_access_is_not_mistaken_for_another_window(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        guard = InstanceGuard(folder / "w.cspdesk")
        assert guard.acquire() and not guard.is_locked()
    finally:
        folder.chmod(0o700)
