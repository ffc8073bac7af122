"""Editing scorecard figures and adding quarters: validation, one undo command and one saved
transaction per edit, derived columns updated at once, persistence across reopening."""

from __future__ import annotations

import sqlite3
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.companies import Company
from desktop_app.domain.number_input import NumberInputError
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.scorecard import AddQuarterCommand, CellRef, SetScorecardValueCommand
from desktop_app.ui.scorecards.new_quarter import NewQuarterDialog
from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

F4Q25, F1Q26, F2Q26 = Quarter(2025, 4), Quarter(2026, 1), Quarter(2026, 2)
ACCEPTED = [("1234", D("1234")), ("1,234", D("1234")), ("(15)", D("-15")), ("-15", D("-15")),
            ("4.8", D("4.8")), ("4.8%", D("4.8"))]
REFUSED = ["abc", "12a", "1.2.3", "(-15)", "1,23", "--5", "4.8 %%", "1e5", "½"]


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "edit.cspdesk")
    yield workspace
    workspace.close()


@pytest.fixture
def tab(qtbot, ws: Workspace) -> ScorecardsTab:
    widget = ScorecardsTab(ws)  # standing alone it keeps its own undo stack
    qtbot.addWidget(widget)
    return widget


def _index(tab: ScorecardsTab, line: str, col: Col):
    return tab.model.index(tab.model.row_of(line), tab.model.column_of(col))


def _stored(ws: Workspace, line: str, field: str = "actual", period: Quarter = F4Q25) -> D | None:
    found = ws.scorecard_line("MSFT", period, line)
    return getattr(found, field) if found else None


@pytest.mark.parametrize(("typed", "expected"), ACCEPTED)
def test_accepted_input_through_set_data(tab: ScorecardsTab, ws: Workspace, typed: str, expected: D) -> None:
    assert tab.current_company().ticker == "MSFT" and tab.current_period() == F4Q25
    before = len(ws.change_log())
    assert tab.model.setData(_index(tab, "pbp_oi", Col.ACTUAL), typed)
    assert _stored(ws, "pbp_oi") == expected
    assert len(ws.change_log()) == before + 1  # one transaction, one change-log row
    assert tab.undo_stack().count() == 1
    shown = _index(tab, "pbp_oi", Col.DIFF).data()  # derived at once: vs 15,041 consensus
    expected_diff = (expected / D("15041") - 1) * 100
    assert shown == f"{'(' if expected_diff < 0 else ''}{abs(expected_diff):.0f}{')' if expected_diff < 0 else ''}%"


@pytest.mark.parametrize("typed", REFUSED)
def test_refused_input_keeps_the_old_value(tab: ScorecardsTab, ws: Workspace, qtbot, typed: str) -> None:
    index = _index(tab, "revenue", Col.ACTUAL)
    before = len(ws.change_log())
    with qtbot.waitSignal(tab.model.inputRefused) as refused:
        assert not tab.model.setData(index, typed)
    assert "Not saved" in refused.args[0] and "stays 76,441" in refused.args[0]
    assert tab.message.text() == refused.args[0] and not tab.message.isHidden()
    assert index.data() == "76,441" and _stored(ws, "revenue") == D("76441")
    assert len(ws.change_log()) == before and tab.undo_stack().count() == 0


@pytest.mark.parametrize(("typed", "expected"), ACCEPTED)
def test_accepted_input_through_the_command(ws: Workspace, typed: str, expected: D) -> None:
    ref = CellRef("MSFT", F4Q25, "revenue", "consensus")
    command = SetScorecardValueCommand.from_text(ws, ref, typed, "Revenue consensus")
    assert command.old == D("73911") and command.new == expected and command.changes_anything
    command.redo()
    assert _stored(ws, "revenue", "consensus") == expected
    command.undo()
    assert _stored(ws, "revenue", "consensus") == D("73911")


@pytest.mark.parametrize("typed", REFUSED)
def test_refused_input_through_the_command(ws: Workspace, typed: str) -> None:
    with pytest.raises(NumberInputError):
        SetScorecardValueCommand.from_text(ws, CellRef("MSFT", F4Q25, "revenue", "actual"), typed)
    assert _stored(ws, "revenue") == D("76441")


