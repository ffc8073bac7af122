"""The capex chart (pyqtgraph): grouped bars per CSP and calendar quarter, consensus markers, YoY
on a right-hand percent axis, and a small capex-intensity chart under it.

Layout, top to bottom: title, legend (its own row, so it never covers a bar), a plain message when
there is something to say (e.g. no annual totals), the bars, the intensity chart. Actuals are
solid; company guidance and annual outlooks are hatched with a solid outline; figures derived
from a printed YoY are pale with a dashed outline. `set_data` reuses the plot items, so a redraw
costs little. Nothing is drawn for a company without figures: no zero bars.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsItem, QWidget

from desktop_app.ui.capex.axes import FlowLegend, GroupAxis, LegendEntry
from desktop_app.ui.capex.items import BarsItem, GridLines, MarkerLines, Segments, cosmetic
from desktop_app.ui.capex.series import (
    DERIVED,
    GUIDANCE,
    OUTLOOK,
    QUARTERLY,
    Bar,
    ChartData,
)
from desktop_app.ui.formats import fmt_number

HOLLOW = (GUIDANCE, OUTLOOK)  # their YoY and intensity markers are hollow
INK = "#222222"
MUTED = "#666666"
CONSENSUS = "#111111"
MIN_GROUPS = 4  # the x range spans at least this many groups
INTENSITY_MIN_HEIGHT, INTENSITY_MAX_HEIGHT = 90, 170
INTENSITY_ROOM = 270  # chart height less the legend's below which the intensity chart steps aside
TICK_SPACING_PX = 45  # at most one value label per this many pixels of axis
HOVER_TOLERANCE = 0.03  # of the value range above a bar that still counts as the bar


_cosmetic = cosmetic


def pale(colour: QColor, strength: float = 0.3) -> QColor:
    """`colour` washed out towards white, opaque (an opaque fill draws much faster than alpha)."""
    return QColor(*(round(255 - (255 - c) * strength) for c in (colour.red(), colour.green(), colour.blue())))


class _Styles:
    """Pens and brushes per colour and bar style, made once (a redraw only looks them up)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[QPen, QBrush]] = {}

    def get(self, colour: str, style: str) -> tuple[QPen, QBrush]:
        key = (colour, style)
        if key not in self._cache:
            base = QColor(colour)
            if style in (GUIDANCE, OUTLOOK):
                pen, brush = _cosmetic(base.darker(115), 2.0), QBrush(base, Qt.BrushStyle.BDiagPattern)
            elif style == DERIVED:
                pen, brush = _cosmetic(base.darker(110), 1.0, Qt.PenStyle.DashLine), QBrush(pale(base))
            else:  # solid: no outline (neighbours differ in colour; an outline costs 2x the fill)
                pen, brush = QPen(Qt.PenStyle.NoPen), QBrush(base)
            self._cache[key] = (pen, brush)
        return self._cache[key]


