"""The charts' libraries (numpy, pyqtgraph) are imported in the background after the first paint
(ui/chart_preload.py): not before it, not with --quit-after-paint, and the chart then builds on them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHART_LIBS = "('numpy', 'pyqtgraph')"
# The end of the window scripts below: run_gui with their poll() every 20 ms (poll closes the window
# when it has seen what it waits for), then what it saw and the exit status.
RUN_POLLING_WINDOW = """
timer = QTimer()
timer.timeout.connect(poll)
timer.start(20)
code = run_gui(Path(sys.argv[1]))
for key, value in seen.items():
    print(key, '=', value)
print('EXIT', code, flush=True)
sys.exit(code)
"""


def _run(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    return subprocess.run([sys.executable, "-c", code, str(tmp_path / "w.cspdesk")], capture_output=True,
                          text=True, env=env, timeout=180, cwd=tmp_path)


def test_quit_after_paint_never_loads_the_chart_libraries(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop_app.ui.app import run_gui\n"
        "code = run_gui(Path(sys.argv[1]), quit_after_paint=True)\n"
        f"print('LOADED', sorted(m for m in {CHART_LIBS} if m in sys.modules), code)\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "LOADED [] 0" in result.stdout, result.stdout


@pytest.mark.slow
def test_the_window_loads_them_after_the_first_paint_and_the_chart_uses_them(tmp_path: Path) -> None:
    """run_gui paints first (no chart library loaded then), imports them in the background a moment
    later, and the Rank over time chart then builds at once on the loaded modules."""
    code = f"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTabWidget
from desktop_app.ui import chart_preload
from desktop_app.ui.app import application, run_gui
from desktop_app.ui.main_window import MainWindow

app = application()
seen = {{}}

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow) and not seen:
            seen['at paint'] = sorted(m for m in {CHART_LIBS} if m in sys.modules)
            seen['started at paint'] = chart_preload.started()
            seen['ready at paint'] = chart_preload.ready()
        return False

watcher = FirstPaint()
app.installEventFilter(watcher)
deadline = time.monotonic() + 120

def poll():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or not chart_preload.wait(0):
        if time.monotonic() > deadline:
            print('TIMEOUT', chart_preload.started())
            app.quit()
        return
    timer.stop()
    app.removeEventFilter(watcher)
    seen['loaded'] = sorted(m for m in {CHART_LIBS} if m in sys.modules)
    seen['app modules'] = [m in sys.modules for m in chart_preload.APP_MODULES]
    seen['ready'] = chart_preload.ready()
    seen['error'] = repr(chart_preload.error())
    seen['seconds'] = (chart_preload.seconds() or 0) > 0
    seen['again'] = chart_preload.start()
    page = window.tab_page(0)
    inner = page.findChildren(QTabWidget)[0]
    inner.setCurrentIndex([inner.tabText(i) for i in range(inner.count())].index('Rank over time'))
    chart = page.history.page(inner.currentIndex())
    seen['chart'] = type(chart).__name__
    seen['lines'] = len(chart.lines)
    window.close()
""" + RUN_POLLING_WINDOW
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "at paint = []" in lines and "started at paint = False" in lines, result.stdout
    assert "ready at paint = False" in lines and "ready = True" in lines, result.stdout
    assert "app modules = [True, True, True, True]" in lines, result.stdout  # the chart modules too
    assert "loaded = ['numpy', 'pyqtgraph']" in lines and "error = None" in lines, result.stdout
    assert "seconds = True" in lines and "again = False" in lines, result.stdout
    assert "chart = RankChart" in lines and "lines = 4" in lines, result.stdout
    assert "EXIT 0" in lines, result.stdout


def test_the_compiled_libraries_are_found_without_importing_them(tmp_path: Path) -> None:
    """What the thread reads ahead (so that loading it never waits for the disk with the interpreter
    lock held): numpy's core extension and PySide6's QtTest module, found without importing them."""
    code = (
        "import sys\nfrom desktop_app.ui import chart_preload\n"
        "names = [p.name for p in chart_preload._native_files()]\n"
        "print('CORE', any(n.startswith('_multiarray_umath') for n in names))\n"
        "print('QTTEST', any(n.startswith('QtTest') for n in names))\n"
        f"print('LOADED', sorted(m for m in {CHART_LIBS} if m in sys.modules))\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:3] == ["CORE True", "QTTEST True", "LOADED []"], result.stdout


def test_ready_without_the_background_import_means_imported(tmp_path: Path) -> None:
    """With no background import started, a chart can be built at once when the libraries were
    imported otherwise (in the window's thread: then fully), and not before."""
    code = (
        "from desktop_app.ui import chart_preload\n"
        "print('BEFORE', chart_preload.ready(), chart_preload.started())\n"
        "import numpy, pyqtgraph\n"
        "print('AFTER', chart_preload.ready(), chart_preload.started())\n"
    )
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["BEFORE False False", "AFTER True False"], result.stdout


@pytest.mark.slow
def test_closing_the_window_while_the_libraries_load_ends_cleanly(tmp_path: Path) -> None:
    """A PM who closes the window a second after it opened quits while the background import is
    still running: the window closes, the edit made before is saved, the process ends with 0 and
    no fatal error. The thread is held inside an import (a module added after the app's own, which
    waits forever once numpy and pyqtgraph are loaded), so it is alive at exit on every run."""
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "csp_held_import.py").write_text(
        "import threading\nimport csp_held_flag\ncsp_held_flag.entered.set()\nthreading.Event().wait()\n",
        encoding="utf-8")
    (tmp_path / "lib" / "csp_held_flag.py").write_text(
        "import threading\nentered = threading.Event()\n", encoding="utf-8")
    code = f"""
import sys, time
from pathlib import Path
sys.path.insert(0, {str(tmp_path / "lib")!r})
import csp_held_flag
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.ui import chart_preload
chart_preload.APP_MODULES = (*chart_preload.APP_MODULES, "csp_held_import")
chart_preload.START_DELAY_MS = 0
from desktop_app.ui.app import application, run_gui
from desktop_app.ui.main_window import MainWindow

app = application()
seen = {{}}
deadline = time.monotonic() + 120

def poll():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or not csp_held_flag.entered.is_set():
        if time.monotonic() > deadline:
            print('TIMEOUT', chart_preload.started())
            app.quit()
        return
    timer.stop()
    tab = window.tab_page(0)
    first = tab.model.order()[0]
    tab.select(first)
    tab.editor.edit.setPlainText('Written just before closing')
    seen['importing at close'] = chart_preload.started() and not chart_preload.ready()
    seen['loaded at close'] = sorted(m for m in {CHART_LIBS} if m in sys.modules)
    seen['ticker'] = first
    window.close()
""" + RUN_POLLING_WINDOW
    result = _run(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Fatal Python error" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    lines = result.stdout.splitlines()
    assert "importing at close = True" in lines, result.stdout  # the thread was still importing
    assert "loaded at close = ['numpy', 'pyqtgraph']" in lines, result.stdout
    assert "EXIT 0" in lines, result.stdout
    ticker = next(line.split(" = ")[1] for line in lines if line.startswith("ticker = "))
    from desktop_app.storage.workspace import Workspace

    with Workspace.open(tmp_path / "w.cspdesk") as workspace:  # the typing was saved on closing
        assert {e.ticker: e.rationale for e in workspace.ranking()}[ticker] == "Written just before closing"