def test_same_figure_is_no_edit(tab: ScorecardsTab, ws: Workspace) -> None:
    before = len(ws.change_log())
    assert tab.model.setData(_index(tab, "revenue", Col.ACTUAL), "76,441")
    assert tab.undo_stack().count() == 0 and len(ws.change_log()) == before
    precision = SetScorecardValueCommand(ws, CellRef("MSFT", F4Q25, "azure_growth", "actual"), D("39.0"))
    assert precision.changes_anything  # 39.0 is a different print than 39


def test_undo_redo_and_derived_columns(tab: ScorecardsTab, ws: Workspace) -> None:
    actual, diff = _index(tab, "revenue", Col.ACTUAL), _index(tab, "revenue", Col.DIFF)
    qoq = _index(tab, "revenue", Col.NEXT_QOQ)
    assert (diff.data(), qoq.data()) == ("3%", "(2)%")
    assert tab.model.setData(actual, "80,000")
    assert (actual.data(), diff.data(), qoq.data()) == ("80,000", "8%", "(6)%")
    stack = tab.undo_stack()
    assert "Revenue actual" in stack.undoText() and "76,441 → 80,000" in stack.undoText()
    stack.undo()
    assert (actual.data(), diff.data(), qoq.data()) == ("76,441", "3%", "(2)%")
    assert _stored(ws, "revenue") == D("76441")
    stack.redo()
    assert actual.data() == "80,000" and _stored(ws, "revenue") == D("80000")
    # clearing with an empty cell is an edit too; the printed diff then shows, in italic
    assert tab.model.setData(actual, "")
    assert actual.data() == "" and diff.data() == "3%" and diff.data(Qt.ItemDataRole.FontRole).italic()
    stack.undo()
    assert actual.data() == "80,000"


def test_next_quarter_guidance_is_edited_in_its_own_quarter(tab: ScorecardsTab, ws: Workspace) -> None:
    assert tab.model.setData(_index(tab, "revenue", Col.NEXT_GUIDANCE), "77,000")
    assert _stored(ws, "revenue", "guidance", F1Q26) == D("77000")
    assert _index(tab, "revenue", Col.NEXT_DIFF).data() == "5%"  # 77,000 / 73,291 - 1
    assert _index(tab, "revenue", Col.GUIDANCE).data() == "73,700"  # this quarter's guidance untouched


def test_undo_brings_the_edited_quarter_back_into_view(tab: ScorecardsTab, ws: Workspace) -> None:
    assert tab.model.setData(_index(tab, "revenue", Col.ACTUAL), "80,000")
    tab.company_box.setCurrentIndex(tab.company_box.findData("AMZN"))
    tab.undo_stack().undo()
    assert tab.current_company().ticker == "MSFT" and tab.current_period() == F4Q25
    assert _index(tab, "revenue", Col.ACTUAL).data() == "76,441"


def test_edits_persist_across_reopening(tmp_path: Path, qtbot) -> None:
    path = tmp_path / "persist.cspdesk"
    ws = Workspace.open(path)
    tab = ScorecardsTab(ws)
    qtbot.addWidget(tab)
    assert tab.model.setData(_index(tab, "capex", Col.NEXT_GUIDANCE), "31,500")
    assert tab.add_quarter("MSFT", F2Q26)
    ws.close()
    with Workspace.open(path) as again:
        assert again.scorecard_line("MSFT", F1Q26, "capex").guidance == D("31500")
        assert F2Q26 in again.periods("MSFT")
        reopened = ScorecardsTab(again)
        qtbot.addWidget(reopened)
        reopened.show_quarter("MSFT", F4Q25)
        assert reopened.model.index(reopened.model.row_of("capex"),
                                    reopened.model.column_of(Col.NEXT_GUIDANCE)).data() == "31,500"


