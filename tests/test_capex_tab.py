"""Capex tab on a real workspace: the bars drawn equal the workspace's figures, derived points are
flagged and drawn differently, CSP toggles, quarterly/annual views, hover text, the table and its
copy, and an edit made in the Scorecards tab moving the bar (through the window's undo stack)."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.capex import build_capex
from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.capex.series import DERIVED, GUIDANCE, OUTLOOK, REPORTED, TEXT
from desktop_app.ui.main_window import MainWindow

CAPEX_TAB = 2


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    win.resize(1400, 860)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentIndex(CAPEX_TAB)
    return win


@pytest.fixture
def tab(window: MainWindow):
    page = window.tab_page(CAPEX_TAB)
    QGuiApplication.processEvents()
    return page


def _points(ws: Workspace) -> dict:
    return {(p.company, p.calendar): p for p in build_capex(ws.companies(), ws.scorecard_lines(),
                                                             ws.statements("capex"))}


def _heights(tab, ticker: str) -> dict[str, float]:
    """Calendar quarter label -> height of the bar drawn for `ticker`, read back from the plot."""
    labels = tab.chart.x_axis.labels()
    return {labels[round(x)].split(" / ")[0]: h for x, h in tab.chart.bars_of(ticker)}


def test_bars_equal_the_workspace_figures(tab, window: MainWindow) -> None:
    ws = window.workspace
    for ticker in ("MSFT", "AMZN"):
        expected = {q.calendar_label(): float(p.value) for (t, q), p in _points(ws).items() if t == ticker}
        assert _heights(tab, ticker) == expected and expected
    # The scorecard figures themselves, straight from the stored lines: actual, else guidance.
    company = {c.ticker: c for c in ws.companies()}
    for line in ws.scorecard_lines():
        if line.line == "capex":
            label = company[line.company].calendar_of(line.period).calendar_label()
            assert _heights(tab, line.company)[label] == float(line.reference_figure())
    assert _heights(tab, "MSFT")["2Q25"] == 24200 and _heights(tab, "AMZN")["2Q25"] == 32183
    assert _heights(tab, "AMZN")["4Q24"] == 26300  # the 4Q24 run-rate statement (US$26.3bn)
    # Consensus marks sit on the bars that have a consensus, at the consensus.
    marks = {round(c) for _, _, c in tab.chart.consensus_marks()}
    assert marks == {23165, 24206, 25999, 26479}
    # YoY line: the printed YoY on the right-hand axis.
    assert sorted(y for _, y in tab.chart.yoy_of("AMZN")) == [41, 83, 91]
    assert [y for _, y in tab.chart.yoy_of("MSFT")] == [27]
    # Nothing drawn for Alphabet and Meta: the notes give no capex figure (never a zero bar).
    assert tab.chart.bars_of("GOOGL") == [] and tab.chart.bars_of("META") == []
    legend = " | ".join(tab.chart.legend.texts())
    # One entry names both (at 1280x720 six such entries took the chart's room).
    assert "No capex figures in the notes: Alphabet, Meta" in legend
    assert "Alphabet: no capex" not in legend and "Meta: no capex" not in legend
    assert "(no figures)" in tab.checkboxes["GOOGL"].text()
    assert "no capex figure" in tab.checkboxes["META"].toolTip()


def test_quarter_labels_show_calendar_and_fiscal(tab) -> None:
    labels = tab.chart.x_axis.labels()
    assert "2Q25 / F4Q25" in labels and "3Q25 / F1Q26" in labels
    assert [label.split(" / ")[0] for label in labels] == ["4Q23", "1Q24", "2Q24", "3Q24", "4Q24", "1Q25",
                                                          "2Q25", "3Q25"]
    tab.set_company_visible("MSFT", False)  # only calendar-year companies left: no fiscal labels
    assert "2Q25" in tab.chart.x_axis.labels() and not any("/" in s for s in tab.chart.x_axis.labels())


def test_derived_points_are_flagged_and_drawn_differently(tab) -> None:
    bars = {(b.company, b.point.calendar.calendar_label()): b for b in tab.chart.data.bars()}
    derived = bars[("AMZN", "2Q24")]
    assert derived.style == DERIVED and derived.point.is_derived
    assert derived.value == (D("32183") / D("1.83")).quantize(D(1))
    assert "DERIVED" in derived.hover and "32,183 (2Q25 actual) / (1 + 83% YoY)" in derived.hover
    assert bars[("AMZN", "2Q25")].style == REPORTED and bars[("AMZN", "4Q24")].style == TEXT
    assert bars[("MSFT", "3Q25")].style == GUIDANCE
    pen, brush = tab.chart.bars_item.style_at(derived.x)
    assert pen.style() == Qt.PenStyle.DashLine
    solid_pen, solid_brush = tab.chart.bars_item.style_at(bars[("AMZN", "2Q25")].x)
    guided_pen, guided_brush = tab.chart.bars_item.style_at(bars[("MSFT", "3Q25")].x)
    assert solid_brush.style() == Qt.BrushStyle.SolidPattern and brush.color() != solid_brush.color()
    assert guided_brush.style() == Qt.BrushStyle.BDiagPattern  # hatched guidance
    # The table says so too.
    model = tab.figures_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = next(r for r in range(model.rowCount()) if model.row(r) is derived)
    assert model.index(row, headers.index("Basis")).data() == "Derived"
    assert "32,183" in model.index(row, headers.index("How derived")).data()
    assert model.index(row, headers.index("Capex")).data() == "17,586"


def test_qoq_column_is_computed_and_shows_a_print_it_cannot_reproduce(tab) -> None:
    model = tab.figures_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = {(model.row(r).company, model.row(r).point.calendar.calendar_label()): r
            for r in range(model.rowCount())}
    qoq = headers.index("QoQ")
    msft = model.index(rows[("MSFT", "3Q25")], qoq)
    assert msft.data() == "24% (printed 76%)"  # 30,000 / 24,200 - 1; the note prints 76
    assert "which these figures do not give" in msft.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(rows[("AMZN", "3Q25")], qoq).data() == "(1)%"
    assert model.index(rows[("AMZN", "2Q25")], qoq).data() == "29%"  # 1Q25 not in the notes: printed
    bar = model.row(rows[("MSFT", "3Q25")])
    assert "QoQ: 24% (computed); the note prints 76%" in bar.hover


def test_toggles_switch_a_csp_off_and_on(tab) -> None:
    both = len(tab.figures_model.rows())
    tab.checkboxes["AMZN"].setChecked(False)
    assert tab.chart.bars_of("AMZN") == [] and tab.chart.yoy_of("AMZN") == []
    assert {b.company for b in tab.figures_model.rows()} == {"MSFT"}
    assert all(b.width == pytest.approx(0.4) for b in tab.chart.data.bars())
    assert "Amazon" not in tab.chart.legend.texts()
    tab.checkboxes["AMZN"].setChecked(True)
    assert len(tab.chart.bars_of("AMZN")) == 6 and len(tab.figures_model.rows()) == both
    tab.checkboxes["MSFT"].setChecked(False)
    tab.checkboxes["AMZN"].setChecked(False)
    assert tab.chart.data.bars() == [] and tab.chart.data.message


def test_annual_view_shows_the_outlook_and_says_why_there_are_no_totals(tab) -> None:
    tab.annual_button.setChecked(True)
    data = tab.chart.data
    assert data.mode == "annual" and tab.year_basis.isEnabled()
    assert "No calendar year has four reported quarters" in data.message
    assert tab.chart.message_item.isVisible() and "four reported quarters" in tab.chart.message_item.text
    assert [(b.company, b.label, b.height, b.style) for b in data.bars()] == [("AMZN", "2025", 105000.0, OUTLOOK)]
    outlook = data.bars()[0]
    assert "US$105bn" in outlook.hover and "22% above consensus" in outlook.hover
    assert "n000" in outlook.hover
    assert tab.annual_model.rowCount() == 1 and tab.tables.currentWidget() is tab.annual_view
    tab.year_basis.setCurrentIndex(1)  # fiscal years: Amazon's fiscal year is the calendar year
    assert tab.chart.data.groups == ("FY25",) and "No fiscal year" in tab.chart.data.message
    tab.quarterly_button.setChecked(True)
    assert tab.chart.data.mode == "quarterly" and tab.tables.currentWidget() is tab.figures_view


def _move(widget: QWidget, pos: QPoint) -> None:
    """A mouse move (no button) straight to the widget: QTest.mouseMove goes through the window
    system, where a tooltip window left over by an earlier test can catch it."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_hover_over_a_bar_shows_its_story(tab, qtbot: QtBot) -> None:
    bar = next(b for b in tab.chart.data.bars() if b.company == "MSFT" and b.label.startswith("2Q25"))
    scene_point = tab.chart.bar_scene_rect(bar).center()
    _move(tab.chart.viewport(), QPoint(5, 5))  # from somewhere else: a real move onto the bar
    qtbot.wait(60)  # pyqtgraph drops mouse moves that come faster than its rate limit
    _move(tab.chart.viewport(), tab.chart.mapFromScene(scene_point))
    qtbot.waitUntil(lambda: tab.hover.text != "", timeout=2000)
    text = tab.hover.text
    for part in ("Microsoft (MSFT)", "2Q25 (calendar) / F4Q25 (fiscal)", "Capex: 24,200 US$ mn, reported",
                 "YoY: 27% (as printed)", "vs consensus: 4% (consensus 23,165); printed 4%",
                 "Capex intensity: 31.7% of revenue", "Source: n001: Figure 2 (4Q25), line 227"):
        assert part in text
    assert tab.hover.outline.isVisible()
    qtbot.wait(60)
    _move(tab.chart.viewport(), QPoint(3, 3))  # off the bars
    qtbot.waitUntil(lambda: tab.hover.text == "", timeout=2000)
    assert not tab.hover.outline.isVisible()


