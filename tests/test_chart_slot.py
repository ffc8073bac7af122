"""A chart shown before its libraries are loaded (ui/chart_slot.py): the page shows at once, with a
worded placeholder where the chart goes, and the chart replaces it once the background import
(ui/chart_preload.py) is over, without the window's thread waiting for it.

The end-to-end tests run a real window in a fresh interpreter (so numpy and pyqtgraph are not
loaded yet) and hold the background import at a gate until the page has been checked; the slot's
own tests stand in for the import with `chart_preload.ready`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.ui import chart_preload, chart_slot
from desktop_app.ui.chart_slot import ChartSlot

ROOT = Path(__file__).resolve().parent.parent

# The window in a fresh interpreter; chart_preload's thread waits at GATE before importing anything.
WINDOW = """
import sys, threading, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTabWidget
app = QApplication([])
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import chart_preload
from desktop_app.ui.main_window import MainWindow

GATE = threading.Event()
load = chart_preload._load
chart_preload._load = lambda: (GATE.wait(60), load())
window = MainWindow(Workspace.open(Path(sys.argv[1])))
window.resize(1366, 768)
window.show()
app.processEvents()

def until(condition, seconds=60):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    return condition()

def libraries():
    return sorted(m for m in ('numpy', 'pyqtgraph') if m in sys.modules)
"""


def _run(code: str, tmp_path: Path) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run([sys.executable, "-c", WINDOW + code, str(tmp_path / "w.cspdesk")],
                            capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_rank_over_time_shows_at_once_then_draws_once_the_libraries_are_loaded(tmp_path: Path) -> None:
    lines = _run("""
tab = window.tab_page(0)
print('before', libraries(), chart_preload.started())
tab.history.setCurrentIndex(3)
until(lambda: tab.history._pages[3].is_built)
chart = tab.history.page(3)
app.processEvents()
print('page', type(chart).__name__, chart.isVisible(), chart.slot.built() is None, chart.slot.waiting())
print('placeholder', chart.slot.placeholder.isVisible(), chart.slot.placeholder.text())
print('range', chart.range_box.currentText(), '|', 'saved snapshots' in chart.caption.text())
print('series', chart.series['MSFT'], chart.x_labels)
print('started', chart_preload.started(), libraries())
GATE.set()
print('drawn', until(lambda: chart.slot.built() is not None))
print('chart', type(chart.slot.built()).__name__, chart.slot.currentWidget() is chart.slot.built(),
      chart.slot.placeholder.isVisible(), len(chart._lines), sorted(chart._labels), libraries())
""", tmp_path)
    assert "before [] False" in lines, lines
    assert "page RankChart True True True" in lines, lines  # shown, no plot yet, waiting for it
    assert "placeholder True Loading the chart… It appears here in a moment: its drawing library is " \
           "being loaded, once per session. The rest of the page can be used meanwhile." in lines, lines
    assert "range All 2 snapshots | True" in lines, lines  # the controls and caption need no library
    assert "series [1, 1, 1] ['4Q24 review', '2Q25 review']" in lines, lines  # the last: now
    assert "started True []" in lines, lines  # the slot started the import; the window did not wait
    assert "drawn True" in lines, lines
    assert "chart RankPlot True False 4 ['AMZN', 'GOOGL', 'META', 'MSFT'] ['numpy', 'pyqtgraph']" \
           in lines, lines


def test_capex_shows_its_tables_at_once_and_the_chart_follows_the_switches_made_meanwhile(
        tmp_path: Path) -> None:
    lines = _run("""
