"""The file-dialog lock tests again on a real X server: Xvfb with QT_QPA_PLATFORM=xcb, the dialogs
shown by the xcb platform as a user would see them (offscreen cannot show a platform dialog).

Runs tests/test_file_dialog_locks.py (Export and Open Workspace, cancelled and accepted, plus the
canary and the platform check) in a subprocess under `xvfb-run -a`. Skipped, with the reason, when
Xvfb or Qt's xcb plugin is missing (.ci/run installs them as root)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lock_support import cli_env, needs_proc_locks

ROOT = Path(__file__).resolve().parent.parent
SELECTED = "export or open or canary or platform"  # 7 tests: 2 cancels, 2 accepts, start-up, canary, platform


def _xcb_usable() -> str:
    """Empty when an xcb window can be opened under xvfb-run; else why not."""
    if shutil.which("xvfb-run") is None or shutil.which("Xvfb") is None:
        return "Xvfb (xvfb-run) is not installed"
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "xcb"
    probe = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c",
         "from PySide6.QtWidgets import QApplication; app = QApplication([]); print(app.platformName())"],
        env=env, capture_output=True, text=True, timeout=120)
    if probe.returncode != 0 or probe.stdout.strip() != "xcb":
        return f"Qt's xcb platform does not start under Xvfb: {probe.stderr.strip()[-300:]}"
    return ""


@needs_proc_locks
@pytest.mark.slow
def test_file_dialogs_keep_the_locks_on_a_real_x_server(tmp_path: Path) -> None:
    why = _xcb_usable()
    if why:
        pytest.skip(why)
    env = cli_env()
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("DISPLAY", None)
    result = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", sys.executable, "-m", "pytest", "-q",
         "-p", "no:randomly", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "inner"),
         "tests/test_file_dialog_locks.py", "-k", SELECTED],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    passed = re.search(r"(\d+) passed", output)
    assert passed is not None and int(passed.group(1)) == 7, output[-2000:]  # see SELECTED
    assert "skipped" not in output and "deselected" in output, output[-2000:]
