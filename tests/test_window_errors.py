"""Issue 10 item 7 in the window: an unexpected exception is logged and shown in a dialog naming the
log, the wait cursor is restored and the window stays usable; a damaged workspace is refused with a
message at start-up; a lock whose process id was reused by another program does not block the
start (real subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui import crash_dialog
from desktop_app.ui.app import start_window
from desktop_app.ui.single_instance import lock_path

APP = [sys.executable, "-m", "desktop_app"]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_exception_shows_a_dialog_naming_the_log_and_the_window_goes_on(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    crash_dialog.install()
    window = start_window(tmp_path / "w.cspdesk", quiet=True)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    window.show()

    def fails() -> None:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        raise RuntimeError("a slot that fails")

    QTimer.singleShot(0, fails)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Unexpected error (RuntimeError: a slot that fails)" in shown[0]
    log = Path(shown[0].split("The details are in ", 1)[1].split(". Please", 1)[0])
    assert log.is_file() and log.parent.name == "logs"
    assert "RuntimeError: a slot that fails" in log.read_text(encoding="utf-8")
    assert QGuiApplication.overrideCursor() is None  # the wait cursor is gone
    assert window.isVisible()
    entries = window.workspace.ranking()  # still usable: an edit goes through
    window.workspace.set_ranking(list(reversed(entries)), "after the failure")
    assert window.workspace.ranking()[0].ticker == entries[-1].ticker
    window.instance_guard.release()
    window.close()


def test_a_workspace_the_window_cannot_read_is_refused_with_a_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        qapp: QApplication) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    from desktop_app.storage import workspace as workspace_module
    from desktop_app.storage.errors import UnreadableError

    def unreadable(self: Workspace, *args: object, **kwargs: object) -> None:
        raise UnreadableError(f"Cannot read the workspace {self.path}: damaged for the test.")

    monkeypatch.setattr(workspace_module.Workspace, "companies", unreadable)
    assert start_window(path, quiet=True) == 1
    assert "damaged for the test" in capsys.readouterr().err
    assert not lock_path(path).exists()  # the lock was let go


def _lock_naming(path: Path, pid: int) -> None:
    """A lock file as QLockFile writes it (pid, program, host, machine id, boot id), for `pid`."""
    from PySide6.QtCore import QLockFile

    sample = QLockFile(str(path.with_name("sample.lock")))
    assert sample.tryLock(0)
    lines = path.with_name("sample.lock").read_bytes().split(b"\n")
    sample.unlock()
    lines[0] = str(pid).encode()
    lock_path(path).write_bytes(b"\n".join(lines))


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
@pytest.mark.parametrize("program", [["sleep", "30"], [sys.executable, "-c", "import time; time.sleep(30)"]])
def test_a_lock_whose_pid_another_program_reuses_does_not_block_the_start(
        tmp_path: Path, program: list[str], qapp: QApplication) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    other = subprocess.Popen(program)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/proc/{other.pid}/cmdline").read_bytes() and time.monotonic() < deadline:
            time.sleep(0.01)  # until the program is exec'd
        _lock_naming(path, other.pid)
        started = subprocess.run([*APP, "--workspace", str(path), "--quit-after-paint"],
                                 capture_output=True, text=True, timeout=120, env=_env())
        assert started.returncode == 0, started.stderr
        assert "already open" not in started.stderr and "Traceback" not in started.stderr
        assert other.poll() is None  # the other program was left alone
    finally:
        other.kill()
        other.wait()


@pytest.mark.parametrize(("command_line", "ours"), [
    (b"/usr/bin/python3\0-m\0desktop_app\0--workspace\0w.cspdesk\0", True),
    (b"/home/pm/.venv/bin/python\0/home/pm/.venv/bin/csp-desk\0", True),
    (b"/opt/csp-desk/csp-desk\0--quit-after-paint\0", True),
    (b"C:\\Apps\\csp-desk\\csp-deskw.exe\0", True),
    # a program run from a folder whose name merely contains "csp-desk" (CI's venv) is not ours
    (b"/tmp/csp-desk-ci.abc/venv/bin/python\0-c\0import time; time.sleep(30)\0", False),
    (b"sleep\x0030\0", False),
])
def test_a_csp_desk_process_is_known_by_its_program_not_its_folder(command_line: bytes, ours: bool) -> None:
    from desktop_app.ui.single_instance import is_csp_desk

    assert is_csp_desk(command_line) is ours
