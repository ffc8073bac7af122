"""The capex chart's quarter axis (labels that never overlap) and its legend (one item that wraps
its entries onto as many lines as the chart's width needs, above the plot, so it never covers a bar).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneResizeEvent, QSizePolicy

LABEL_GAP_PX = 14
Ticks = list[tuple[float, list[float]]]  # pyqtgraph's [(spacing, [values...]), ...]


class GroupAxis(pg.AxisItem):
    """A bottom axis with one label per group (quarter or year) at x = 0, 1, 2…; when the labels do
    not fit side by side, only every n-th is drawn, so they never overlap."""

    def __init__(self, orientation: str = "bottom", **kwargs: object) -> None:
        super().__init__(orientation, **kwargs)
        self._labels: tuple[str, ...] = ()
        self._widest = 0.0

    def set_labels(self, labels: Sequence[str]) -> None:
        labels = tuple(labels)
        if labels != self._labels:
            self._labels = labels
            metrics = QFontMetricsF(self.style["tickFont"] or QFont())
            self._widest = max((metrics.horizontalAdvance(s) for s in labels), default=0.0)
            self.picture = None
            self.update()

    def labels(self) -> tuple[str, ...]:
        return self._labels

    def stride(self, first: float, last: float, size: float) -> int:
        """Draw every `stride`-th label: the widest label plus a gap must fit in each stride."""
        span = max(last - first, 1e-9)
        per_group = size / span if size > 0 else 0.0
        if per_group <= 0:
            return max(1, len(self._labels))
        return max(1, math.ceil((self._widest + LABEL_GAP_PX) / per_group))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> Ticks:  # noqa: N802,N803
        if not self._labels:
            return []
        lo, hi = sorted((minVal, maxVal))
        step = self.stride(lo, hi, size)
        first = max(0, math.ceil(lo))
        last = min(len(self._labels) - 1, math.floor(hi))
        start = first + (-first) % step
        return [(float(step), [float(v) for v in range(start, last + 1, step)])]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        out = []
        for v in values:
            i = int(round(v))
            out.append(self._labels[i] if 0 <= i < len(self._labels) and abs(v - i) < 1e-6 else "")
        return out


@dataclass(frozen=True)
class LegendEntry:
    """A sample and its text. `kind`: "bar" (pen and brush), "line" (pen, with a marker if
    `marker`) or "none" (a dotted empty box: a company with no figures)."""

    kind: str
    text: str
    pen: QPen
    brush: QBrush | None = None
    marker: bool = False


class FlowLegend(pg.GraphicsWidget):
    """The legend as one item: entries left to right, wrapped onto new lines when the width runs
    out, centred. Drawn once into a pixmap and reused until the entries or the width change."""

    SAMPLE_W, SAMPLE_H, GAP, SPACING, PAD = 22.0, 14.0, 5.0, 16.0, 3.0

    def __init__(self, colour: str = "#222222", cache: bool = True) -> None:
        super().__init__()
        self.text_pen = QPen(QColor(colour))
        self.font = QFont()
        self.metrics = QFontMetricsF(self.font)
        self.entries: list[LegendEntry] = []
        self._lines: list[list[tuple[LegendEntry, float]]] = []
        if cache:
            self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    @property
    def row_height(self) -> float:
        return max(self.SAMPLE_H, self.metrics.height()) + self.PAD

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        self.entries = list(entries)
        self._relayout(self.size().width())

    def texts(self) -> list[str]:
        return [e.text for e in self.entries]

    def _entry_width(self, entry: LegendEntry) -> float:
        return self.SAMPLE_W + self.GAP + self.metrics.horizontalAdvance(entry.text)

    def _relayout(self, width: float) -> None:
        lines: list[list[tuple[LegendEntry, float]]] = [[]]
        used = 0.0
        for entry in self.entries:
            w = self._entry_width(entry)
            if lines[-1] and used + self.SPACING + w > width > 0:
                lines.append([])
                used = 0.0
            used += (self.SPACING if lines[-1] else 0.0) + w
            lines[-1].append((entry, w))
        self._lines = [line for line in lines if line]
        height = len(self._lines) * self.row_height + (self.PAD if self._lines else 0.0)
        if abs(self.preferredHeight() - height) > 0.5 or self.maximumHeight() != height:
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)
            self.updateGeometry()
        self.update()

    def resizeEvent(self, event: QGraphicsSceneResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if abs(event.oldSize().width() - event.newSize().width()) > 0.5:
            self._relayout(event.newSize().width())

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(0, 0, self.size().width(), self.size().height())

    def paint(self, p: QPainter, *args: object) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setFont(self.font)
        width = self.size().width()
        for row, line in enumerate(self._lines):
            total = sum(w for _, w in line) + self.SPACING * (len(line) - 1)
            x = max(0.0, (width - total) / 2)
            top = self.PAD + row * self.row_height
            for entry, w in line:
                self._sample(p, entry, QRectF(x, top + (self.row_height - self.PAD - self.SAMPLE_H) / 2,
                                              self.SAMPLE_W, self.SAMPLE_H))
                p.setPen(self.text_pen)
                p.drawText(QRectF(x + self.SAMPLE_W + self.GAP, top, w, self.row_height - self.PAD),
                           int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), entry.text)
                x += w + self.SPACING

    @staticmethod
    def _sample(p: QPainter, entry: LegendEntry, box: QRectF) -> None:
        p.setPen(entry.pen)
        inner = box.adjusted(2, 1, -2, -1)
        if entry.kind == "bar":
            p.setBrush(entry.brush or QBrush(Qt.BrushStyle.NoBrush))
            p.drawRect(inner)
        elif entry.kind == "line":
            mid = box.center().y()
            p.drawLine(QPointF(box.left(), mid), QPointF(box.right(), mid))
            if entry.marker:
                p.setBrush(entry.brush or QBrush(QColor("white")))
                p.drawEllipse(box.center(), 3.5, 3.5)
        else:
            pen = QPen(entry.pen)
            pen.setStyle(Qt.PenStyle.DotLine)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(inner)