def test_a_failed_save_is_reported_and_not_kept(tab: ScorecardsTab, ws: Workspace, monkeypatch) -> None:
    def locked(*_args, **_kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(ws, "_conn", _LockedConnection(ws._conn, locked))
    assert not tab.model.setData(_index(tab, "revenue", Col.ACTUAL), "80,000")
    assert tab.undo_stack().count() == 0
    assert "locked" in tab.message.text()
    monkeypatch.undo()
    assert _stored(ws, "revenue") == D("76441")


class _LockedConnection:
    """A connection whose writes fail like a locked file; reads go through."""

    def __init__(self, conn: sqlite3.Connection, fail) -> None:
        self._conn, self._fail = conn, fail

    def execute(self, sql: str, *args):
        if sql.lstrip().upper().startswith(("BEGIN", "INSERT", "UPDATE", "DELETE")):
            self._fail()
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


# -- new quarter ---------------------------------------------------------------------------------
def test_add_quarter_creates_the_standard_lines_empty(ws: Workspace) -> None:
    keys = ws.add_quarter("MSFT", F2Q26)
    assert keys == [d.key for d in ws.line_defs("MSFT")]
    lines = ws.scorecard_lines("MSFT", F2Q26)
    assert len(lines) == 24 and all(x.actual is x.consensus is x.guidance is None for x in lines)
    assert ws.company("MSFT").period_label(F2Q26) == "F2Q26 · 4Q25"  # FY ends June
    assert "new quarter" in ws.change_log(1)[0].summary
    with pytest.raises(ValueError, match="already has"):
        ws.add_quarter("MSFT", F2Q26)
    ws.add_company(Company("ORCL", "Oracle", "", 5, "OCI"))
    with pytest.raises(ValueError, match="no scorecard lines"):
        ws.add_quarter("ORCL", Quarter(2025, 3))
    ws.set_scorecard_value("MSFT", F2Q26, "revenue", "actual", D("80000"))
    with pytest.raises(ValueError, match="holds figures"):
        ws.remove_empty_quarter("MSFT", F2Q26)
    ws.set_scorecard_value("MSFT", F2Q26, "revenue", "actual", None)
    ws.remove_empty_quarter("MSFT", F2Q26)
    assert F2Q26 not in ws.periods("MSFT")
    with pytest.raises(ValueError):
        ws.remove_empty_quarter("MSFT", F4Q25)  # the seeded quarter holds figures


def test_new_quarter_command_and_undo(tab: ScorecardsTab, ws: Workspace) -> None:
    assert tab.add_quarter("MSFT", F2Q26)
    assert tab.current_period() == F2Q26 and tab.period_box.currentText().startswith("F2Q26 · 4Q25")
    assert tab.model.rowCount() > 24 and _index(tab, "revenue", Col.ACTUAL).data() == ""
    assert tab.model.setData(_index(tab, "revenue", Col.ACTUAL), "81,000")
    stack = tab.undo_stack()
    stack.undo()
    stack.undo()
    assert F2Q26 not in ws.periods("MSFT") and tab.current_period() == F4Q25
    stack.redo()
    assert F2Q26 in ws.periods("MSFT")
    assert not tab.add_quarter("MSFT", F2Q26)  # refused: it exists; nothing pushed
    assert stack.count() == 2 and "already has" in tab.message.text()


def test_amazon_quarters_are_calendar_quarters(ws: Workspace) -> None:
    command = AddQuarterCommand(ws, "AMZN", Quarter(2025, 4), "4Q25")
    command.redo()
    assert ws.company("AMZN").period_label(Quarter(2025, 4)) == "4Q25"
    command.undo()
    assert Quarter(2025, 4) not in ws.periods("AMZN")


def test_new_quarter_dialog(qtbot, ws: Workspace) -> None:
    companies = [ws.company("MSFT"), ws.company("AMZN")]
    periods = {c.ticker: ws.periods(c.ticker) for c in companies}
    dialog = NewQuarterDialog(companies, periods, "MSFT")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.quarter_edit.text() == "F2Q26" and ok.isEnabled()  # after the latest, F1Q26
    assert "F2Q26 · 4Q25" in dialog.preview.text() and "June" in dialog.preview.text()
    dialog.quarter_edit.setText("4Q25")  # a calendar label: converted with the fiscal year end
    assert dialog.quarter() == F2Q26
    dialog.quarter_edit.setText("F4Q25")
    assert not ok.isEnabled() and "already has" in dialog.preview.text()
    dialog.quarter_edit.setText("next one")
    assert dialog.quarter() is None and not ok.isEnabled()
    dialog.company_box.setCurrentIndex(1)
    assert dialog.quarter_edit.text() == "4Q25" and dialog.quarter() == Quarter(2025, 4)
