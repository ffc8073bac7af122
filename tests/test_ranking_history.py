"""The Ranking tab's snapshots and history over a real workspace file: saving a snapshot (and
undoing it), a snapshot's order and reasons, the comparison of two orders, the change log, and
the rank-over-time chart (shown before its libraries are loaded: tests/test_chart_slot.py)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ranking_support import SEED, open_window, record_messages

from desktop_app.domain.companies import Company
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ranking.dialogs import SnapshotDialog
from desktop_app.ui.tabs.ranking_tab import RankingTab
from desktop_app.user import current_user


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "w.cspdesk"


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, ws_path, tmp_path)


@pytest.fixture
def tab(window: MainWindow) -> RankingTab:
    page = window.tab_page(0)
    assert isinstance(page, RankingTab)
    return page


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    return record_messages(monkeypatch)


# -- snapshots and history -------------------------------------------------------------------------
def test_snapshot_dialog_defaults_and_label_check(qtbot: QtBot) -> None:
    dialog = SnapshotDialog("Microsoft > Amazon")
    qtbot.addWidget(dialog)
    assert dialog.values()[1] == datetime.date.today().isoformat()
    assert "label" in dialog.problem.text()
    dialog.label_edit.setText("  3Q25 review ")
    dialog.note_edit.setPlainText("Capex up again")
    assert dialog.problem.text() == ""
    assert dialog.values() == ("3Q25 review", datetime.date.today().isoformat(), "Capex up again")


def test_save_snapshot_resets_the_moves_and_undo_removes_it(tab: RankingTab, window: MainWindow,
                                                             ws_path: Path) -> None:
    tab.select("META")
    tab.view.move_selected("up")
    from desktop_app.ui.ranking.list_model import MOVE_ROLE

    assert tab.model.index(2).data(MOVE_ROLE) == "▲1"
    assert tab.save_snapshot("3Q25 review", "2025-10-30", "Meta ahead on ads")
    assert [tab.model.index(r).data(MOVE_ROLE) for r in range(4)] == ["="] * 4
    assert "3Q25 review" in tab.legend.text()
    with Workspace.open(ws_path) as other:
        latest = other.snapshots()[-1]
        assert (latest.label, latest.taken_on, latest.note) == ("3Q25 review", "2025-10-30",
                                                                 "Meta ahead on ads")
        assert latest.order == ["MSFT", "AMZN", "META", "GOOGL"]
    page = tab.history.page(0)
    assert page.selected().label == "3Q25 review"
    assert page.entries_model.rowCount() == 4
    window.action_undo.trigger()
    with Workspace.open(ws_path) as other:
        assert [s.label for s in other.snapshots()] == ["4Q24 review", "2Q25 review"]
    assert tab.model.index(2).data(MOVE_ROLE) == "▲1"
    window.action_redo.trigger()
    with Workspace.open(ws_path) as other:
        assert other.snapshots()[-1].label == "3Q25 review"


def test_selecting_a_snapshot_shows_its_order_and_reasons(tab: RankingTab) -> None:
    page = tab.history.page(0)
    assert [s.label for s in page.snapshots_model.rows()] == ["2Q25 review", "4Q24 review"]
    page.snapshots_view.selectRow(1)
    model = page.entries_model
    assert [model.index(r, 1).data() for r in range(4)] == [
        "Microsoft (MSFT)", "Amazon (AMZN)", "Meta (META)", "Alphabet (GOOGL)"]
    assert model.index(3, 2).data() == "Worries about AI search competition"
    assert model.index(3, 3).data() == "AI Search 競爭擔憂"
    assert "4Q24 review" in page.entries_title.text()


def test_compare_two_snapshots_reads_as_a_diff(tab: RankingTab) -> None:
    tab.history.setCurrentIndex(1)
    page = tab.history.page(1)
    page.set_pair(1, 2)
    summary = page.summary.text()
    assert "Alphabet</b>" in summary and "up 1 place (4 → 3)" in summary
    assert "Meta</b>" in summary and "down 1 place (3 → 4)" in summary
    assert "Kept their place: Microsoft (1), Amazon (2)" in summary
    assert "Rationale changed: Microsoft, Amazon, Alphabet, Meta" in summary
    rows = {page.model.index(r, 0).data(): [page.model.index(r, c).data() for c in range(1, 5)]
            for r in range(page.model.rowCount())}
    assert rows["Alphabet (GOOGL)"] == ["4", "3", "▲1", "changed"]
    assert rows["Meta (META)"] == ["3", "4", "▼1", "changed"]
    page.swap()
    assert "down 1 place (3 → 4)" in page.summary.text()


def test_compare_with_the_current_order(tab: RankingTab) -> None:
    page = tab.history.page(1)
    tab.select("AMZN")
    tab.view.move_selected("top")
    tab.editor.edit.setPlainText("AWS margin surprise")
    tab.editor.flush()
    page.set_pair(2, 0)
    summary = page.summary.text()
    assert "Amazon</b>" in summary and "up 1 place (2 → 1)" in summary
    assert "Rationale changed: Amazon" in summary


def test_change_log_records_every_edit_and_the_ui_shows_it(tab: RankingTab, window: MainWindow,
                                                           ws_path: Path, messages: list) -> None:
    tab.select("META")
    tab.view.move_selected("top")
    tab.editor.edit.setPlainText("Ads strong")
    tab.editor.flush()
    tab.add_name(Company("ORCL", "Oracle", "", 6, ""))
    tab.remove_name("ORCL")
    tab.save_snapshot("check", "2025-11-01", "")
    window.action_undo.trigger()  # undo adds a record, never removes one
    with Workspace.open(ws_path) as other:
        log = other.change_log()
    kinds = [e.kind for e in reversed(log)]
    assert kinds == ["create", "ranking", "ranking", "coverage", "coverage", "snapshot", "snapshot"]
    summaries = [e.summary for e in reversed(log)]
    assert summaries[1] == "Moved META 4 → 1: META > MSFT > AMZN > GOOGL"
    assert summaries[2] == "META rationale: Ads strong"
    assert summaries[-1] == "Removed snapshot “check”"
    assert all(e.at for e in log)
    tab.history.setCurrentIndex(2)
    page = tab.history.page(2)
    assert page.model.rowCount() == len(log)
    assert page.model.index(0, 3).data() == "Removed snapshot “check”"  # newest first
    assert page.model.index(0, 2).data() == "Snapshot"
    assert page.model.index(0, 1).data() == current_user()  # the Author column


# -- chart ---------------------------------------------------------------------------------------
def test_rank_over_time_chart(tab: RankingTab) -> None:
    tab.history.setCurrentIndex(3)
    chart = tab.history.page(3)
    assert chart.plot.getPlotItem().getViewBox().yInverted()  # rank 1 at the top
    # the seed's current order is its newest snapshot's: no dashed "Now" segment
    assert chart.x_labels == ["4Q24 review", "2Q25 review"] and not chart.now_shown
    assert not _dashed_items(chart)
    assert "dashed" not in chart.caption.text() and "newest snapshot's" in chart.caption.text()
    assert chart.series["GOOGL"] == [4, 3, 3]
    assert set(chart.labels) == set(SEED)
    assert chart.labels["META"].toPlainText() == "Meta (META)"
    assert chart.labels["META"].pos().x() == pytest.approx(1 + 0.12, abs=0.2)  # at 2Q25, not beyond
    tab.select("META")
    tab.view.move_selected("top")
    assert chart.x_labels == ["4Q24 review", "2Q25 review", "Now (unsaved)"] and chart.now_shown
    assert len(_dashed_items(chart)) == 4
    assert "the dashed part leads to the current order" in chart.caption.text()
    assert chart.series["META"] == [3, 4, 1]  # the chart follows the current order
    assert chart.series["MSFT"] == [1, 1, 2]
    tab.view.move_selected("down")  # back to the 2Q25 order: the dashed part goes again
    tab.select("META")
    while tab.model.order()[-1] != "META":
        tab.view.move_selected("down")
    assert tab.model.order() == ["MSFT", "AMZN", "GOOGL", "META"]
    assert not chart.now_shown and not _dashed_items(chart)


def _dashed_items(chart: object) -> list[object]:
    import pyqtgraph as pg

    items = chart.plot.getPlotItem().items  # type: ignore[attr-defined]
    return [i for i in items if isinstance(i, pg.PlotDataItem) and i.isVisible()  # drawn
            and i.opts["pen"].style() == Qt.PenStyle.DashLine]


def test_compare_defaults_to_the_newest_snapshot_against_now(tab: RankingTab, messages: list) -> None:
    page = tab.history.page(1)
    assert (page.before_box.currentText(), page.after_box.currentText()) == (
        "2Q25 review", "Now (current order)")
    page.set_pair(1, 2)  # the user's choice stays while the snapshots stay
    tab.select("META")
    tab.view.move_selected("top")
    assert (page.before_box.currentData(), page.after_box.currentData()) == (1, 2)
    tab.save_snapshot("3Q25 review", "2025-11-01", "")
    assert page.before_box.currentText() == "3Q25 review (2025-11-01)"
    assert page.after_box.currentText() == "Now (current order)"



def test_history_names_a_name_added_after_it_was_built(tab: RankingTab, messages: list) -> None:
    page = tab.history.page(0)
    tab.add_name(Company("ORCL", "Oracle", "", 6, ""))
    tab.save_snapshot("with Oracle", "2025-11-01", "")
    assert page.entries_model.index(4, 1).data() == "Oracle (ORCL)"
    compare = tab.history.page(1)
    compare.set_pair(2, 3)
    names = [compare.model.index(r, 0).data() for r in range(compare.model.rowCount())]
    assert names[-1] == "Oracle (ORCL)" and compare.model.index(4, 3).data() == "new"
    compare.set_pair(1, 2)
    from PySide6.QtGui import QColor

    assert compare.model.index(2, 3).data(Qt.ItemDataRole.ForegroundRole) == QColor("#1b7f3b")  # ▲1