index = [window.tabs.tabText(i) for i in range(window.tabs.count())].index('Capex')
window.tabs.setCurrentIndex(index)
app.processEvents()
tab = window.tab_page(index)
print('page', tab.isVisible(), tab.slot.built() is None, tab.slot.placeholder.isVisible(), libraries())
print('table', tab.figures_model.rowCount() > 0, sorted(tab.checkboxes))
tab.set_company_visible('AMZN', False)  # switched while the chart is loading
tab.intensity_box.setChecked(False)
print('table without Amazon', all('Amazon' not in str(r) for r in tab.figures_model.rows()))
GATE.set()
print('drawn', until(lambda: tab.slot.built() is not None))
chart = tab.slot.built()
print('chart', type(chart).__name__, chart.objectName(), tab.slot.placeholder.isVisible())
print('bars', len(chart.bars_of('MSFT')) > 0, chart.bars_of('AMZN'), chart.intensity_wanted)
print('hover', tab.hover.chart is chart)
tab.set_company_visible('AMZN', True)
print('redrawn', len(chart.bars_of('AMZN')) > 0)
""", tmp_path)
    assert "page True True True []" in lines, lines
    assert "table True ['AMZN', 'GOOGL', 'META', 'MSFT']" in lines, lines
    assert "table without Amazon True" in lines, lines
    assert "drawn True" in lines, lines
    assert "chart CapexChart capexChart False" in lines, lines
    assert "bars True [] False" in lines, lines  # drawn as switched meanwhile
    assert "hover True" in lines and "redrawn True" in lines, lines


# -- the slot itself (the background import stood in for by chart_preload.ready) --------------------
@pytest.fixture
def libraries(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """`loaded`: what chart_preload.ready() answers; `starts`: how often start() was called."""
    state: dict[str, object] = {"loaded": False, "starts": 0}
    monkeypatch.setattr(chart_preload, "ready", lambda: state["loaded"])

    def start() -> bool:
        state["starts"] = int(str(state["starts"])) + 1
        return True

    monkeypatch.setattr(chart_preload, "start", start)
    return state


def _shown_slot(qtbot: QtBot, build: object) -> ChartSlot:
    slot = ChartSlot(build)  # type: ignore[arg-type]
    qtbot.addWidget(slot)
    slot.resize(500, 300)
    slot.show()
    qtbot.waitExposed(slot)
    return slot


def test_the_slot_waits_for_the_import_without_blocking_then_shows_the_chart(
        qtbot: QtBot, libraries: dict[str, object]) -> None:
    built: list[QLabel] = []

    def build() -> QLabel:
        built.append(QLabel("the chart"))
        return built[-1]

    slot = _shown_slot(qtbot, build)
    assert slot.built() is None and slot.waiting() and libraries["starts"] == 1
    assert slot.currentWidget() is slot.placeholder and slot.placeholder.text() == chart_slot.loading_text()
    qtbot.wait(5 * chart_slot.POLL_MS)  # it looks again and again, building nothing meanwhile
    assert built == [] and slot.waiting()
    with qtbot.waitSignal(slot.drawn, timeout=2000):
        libraries["loaded"] = True
    assert built and slot.built() is built[0] and slot.currentWidget() is built[0]
    assert not slot.waiting() and not slot.placeholder.isVisible()
    assert slot.chart() is built[0] and len(built) == 1  # built once


def test_shown_once_the_libraries_are_loaded_the_chart_is_built_in_the_same_show(
        qtbot: QtBot, libraries: dict[str, object]) -> None:
    libraries["loaded"] = True
    slot = _shown_slot(qtbot, lambda: QLabel("the chart"))
    assert isinstance(slot.built(), QLabel) and not slot.waiting() and libraries["starts"] == 0


def test_a_hidden_slot_stops_looking_and_looks_again_when_shown(
        qtbot: QtBot, libraries: dict[str, object]) -> None:
    slot = _shown_slot(qtbot, lambda: QLabel("the chart"))
    assert slot.waiting()
    slot.hide()
    libraries["loaded"] = True
    qtbot.waitUntil(lambda: not slot.waiting(), timeout=2000)
    assert slot.built() is None  # not built while hidden
    slot.show()
    assert isinstance(slot.built(), QLabel)


def test_a_chart_that_cannot_be_imported_says_so_in_its_place(
        qtbot: QtBot, libraries: dict[str, object]) -> None:
    libraries["loaded"] = True

    def build() -> QWidget:
        raise ImportError("No module named 'pyqtgraph'")

    slot = _shown_slot(qtbot, build)
    assert slot.built() is None and slot.placeholder.isVisible()
    assert slot.placeholder.text() == "The chart cannot be drawn: No module named 'pyqtgraph'"
