"""The window on laptop screens (offscreen, 1366×768 and 1280×720) with eight covered names: the
window keeps the screen's size on every tab and sub-tab, the ranking list shows every name before
the pane below takes room, the capex-intensity chart stays, the capex tab's "View:" stays with its
choices (both languages), scorecard line names are not cut, splitters come back at the sizes they
were left at, and a statement reads in full when selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.companies import Company
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.scorecard import LINE_COLUMN

EXTRA = [("ORCL", "Oracle", 5), ("CRWV", "CoreWeave", 12), ("IBM", "IBM", 12), ("BABA", "Alibaba", 3)]


@pytest.fixture
def eight(tmp_path: Path) -> Path:
    path = tmp_path / "eight.cspdesk"
    with Workspace.open(path) as ws:
        for ticker, name, fy_end in EXTRA:
            ws.add_company(Company(ticker, name, "", fy_end, ""))
    return path


def _window(qtbot: QtBot, path: Path, settings_file: Path, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(Workspace.open(path), QSettings(str(settings_file), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _visit_every_page(window: MainWindow, qtbot: QtBot) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tab_page(index)
        for pages in page.findChildren(QTabWidget):
            for sub in range(pages.count()):
                pages.setCurrentIndex(sub)
                qtbot.wait(20)
        qtbot.wait(20)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_every_tab_fits_a_laptop_screen(qtbot: QtBot, eight: Path, tmp_path: Path,
                                        size: tuple[int, int]) -> None:
    window = _window(qtbot, eight, tmp_path / "s.ini", size)
    _visit_every_page(window, qtbot)
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0] and hint.height() <= size[1], hint
    assert (window.width(), window.height()) == size

    # Ranking: all eight names before the history below gets room
    window.tabs.setCurrentIndex(0)
    ranking = window.tab_page(0)
    ranking.history.setCurrentIndex(1)  # Compare: the tallest page below
    QApplication.processEvents()
    view = ranking.view
    assert view.model().rowCount() == 8
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() == 0, timeout=2000)
    last = view.visualRect(view.model().index(7, 0))
    assert last.bottom() <= view.viewport().height()

    # Capex: the intensity chart under the bars
    window.tabs.setCurrentIndex(2)
    capex = window.tab_page(2)
    qtbot.waitUntil(capex.chart.intensity_plot.isVisible, timeout=2000)
    assert capex.chart.height() >= 280

    # Scorecards: each line name fits its column
    window.tabs.setCurrentIndex(1)
    scorecards = window.tab_page(1)
    scorecards.findChild(QTabWidget, "scorecardPages").setCurrentIndex(0)
    grid = scorecards.view
    qtbot.waitUntil(lambda: grid.isVisible() and grid.viewport().width() > 0, timeout=2000)
    QApplication.processEvents()
    qtbot.wait(100)  # the column fit follows the width once resizing pauses
    model = grid.model()
    metrics = grid.fontMetrics()
    names = [model.index(r, LINE_COLUMN).data() for r in range(model.rowCount())
             if grid.columnSpan(r, LINE_COLUMN) == 1]
    assert names and all(names)
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert grid.columnWidth(LINE_COLUMN) >= widest, (grid.columnWidth(LINE_COLUMN), widest)


def test_capex_intensity_folds_into_a_toggle(qtbot: QtBot, eight: Path, tmp_path: Path) -> None:
    window = _window(qtbot, eight, tmp_path / "s.ini", (1280, 720))
    window.tabs.setCurrentIndex(2)
    capex = window.tab_page(2)
    qtbot.waitUntil(capex.chart.intensity_plot.isVisible, timeout=2000)
    capex.intensity_box.setChecked(False)
    assert not capex.chart.intensity_plot.isVisible()
    capex.intensity_box.setChecked(True)
    assert capex.chart.intensity_plot.isVisible()


def test_splitters_come_back_at_their_sizes(qtbot: QtBot, eight: Path, tmp_path: Path) -> None:
    settings = tmp_path / "s.ini"
    window = _window(qtbot, eight, settings, (1366, 768))
    ranking = window.tab_page(0)
    qtbot.waitUntil(lambda: sum(ranking.split.sizes()) > 400, timeout=2000)
    left = ranking._left  # the list takes the height its names need (after a zero-delay timer)
    qtbot.waitUntil(lambda: ranking.split.sizes()[0] >= left.need(left.width()), timeout=2000)
    top, _bottom = ranking.split.sizes()
    ranking.split.moveSplitter(top + 60, 1)  # what dragging the handle does
    moved = ranking.split.sizes()
    assert moved[0] == top + 60
    window.close()
    QApplication.processEvents()

    again = _window(qtbot, eight, settings, (1366, 768))
    qtbot.waitUntil(lambda: again.tab_page(0).split.sizes() == moved, timeout=2000)


def test_a_long_statement_reads_in_full_when_selected(qtbot: QtBot, eight: Path, tmp_path: Path) -> None:
    window = _window(qtbot, eight, tmp_path / "s.ini", (1366, 768))
    window.tabs.setCurrentIndex(3)
    page = window.tab_page(3).statements_page
    view = page.view
    model = view.model()
    longest = max(range(model.rowCount()), key=lambda r: len(page.model.row(r).text_en))
    statement = page.model.row(longest)
    view.setCurrentIndex(model.index(longest, 4))
    text = page.detail.text()
    assert statement.text_en.replace("&", "&amp;") in text and statement.text_zh.replace("&", "&amp;") in text
    assert "Source: " in text and statement.source is not None and statement.source.note_id in text


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_capex_view_label_stays_with_its_choices(qtbot: QtBot, eight: Path, tmp_path: Path, qapp: QApplication,
                                                 language: str, size: tuple[int, int]) -> None:
    """Eight check boxes fill the first line: "View:" wraps with its buttons, not away from them,
    and no line of the controls begins with the room left between two groups."""
    from PySide6.QtCore import QCoreApplication, QPoint
    from PySide6.QtWidgets import QLabel, QWidget

    from desktop_app.ui import i18n
    from desktop_app.ui.tabs.capex_tab import CapexTab

    assert i18n.install(qapp, language)
    try:
        win = _window(qtbot, eight, tmp_path / "settings.ini", size)
        index = next(i for i in range(win.tabs.count()) if isinstance(win.tab_page(i), CapexTab))
        win.tabs.setCurrentIndex(index)
        tab = win.tab_page(index)
        QApplication.processEvents()
        assert len(tab.checkboxes) == 8
        title = QCoreApplication.translate("CapexTab", "View:")
        label = next(w for w in tab.findChildren(QLabel) if w.text() == title and w.isVisible())

        def box(widget: QWidget) -> tuple[int, int, int]:  # left, right, vertical centre in the tab
            top_left = widget.mapTo(tab, QPoint(0, 0))
            return top_left.x(), top_left.x() + widget.width(), top_left.y() + widget.height() // 2

        (_, label_right, label_mid), (button_left, _, button_mid) = box(label), box(tab.quarterly_button)
        assert abs(label_mid - button_mid) <= 3 and 0 <= button_left - label_right <= 20
        for choice in (tab.annual_button, tab.year_basis):  # the whole group on the label's line
            assert abs(box(choice)[2] - label_mid) <= 3 and box(choice)[0] > button_left
        row = tab.company_row
        placed = []  # (vertical centre, left) of each item drawn
        for index in range(row.count()):
            widget = row.itemAt(index).widget()
            if widget is not None and widget.width() > 1:
                geometry = row.itemAt(index).geometry()
                placed.append((geometry.center().y(), geometry.left()))
                assert geometry.right() <= row.parentWidget().rect().right()  # nothing beyond the width
        lines: list[list[tuple[int, int]]] = []  # items centred in their line: a line, a centre
        for centre, left in sorted(placed):
            if lines and centre - lines[-1][-1][0] <= 4:
                lines[-1].append((centre, left))
            else:
                lines.append([(centre, left)])
        starts = [min(left for _, left in line) for line in lines]
        assert len(starts) >= 2 and len(set(starts)) == 1, starts  # every line starts at the left
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_capex_legend_names_the_csps_without_figures_in_one_entry(qtbot: QtBot, eight: Path, tmp_path: Path,
                                                                  qapp: QApplication, language: str) -> None:
    """Six of the eight names have no capex figure in the notes: one legend entry names them all
    (one entry each took three lines of a 1280×720 chart), in the window's language."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui import i18n
    from desktop_app.ui.tabs.capex_tab import CapexTab

    assert i18n.install(qapp, language)
    try:
        win = _window(qtbot, eight, tmp_path / "settings.ini", (1280, 720))
        index = next(i for i in range(win.tabs.count()) if isinstance(win.tab_page(i), CapexTab))
        win.tabs.setCurrentIndex(index)
        chart = win.tab_page(index).chart
        without = [s.name for s in chart.data.series if not s.bars and not s.has_figures]
        assert len(without) >= 2
        texts = chart.legend.texts()
        head = QCoreApplication.translate("CapexChart", "No capex figures in the notes: %1").split("%1")[0]
        grouped = [t for t in texts if t.startswith(head)]
        assert len(grouped) == 1 and all(name in grouped[0] for name in without), texts
        one = QCoreApplication.translate("CapexChart", "%1: no capex figures in the notes").replace("%1", "")
        assert not any(t.endswith(one) for t in texts), texts
    finally:
        i18n.install(qapp, "en")
