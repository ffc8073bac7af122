"""Everything follows: a company added through the Workspace API (Oracle, fiscal year ending in May)
with a quarter and figures shows in Cross-CSP, the capex chart and table, the Research tab, the
ranking's upside column and every company sheet of the workbook, without any code naming it."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.palette import SPARE_COLOURS
from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow

F2Q26 = Quarter(2026, 2)  # Sep-Nov 2025 = calendar 4Q25
F1Q26 = Quarter(2026, 1)  # Jun-Aug 2025 = calendar 3Q25


def _oracle(path: Path) -> None:
    with Workspace.open(path) as ws:
        ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
        for position, (key, label, kind, polarity) in enumerate([
            ("revenue", "Revenue", Kind.AMOUNT, Polarity.HIGHER_IS_BETTER),
            ("oci_revenue", "OCI revenue", Kind.AMOUNT, Polarity.HIGHER_IS_BETTER),
            ("oci_growth", "OCI revenue YoY", Kind.RATE, Polarity.HIGHER_IS_BETTER),
            ("operating_income", "Operating income", Kind.AMOUNT, Polarity.HIGHER_IS_BETTER),
            ("op_margin", "Operating margin", Kind.RATE, Polarity.HIGHER_IS_BETTER),
            ("capex", "Capex", Kind.AMOUNT, Polarity.NEUTRAL),
        ], start=1):
            ws.add_line(LineDef("ORCL", key, label, label, "Results", kind, polarity, position))
        ws.add_quarter("ORCL", F1Q26)
        ws.add_quarter("ORCL", F2Q26)
        for period, field, line, value in [
            (F2Q26, "actual", "revenue", "16058"), (F2Q26, "consensus", "revenue", "16200"),
            (F2Q26, "actual", "oci_revenue", "4100"), (F2Q26, "actual", "oci_growth", "68"),
            (F2Q26, "consensus", "oci_growth", "70"), (F2Q26, "actual", "capex", "12000"),
            (F2Q26, "consensus", "capex", "8250"), (F1Q26, "actual", "capex", "8500"),
            (F2Q26, "actual", "operating_income", "4500"),
        ]:
            ws.set_scorecard_value("ORCL", period, line, field, D(value))
        # the dated share price, rating and target the upside is computed from
        ws.add_price("ORCL", D("200"), date.today(), "tester")
        ws.add_target("ORCL", D("260"), date.today(), "tester", rating="OP")
    # Figure 1's row (the Research tab's forecast table), as the seed loader writes it
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO targets (company, rating, share_price, target_new) VALUES"
                     " ('ORCL', 'OP', '200', '260')")
        conn.execute("INSERT INTO supply_chain (csp, ticker, name_zh, name_en) VALUES"
                     " ('ORCL', '2382 TT', '廣達', 'Quanta Computer')")
    conn.close()


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "orcl.cspdesk"
    _oracle(path)
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    return win


def _texts(model, column: int = 0) -> list[str]:  # noqa: ANN001
    return [str(model.index(r, column).data() or "") for r in range(model.rowCount())]


def test_oracle_shows_in_every_view(window: MainWindow, tmp_path: Path) -> None:
    # Ranking: the name at the bottom, with its computed upside 260 / 200 - 1 = 30%
    ranking = window.tab_page(0)
    from desktop_app.ui.ranking.list_model import UPSIDE_ROLE

    row = ranking.model.row_of("ORCL")
    assert row == 4
    assert ranking.model.index(row, 0).data(UPSIDE_ROLE) == "30.0%"

    # Scorecards: in the company list, its quarter labelled fiscal · calendar, the figures computed
    tab = window.tab_page(1)
    tab.show_quarter("ORCL", F2Q26)
    assert tab.current_company().ticker == "ORCL"
    assert tab.period_box.currentText() == "F2Q26 · 4Q25"
    assert tab.model.index(tab.model.row_of("revenue"), 1).data() == "16,058"
    # Cross-CSP: Oracle's latest quarter, calendar 4Q25, fiscal F2Q26
    cross = tab.cross_page.model
    names = _texts(cross)
    assert any(n.startswith("Oracle") for n in names)
    orcl = next(r for r, n in enumerate(names) if n.startswith("Oracle"))
    assert cross.index(orcl, 1).data() == "4Q25" and cross.index(orcl, 2).data() == "F2Q26"
    assert "16,058" in [cross.index(orcl, c).data() for c in range(cross.columnCount())]
    assert cross.index(orcl, 0).data(Qt.ItemDataRole.DecorationRole).name().upper() == SPARE_COLOURS[0]

    # Capex: a series of its own colour in the chart, rows in the table on calendar quarters
    capex = window.tab_page(2)
    series = {s.ticker: s for s in capex.chart_data().series}
    assert "ORCL" in series and series["ORCL"].colour == SPARE_COLOURS[0]
    assert sorted(b.value for b in series["ORCL"].bars) == [D("8500"), D("12000")]
    table = capex.figures_model
    rows = [" ".join(str(table.index(r, c).data() or "") for c in range(table.columnCount()))
            for r in range(table.rowCount())]
    assert any("Oracle" in r and "12,000" in r for r in rows), rows
    assert "ORCL" in capex.checkboxes

    # Research: the target with its computed upside, the supply chain, the FY end in forecasts' titles
    research = window.tab_page(3)
    targets = research.targets_model
    cells = [str(targets.index(r, c).data() or "") for r in range(targets.rowCount())
             for c in range(targets.columnCount())]
    assert any("Oracle" in c for c in cells) and "30.0%" in cells
    supply = research.supply_model
    assert any("Quanta" in str(supply.index(r, c).data() or "") for r in range(supply.rowCount())
               for c in range(supply.columnCount()))


def test_oracle_shows_in_every_company_sheet_of_the_workbook(tmp_path: Path) -> None:
    path = tmp_path / "orcl.cspdesk"
    _oracle(path)
    with Workspace.open(path) as ws:
        ws.save_snapshot("4Q25 review", "with Oracle", "2025-12-15")
        export_workbook(ws, tmp_path / "summary.xlsx")
    book = openpyxl.load_workbook(tmp_path / "summary.xlsx")

    def rows(sheet: str) -> list[tuple]:
        return [r for r in book[sheet].iter_rows(values_only=True)
                if any(isinstance(v, str) and ("ORCL" in v or "Oracle" in v) for v in r)]

    summary = rows(L.SUMMARY)[0]  # rank, company, ticker, rating, price, price date, target, upside
    assert (5, "Oracle", "ORCL", "OP", 200, 260, 0.3) == (*summary[:5], *summary[6:8])  # computed upside
    assert summary[5] == date.today().isoformat()
    scorecards = {(r[0], r[1], r[-1]): r for r in rows(L.SCORECARDS)}
    assert len(scorecards) == 12  # 6 lines x 2 quarters
    assert scorecards[("ORCL", "F2Q26 · 4Q25", "revenue")][4:6] == (16058, 16200)
    capex = rows(L.CAPEX)
    assert "Oracle" in capex[0]  # a column of the quarterly table
    points = rows(L.CAPEX_POINTS)  # every point, on its own sheet
    assert ("3Q25", "Oracle", "F1Q26", 8500) in [r[:4] for r in points]
    assert ("4Q25", "Oracle", "F2Q26", 12000) in [r[:4] for r in points]
    assert rows(L.RESEARCH)[0][:4] == ("ORCL", "Oracle", "OP", 200)
    assert rows(L.SUPPLY_CHAIN)[0][:4] == ("Oracle", "2382 TT", "廣達", "Quanta Computer")
    assert any("Oracle (ORCL)" in r for r in rows(L.HISTORY))


def test_a_company_added_in_the_window_reaches_the_built_tabs(qtbot, tmp_path: Path) -> None:
    win = MainWindow(Workspace.open(tmp_path / "live.cspdesk"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    ranking, scorecards, capex = (win.tab_page(i) for i in range(3))
    note = scorecards.cross_page.note.text()
    assert "No reported quarter yet: Alphabet, Meta." in note  # from the data, not a fixed text
    assert scorecards.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
    assert ranking.model.order()[-1] == "ORCL"
    assert "ORCL" in capex.checkboxes  # the capex switches follow (no figures yet)
    assert "No scorecard lines yet: Oracle." in scorecards.cross_page.note.text()
    win.action_undo.trigger()
    assert "ORCL" not in ranking.model.order() and "ORCL" not in capex.checkboxes
    # the same from the Ranking tab's Add name…: the Scorecards tab and its cross-CSP page follow
    assert ranking.add_name(Company("NVDA", "Nvidia", "輝達", 1, ""))
    assert scorecards.company_box.itemData(scorecards.company_box.count() - 1) == "NVDA"
    assert "No scorecard lines yet: Nvidia." in scorecards.cross_page.note.text()
    assert "NVDA" in capex.checkboxes
