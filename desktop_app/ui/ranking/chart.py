"""Rank over time (pyqtgraph): the snapshots on the x axis, rank on the y axis with 1 at the top,
one labelled line per name, and the current (unsaved) order as the last point, "Now".

This module imports pyqtgraph, so it is imported only when the chart is first shown.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.domain.palette import colour_of
from desktop_app.domain.ranking import rank_series
from desktop_app.ui.data_text import company_name
from desktop_app.ui.widgets import note_label

if TYPE_CHECKING:
    from desktop_app.ui.ranking.history import HistorySource

LABEL_GAP = 0.08  # between a line's last point and its name, in x units


class RankChart(QWidget):
    """One line per name through its rank in each snapshot, dashed to the current order."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankChart")
        self._source = source
        self.plot = pg.PlotWidget(background="w")
        self.plot.setObjectName("rankPlot")
        self.plot.setMenuEnabled(True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.25)
        pen = pg.mkPen("#444444")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)
        item.setLabel("left", self.tr("Rank (1 = most preferred)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.plot, 1)
        layout.addWidget(note_label(self.tr(
            "Solid lines join the saved snapshots; the dashed part leads to the current order, which "
            "is not saved as a snapshot yet. Right-click the chart to export it as an image.")))
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self.x_labels: list[str] = []
        self.series: dict[str, list[int | None]] = {}  # rank per x position; the last one is "Now"
        self.refresh()

    def refresh(self) -> None:
        """Redraw from the workspace's snapshots and the current order."""
        item = self.plot.getPlotItem()
        item.clear()
        self.lines.clear()
        self.labels.clear()
        snapshots = self._source.workspace.snapshots()
        current = [e.ticker for e in self._source.current()]
        labels, series = rank_series(snapshots, current)
        self.series = series
        now = len(labels)
        self.x_labels = [*labels, self.tr("Now (unsaved)")]
        ticks = [f"{s.label} ({s.taken_on})" if s.taken_on else s.label for s in snapshots]
        ticks.append(self.x_labels[-1])
        names = self._source.companies()
        bold = QFont(self.font())
        bold.setBold(True)
        covered = [c.ticker for c in self._source.workspace.companies()]
        for ticker, ranks in series.items():
            colour = QColor(colour_of(ticker, covered))
            company = names.get(ticker)
            name = company_name(company, ticker)
            ys = [math.nan if r is None else float(r) for r in ranks]
            xs = [float(i) for i in range(len(ys))]
            saved = pg.PlotDataItem(xs[:now], ys[:now], connect="finite", antialias=True,
                                    pen=pg.mkPen(colour, width=3), symbol="o", symbolSize=9,
                                    symbolBrush=colour, symbolPen=pg.mkPen("w", width=1.5), name=name)
            item.addItem(saved)
            self.lines[ticker] = saved
            if now and not math.isnan(ys[now]) and not math.isnan(ys[now - 1]):
                item.addItem(pg.PlotDataItem(xs[now - 1:], ys[now - 1:], antialias=True,
                                             pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)))
            if not math.isnan(ys[now]):
                item.addItem(pg.ScatterPlotItem([xs[now]], [ys[now]], size=11, brush=pg.mkBrush("w"),
                                                pen=pg.mkPen(colour, width=2.5)))
            last = max((i for i, y in enumerate(ys) if not math.isnan(y)), default=None)
            if last is not None:
                label = pg.TextItem(f"{name} ({ticker})", color=colour, anchor=(0, 0.5))
                label.setFont(bold)
                label.setPos(last + LABEL_GAP, ys[last])
                item.addItem(label)
                self.labels[ticker] = label
        count = max([len(series)] + [len(s.entries) for s in snapshots], default=1)
        bottom, left = item.getAxis("bottom"), item.getAxis("left")
        bottom.setTicks([[(float(i), text) for i, text in enumerate(ticks)]])
        left.setTicks([[(float(r), str(r)) for r in range(1, count + 1)]])
        item.setYRange(0.6, count + 0.4, padding=0)
        item.setXRange(-0.3, now + 0.9, padding=0)