class CapexChart(pg.GraphicsLayoutWidget):
    """Draws a `ChartData`. `bars_of(ticker)` reads back what is drawn (for tests and hover)."""

    def __init__(self, parent: QWidget | None = None, cache_text: bool = True) -> None:
        """With `cache_text` (on screen), text is kept as pixmaps between changes; an export turns it
        off so that SVG keeps text as text."""
        super().__init__(parent)
        self.setBackground("w")
        self.setMinimumSize(320, 220)
        self.data = ChartData(QUARTERLY, "")
        self._styles = _Styles()
        self._legend_key: tuple[object, ...] = ()
        self._intensity_sized = False
        self.intensity_wanted = True  # the tab's "Capex intensity" check box
        self._range_inputs: tuple[int, float, list[float], list[float]] | None = None
        self._count = 0
        self._yoy_shown = True
        layout = self.ci
        layout.setContentsMargins(6, 4, 10, 4)
        layout.setSpacing(2)
        self.title_item = layout.addLabel("", row=0, col=0, size="11pt", bold=True, color=INK)
        self.legend = FlowLegend(INK, cache=cache_text)
        layout.addItem(self.legend, row=1, col=0)
        self.message_item = layout.addLabel("", row=2, col=0, size="9pt", color=MUTED)

        self.x_axis = GroupAxis("bottom")
        self.plot = layout.addPlot(row=3, col=0, axisItems={"bottom": self.x_axis})
        self._quiet(self.plot)
        self.plot.showAxis("right")
        self.plot.setLabel("left", QCoreApplication.translate("CapexChart", "Capex, US$ mn"), color=INK)
        self.plot.setLabel("right", QCoreApplication.translate("CapexChart", "YoY, %"), color=INK)
        self.grid = GridLines()
        self.plot.addItem(self.grid)
        self.yoy_view = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.yoy_view.setZValue(10)  # a ViewBox sits at -100: the YoY line would hide behind the bars
        self.plot.scene().addItem(self.yoy_view)
        self.plot.getAxis("right").linkToView(self.yoy_view)
        self.yoy_view.setXLink(self.plot.vb)

        self.intensity_axis = GroupAxis("bottom")
        self.intensity_plot = layout.addPlot(row=4, col=0, axisItems={"bottom": self.intensity_axis})
        self._quiet(self.intensity_plot)
        self.intensity_plot.setTitle(
            QCoreApplication.translate(
                "CapexChart", "Capex intensity: capex / revenue, % (hollow = guided quarter)"
            ),
            size="9pt",
            color=MUTED,
        )
        self.intensity_plot.setXLink(self.plot)
        self.intensity_grid = GridLines()
        self.intensity_plot.addItem(self.intensity_grid)
        self.intensity_plot.showAxis("right")
        self.intensity_plot.getAxis("right").setStyle(showValues=False, tickLength=0)
        self.intensity_plot.getAxis("bottom").setStyle(showValues=False)
        self.intensity_plot.getAxis("bottom").setHeight(12)  # room for the 0% label
        self.plot.vb.sigResized.connect(self._view_resized)
        self._legend_timer = QTimer(self)  # the legend's height sets the room left: look again after
        self._legend_timer.setSingleShot(True)  # the layout (never inside a paint or a layout pass)
        self._legend_timer.timeout.connect(self._view_resized)
        self.legend.geometryChanged.connect(self._legend_timer.start)
        for item in (self.title_item.item, self.message_item.item, self.intensity_plot.titleLabel.item,
                     *(self.plot.getAxis(side).label for side in ("left", "right", "bottom")),
                     *(self.intensity_plot.getAxis(side).label for side in ("left", "right", "bottom"))):
            if cache_text:
                _cache(item)
        layout.layout.setRowStretchFactor(3, 4)
        layout.layout.setRowStretchFactor(4, 1)

        self.consensus_item = Segments(CONSENSUS, 3.0)
        self.consensus_item.setZValue(5)
        self.plot.addItem(self.consensus_item)
        self.bars_item = BarsItem()
        self.plot.addItem(self.bars_item)
        self.yoy_item = MarkerLines()
        self.yoy_item.setZValue(4)
        self.yoy_view.addItem(self.yoy_item)
        self.intensity_item = MarkerLines()
        self.intensity_plot.addItem(self.intensity_item)

    @staticmethod
    def _quiet(plot: pg.PlotItem) -> None:
        """A static chart: no zoom, pan, context menu or auto-range button."""
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        for side in ("left", "right", "bottom"):
            plot.getAxis(side).enableAutoSIPrefix(False)  # else every range change rebuilds the label
        plot.getAxis("left").setTextPen(INK)
        plot.getAxis("bottom").setTextPen(INK)

    def _sync_views(self) -> None:
        self.yoy_view.setGeometry(self.plot.vb.sceneBoundingRect())
        self.yoy_view.linkedViewChanged(self.plot.vb, self.yoy_view.XAxis)
        for side in ("left", "right"):  # the intensity chart lines up under the bars
            width = int(self.plot.getAxis(side).width())
            if int(self.intensity_plot.getAxis(side).width()) != width:
                self.intensity_plot.getAxis(side).setWidth(width)

    # -- drawing -----------------------------------------------------------------------------------
    def set_data(self, data: ChartData) -> None:
        """Draw `data` in place of what is shown."""
        self.data = data
        if self.title_item.text != data.title:
            self.title_item.setText(data.title)
        self.x_axis.set_labels(data.groups)
        self.intensity_axis.set_labels(data.groups)
        message = "<br>".join(t for t in (data.message, *data.notes) if t)
        if self.message_item.text != message:
            self.message_item.setText(message)
            self.message_item.setVisible(bool(message))
            self.message_item.setMaximumHeight(10_000 if message else 0)
        tops: list[float] = [0.0]
        marks: list[tuple[float, float, float]] = []
        bars: dict[str, list[tuple[float, float, float]]] = {}
        styles: dict[str, list[tuple[QPen, QBrush]]] = {}
        yoy: dict[str, tuple[str, list[tuple[float, float, bool]]]] = {}
        intensity: dict[str, tuple[str, list[tuple[float, float, bool]]]] = {}
        style_of = self._styles.get
        for s in data.series:
            if not s.bars:
                continue
            rows = s.bars if _in_order(s.bars) else sorted(s.bars, key=lambda b: b.x)
            colour = s.colour
            bars[s.ticker] = [(b.x - b.width / 2, b.width, b.height) for b in rows]
            styles[s.ticker] = [style_of(colour, b.style) for b in rows]
            yoy[s.ticker] = (colour, [(b.x, b.yoy, b.style in HOLLOW) for b in rows if b.yoy is not None])
            intensity[s.ticker] = (
                colour,
                [(b.x, b.intensity, b.style in HOLLOW) for b in rows if b.intensity is not None],
            )
            marks += [
                (b.x - b.width / 2, b.x + b.width / 2, b.consensus) for b in rows if b.consensus is not None
            ]
            tops.append(max(b.height for b in rows))
        tops += [m[2] for m in marks]
        yoy_values = [pt[1] for _, pts in yoy.values() for pt in pts]
        intensities = [pt[1] for _, pts in intensity.values() for pt in pts]
        top = max(tops)
        self.bars_item.set_bars(bars, styles)
        self.consensus_item.set_marks(marks)
        self.yoy_item.set_lines(yoy)
        self.intensity_item.set_lines(intensity)
        self._set_ranges(len(data.groups), top, yoy_values, intensities)
        self._update_legend(data)

    def _set_ranges(self, groups: int, top: float, yoy: list[float], intensity: list[float]) -> None:
        self._range_inputs = (groups, top, yoy, intensity)
        centre, half = (groups - 1) / 2, max(groups, MIN_GROUPS) / 2  # a lone year is not one huge bar
        x0, x1 = centre - half - 0.1, centre + half + 0.1
        self.plot.setXRange(x0, x1, padding=0)
        count = self._tick_count(self.plot.vb.height(), 6)
        self._count = count
        values = _ticks(0.0, top, count)
        self.plot.setYRange(values[0], values[-1], padding=0)
        self._set_ticks("left", self.plot, values, "")
        self.grid.set_lines(values[1:], x0, x1)
        yoy_values = _ticks(min([0.0, *yoy]), max([0.0, *yoy]), count)
        self.yoy_view.setYRange(yoy_values[0], yoy_values[-1], padding=0)
        self._set_ticks("right", self.plot, yoy_values if yoy else [], "%")
        if bool(yoy) != self._yoy_shown:
            self._yoy_shown = bool(yoy)
            self.plot.setLabel(
                "right", QCoreApplication.translate("CapexChart", "YoY, %") if yoy else "", color=INK
            )
        shown = bool(intensity) and self._intensity_fits()
        if shown != self.intensity_plot.isVisible() or not self._intensity_sized:
            self._intensity_sized = True
            self.intensity_plot.setVisible(shown)  # hidden, it gives its rows back to the bars
            self.intensity_plot.setMaximumHeight(INTENSITY_MAX_HEIGHT if shown else 0)
            self.intensity_plot.setMinimumHeight(INTENSITY_MIN_HEIGHT if shown else 0)
        if shown:
            values = _ticks(0.0, max(intensity), self._tick_count(self.intensity_plot.vb.height(), 3))
            self.intensity_plot.setYRange(values[0], values[-1], padding=0)
            self._set_ticks("left", self.intensity_plot, values, "%")
            self.intensity_grid.set_lines(values[1:], x0, x1)
        self._sync_views()

    @staticmethod
    def _tick_count(pixels: float, most: int) -> int:
        """How many steps an axis of `pixels` can label without crowding (before layout: `most`)."""
        return most if pixels <= 0 else max(2, min(most, int(pixels // TICK_SPACING_PX)))

    def _view_resized(self) -> None:
        if self.closed:  # pyqtgraph's close() clears the scene: the items are gone
            return
        self._sync_views()
        inputs = self._range_inputs
        if inputs is not None and (
                self._tick_count(self.plot.vb.height(), 6) != self._count
                or (bool(inputs[3]) and self._intensity_fits()) != self.intensity_plot.isVisible()):
            self._set_ranges(*inputs)  # more ticks, or the legend's height changed

    def _intensity_fits(self) -> bool:
        room = self.height() - self.legend.boundingRect().height()  # the legend wraps in a narrow chart
        return self.intensity_wanted and room >= INTENSITY_ROOM

    def set_intensity_wanted(self, wanted: bool) -> None:
        """Show the intensity chart under the bars (when there is room) or not."""
        self.intensity_wanted = wanted
        if self._range_inputs is not None:
            self._set_ranges(*self._range_inputs)

    def resizeEvent(self, event: QResizeEvent | None) -> None:  # noqa: N802
        super().resizeEvent(event)  # pyqtgraph calls this from its constructor too, hence getattr
        inputs = getattr(self, "_range_inputs", None)
        if not getattr(self, "closed", True) and inputs is not None:
            self._set_ranges(*inputs)  # tick density and the intensity chart follow the size

    def _set_ticks(self, side: str, plot: pg.PlotItem, values: list[float], suffix: str) -> None:
        ticks = [[(v, _label(v) + suffix) for v in values], []]
        axis = plot.getAxis(side)
        if getattr(axis, "_capex_ticks", None) != ticks:
            axis._capex_ticks = ticks
            axis.setTicks(ticks)

    def _update_legend(self, data: ChartData) -> None:
        bars = data.bars()
        key: tuple[object, ...] = tuple(
            (s.ticker, s.name, s.colour, bool(s.bars), s.has_figures) for s in data.series
        )
        key += (
            data.mode,
            tuple(sorted({b.style for b in bars})),
            any(b.consensus is not None for b in bars),
            any(b.yoy is not None for b in bars),
        )
        if key != self._legend_key:
            self._legend_key = key
            self.legend.set_entries(legend_entries(data))

    # -- reading back ------------------------------------------------------------------------------
    def bars_of(self, ticker: str) -> list[tuple[float, float]]:
        """(x centre, height) of each bar drawn for `ticker`, read back from the plot item."""
        return [(x0 + width / 2, height) for x0, width, height in self.bars_item.bars(ticker)]

    def yoy_of(self, ticker: str) -> list[tuple[float, float]]:
        """(x, YoY %) of each marker of the YoY line of `ticker`."""
        return [(x, y) for x, y, _ in self.yoy_item.points(ticker)]

    def intensity_of(self, ticker: str) -> list[tuple[float, float]]:
        """(x, capex / revenue %) of each marker of the intensity chart for `ticker`."""
        if not self.intensity_plot.isVisible():
            return []
        return [(x, y) for x, y, _ in self.intensity_item.points(ticker)]

    def consensus_marks(self) -> list[tuple[float, float, float]]:
        """(x0, x1, consensus) of each consensus marker."""
        return self.consensus_item.marks() if self.consensus_item.isVisible() else []

    def bar_at(self, x: float, y: float) -> Bar | None:
        """The bar under the point (x, y) in data coordinates, including just above a short bar."""
        (_, _), (_, y_top) = self.plot.vb.viewRange()
        slack = y_top * HOVER_TOLERANCE
        for bar in self.data.bars():
            if bar.x0 <= x <= bar.x1 and -slack <= y <= max(bar.height, bar.consensus or 0.0) + slack:
                return bar
        return None

    def bar_scene_rect(self, bar: Bar) -> QRectF:
        """Where a bar is on the scene (for the hover highlight and tests)."""
        rect: QRectF = self.plot.vb.mapViewToScene(QRectF(bar.x0, 0, bar.width, bar.height)).boundingRect()
        return rect


def _in_order(bars: tuple[Bar, ...]) -> bool:
    return all(a.x <= b.x for a, b in zip(bars, bars[1:]))


def legend_entries(data: ChartData) -> list[LegendEntry]:
    """One entry per CSP switched on (one entry names all those the notes give no capex figure),
    then one per kind of mark the chart shows: guidance, outlook, derived, consensus, YoY."""
    entries = []
    without = [s.name for s in data.series if not s.bars and not s.has_figures]
    for s in data.series:
        colour = QColor(s.colour)
        if s.bars:
            entries.append(LegendEntry("bar", s.name, QPen(Qt.PenStyle.NoPen), QBrush(colour)))
        elif not s.has_figures:
            if s.name != without[0]:
                continue  # one entry names every CSP the notes give no capex figure (a laptop's room)
            text = (QCoreApplication.translate("CapexChart", "%1: no capex figures in the notes")
                    if len(without) == 1 else
                    QCoreApplication.translate("CapexChart", "No capex figures in the notes: %1"))
            separator = QCoreApplication.translate("CapexChart", ", ", "between names in a list")
            entries.append(LegendEntry("none", text.replace("%1", separator.join(without)), _cosmetic(MUTED)))
        else:
            entries.append(
                LegendEntry(
                    "none",
                    QCoreApplication.translate(
                        "CapexChart", "%1: no figure for this view in the notes"
                    ).replace("%1", s.name),
                    _cosmetic(colour),
                )
            )
    bars = data.bars()
    styles = {b.style for b in bars}
    grey = QColor("#777777")
    hatched = QBrush(grey, Qt.BrushStyle.BDiagPattern)
    if GUIDANCE in styles:
        entries.append(
            LegendEntry(
                "bar",
                QCoreApplication.translate("CapexChart", "Company guidance"),
                _cosmetic(grey, 2),
                hatched,
            )
        )
    if OUTLOOK in styles:
        entries.append(
            LegendEntry(
                "bar",
                QCoreApplication.translate("CapexChart", "Outlook from the notes"),
                _cosmetic(grey, 2),
                hatched,
            )
        )
    if DERIVED in styles:
        entries.append(
            LegendEntry(
                "bar",
                QCoreApplication.translate("CapexChart", "Derived from printed YoY"),
                _cosmetic(grey, 1.0, Qt.PenStyle.DashLine),
                QBrush(pale(grey)),
            )
        )
    if any(b.consensus is not None for b in bars):
        entries.append(
            LegendEntry(
                "line", QCoreApplication.translate("CapexChart", "Consensus"), _cosmetic(CONSENSUS, 3.0)
            )
        )
    if any(b.yoy is not None for b in bars):
        entries.append(
            LegendEntry(
                "line",
                QCoreApplication.translate("CapexChart", "YoY % (right axis)"),
                _cosmetic(grey, 2),
                QBrush(grey),
                True,
            )
        )
    return entries


def _cache(item: QGraphicsItem) -> None:
    """Keep a text item as a pixmap between changes: laying out and drawing text on every paint
    costs milliseconds."""
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def _ticks(lo: float, hi: float, count: int = 6) -> list[float]:
    """Round tick values from at or below `lo` to a little above `hi`, about `count` steps."""
    lo, hi = min(lo, 0.0), max(hi * 1.06, lo + 1e-9, 1e-9)
    raw = (hi - lo) / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)
    first = math.floor(lo / step) * step
    n = math.ceil((hi - first) / step - 1e-9)
    return [first + i * step for i in range(n + 1)]


@lru_cache(maxsize=512)
def _label(value: float) -> str:
    """A tick label in the house format: `30,000`, `(20)`, `2.5`."""
    from decimal import Decimal

    places = 0 if abs(value - round(value)) < 1e-9 else 1
    return fmt_number(Decimal(repr(round(value, places))), places)
