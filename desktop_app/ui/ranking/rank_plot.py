"""The rank-over-time plot (pyqtgraph): `RankPlot`, which draws a `RankDrawing` (ranking/chart.py
works it out from the snapshots without pyqtgraph).

A redraw (a new range, a moved name) changes the data of the items already drawn (`setData`)
instead of clearing the plot and making them again: one line, one dashed line to "Now" and one
label per name, and one marker item for every name's "Now". Adding items to the scene is what
cost most (each one walks the scene and the view), so a redraw adds none unless a name is new.

The bottom axis labels as many snapshots as fit side by side without overlapping, counted back
from the newest (`FittingAxis`); the view keeps room on the right for the names at the end of
the lines, whatever the width, and elides a name that would take more than RIGHT_SHARE of it
(its tooltip has it whole).

This module imports pyqtgraph: ranking/chart.py imports it only once the chart libraries are
loaded (ui/chart_slot.py), and ui/chart_preload.py imports it in the background.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from desktop_app.ui.ranking.rank_drawing import RankDrawing

LABEL_GAP_PX = 9.0  # between a line's last point and its name (clear of the "Now" marker)
LABEL_GAP = 0.08  # the same in x units, while the view has no width yet
LABEL_PAD_PX = 4.0  # a label's width beyond its text's (the text item's margins, 1 px a side)
SMALLEST_LABEL_PT = 7.0  # names shrink down to this size to keep from overlapping in a low plot
FINE_POINTS = 60  # up to this many snapshots, thick antialiased lines; beyond, thinner plain ones
LEFT_PAD = 0.3  # x units left of the first snapshot
RIGHT_SHARE = 0.35  # the names at the right take at most this share of the view's width
TICK_GAP_EMS = 1.5  # at least this much space between two x-axis labels, in widths of "M"


class FittingAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """A bottom axis given one candidate label per point (evenly spaced, oldest first): it draws
    the newest and every k-th before it, k the smallest that keeps them from overlapping."""

    def __init__(self) -> None:
        super().__init__("bottom")
        self._candidates: list[tuple[float, str]] = []

    def set_candidates(self, ticks: Sequence[tuple[float, str]]) -> None:
        self._candidates = list(ticks)
        self.setTicks([self.shown_ticks()])

    def shown_ticks(self) -> list[tuple[float, str]]:
        """The labels drawn at the axis's present length and range."""
        ticks = self._candidates
        low, high = self.range
        width = self.geometry().width()
        if len(ticks) < 2 or width <= 0 or high <= low:
            return ticks
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        room = max(metrics.horizontalAdvance(text) for _, text in ticks)
        room += TICK_GAP_EMS * metrics.horizontalAdvance("M")
        pitch = (ticks[1][0] - ticks[0][0]) * width / (high - low)  # pixels between two points
        step = max(1, math.ceil(room / pitch)) if pitch > 0 else len(ticks)
        return [t for i, t in enumerate(ticks) if (len(ticks) - 1 - i) % step == 0]

    def generateDrawSpecs(self, p):  # type: ignore[no-untyped-def]  # noqa: N802 - pyqtgraph's name
        self._tickLevels = [self.shown_ticks()]  # for the length and range it is drawn at
        return super().generateDrawSpecs(p)


