"""Light plot items for the capex chart: bars, consensus marks, lines with markers (YoY, intensity)
and horizontal grid lines.

They draw straight with QPainter, mostly in device pixels, with one call per style where they can:
pyqtgraph's BarGraphItem, PlotDataItem and axis grid cost several milliseconds each per redraw in
Qt's raster engine, and a redraw of 4 CSPs x 40 quarters must fit in one frame (16 ms). Lines are
antialiased when the painter asks for it (exports do) or when there are few points; a long
antialiased wide line costs ~30x more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap, QTransform

MARKER_RADIUS = 5.0
SMOOTH_POINTS = 24  # lines with at most this many points are always antialiased
Bounds = tuple[float, float, float, float]  # x0, y0, x1, y1


def cosmetic(colour: QColor | str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A pen whose width is in pixels whatever the zoom."""
    pen = QPen(QColor(colour), width, style)
    pen.setCosmetic(True)
    return pen


def _mapper(transform: QTransform) -> tuple[float, float, float, float]:
    """(sx, dx, sy, dy) of a ViewBox transform: scale and translation only, as pyqtgraph's are, so a
    point maps as (x * sx + dx, y * sy + dy) without a QPointF per point."""
    return transform.m11(), transform.m31(), transform.m22(), transform.m32()


class _Item(pg.GraphicsObject):
    """Bounds kept as plain floats, padded by a few pixels for pens and markers. The padded rect is
    cached until the data or the view's scale changes (Qt asks for it many times per paint)."""

    PAD_PX = 2.0

    def __init__(self) -> None:
        super().__init__()
        self._extent: Bounds | None = None
        self._rect: QRectF | None = None

    def _set_extent(self, xs: Sequence[float], ys: Sequence[float]) -> None:
        self.prepareGeometryChange()
        self._extent = (min(xs), min(ys), max(xs), max(ys)) if xs else None
        self._rect = None
        self.update()

    def viewTransformChanged(self) -> None:  # noqa: N802 - pyqtgraph's hook
        self.prepareGeometryChange()
        self._rect = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:  # noqa: N802
        if self._rect is None:
            self._rect = self._padded()
        return self._rect

    def _padded(self) -> QRectF:
        if self._extent is None:
            return QRectF()
        x0, y0, x1, y1 = self._extent
        px, py = self.pixelVectors()
        pad_x = (px.length() if px is not None else 0.0) * self.PAD_PX
        pad_y = (py.length() if py is not None else 0.0) * self.PAD_PX
        return QRectF(x0 - pad_x, y0 - pad_y, x1 - x0 + 2 * pad_x, y1 - y0 + 2 * pad_y)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path


class BarsItem(_Item):
    """The bars of all CSPs, from y = 0, each with its (pen, brush); bars sharing a style go out in
    one call (one item for all: Qt's cost per item painted is itself ~0.3 ms)."""

    def __init__(self) -> None:
        super().__init__()
        self._bars: dict[str, list[tuple[float, float, float]]] = {}
        self._groups: list[tuple[QPen, QBrush, list[QRectF]]] = []

    def set_bars(self, bars: Mapping[str, Sequence[tuple[float, float, float]]],
                 styles: Mapping[str, Sequence[tuple[QPen, QBrush]]]) -> None:
        """Per ticker: (x0, width, height) of each bar, and its (pen, brush) (one shared tuple per
        style, so that bars of a style are drawn together)."""
        self._bars = {ticker: list(rows) for ticker, rows in bars.items()}
        groups: dict[int, tuple[QPen, QBrush, list[QRectF]]] = {}
        for ticker, rows in self._bars.items():
            for (x0, width, height), style in zip(rows, styles[ticker]):
                entry = groups.get(id(style))
                if entry is None:
                    entry = groups[id(style)] = (style[0], style[1], [])
                entry[2].append(QRectF(x0, 0.0, width, height) if height >= 0
                                else QRectF(x0, height, width, -height))
        self._groups = list(groups.values())
        rows = [row for rows in self._bars.values() for row in rows]
        if rows:
            self._set_extent([min(r[0] for r in rows), max(r[0] + r[1] for r in rows)],
                             [min(0.0, *(r[2] for r in rows)), max(0.0, *(r[2] for r in rows))])
        else:
            self._set_extent([], [])

    def bars(self, ticker: str) -> list[tuple[float, float, float]]:
        """(x0, width, height) of each bar drawn for `ticker`."""
        return list(self._bars.get(ticker, ()))

    def style_at(self, x: float) -> tuple[QPen, QBrush] | None:
        """The (pen, brush) of the bar drawn across `x`, if any."""
        for pen, brush, rects in self._groups:
            if any(r.left() <= x <= r.right() for r in rects):
                return pen, brush
        return None

    def paint(self, p: QPainter, *args: object) -> None:
        for pen, brush, rects in self._groups:
            p.setPen(pen)
            p.setBrush(brush)
            p.drawRects(rects)


class Segments(_Item):
    """Short horizontal marks (x0, x1, y), `thickness` pixels thick: the consensus on each bar."""

    PAD_PX = 3.0

    def __init__(self, colour: str, thickness: float = 3.0) -> None:
        super().__init__()
        self.brush = QBrush(QColor(colour))
        self.thickness = thickness
        self._marks: list[tuple[float, float, float]] = []

    def set_marks(self, marks: Sequence[tuple[float, float, float]]) -> None:
        marks = list(marks)
        if marks != self._marks:
            self._marks = marks
            self._set_extent([m[0] for m in marks] + [m[1] for m in marks], [m[2] for m in marks])

    def marks(self) -> list[tuple[float, float, float]]:
        return list(self._marks)

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._marks:
            return
        sx, dx, sy, dy = _mapper(p.transform())
        half, thick = self.thickness / 2, self.thickness
        # Filled rectangles in pixels: the fastest thick line there is.
        rects = [QRectF(x0 * sx + dx, y * sy + dy - half, (x1 - x0) * sx, thick)
                 for x0, x1, y in self._marks]
        p.save()
        p.resetTransform()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.brush)
        p.drawRects(rects)
        p.restore()


