"""Market data with dates (issue 11, item 5): share prices and rating / target history, upside from
the latest of each with the price's date, stale marking in the Ranking tab, the Research tab's
Figure 1 and the workbook's Summary; the dialogs are undoable commands."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.market import PricePoint, TargetPoint, is_stale, latest_price, market_view
from desktop_app.domain.provenance import Provenance
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import SaveError, Workspace
from desktop_app.ui.commands.market import MarketEntry
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ranking.list_model import UPSIDE_ROLE, UPSIDE_STALE_ROLE, UPSIDE_TIP_ROLE
from desktop_app.ui.scorecards import style

TODAY = date.today()
NOTE = Provenance(note_id="n001", where="Figure 1")


def test_latest_price_and_staleness() -> None:
    prices = [PricePoint("MSFT", D("534"), None, NOTE, 1),
              PricePoint("MSFT", D("510"), date(2025, 8, 4), Provenance(entered_by="ana"), 2),
              PricePoint("MSFT", D("500"), date(2025, 8, 1), Provenance(entered_by="ana"), 3)]
    assert latest_price(prices, "MSFT").price == D("510")  # the latest date, not the latest entry
    targets = [TargetPoint("MSFT", None, "OP", D("660"), NOTE, 1),
               TargetPoint("MSFT", date(2025, 8, 5), "", D("700"), Provenance(entered_by="ana"), 2)]
    view = market_view("MSFT", prices, targets, today=date(2025, 8, 10), stale_days=7)
    assert view.upside == (D(700) / D(510) - 1) * 100
    assert view.rating_text == "OP"  # a target without a rating keeps the latest stated one
    assert not view.stale and view.age == 6
    assert market_view("MSFT", prices, targets, today=date(2025, 8, 12), stale_days=7).stale
    assert is_stale(None, TODAY)  # a price of unknown date is always stale
    assert market_view("META", prices, targets, TODAY).upside is None


def test_seed_prices_carry_figure_1_and_no_invented_date(make_workspace, tmp_path: Path) -> None:
    location = make_workspace()  # a file, then a team workspace
    with open_workspace(location) as ws:
        msft = ws.prices("MSFT")
        assert [(p.price, p.as_of, p.provenance.note_id) for p in msft] == [(D("534"), None, "n001")]
        assert [(t.target, t.rating) for t in ws.target_history("MSFT")] == [(D("660"), "OP")]
        view = ws.market_views()["MSFT"]
        assert view.stale and view.upside == (D(660) / D(534) - 1) * 100


def test_bad_prices_are_refused_and_change_nothing(make_workspace, tmp_path: Path) -> None:
    location = make_workspace()  # a file, then a team workspace
    with open_workspace(location) as ws:
        before = ws.last_change_id()
        for args, reason in [
            (("XXX", D("5"), TODAY), "Unknown company"),
            (("MSFT", D("0"), TODAY), "above zero"),
            (("MSFT", D("-3"), TODAY), "above zero"),
            (("MSFT", D("5"), TODAY + timedelta(days=2)), "future"),
        ]:
            with pytest.raises(ValueError, match=reason):
                ws.add_price(*args, user="ana")
        with pytest.raises(ValueError, match="No note"):
            ws.add_target("MSFT", D("700"), TODAY, "ana", note_id="n999")
        assert ws.last_change_id() == before and len(ws.prices()) == 2


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.resize(1300, 800)
    return window


def _ranking_row(window: MainWindow, ticker: str):
    tab = window.tab_page(0)
    return tab.model.index(tab.model.row_of(ticker))


def test_set_price_dialog_updates_upside_everywhere_and_undoes(qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    window = _window(qtbot, tmp_path / "w.cspdesk")
    research = window.tab_page(3)
    msft = _ranking_row(window, "MSFT")
    assert msft.data(UPSIDE_ROLE) == "23.6% ⚠" and msft.data(UPSIDE_STALE_ROLE)  # 660 / 534, no date
    assert "date not given" in msft.data(UPSIDE_TIP_ROLE)

    from desktop_app.ui import research_actions

    def fill(dialog_owner: MainWindow) -> None:
        dialog = dialog_owner.market_dialog
        dialog.company_box.setCurrentIndex(dialog.company_box.findData("MSFT"))
        dialog.value_edit.setText("-5")
        dialog.accept()  # refused: stays open with the reason
        assert "above zero" in dialog.message.text() and dialog.entry is None
        dialog.value_edit.setText("550")
        dialog.date_edit.setDate(QDate.currentDate().addDays(-1))
        dialog.accept()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: fill(window))
    assert research_actions.choose_price(window)
    msft = _ranking_row(window, "MSFT")
    assert msft.data(UPSIDE_ROLE) == "20.0%" and not msft.data(UPSIDE_STALE_ROLE)  # 660 / 550 - 1
    assert (TODAY - timedelta(days=1)).isoformat() in msft.data(UPSIDE_TIP_ROLE)
    assert "entered by ana" in msft.data(UPSIDE_TIP_ROLE)
    model = research.targets_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    groups = [model.headerData(c, Qt.Orientation.Horizontal, style.GROUP_ROLE) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.row(r).target.company == "MSFT")
    assert model.index(row, headers.index("Price (US$)")).data() == "550"
    assert model.index(row, headers.index("Price date")).data() == (TODAY - timedelta(days=1)).isoformat()
    assert model.index(row, groups.index("Upside")).data() == "20.0%"
    assert model.index(row, groups.index("Upside")).data(style.FLAG_ROLE) is None  # print is of another pair

    window.undo_stack.undo()
    assert _ranking_row(window, "MSFT").data(UPSIDE_ROLE) == "23.6% ⚠"
    assert model.index(row, headers.index("Price date")).data() == "not given ⚠"
    assert len(window.workspace.prices("MSFT")) == 1
    window.undo_stack.redo()
    assert _ranking_row(window, "MSFT").data(UPSIDE_ROLE) == "20.0%"


def test_target_command_keeps_rating_and_source(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "w.cspdesk")
    from desktop_app.ui import research_actions

    entry = MarketEntry(company="AMZN", value=D("300"), as_of=TODAY, user="ana", note_id="n001",
                        where="p. 2", rating="")
    assert research_actions.push_entry(window, entry, target=True)
    amzn = _ranking_row(window, "AMZN")
    assert amzn.data(UPSIDE_ROLE) == "28.2% ⚠"  # 300 / 234 - 1: the price is still undated
    from desktop_app.ui.ranking.list_model import RATING_ROLE
    assert amzn.data(RATING_ROLE) == "OP"
    last = window.workspace.target_history("AMZN")[-1]
    assert last.provenance.note_id == "n001" and last.provenance.where == "p. 2"
    assert last.provenance.entered_by == "ana"


def test_a_failed_write_is_not_kept(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, tmp_path / "w.cspdesk")
    from desktop_app.ui import research_actions

    def full(*_a, **_k):
        raise SaveError("Could not save: database or disk is full")

    monkeypatch.setattr(window.workspace, "add_price", full)
    entry = MarketEntry(company="MSFT", value=D("550"), as_of=TODAY, user="ana")
    assert not research_actions.push_entry(window, entry, target=False)
    assert window.undo_stack.count() == 0


def test_workbook_summary_shows_price_date_and_stale(make_workspace, tmp_path: Path) -> None:
    location = make_workspace()  # a file, then a team workspace
    with open_workspace(location) as ws:
        ws.add_price("AMZN", D("250"), date(2025, 8, 1), "ana")
        ws.add_price("MSFT", D("550"), date(2025, 8, 8), "ana")
        export_workbook(ws, tmp_path / "s.xlsx", exported_at=datetime(2025, 8, 10, 9, 0).astimezone())
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")[L.SUMMARY]
    header = [c.value for c in sheet[4]]
    rows = {r[2].value: r for r in sheet.iter_rows(min_row=5, max_row=8)}
    col = {name: header.index(name) for name in header if name}
    assert rows["MSFT"][col["Price date"]].value == "2025-08-08"  # 2 days old on the export date
    assert rows["MSFT"][col["Upside"]].value == pytest.approx(660 / 550 - 1)
    assert rows["MSFT"][col["Upside"]].comment is None
    assert rows["AMZN"][col["Price date"]].value == "2025-08-01 (stale)"  # 9 days > 7
    assert "9 days old" in rows["AMZN"][col["Upside"]].comment.text
    assert rows["GOOGL"][col["Upside"]].value is None  # no price, no target: nothing invented


def test_stale_after_setting(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.ui import research_actions

    window = _window(qtbot, tmp_path / "w.cspdesk")
    window.workspace.add_price("MSFT", D("550"), TODAY - timedelta(days=10), "ana")
    window.reload_workspace()  # as the window does on an outside write
    assert _ranking_row(window, "MSFT").data(UPSIDE_STALE_ROLE)  # 10 days > 7
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (30, True))
    research_actions.choose_stale_days(window)
    assert window.workspace.stale_days() == 30
    assert window.statusBar().currentMessage() == "Prices older than 30 days are marked stale"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (1, True))
    research_actions.choose_stale_days(window)
    assert window.statusBar().currentMessage() == "Prices older than 1 day are marked stale"
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (30, True))
    research_actions.choose_stale_days(window)
    assert not _ranking_row(window, "MSFT").data(UPSIDE_STALE_ROLE)
    # the window's own write: remembered, so it is not taken for another program's
    assert window.external_changes.known == window.workspace.last_change_id()
    with pytest.raises(ValueError):
        window.workspace.set_stale_days(0)
