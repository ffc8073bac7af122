"""Grab the README screenshots from a real window on a fresh, seeded workspace.

Run under a display (on a headless Linux box: `xvfb-run -a -s "-screen 0 1600x1000x24"
python docs/take_screenshots.py`); writes docs/ranking.png, docs/scorecards.png, docs/capex.png
and docs/research.png. `--language zh_TW` grabs the Traditional Chinese window into docs/zh_TW/
(the same names). `--sub-tabs` also grabs every page of the tabs inside them (the Ranking tab's
snapshots, compare, change log and rank over time; the Scorecards and Research pages) into
docs/tabs/<language>/<tab>-<n>.png, and the Scorecards ▸ Lines… dialog (lines-dialog.png) and the
tooltip of Research ▸ Notes ▸ Cited by (notes-tooltip.png) beside them. Settings and the workspace
go to a temporary folder, never the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMP = Path(tempfile.mkdtemp(prefix="csp-desk-shots-"))
os.environ.setdefault("XDG_CONFIG_HOME", str(TEMP / "config"))
os.environ.setdefault("XDG_DATA_HOME", str(TEMP / "data"))
sys.path.insert(0, str(HERE.parent))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTabWidget  # noqa: E402

from desktop_app.storage.workspace import Workspace  # noqa: E402
from desktop_app.ui.app import set_language  # noqa: E402
from desktop_app.ui.chart_slot import ChartSlot  # noqa: E402
from desktop_app.ui.main_window import MainWindow  # noqa: E402

SHOTS = ("ranking", "scorecards", "capex", "research")
CHART_WAIT_MS = 60_000


def _charts_drawn(window: MainWindow) -> None:
    """Wait until every chart shown is drawn, not its placeholder (its libraries take 0.3-0.9 s
    to import the first time, longer on a busy machine)."""
    waited = 0
    while waited < CHART_WAIT_MS and any(
            slot.isVisible() and slot.built() is None for slot in window.findChildren(ChartSlot)):
        QTest.qWait(50)
        waited += 50


def _sub_tabs(window: MainWindow, name: str, folder: Path) -> bool:
    """Grab every page but the first of each tab widget inside the current tab."""
    folder.mkdir(parents=True, exist_ok=True)
    shot = 0
    for inner in window.tabs.currentWidget().findChildren(QTabWidget):
        for page in range(1, inner.count()):
            inner.setCurrentIndex(page)
            QTest.qWait(500)
            _charts_drawn(window)
            shot += 1
            target = folder / f"{name}-{shot}.png"
            if not window.grab().save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return False
            print(target)
        inner.setCurrentIndex(0)
    return True


def _dialog_and_tooltip(window: MainWindow, folder: Path) -> bool:
    """The Lines… dialog of the first company, and the Cited by tooltip of the first note."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QToolTip

    from desktop_app.ui.scorecards.lines_dialog import LinesDialog

    folder.mkdir(parents=True, exist_ok=True)
    window.tabs.setCurrentIndex(SHOTS.index("scorecards"))
    tab = window.tab_page(SHOTS.index("scorecards"))
    company = window.workspace.companies()[0]
    dialog = LinesDialog(window.workspace, company, window.undo_stack, tab._lines_applied, tab._save_failed,
                         window)
    dialog.show()
    QTest.qWait(500)
    shots = [(dialog.grab(), folder / "lines-dialog.png")]
    dialog.close()
    window.tabs.setCurrentIndex(SHOTS.index("research"))
    research = window.tab_page(SHOTS.index("research"))
    research.pages.setCurrentWidget(research.notes_page)
    QTest.qWait(300)
    view, model = research.notes_page.view, research.notes_page.model
    index = model.index(0, model.columnCount() - 1)  # Cited by
    view.setCurrentIndex(index)
    # the tooltip's text as Qt's tooltip shows it (a label in the tooltip's palette: a real hover
    # does not show under a virtual display without an active window)
    tip = QLabel(model.data(index, Qt.ItemDataRole.ToolTipRole))
    tip.setWindowFlags(Qt.WindowType.ToolTip)
    tip.setPalette(QToolTip.palette())
    tip.setFont(QToolTip.font())
    tip.setMargin(4)
    tip.adjustSize()
    tip.show()
    QTest.qWait(300)
    shots.append((tip.grab(), folder / "notes-tooltip.png"))
    tip.close()
    research.pages.setCurrentIndex(0)
    for image, target in shots:
        if not image.save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return False
        print(target)
    return True


def main(argv: list[str]) -> int:
    language = argv[argv.index("--language") + 1] if "--language" in argv else "en"
    app = QApplication(sys.argv[:1])
    set_language(app, language)
    folder = HERE if language == "en" else HERE / language
    folder.mkdir(exist_ok=True)
    window = MainWindow(Workspace.open(TEMP / "workspace.cspdesk"))
    window.resize(1400, 860)
    window.show()
    QTest.qWait(500)
    for index, name in enumerate(SHOTS):
        window.tabs.setCurrentIndex(index)
        QTest.qWait(500)
        _charts_drawn(window)
        target = folder / f"{name}.png"
        if not window.grab().save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
        if "--sub-tabs" in argv and not _sub_tabs(window, name, HERE / "tabs" / language):
            return 1
    if "--sub-tabs" in argv and not _dialog_and_tooltip(window, HERE / "tabs" / language):
        return 1
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
