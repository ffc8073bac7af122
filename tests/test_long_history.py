"""A long history on a real workspace file: the change log reads its rows a page at a time as they
scroll into view (the storage pages by entry id), and the rank-over-time chart windows or thins
its snapshots with a range selector."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ranking_support import open_window

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.ranking import history
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
    monkeypatch.setattr(history, "CHANGE_LOG_PAGE", 40)
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
    assert 0 < len(ticks) <= 13  # about a dozen labels, not one per point
