"""Hover on the capex chart: the bar under the mouse is outlined and its text (company, quarter
labels, value and how it is known, YoY, vs consensus, intensity, source) shows as a tooltip.

The tooltip stays while the mouse is on the bar (the view's own tooltip event, which would hide it
after a moment's rest, is answered with the bar's text), and the outline and tooltip go when the
mouse leaves the bar or the chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QToolTip

from desktop_app.ui.capex.chart import CapexChart
from desktop_app.ui.capex.series import Bar

TOOLTIP_OFFSET = QPoint(16, 12)
TOOLTIP_MS = 3_600_000  # shown while the mouse rests on the bar; leaving the bar hides it


class ChartHover(QObject):
    """Follows the mouse over a CapexChart. `text` is what the tooltip shows ("" off the bars)."""

    hovered = Signal(str)  # the text, or "" when the mouse leaves the bars

    def __init__(self, chart: CapexChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.text = ""
        self.bar: Bar | None = None
        self._tip_pos = QPoint()
        pen = QPen(QColor("#111111"), 2)
        pen.setCosmetic(True)
        self.outline = QGraphicsRectItem()
        self.outline.setPen(pen)
        self.outline.setZValue(20)
        self.outline.setVisible(False)
        chart.scene().addItem(self.outline)
        chart.scene().sigMouseMoved.connect(self.move_to)
        chart.viewport().installEventFilter(self)
        chart.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Leave:
            self.clear()
        elif kind == QEvent.Type.ToolTip and self.bar is not None:
            self._show_tip()
            return True  # the scene would answer "no tooltip here" and hide the bar's
        return False

    def move_to(self, scene_pos: QPointF) -> str:
        """Hover at a scene position (the scene's mouse-move signal calls this); returns the text."""
        view = self.chart.plot.vb
        bar = None
        if view.sceneBoundingRect().contains(scene_pos):
            point = view.mapSceneToView(scene_pos)
            bar = self.chart.bar_at(point.x(), point.y())
        if bar is None:
            self.clear()
            return ""
        if bar != self.bar:
            self.bar = bar
            self.text = bar.hover
            self.outline.setRect(self.chart.bar_scene_rect(bar))
            self.outline.setVisible(True)
            self.hovered.emit(self.text)
        self._tip_pos = self.chart.mapFromScene(scene_pos)
        self._show_tip()
        return self.text

    def _show_tip(self) -> None:
        if self.bar is None:
            return
        viewport = self.chart.viewport()
        rect = self.chart.mapFromScene(self.chart.bar_scene_rect(self.bar)).boundingRect()
        QToolTip.showText(viewport.mapToGlobal(self._tip_pos) + TOOLTIP_OFFSET, self.text, viewport,
                          QRect(rect).adjusted(-2, -2, 2, 2), TOOLTIP_MS)

    def clear(self) -> None:
        if self.bar is not None:
            self.bar = None
            self.text = ""
            self.outline.setVisible(False)
            QToolTip.hideText()
            self.hovered.emit("")