def test_hover_tooltip_stays_on_the_bar_and_leaving_the_chart_clears_it(tab, qtbot: QtBot) -> None:
    bar = next(b for b in tab.chart.data.bars() if b.company == "MSFT" and b.label.startswith("2Q25"))
    viewport = tab.chart.viewport()
    pos = tab.chart.mapFromScene(tab.chart.bar_scene_rect(bar).center())
    _move(viewport, QPoint(5, 5))
    qtbot.wait(60)
    _move(viewport, pos)
    qtbot.waitUntil(lambda: tab.hover.text != "", timeout=2000)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    # the mouse rests: Qt sends the view a tooltip event, which used to hide the bar's tooltip
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    qtbot.wait(600)  # Qt hides a tooltip 300 ms after being told to
    assert QToolTip.isVisible() and QToolTip.text() == tab.hover.text
    assert tab.hover.outline.isVisible()
    # the mouse leaves the chart without passing over an empty part of the plot
    QApplication.sendEvent(viewport, QEvent(QEvent.Type.Leave))
    assert tab.hover.text == "" and not tab.hover.outline.isVisible()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)


def test_table_copies_the_selection_as_tab_separated_text(tab, qtbot: QtBot) -> None:
    view = tab.figures_view
    view.setFocus()
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[:4] == ["Quarter", "Company", "Fiscal", "Capex"]
    assert lines[1].split("\t")[:5] == ["4Q23", "Amazon", "", "13,770", "Derived"]
    view.clearSelection()
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # nothing selected: all
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 1 + tab.figures_model.rowCount()
    assert any(line.startswith("2Q25\tMicrosoft\tF4Q25\t24,200\tReported") for line in lines)