class _Line:
    """Pens, brushes and marker pixmaps of one CSP's line."""

    def __init__(self, colour: str) -> None:
        base = QColor(colour)
        self.pen = cosmetic(base, 2.0)
        self.filled = (cosmetic(base.darker(200), 1.2), QBrush(base))
        self.hollow = (cosmetic(base.darker(120), 2.0), QBrush(QColor("white")))
        self.markers: dict[tuple[bool, float], QPixmap] = {}

    def marker(self, hollow: bool, ratio: float) -> QPixmap:
        """The marker drawn once (antialiased), then blitted: ~20x cheaper than drawEllipse."""
        key = (hollow, ratio)
        if key not in self.markers:
            side = 2 * (MARKER_RADIUS + 2)
            pixmap = QPixmap(int(round(side * ratio)), int(round(side * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            pen, brush = self.hollow if hollow else self.filled
            centre = QPointF(side / 2, side / 2)
            if not hollow:  # a white ring inside a dark one: visible on a bar of its own colour too
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(centre, MARKER_RADIUS + 1, MARKER_RADIUS + 1)
                pen = cosmetic("white", 1.5)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawEllipse(centre, MARKER_RADIUS, MARKER_RADIUS)
            painter.end()
            self.markers[key] = pixmap
        return self.markers[key]


class MarkerLines(_Item):
    """One line per CSP through its points, each point with a round marker: filled, or hollow
    (white) for a guided figure. A white halo under the lines keeps them visible where they cross
    a bar of their colour. Dense lines (more than SMOOTH_POINTS points) are drawn plainer: no halo,
    no antialiasing unless the painter asks for it, markers only on guided points."""

    PAD_PX = MARKER_RADIUS + 3

    def __init__(self) -> None:
        super().__init__()
        self.halo_pen = cosmetic("white", 5.0)
        self._styles: dict[str, _Line] = {}
        self._lines: dict[str, tuple[str, list[tuple[float, float, bool]]]] = {}

    def set_lines(self, lines: Mapping[str, tuple[str, Sequence[tuple[float, float, bool]]]]) -> None:
        """Per ticker: (colour, [(x, y, hollow), ...] in x order)."""
        drawn = {t: (colour, list(points)) for t, (colour, points) in lines.items() if points}
        if drawn == self._lines:
            return
        self._lines = drawn
        for colour, _ in drawn.values():
            if colour not in self._styles:
                self._styles[colour] = _Line(colour)
        points = [pt for _, pts in lines.values() for pt in pts]
        self._set_extent([pt[0] for pt in points], [pt[1] for pt in points])

    def points(self, ticker: str) -> list[tuple[float, float, bool]]:
        return list(self._lines.get(ticker, ("", []))[1])

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._lines:
            return
        sx, dx, sy, dy = _mapper(p.transform())
        device = {t: [(x * sx + dx, y * sy + dy) for x, y, _ in pts] for t, (_, pts) in self._lines.items()}
        segments = {t: [QLineF(a[0], a[1], b[0], b[1]) for a, b in zip(d, d[1:])] for t, d in device.items()}
        p.save()
        p.resetTransform()
        sparse = max(len(d) for d in device.values()) <= SMOOTH_POINTS
        if sparse:
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # Separate segments (the markers cover the joints): an antialiased wide polyline, or round
        # caps, cost 10-30x more in the raster engine. Dense lines (many quarters) go without the
        # halo: they cross few bars of their own colour for long, and it halves the cost.
        if sparse or p.testRenderHint(QPainter.RenderHint.Antialiasing):
            p.setPen(self.halo_pen)
            p.drawLines([s for lines in segments.values() for s in lines])
        for ticker, (colour, _) in self._lines.items():
            p.setPen(self._styles[colour].pen)
            p.drawLines(segments[ticker])
        ratio = p.device().devicePixelRatioF() if p.device() is not None else 1.0
        offset = MARKER_RADIUS + 2
        for ticker, (colour, pts) in self._lines.items():
            style = self._styles[colour]
            for (x, y), (_, _, hollow) in zip(device[ticker], pts):
                if sparse or hollow:  # dense lines keep only the guided (hollow) markers
                    p.drawPixmap(QPointF(x - offset, y - offset), style.marker(hollow, ratio))
        p.restore()


class GridLines(_Item):
    """Horizontal lines across the x range at the given y values, drawn under the bars."""

    def __init__(self, colour: str = "#e4e4e4") -> None:
        super().__init__()
        self.pen = cosmetic(colour, 1.0)
        self._ys: list[float] = []
        self._x = (0.0, 1.0)
        self.setZValue(-10)

    def set_lines(self, ys: Sequence[float], x0: float, x1: float) -> None:
        ys = list(ys)
        if ys != self._ys or (x0, x1) != self._x:
            self._ys, self._x = ys, (x0, x1)
            self._set_extent([x0, x1] if ys else [], ys)

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._ys:
            return
        sx, dx, sy, dy = _mapper(p.transform())
        left, right = self._x[0] * sx + dx, self._x[1] * sx + dx
        lines = [QLineF(left, y * sy + dy, right, y * sy + dy) for y in self._ys]
        p.save()
        p.resetTransform()
        p.setPen(self.pen)
        p.drawLines(lines)
        p.restore()
