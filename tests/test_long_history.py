"""A long history on a real workspace file: the change log reads its rows a page at a time as they
scroll into view (the storage pages by entry id), and the rank-over-time chart windows or thins
its snapshots with a range selector."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ranking_support import open_window

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.ranking import history_pages
from desktop_app.ui.ranking.chart import MAX_POINTS

SNAPSHOTS = 230
pytestmark = pytest.mark.slow  # building the long history: ~4 s


@pytest.fixture(scope="module")
def long_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("long") / "long.cspdesk"
    with Workspace.open(path) as ws:
        for number in range(SNAPSHOTS - len(ws.snapshots())):
            entries = ws.ranking()
            ws.set_ranking([*entries[1:], entries[0]], f"Moved {entries[0].ticker} 1 → 4")
            ws.save_snapshot(f"Review {number}", "", f"2023-{1 + number % 12:02d}-{1 + number % 28:02d}")
    return path


@pytest.fixture
def ws_path(long_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "w.cspdesk"
    copy.write_bytes(long_file.read_bytes())
    return copy


def test_storage_pages_the_change_log_by_entry_id(ws_path: Path) -> None:
    with Workspace.open(ws_path) as ws:
        every = ws.change_log()
        first = ws.change_log(25)
        second = ws.change_log(25, before=first[-1].entry_id)
        assert first + second == every[:50]
        assert ws.change_log(10, before=every[-1].entry_id) == []


def test_change_log_loads_rows_as_they_scroll_into_view(qtbot: QtBot, ws_path: Path, tmp_path: Path,
                                                        qtmodeltester,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(history_pages, "CHANGE_LOG_PAGE", 40)
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.history.setCurrentIndex(2)
    page = tab.history.page(2)
    with Workspace.open(ws_path) as other:
        every = other.change_log()
    assert len(every) > 400
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=2000)
    assert model.rowCount() < len(every)  # one page (or the few the visible rows need), not all
    assert model.canFetchMore()
    bar = page.view.verticalScrollBar()
    for _ in range(200):  # scroll to the end as a user does, until nothing more comes
        if not model.canFetchMore():
            break
        qtbot.waitUntil(lambda: bar.maximum() > bar.value(), timeout=2000)  # the range follows the rows
        before = model.rowCount()
        bar.setValue(bar.maximum())  # at the bottom, the view asks the model for more
        qtbot.waitUntil(lambda b=before: model.rowCount() > b or not model.canFetchMore(), timeout=2000)
    assert model.rowCount() == len(every)
    assert [model.row(r).entry_id for r in range(model.rowCount())] == [e.entry_id for e in every]
    assert model.index(0, 3).data() == every[0].summary  # newest first (When, Author, Kind, What)
    qtmodeltester.check(model)


def test_storage_reads_the_newest_snapshots_alone(ws_path: Path) -> None:
    with Workspace.open(ws_path) as ws:
        every = ws.snapshots()
        ids = ws.snapshot_ids()
        assert ids == [s.snapshot_id for s in every] and len(ids) == SNAPSHOTS
        assert ws.snapshots(since=ids[-7]) == every[-7:]
        assert ws.snapshots(since=ids[-1] + 1) == []
        assert ws.snapshots(only=ids[::-3]) == every[::-3][::-1] and ws.snapshots(only=[]) == []


def test_rank_chart_windows_and_thins_a_long_history(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.history.setCurrentIndex(3)
    chart = tab.history.page(3)
    box = chart.range_box
    assert [box.itemData(i) for i in range(box.count())] == [12, 50, 200, 0]
    assert box.currentData() == 50  # the last 50 first
    assert list(chart._read) == [(chart._ids[-50], 1)]  # read: the last 50 snapshots, not all 230
    assert len(chart.x_labels) == 50 + (1 if chart.now_shown else 0)
    assert chart.x_labels[:50][-1] == f"Review {SNAPSHOTS - 3}"  # the newest snapshot is the last
    box.setCurrentIndex(0)
    assert len([t for t in chart.x_labels if t.startswith("Review")]) == 12
    box.setCurrentIndex(box.count() - 1)  # all: one in two of 230 drawn, the newest included
    assert box.currentText() == f"All {SNAPSHOTS} snapshots (one in 2 drawn)"
    assert len(chart._read[(chart._ids[0], 2)]) == SNAPSHOTS // 2  # only the drawn ones were read
    drawn = [t for t in chart.x_labels if t != "Now (unsaved)"]
    assert len(drawn) <= MAX_POINTS and drawn[-1] == f"Review {SNAPSHOTS - 3}"
    with Workspace.open(ws_path) as other:
        labels = [s.label for s in other.snapshots()]
    assert drawn == labels[::-1][::2][::-1]
    ticks = chart.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert 0 < len(ticks) <= 13  # the labels that fit side by side, not one per point


# -- what the chart draws, and that it fits ---------------------------------------------------------
def _picture(chart: object) -> dict[str, object]:
    """What the plot shows, read from its visible items: each line (colour, dashed, symbol size,
    points), each "Now" marker (colour, point) and each name label (whole name, the point it
    follows); comparable between redraws and with what the chart meant to draw."""
    import pyqtgraph as pg
    from PySide6.QtCore import Qt

    def ys(values: object) -> tuple[float | None, ...]:
        return tuple(None if math.isnan(v) else float(v) for v in values)  # type: ignore[attr-defined]

    lines, marks, labels = set(), set(), set()
    for item in chart.plot.getPlotItem().items:  # type: ignore[attr-defined]
        if not item.isVisible():
            continue
        if isinstance(item, pg.PlotDataItem):
            x, y = item.getOriginalDataset()
            pen = item.opts["pen"]
            lines.add((pen.color().name(), pen.style() == Qt.PenStyle.DashLine,
                       item.opts["symbolSize"] if item.opts["symbol"] else 0,
                       tuple(float(v) for v in x), ys(y)))
        elif isinstance(item, pg.ScatterPlotItem):
            for point in item.points():
                marks.add((point.pen().color().name(), point.pos().x(), point.pos().y()))
        elif isinstance(item, pg.TextItem):
            labels.add((item.toolTip() or item.toPlainText(), item.pos().y()))  # x: _labels_follow
    return {"lines": lines, "marks": marks, "labels": labels}


def _meant(chart: object) -> dict[str, object]:
    """What the chart's drawing asks for (ranking/rank_drawing.py), in _picture's terms."""
    from PySide6.QtGui import QColor

    drawing = chart._drawing  # type: ignore[attr-defined]
    now, shown = drawing.now, drawing.now_shown
    size = 6 if now > 60 else 9
    lines, marks, labels = set(), set(), set()
    for line in drawing.lines:
        colour = QColor(line.colour).name()
        ranks = [None if r is None else float(r) for r in line.ranks]
        if any(r is not None for r in ranks[:now]):
            lines.add((colour, False, size, tuple(float(i) for i in range(now)), tuple(ranks[:now])))
        if shown and now and ranks[now] is not None and ranks[now - 1] is not None:
            lines.add((colour, True, 0, (now - 1.0, float(now)), tuple(ranks[now - 1:])))
        if shown and ranks[now] is not None:
            marks.add((colour, float(now), ranks[now]))
        drawn = ranks if shown else ranks[:now]
        last = max((i for i, r in enumerate(drawn) if r is not None), default=None)
        if last is not None:
            labels.add((f"{line.name} ({line.ticker})", drawn[last]))
    return {"lines": lines, "marks": marks, "labels": labels}


def _labels_follow_their_lines(chart: object) -> bool:
    """Whether each name's label starts just right (at most 12 px) of its line's last point."""
    drawing = chart._drawing  # type: ignore[attr-defined]
    view = chart.plot.getPlotItem().getViewBox()  # type: ignore[attr-defined]
    low, high = view.viewRange()[0]
    per_unit = view.width() / (high - low)
    for line in drawing.lines:
        drawn = line.ranks if drawing.now_shown else line.ranks[:drawing.now]
        last = max(i for i, r in enumerate(drawn) if r is not None)
        if not 0 < (chart.labels[line.ticker].pos().x() - last) * per_unit <= 12:  # type: ignore[attr-defined]
            return False
    return True


def test_rank_chart_redraws_the_same_figures_in_the_items_it_has(qtbot: QtBot, ws_path: Path,
                                                                tmp_path: Path) -> None:
    window = open_window(qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.history.setCurrentIndex(3)
    chart = tab.history.page(3)
    box = chart.range_box
    items = set(chart.plot.getPlotItem().items)
    assert _picture(chart) == _meant(chart) and len(_picture(chart)["lines"]) >= 4  # type: ignore[arg-type]
    for data in (0, 12, 200, 50):  # all (one in two drawn), then back through the others
        box.setCurrentIndex(box.findData(data))
        assert _picture(chart) == _meant(chart), data
        assert _labels_follow_their_lines(chart), data
        assert set(chart.plot.getPlotItem().items) == items  # the same items, their data changed
    tab.select(tab.model.order()[-1])
    tab.view.move_selected("top")  # "Now" differs from the newest snapshot: dashed lines, markers
    assert chart.now_shown and _picture(chart) == _meant(chart)
    assert len(_picture(chart)["marks"]) == len(chart.series)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("size", [(1366, 768), (900, 700)])
def test_rank_chart_labels_fit(qtbot: QtBot, ws_path: Path, tmp_path: Path, qapp: object,
                               language: str, size: tuple[int, int]) -> None:
    """The x axis labels as many snapshots as fit without overlapping; the names at the end of the
    lines stay inside the view (elided when narrow, whole in their tooltips)."""
    from PySide6.QtGui import QFontMetricsF

    from desktop_app.ui import i18n
    from desktop_app.ui.ranking.rank_plot import TICK_GAP_EMS

    assert i18n.install(qapp, language)  # type: ignore[arg-type]
    try:
        window = open_window(qtbot, ws_path, tmp_path)
        window.resize(*size)
        tab = window.tab_page(0)
        tab.history.setCurrentIndex(3)
        chart = tab.history.page(3)
        qtbot.waitUntil(lambda: chart.plot.isVisible())
        window.grab()  # laid out and painted: the axis thins its labels for its length
        plot = chart.plot.getPlotItem()
        axis, view = plot.getAxis("bottom"), plot.getViewBox()
        shown = axis._tickLevels[0]
        candidates = [text for _, text in chart._drawing.ticks]  # one per point
        assert len(candidates) == len(chart.x_labels)
        assert len(shown) >= 3 and shown[-1][1] == candidates[-1]  # the newest is labelled
        metrics = QFontMetricsF(axis.style["tickFont"] or axis.font())
        low, high = axis.range
        scale = axis.geometry().width() / (high - low)
        for (x1, t1), (x2, t2) in zip(shown, shown[1:]):
            room = (metrics.horizontalAdvance(t1) + metrics.horizontalAdvance(t2)) / 2
            assert (x2 - x1) * scale >= room, (t1, t2)  # no overlap
        step = round(shown[-1][0] - shown[-2][0])
        widest = max(metrics.horizontalAdvance(t) for t in candidates)
        gap = TICK_GAP_EMS * metrics.horizontalAdvance("M")
        assert step == 1 or (step - 1) * scale < widest + gap  # one more label would not fit
        inside = view.sceneBoundingRect()
        for ticker, label in chart.labels.items():
            assert label.isVisible()
            assert inside.contains(label.sceneBoundingRect()), ticker
            assert label.toolTip().endswith(f"({ticker})")
            if label.toPlainText() != label.toolTip():
                assert label.toPlainText().endswith("…")
    finally:
        i18n.install(qapp, "en")  # type: ignore[arg-type]


def test_rank_chart_elides_a_long_name_and_shows_it_whole_in_its_tooltip(qtbot: QtBot, ws_path: Path,
                                                                          tmp_path: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from desktop_app.domain.companies import Company

    long_name = "International Hyperscale Cloud and Artificial Intelligence Infrastructure Holdings"
    with Workspace.open(ws_path) as ws:
        ws.add_company(Company("LONG", long_name, "", 12, ""))
    window = open_window(qtbot, ws_path, tmp_path)
    window.resize(1366, 768)
    tab = window.tab_page(0)
    tab.history.setCurrentIndex(3)
    chart = tab.history.page(3)
    qtbot.waitUntil(lambda: chart.plot.isVisible())
    window.grab()
    label = chart.labels["LONG"]
    view = chart.plot.getPlotItem().getViewBox()
    assert label.toPlainText().endswith("…") and label.toolTip() == f"{long_name} (LONG)"
    assert view.sceneBoundingRect().contains(label.sceneBoundingRect())
    assert label.sceneBoundingRect().width() <= 0.36 * view.width()
    assert chart.labels["MSFT"].toPlainText() == "Microsoft (MSFT)"  # the short names stay whole
    viewport = chart.plot.viewport()
    pos = chart.plot.mapFromScene(label.sceneBoundingRect().center())
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert QToolTip.text() == f"{long_name} (LONG)"
