"""Forecasts (Figure 1) added and changed, statements added, each with its source (issue 11, item 5):
through the dialogs as undoable commands, shown in the Research tab with the note or "entered by"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui import research_actions
from desktop_app.ui.commands.notes import NoteEntry
from desktop_app.ui.commands.research import ForecastEntry, StatementEntry
from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    return win


def _forecast(ws: Workspace, company: str, year: str, metric: str):
    return next((f for f in ws.forecasts() if (f.company, f.year, f.metric) == (company, year, metric)), None)


def test_change_a_forecast_with_a_note_and_undo(window: MainWindow) -> None:
    ws = window.workspace
    # through the window (a direct write would be an outside change: the window reloads on it)
    note = research_actions.push_note(window, NoteEntry(broker="KGI", published=date(2025, 10, 31),
                                                        title="3Q25 results", user="ana"))
    research = window.tab_page(3)
    before = _forecast(ws, "AMZN", "2025", "Revenue")
    assert before.value == D("706613") and before.printed_change_pct == D("2")

    def fill() -> None:
        dialog = window.forecast_dialog
        dialog.company_box.setCurrentIndex(dialog.company_box.findData("AMZN"))
        dialog.year_edit.setText("2025")
        dialog.metric_box.setCurrentText("Revenue")
        dialog.value_edit.setText("abc")
        dialog.accept()
        assert "forecast" in dialog.message.text().lower() and dialog.entry is None
        dialog.value_edit.setText("712,000")
        dialog.source_box.setCurrentIndex(dialog.source_box.findData(note))
        dialog.where_edit.setText("Figure 1")
        dialog.accept()

    QTimer.singleShot(0, fill)
    assert research_actions.choose_forecast(window)
    after = _forecast(ws, "AMZN", "2025", "Revenue")
    assert after.value == D("712000") and after.unit == "US$mn"
    assert after.printed_change_pct is None  # the print was about the old forecast
    assert (after.source.note_id, after.source.figure) == (note, "Figure 1")
    model = research.forecasts_model
    row = next(r for r in range(model.rowCount()) if not model.is_title(r)
               and model.index(r, 0).data().startswith("Revenue") and model.index(r, 1).data() == "712,000")
    assert f"{note}: Figure 1" in model.index(row, 5).data() and "entered by ana" in model.index(row, 5).data()
    window.undo_stack.undo()
    assert _forecast(ws, "AMZN", "2025", "Revenue") == before  # value, print and source back
    assert window.tab_page(3) is research  # the window did not reload behind the test's back
    assert model.index(row, 1).data() == "706,613"


def test_add_a_new_forecast_entered_by_the_user(window: MainWindow) -> None:
    ws = window.workspace
    entry = ForecastEntry(company="MSFT", year="FY28", metric="EPS (US$)", value=D("21.5"), unit="US$",
                          user="ana")
    assert research_actions.push_research(window, entry)
    added = _forecast(ws, "MSFT", "FY28", "EPS (US$)")
    assert added.value == D("21.5") and added.source is None
    assert ws.entered_by("forecasts")[("MSFT", "FY28", "EPS (US$)")][0] == "ana"
    window.undo_stack.undo()
    assert _forecast(ws, "MSFT", "FY28", "EPS (US$)") is None


def test_add_a_statement_with_source_and_undo(window: MainWindow) -> None:
    ws = window.workspace
    research = window.tab_page(3)

    def fill() -> None:
        dialog = window.statement_dialog
        dialog.accept()
        assert "text" in dialog.message.text()
        dialog.company_box.setCurrentIndex(dialog.company_box.findData("META"))
        dialog.topic_box.setCurrentIndex(dialog.topic_box.findData("capex"))
        dialog.text_edit.setPlainText("Meta raises 2025 capex outlook to US$66-72bn")
        dialog.source_box.setCurrentIndex(0)  # entered by ana
        dialog.accept()

    count = len(ws.statements())
    QTimer.singleShot(0, fill)
    assert research_actions.choose_statement(window)
    added = ws.statements()[-1]
    assert (added.company, added.topic, added.text_en, added.source) == (
        "META", "capex", "Meta raises 2025 capex outlook to US$66-72bn", None)
    model = research.statements_model
    assert model.rowCount() == count + 1
    assert model.source_of(model.row(model.rowCount() - 1)).startswith("entered by ana")
    window.undo_stack.undo()
    assert len(ws.statements()) == count and model.rowCount() == count
    with pytest.raises(ValueError, match="topic"):
        ws.add_statement("gossip", None, "x", "ana")
    assert research_actions.push_research(window, StatementEntry(topic="risk", company=None, text="Tariffs",
                                                                 user="ana", note_id="n001", where="p. 4"))
    assert ws.statements()[-1].source.note_id == "n001"