class RankPlot(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    """The plot: white, rank 1 at the top, a light vertical grid, no zoom or pan."""

    def __init__(self, left_label: str, short_left_label: str) -> None:
        self.axis = FittingAxis()
        super().__init__(background="w", axisItems={"bottom": self.axis})
        self.setObjectName("rankPlot")
        self.setMenuEnabled(True)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        item = self.getPlotItem()
        item.invertY(True)
        item.showGrid(x=True, y=False, alpha=0.25)
        pen = pg.mkPen("#444444")
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pen)
            axis.setTextPen(pen)
        self._titles = (left_label, short_left_label)  # the rank axis's, the short one when low
        item.setLabel("left", left_label)
        self.saved: dict[str, pg.PlotDataItem] = {}  # by ticker, kept between redraws (hidden if unused)
        self.dashed: dict[str, pg.PlotDataItem] = {}
        self.labels: dict[str, pg.TextItem] = {}
        self.now_marks = pg.ScatterPlotItem(size=11, brush=pg.mkBrush("w"))  # every name's "Now"
        self.now_marks.setZValue(5)
        item.addItem(self.now_marks)
        self._texts: dict[str, str] = {}  # each label's whole text (elided to fit if needed)
        self._ends: dict[str, tuple[float, float]] = {}  # each label's line's last point
        self._span = (-LEFT_PAD, 1.0)  # the x range the data takes (its last point), labels aside
        self._font = QFont()  # the names' (bold), before _fit shrinks it to the plot's height
        self._count = 1
        item.getViewBox().sigResized.connect(lambda *_: self._fit())

    def draw(self, drawing: RankDrawing, font: QFont
             ) -> tuple[dict[str, pg.PlotDataItem], dict[str, pg.TextItem]]:
        """Draw `drawing` in place of what the plot shows; its lines and name labels, by ticker."""
        item = self.getPlotItem()
        now, now_shown = drawing.now, drawing.now_shown
        # The axes and the view's range first (no auto range: the items need not work it out).
        item.getAxis("left").setTicks([[(float(r), str(r)) for r in range(1, drawing.count + 1)]])
        item.setYRange(0.6, drawing.count + 0.4, padding=0)
        self._count = drawing.count
        self._span = (-LEFT_PAD, float(now if now_shown else now - 1))
        self._font = QFont(font)
        self._font.setBold(True)
        many = now > FINE_POINTS  # a long history: thinner lines drawn as segments, fast
        lines: dict[str, pg.PlotDataItem] = {}
        labels: dict[str, pg.TextItem] = {}
        dashes: dict[str, pg.PlotDataItem] = {}
        marks: list[dict[str, object]] = []
        self._texts, self._ends = {}, {}
        for line in drawing.lines:
            colour = QColor(line.colour)
            ys = [math.nan if r is None else float(r) for r in line.ranks]
            xs = [float(i) for i in range(len(ys))]
            if any(not math.isnan(y) for y in ys[:now]):  # a name no snapshot lists has no line
                saved = self._item(self.saved, line.ticker, z=1)
                saved.setData(xs[:now], ys[:now], connect="finite", antialias=not many,
                              pen=pg.mkPen(colour, width=2 if many else 3), symbol="o",
                              symbolSize=6 if many else 9, symbolBrush=pg.mkBrush(colour),
                              symbolPen=pg.mkPen("w", width=1 if many else 1.5), name=line.name)
                # Drawn as segments, not one path: half the time to paint antialiased (the joins,
                # where antialiased segments overlap, are under the points' markers).
                saved.curve.setSegmentedLineMode("on")
                lines[line.ticker] = saved
            if now_shown and now and not math.isnan(ys[now]) and not math.isnan(ys[now - 1]):
                dashed = dashes[line.ticker] = self._item(self.dashed, line.ticker, z=2)
                dashed.setData(xs[now - 1:], ys[now - 1:], antialias=True,
                               pen=pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine))
            if now_shown and not math.isnan(ys[now]):
                marks.append({"pos": (xs[now], ys[now]), "pen": pg.mkPen(colour, width=2.5)})
            drawn = ys if now_shown else ys[:now]
            last = max((i for i, y in enumerate(drawn) if not math.isnan(y)), default=None)
            if last is not None:
                label = self.labels.get(line.ticker)
                if label is None:
                    label = self.labels[line.ticker] = pg.TextItem(anchor=(0, 0.5))
                    label.textItem.document().setDocumentMargin(1)
                    label.setZValue(10)
                    item.addItem(label)
                label.setColor(colour)
                self._ends[line.ticker] = (float(last), ys[last])  # _fit places the label
                label.show()
                self._texts[line.ticker] = f"{line.name} ({line.ticker})"
                labels[line.ticker] = label
        for kept, drawn_now in ((self.saved, lines), (self.dashed, dashes), (self.labels, labels)):
            for ticker, unused in kept.items():
                if ticker not in drawn_now:
                    unused.hide()
        self.now_marks.setData(spots=marks)
        self._fit()
        self.axis.set_candidates(drawing.ticks)  # thinned for the range just set
        return lines, labels

    def _item(self, kept: dict[str, pg.PlotDataItem], ticker: str, z: int) -> pg.PlotDataItem:
        """The line item of `ticker` in `kept`, shown; made and added to the plot the first time."""
        found = kept.get(ticker)
        if found is None:
            found = kept[ticker] = pg.PlotDataItem(dynamicRangeLimit=None)  # ranks: a few units
            found.setZValue(z)
            self.getPlotItem().addItem(found)
        found.show()
        return found

    def _fit(self) -> None:
        """The x range: the data, and room on its right for the widest name (elided beyond
        RIGHT_SHARE of the view's width), as the view is wide now; the names LABEL_GAP_PX right
        of their last points."""
        view = self.getPlotItem().getViewBox()
        width = view.width()
        self._fit_title()
        font = QFont(self._font)
        pitch = view.height() / self._count  # pixels between two ranks
        metrics = QFontMetricsF(font)
        if 0 < pitch < metrics.height():  # a low plot: smaller names, so they do not overlap
            font.setPointSizeF(max(SMALLEST_LABEL_PT, font.pointSizeF() * pitch / metrics.height()))
            metrics = QFontMetricsF(font)
        widest = max((metrics.horizontalAdvance(t) for t in self._texts.values()), default=0.0)
        room = min(widest + LABEL_PAD_PX, RIGHT_SHARE * width) if width > 0 else 0.0
        for ticker, text in self._texts.items():
            label = self.labels[ticker]
            label.setFont(font)
            shown = (metrics.elidedText(text, Qt.TextElideMode.ElideRight, room - LABEL_PAD_PX)
                     if room else text)
            if label.toPlainText() != shown:
                label.setText(shown)
            label.setToolTip(text)
        low, last = self._span
        if width > room + LABEL_GAP_PX:  # the data takes the width left of the names
            per_unit = (width - room - LABEL_GAP_PX) / max(LEFT_PAD, last - low)  # pixels per x unit
            gap, high = LABEL_GAP_PX / per_unit, low + width / per_unit
        else:  # not laid out yet: shown, the view's resize fits it again
            gap, high = LABEL_GAP, last + 0.9
        for ticker, (x, y) in self._ends.items():
            self.labels[ticker].setPos(x + gap, y)
        self.getPlotItem().setXRange(low, high, padding=0)

    def _fit_title(self) -> None:
        """The rank axis's title, the short one when the long one is taller than the axis."""
        axis = self.getPlotItem().getAxis("left")
        full, short = self._titles
        fits = QFontMetricsF(axis.label.font()).horizontalAdvance(full) <= axis.geometry().height() - 4
        wanted = full if fits else short
        if axis.labelText != wanted:
            axis.setLabel(wanted)
            axis.setToolTip("" if fits else full)
