"""A real mouse drag in the ranking list. Offscreen Qt cannot run a drag, so this test runs the
window under Xvfb with the xcb platform in a subprocess; it is skipped where that is not available
(xvfb-run missing, or the xcb platform plugin's system libraries not installed)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app.storage.workspace import Workspace

PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent

SCRIPT = r'''
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.tabs.ranking_tab import RankingTab

ws = Workspace.open(Path(sys.argv[1]))
tab = RankingTab(ws)
tab.resize(1200, 700)
tab.show()
QTest.qWaitForWindowExposed(tab)
view, model = tab.view, tab.model
viewport, window = view.viewport(), tab.window().windowHandle()
results = []


def drag(source_row, target):
    """Press on a row, move past the drag distance (the view starts its drag), move to `target`
    and release there: the same events a user's mouse produces."""
    start = view.visualRect(model.index(source_row)).center()
    at = viewport.mapTo(tab.window(), target)

    def finish():
        QTest.mouseMove(window, at)
        QTimer.singleShot(150, lambda: QTest.mouseRelease(
            window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at))

    QTimer.singleShot(300, finish)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, -30))  # runs the drag until the release
    results.append({"order": model.order(), "undo": tab.undo_stack.count(),
                    "text": tab.undo_stack.undoText(), "selected": tab.selected_ticker()})


drag(3, view.visualRect(model.index(0)).topLeft() + QPoint(40, 2))  # Meta onto the top edge
drag(1, view.visualRect(model.index(3)).center())  # onto the middle of a row: never replaces it
print(json.dumps(results))
ws.close()
'''


def _xvfb_env() -> dict[str, str] | None:
    if shutil.which("xvfb-run") is None:
        return None
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    env["QT_QPA_PLATFORM"] = "xcb"
    env.pop("DISPLAY", None)
    probe = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-c",
         "from PySide6.QtWidgets import QApplication; QApplication([])"],
        env=env, capture_output=True, text=True, timeout=60)
    return env if probe.returncode == 0 else None


@pytest.mark.slow
def test_dragging_a_name_with_the_mouse(tmp_path: Path) -> None:
    env = _xvfb_env()
    if env is None:
        pytest.skip("no Xvfb with the xcb platform here (offscreen Qt cannot drag)")
    path = tmp_path / "drag.cspdesk"
    script = tmp_path / "drag.py"
    script.write_text(SCRIPT, encoding="utf-8")
    result = subprocess.run(["xvfb-run", "-a", sys.executable, str(script), str(path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    first, second = json.loads(result.stdout.strip().splitlines()[-1])
    assert first == {"order": ["META", "MSFT", "AMZN", "GOOGL"], "undo": 1,
                     "text": "Move Meta from 4 to 1", "selected": "META"}
    # Dropped on the middle of a row: inserted next to it, nothing replaced or duplicated.
    assert sorted(second["order"]) == ["AMZN", "GOOGL", "META", "MSFT"]
    assert second["order"] != first["order"] and second["undo"] == 2
    assert second["selected"] == "MSFT"
    with Workspace.open(path) as ws:
        assert [e.ticker for e in ws.ranking()] == second["order"]
