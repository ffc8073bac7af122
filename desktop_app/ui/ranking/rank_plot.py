"""The rank-over-time plot (pyqtgraph): the widget, and `draw`, which draws a `RankDrawing`
(ranking/chart.py works it out from the snapshots without pyqtgraph) into it.

This module imports pyqtgraph: ranking/chart.py imports it only once the chart libraries are
loaded (ui/chart_slot.py), and ui/chart_preload.py imports it in the background.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop_app.ui.ranking.rank_drawing import RankDrawing

LABEL_GAP = 0.08  # between a line's last point and its name, in x units
FINE_POINTS = 60  # up to this many snapshots, thick antialiased lines; beyond, plain segments


def make_plot(left_label: str) -> pg.PlotWidget:
    """The empty plot: white, rank 1 at the top, a light vertical grid, no zoom or pan."""
    plot = pg.PlotWidget(background="w")
    plot.setObjectName("rankPlot")
    plot.setMenuEnabled(True)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()
    item = plot.getPlotItem()
    item.invertY(True)
    item.showGrid(x=True, y=False, alpha=0.25)
    pen = pg.mkPen("#444444")
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(pen)
        axis.setTextPen(pen)
    item.setLabel("left", left_label)
    return plot


def draw(plot: pg.PlotWidget, drawing: RankDrawing, font: QFont
         ) -> tuple[dict[str, pg.PlotDataItem], dict[str, pg.TextItem]]:
    """Draw `drawing` in place of what `plot` shows; its lines and name labels, by ticker."""
    item = plot.getPlotItem()
    item.clear()
    lines: dict[str, pg.PlotDataItem] = {}
    labels: dict[str, pg.TextItem] = {}
    # The axes and the view's range first: items added afterwards are drawn for that range once
    # (set after them, every item would recompute itself for the auto range and then again).
    bottom, left = item.getAxis("bottom"), item.getAxis("left")
    bottom.setTicks([drawing.ticks])
    left.setTicks([[(float(r), str(r)) for r in range(1, drawing.count + 1)]])
    item.setYRange(0.6, drawing.count + 0.4, padding=0)
    now, now_shown = drawing.now, drawing.now_shown
    item.setXRange(-0.3, (now if now_shown else now - 1) + 0.9, padding=0)
    bold = QFont(font)
    bold.setBold(True)
    for line in drawing.lines:
        colour = QColor(line.colour)
        ys = [math.nan if r is None else float(r) for r in line.ranks]
        xs = [float(i) for i in range(len(ys))]
        if any(not math.isnan(y) for y in ys[:now]):  # a name no snapshot lists has no line
            many = now > FINE_POINTS  # a long history: thinner lines drawn as segments, fast
            saved = pg.PlotDataItem(xs[:now], ys[:now], connect="finite", antialias=not many,
                                    pen=pg.mkPen(colour, width=2 if many else 3), symbol="o",
                                    symbolSize=6 if many else 9, symbolBrush=colour,
                                    symbolPen=pg.mkPen("w", width=1 if many else 1.5), name=line.name)
            if many:
                saved.curve.setSegmentedLineMode("on")
            item.addItem(saved)
            lines[line.ticker] = saved
        if now_shown and now and not math.isnan(ys[now]) and not math.isnan(ys[now - 1]):
            item.addItem(pg.PlotDataItem(xs[now - 1:], ys[now - 1:], antialias=True,
                                         pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)))
        if now_shown and not math.isnan(ys[now]):
            item.addItem(pg.ScatterPlotItem([xs[now]], [ys[now]], size=11, brush=pg.mkBrush("w"),
                                            pen=pg.mkPen(colour, width=2.5)))
        drawn = ys if now_shown else ys[:now]
        last = max((i for i, y in enumerate(drawn) if not math.isnan(y)), default=None)
        if last is not None:
            label = pg.TextItem(f"{line.name} ({line.ticker})", color=colour, anchor=(0, 0.5))
            label.setFont(bold)
            label.setPos(last + LABEL_GAP, ys[last])
            item.addItem(label)
            labels[line.ticker] = label
    return lines, labels
