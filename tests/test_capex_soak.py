"""Soak: redraw and really paint the capex chart 3,000 times without a crash.

This guards the PySide6 pin in pyproject.toml (< 6.12): PySide6 6.12.0 on CPython 3.11 loses a
reference to None in every QPainter.setRenderHint call, and a process dies after ~2,000 pyqtgraph
redraws. Each redraw here changes the data and paints the whole widget (`grab()`), which runs
QPainter.setRenderHint in the chart's items and axes: mostly the redraw after an edit (a bar moves,
the axis may rescale), and every 25th a change of layout (a CSP switched off, the annual view).
None's reference count is checked too: a leak like that one shows up long before the crash.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.capex import annual_outlooks, build_capex
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.capex.chart import CapexChart
from desktop_app.ui.capex.series import annual_chart, quarterly_chart

REDRAWS = 3000


@pytest.mark.slow
def test_3000_redraws_paint_without_a_crash(qtbot: QtBot, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        companies, statements = ws.companies(), ws.statements("capex")
        points = build_capex(companies, ws.scorecard_lines(), statements)
    outlooks = annual_outlooks(statements)
    everyone = {c.ticker for c in companies}
    edits = []  # MSFT 2Q25 capex typed as 24,200, 29,200, 34,200 and 39,200: the bar and the axis move
    for step in range(4):
        edited = [replace(p, actual=p.actual + 5000 * step)
                  if (p.company, p.calendar.calendar_label(), p.actual_origin) == ("MSFT", "2Q25", "reported")
                  else p for p in points]
        edits.append(quarterly_chart(companies, edited, everyone))
    layouts = [
        quarterly_chart(companies, points, everyone - {"AMZN"}),
        quarterly_chart(companies, points, everyone - {"MSFT"}),
        annual_chart(companies, points, outlooks, everyone),
    ]
    chart = CapexChart()
    qtbot.addWidget(chart)
    chart.resize(640, 360)
    chart.show()
    qtbot.waitExposed(chart)

    none_before = sys.getrefcount(None)
    start = time.monotonic()
    for i in range(REDRAWS):
        chart.set_data(layouts[(i // 25) % len(layouts)] if i % 25 == 24 else edits[i % len(edits)])
        image = chart.grab()
        assert not image.isNull()
    elapsed = time.monotonic() - start
    none_after = sys.getrefcount(None)

    chart.set_data(edits[1])
    assert sorted(h for _, h in chart.bars_of("AMZN")) == sorted(
        float(p.value) for p in points if p.company == "AMZN")
    assert 29200.0 in [h for _, h in chart.bars_of("MSFT")]
    assert none_after > none_before - REDRAWS // 2, "None is losing references while painting"
    print(f"{REDRAWS} redraws in {elapsed:.1f} s")  # ~15 s on an idle 2-core machine (no assert: load varies)
