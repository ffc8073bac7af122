"""Coverage of any company and its scorecard lines: storage (add / change / reorder / remove / copy,
the removed figures coming back), the window (Add Company…, the Lines… editor, the confirmation
before removing a line with figures, undo), and one palette for every view."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.palette import COLOURS, FORMER, SPARE_COLOURS, colour_of, company_colours
from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow

ORACLE = Company("ORCL", "Oracle", "甲骨文", 5, "OCI")
F2Q26 = Quarter(2026, 2)


def _line(key: str, label: str, kind: Kind = Kind.AMOUNT, position: int = 0, company: str = "ORCL") -> LineDef:
    return LineDef(company, key, label, label, "Revenue", kind, Polarity.HIGHER_IS_BETTER, position)


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    """The shipped data set on each backend in turn (a file; a PostgreSQL team workspace)."""
    return any_ws


def test_oracle_with_a_may_year_end_gets_lines_a_quarter_and_figures(ws: Workspace) -> None:
    ws.add_company(ORACLE)
    assert ws.company("ORCL").period_label(F2Q26) == "F2Q26 · 4Q25"
    ws.add_line(_line("revenue", "Revenue"))
    ws.add_line(_line("oci_revenue", "OCI revenue"))
    ws.add_line(_line("op_margin", "Operating margin", Kind.RATE, position=2))
    assert [d.key for d in ws.line_defs("ORCL")] == ["revenue", "op_margin", "oci_revenue"]
    assert ws.add_quarter("ORCL", F2Q26) == ["revenue", "op_margin", "oci_revenue"]
    ws.set_scorecard_value("ORCL", F2Q26, "revenue", "actual", D("16058"))
    # a line added later shows (empty) in the quarters the company already has
    ws.add_line(_line("capex", "Capex"))
    assert ws.scorecard_line("ORCL", F2Q26, "capex") is not None
    with pytest.raises(ValueError, match="already has a line"):
        ws.add_line(_line("capex", "Capex again"))
    for bad in (_line("Bad Key", "x"), _line("ok_key", "  "), _line("x", "y", company="NOPE")):
        with pytest.raises(ValueError):
            ws.add_line(bad)


def test_change_reorder_remove_and_restore_a_line(ws: Workspace) -> None:
    msft = {d.key: d for d in ws.line_defs("MSFT")}
    renamed = replace(msft["capex"], label="Capital expenditure", label_zh="資本支出", unit="US$bn",
                      polarity=Polarity.NEUTRAL)
    ws.update_line(renamed)
    assert {d.key: d for d in ws.line_defs("MSFT")}["capex"] == renamed
    assert ws.line_defs("MSFT")[0].label == "Revenue"
    keys = [d.key for d in ws.line_defs("MSFT")]
    ws.reorder_lines("MSFT", [keys[1], keys[0], *keys[2:]])
    assert [d.key for d in ws.line_defs("MSFT")][:2] == [keys[1], keys[0]]
    with pytest.raises(ValueError):
        ws.reorder_lines("MSFT", keys[1:])
    before = ws.scorecard_lines("MSFT")
    held = ws.line_figures("MSFT", "capex")
    assert held == len([x for x in before if x.line == "capex"]) > 0
    with pytest.raises(ValueError, match="ratio"):
        ws.remove_line("MSFT", "revenue")  # the margins are ratios of it
    line, rows = ws.remove_line("MSFT", "capex")
    assert "capex" not in {d.key for d in ws.line_defs("MSFT")}
    assert not [x for x in ws.scorecard_lines("MSFT") if x.line == "capex"]
    ws.restore_line(line, rows)
    assert ws.scorecard_lines("MSFT") == before  # figures, prints and sources all back
    assert {d.key: d for d in ws.line_defs("MSFT")}["capex"] == renamed


def test_copy_a_line_set(ws: Workspace) -> None:
    ws.add_company(ORACLE)
    keys = ws.copy_lines("MSFT", "ORCL")
    assert keys == [d.key for d in ws.line_defs("MSFT")]
    assert ws.scorecard_lines("ORCL") == []  # no figure copied
    with pytest.raises(ValueError, match="already has lines"):
        ws.copy_lines("AMZN", "ORCL")
    ws.remove_all_lines("ORCL")
    assert ws.line_defs("ORCL") == []


def test_one_palette() -> None:
    covered = ["MSFT", "AMZN", "GOOGL", "META", "ORCL", "NVDA"]
    colours = company_colours(covered)
    assert colours["MSFT"] == COLOURS["MSFT"] and colours["ORCL"] == SPARE_COLOURS[0]
    assert colours["NVDA"] == SPARE_COLOURS[1]
    assert len(set(colours.values())) == len(covered)
    assert colour_of("ORCL", covered) == SPARE_COLOURS[0]
    assert colour_of("XYZ", covered) == FORMER


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "tab.cspdesk"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(1)
    return win


def _tickers(box) -> list[str]:  # noqa: ANN001
    return [box.itemData(i) for i in range(box.count())]


def test_add_company_in_the_scorecards_tab_reaches_the_ranking_and_undoes(window: MainWindow, qtbot,
                                                                          monkeypatch) -> None:
    from desktop_app.ui.ranking import dialogs

    ranking = window.tab_page(0)
    tab = window.tab_page(1)
    assert _tickers(tab.company_box) == ["MSFT", "AMZN", "GOOGL", "META"]

    def fill(dialog: dialogs.AddNameDialog) -> int:
        dialog.ticker_edit.setText("orcl")
        dialog.name_edit.setText("Oracle")
        dialog.fy_box.setCurrentIndex(dialog.fy_box.findData(5))
        assert dialog.fy_box.currentText() == "May"
        assert dialog.fy_box.count() == 12
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.AddNameDialog, "exec", fill)
    assert tab.add_company()
    assert _tickers(tab.company_box)[-1] == "ORCL" and tab.current_company().ticker == "ORCL"
    assert ranking.model.order()[-1] == "ORCL"  # the ranking tab followed
    assert window.workspace.company("ORCL").fy_end_month == 5
    assert "no scorecard lines yet: Oracle" in tab.company_box.toolTip()
    assert not tab.add_quarter("ORCL", F2Q26)  # no lines: refused with a message
    assert "Lines…" in tab.message.text()
    window.action_undo.trigger()
    assert "ORCL" not in _tickers(tab.company_box) and "ORCL" not in ranking.model.order()
    window.action_redo.trigger()
    assert ranking.model.order()[-1] == "ORCL"


def test_lines_editor_copy_add_remove_with_confirmation_and_undo(window: MainWindow, qtbot,
                                                                 monkeypatch, tmp_path: Path) -> None:
    from desktop_app.ui.scorecards.lines_dialog import LinesDialog

    tab = window.tab_page(1)
    ws = window.workspace
    tab.show_quarter("MSFT", Quarter(2025, 4))
    dialog = LinesDialog(ws, ws.company("MSFT"), window.undo_stack, tab._lines_applied, tab._save_failed, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 24 and not dialog.copy_button.isEnabled()
    capex_row = [d.key for d in dialog.lines].index("capex")
    dialog.table.selectRow(capex_row)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not dialog.remove_selected()  # holds figures: asked, and Cancel keeps it
    assert asked and "holds figures in 2 quarters" in asked[0]
    assert tab.model.row_of("capex") >= 0
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    before = ws.scorecard_lines("MSFT")
    assert dialog.remove_selected()
    assert tab.model.row_of("capex") == -1 and dialog.table.rowCount() == 23
    window.action_undo.trigger()  # the line and its figures come back
    assert ws.scorecard_lines("MSFT") == before and tab.model.row_of("capex") >= 0
    dialog.reload()
    dialog.table.selectRow(0)
    assert dialog.move_selected(1)
    assert [d.key for d in ws.line_defs("MSFT")][:2] == ["pbp_revenue", "revenue"]
    window.action_undo.trigger()
    assert ws.line_defs("MSFT")[0].key == "revenue"
    dialog.table.selectRow(0)
    assert dialog.change_selected(replace(ws.line_defs("MSFT")[0], label="Total revenue", label_zh="營收"))
    assert tab.model.item(tab.model.row_of("revenue")).definition.label == "Total revenue"
    window.action_undo.trigger()
    assert ws.line_defs("MSFT")[0].label == "Revenue"
    dialog.close()

    # Oracle starts from Amazon's line set, then gets a quarter
    tab.add_company(ORACLE)
    oracle = LinesDialog(ws, ws.company("ORCL"), window.undo_stack, tab._lines_applied, tab._save_failed, tab)
    qtbot.addWidget(oracle)
    oracle.show()
    assert oracle.copy_button.isEnabled() and oracle.table.rowCount() == 0
    assert oracle.copy_from("AMZN")
    assert oracle.table.rowCount() == 28 and not oracle.copy_button.isEnabled()
    assert oracle.add_line(_line("oci_revenue", "OCI revenue"))
    assert ws.line_defs("ORCL")[-1].key == "oci_revenue"
    oracle.grab().save(str(tmp_path / "lines.png"))
    oracle.close()
    assert tab.add_quarter("ORCL", F2Q26)
    assert tab.period_box.currentText() == "F2Q26 · 4Q25 (no actuals yet)"
    assert tab.model.row_of("oci_revenue") >= 0
    for _ in range(3):  # quarter, line, copy
        window.action_undo.trigger()
    assert ws.line_defs("ORCL") == [] and ws.periods("ORCL") == []


def test_new_quarter_dialog_offers_oracle_and_explains_its_months(qtbot, tmp_path: Path) -> None:
    from desktop_app.ui.scorecards.new_quarter import NewQuarterDialog

    with Workspace.open(tmp_path / "q.cspdesk") as ws:
        ws.add_company(ORACLE)
        companies = ws.companies()
        periods = {c.ticker: ws.periods(c.ticker) for c in companies}
    dialog = NewQuarterDialog(companies, periods, "ORCL")
    qtbot.addWidget(dialog)
    assert [dialog.company_box.itemData(i) for i in range(dialog.company_box.count())] == [
        "MSFT", "AMZN", "GOOGL", "META", "ORCL"]
    dialog.quarter_edit.setText("4Q25")  # a calendar label: Oracle's fiscal F2Q26
    assert dialog.quarter() == F2Q26
    text = dialog.preview.text()
    assert "F2Q26 · 4Q25" in text and "Sep 2025–Nov 2025" in text and "May" in text


def test_a_line_unit_shows_in_the_workbook_and_the_grid_tooltip(ws: Workspace, tmp_path: Path) -> None:
    import openpyxl

    from desktop_app.domain.scorecard_view import build_view
    from desktop_app.io import excel_layout as L
    from desktop_app.io.excel_export import export_workbook
    from desktop_app.ui.models.scorecard import ScorecardModel

    ws.add_line(replace(_line("m365_seats", "M365 commercial seats", company="MSFT"), unit="mn seats",
                        label_zh="M365 商業版席位"))
    ws.set_scorecard_value("MSFT", Quarter(2025, 4), "m365_seats", "actual", D("430"))
    export_workbook(ws, tmp_path / "units.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "units.xlsx")[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    rows = [dict(zip(header, r)) for r in sheet.iter_rows(min_row=L.HEADER_ROW + 1, values_only=True)]
    seats = [r for r in rows if r[L.COL_LINE_KEY] == "m365_seats" and r[L.COL_ACTUAL] == 430]
    assert seats and seats[0][L.COL_UNIT] == "mn seats"
    assert {r[L.COL_UNIT] for r in rows if r[L.COL_LINE_KEY] == "revenue"} == {"US$mn"}
    model = ScorecardModel()
    defs = ws.line_defs("MSFT")
    model.set_view(ws.company("MSFT"), Quarter(2025, 4),
                   build_view(defs, ws.scorecard_lines("MSFT"), Quarter(2025, 4)), defs)
    tip = model.index(model.row_of("m365_seats"), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Unit: mn seats" in tip and "M365 商業版席位" in tip