def test_intensity_is_a_column_and_a_small_chart(tab) -> None:
    model = tab.figures_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    values = {(b.company, b.point.calendar.calendar_label()): model.index(r, headers.index("Intensity")).data()
              for r, b in enumerate(model.rows())}
    assert values[("MSFT", "2Q25")] == "31.7%" and values[("AMZN", "2Q25")] == "19.2%"
    assert values[("AMZN", "2Q24")] == ""  # no revenue for a derived quarter: empty, never 0
    assert [round(y, 1) for _, y in tab.chart.intensity_of("MSFT")] == [31.7, 39.9]
    assert tab.chart.intensity_plot.isVisible()


def test_models_pass_the_qt_model_tester(tab, qtmodeltester) -> None:
    qtmodeltester.check(tab.figures_model)
    qtmodeltester.check(tab.annual_model)


def _capex_actual_index(scorecards, period: Quarter):
    model = scorecards.model
    row = model.row_of("capex")
    for column in range(model.columnCount()):
        cell = model.cell(model.index(row, column))
        if cell is not None and getattr(cell, "field", None) == "actual" and cell.period == period:
            return model.index(row, column)
    raise AssertionError("no capex actual cell")


def test_an_edit_in_the_scorecards_moves_the_bar(window: MainWindow, tab, tmp_path: Path) -> None:
    scorecards = window.tab_page(1)
    scorecards.show_quarter("MSFT", Quarter(2025, 4))
    index = _capex_actual_index(scorecards, Quarter(2025, 4))
    assert scorecards.model.setData(index, "25,000", Qt.ItemDataRole.EditRole)
    assert _heights(tab, "MSFT")["2Q25"] == 25000  # the same record: the bar moved
    assert _heights(tab, "MSFT")["2Q24"] == float((D(25000) / D("1.27")).quantize(D(1)))  # derived follows
    assert window.workspace.scorecard_line("MSFT", Quarter(2025, 4), "capex").actual == D(25000)
    window.undo_stack.undo()
    assert _heights(tab, "MSFT")["2Q25"] == 24200
    window.undo_stack.redo()
    assert _heights(tab, "MSFT")["2Q25"] == 25000
    row = next(r for r, b in enumerate(tab.figures_model.rows()) if b.company == "MSFT" and b.label.startswith("2Q25"))
    assert tab.figures_model.index(row, 3).data() == "25,000"
