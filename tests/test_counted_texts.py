"""Counts in the window's English say "1 day" and "1 snapshot", not "1 days" or "All 1 snapshots"
(Chinese has one form for both): the stale price's tooltip (the Ranking list, the Research tab's
Figure 1) and the rank chart's range selector."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.market import PricePoint, TargetPoint, market_view
from desktop_app.domain.provenance import Provenance
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.market_text import days_text, market_upside_tip, stale_text

ANA = Provenance(entered_by="ana")


def _tip(today: date, stale_days: int) -> str:
    prices = [PricePoint("MSFT", D("510"), date(2025, 8, 4), ANA, 1)]
    targets = [TargetPoint("MSFT", date(2025, 8, 4), "OP", D("660"), ANA, 1)]
    view = market_view("MSFT", prices, targets, today=today, stale_days=stale_days)
    assert view.stale
    return market_upside_tip(view, stale_days)


def test_days_are_counted_in_english(qapp: QApplication) -> None:
    assert [days_text(n) for n in (0, 1, 2, 1200)] == ["0 days", "1 day", "2 days", "1,200 days"]
    assert stale_text(2, 1) == "2 days old (stale after 1 day)"
    assert stale_text(9, 7) == "9 days old (stale after 7 days)"
    assert "Stale price: 2 days old (stale after 1 day)" in _tip(date(2025, 8, 6), 1).splitlines()
    assert "Stale price: 1 day old (stale after 0 days)" in _tip(date(2025, 8, 5), 0).splitlines()


def test_days_in_chinese(chinese: None) -> None:
    assert days_text(1) == "1 天" and days_text(9) == "9 天"
    assert "股價過時：已 9 天（超過 7 天即視為過時）" in _tip(date(2025, 8, 13), 7).splitlines()


def test_one_snapshot_is_not_all_1_snapshots(qtbot: QtBot, workspace_path: Path) -> None:
    window = MainWindow(Workspace.open(workspace_path))
    qtbot.addWidget(window)
    chart = window.tab_page(0).history.page(3)
    box = chart.range_box
    chart._offer_ranges(1)
    assert [box.itemText(i) for i in range(box.count())] == ["The only snapshot"]
    chart._offer_ranges(2)
    assert [box.itemText(i) for i in range(box.count())] == ["All 2 snapshots"]
    window.close()
