"""The capex chart of the tear sheet, drawn with QPainter straight into the page (vector graphics in
a PDF, not a bitmap): grouped bars per CSP and calendar quarter from the same `ChartData` the Capex
tab draws, with the same colours and bar styles (solid reported, hatched guidance, pale dashed
derived), a value axis in US$ mn and a legend.

Coordinates are layout units (1/96 inch); fonts are set in those units (pixel sizes), so the drawing
is the same on a PDF, a printer or an image.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from desktop_app.ui.capex.series import DERIVED, GUIDANCE, OUTLOOK, TEXT, ChartData
from desktop_app.ui.formats import fmt_number

INK = QColor("#222222")
MUTED = QColor("#666666")
GRID = QColor("#dddddd")


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) giving about `ticks` gridlines over `span`."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = float(10.0 ** math.floor(math.log10(raw)))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return float(factor * power)
    return 10.0 * power


def _pale(colour: QColor) -> QColor:
    return QColor(*(round(255 - (255 - c) * 0.3) for c in (colour.red(), colour.green(), colour.blue())))


def draw_capex(painter: QPainter, rect: QRectF, data: ChartData, font: QFont) -> None:
    """Draw `data` (quarterly or annual bars) inside `rect`."""
    painter.save()
    small = QFont(font)
    small.setPixelSize(max(10, font.pixelSize() - 1))
    title_font = QFont(font)
    title_font.setBold(True)
    painter.setFont(title_font)
    metrics = QFontMetricsF(small)
    line = metrics.height()
    painter.setPen(INK)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), line * 1.3),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        data.title,
    )
    painter.setFont(small)
    top = rect.top() + line * 1.5
    # Legend: one swatch per company shown, then the bar styles.
    x = rect.left()
    for series in data.series:
        if not series.has_figures:
            continue
        painter.fillRect(QRectF(x, top + line * 0.2, line * 0.8, line * 0.6), QColor(series.colour))
        x += line
        label = series.name
        painter.drawText(QPointF(x, top + line * 0.8), label)
        x += metrics.horizontalAdvance(label) + line
    styles = (
        (QCoreApplication.translate("TearSheet", "guidance (hatched)"), GUIDANCE),
        (QCoreApplication.translate("TearSheet", "derived from a printed YoY (pale, dashed)"), DERIVED),
    )
    for label, style in styles:
        _bar(painter, QRectF(x, top + line * 0.2, line * 0.8, line * 0.6), QColor(MUTED), style)
        x += line
        painter.drawText(QPointF(x, top + line * 0.8), label)
        x += metrics.horizontalAdvance(label) + line
    top += line * 1.4
    bars = data.bars()
    if not bars or not data.groups:
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(rect.left(), top, rect.width(), rect.bottom() - top),
            Qt.AlignmentFlag.AlignCenter,
            data.message or QCoreApplication.translate("TearSheet", "No capex figures."),
        )
        painter.restore()
        return
    highest = max(bar.height for bar in bars)
    step = nice_step(highest)
    ceiling = step * math.ceil(highest / step)
    axis_width = metrics.horizontalAdvance(fmt_number(_decimal(ceiling))) + line * 0.6
    label_rows = 2 if any(" / " in g for g in data.groups) else 1
    plot = QRectF(
        rect.left() + axis_width,
        top + line * 0.3,
        rect.width() - axis_width,
        rect.bottom() - top - line * (label_rows + 0.6),
    )

    def y_of(value: float) -> float:
        return plot.bottom() - value / ceiling * plot.height()

    painter.setPen(QPen(GRID, 0.6))
    value = 0.0
    while value <= ceiling + step / 2:
        y = y_of(value)
        painter.setPen(QPen(GRID, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(rect.left(), y - line / 2, axis_width - line * 0.3, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            fmt_number(_decimal(value)),
        )
        value += step
    count = len(data.groups)
    slot = plot.width() / count

    def x_of(position: float) -> float:
        return plot.left() + (position + 0.5) * slot

    for bar in bars:
        colour = next(QColor(s.colour) for s in data.series if s.ticker == bar.company)
        box = QRectF(x_of(bar.x0), y_of(bar.height), bar.width * slot, plot.bottom() - y_of(bar.height))
        _bar(painter, box, colour, bar.style)
    painter.setPen(QPen(INK, 0.8))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    for index, group in enumerate(data.groups):
        parts = group.split(" / ", 1)
        painter.setPen(INK)
        for row, text in enumerate(parts):
            painter.drawText(
                QRectF(x_of(index) - slot / 2, plot.bottom() + line * (0.2 + row), slot, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
            painter.setPen(MUTED)
    painter.restore()


def _bar(painter: QPainter, box: QRectF, colour: QColor, style: str) -> None:
    if style in (GUIDANCE, OUTLOOK):
        painter.fillRect(box, QColor("white"))
        painter.fillRect(box, QBrush(colour, Qt.BrushStyle.BDiagPattern))
        painter.setPen(QPen(colour, 1.2))
        painter.drawRect(box)
    elif style == DERIVED:
        painter.fillRect(box, _pale(colour))
        painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        painter.drawRect(box)
    else:
        painter.fillRect(box, colour if style != TEXT else colour.lighter(115))


def _decimal(value: float) -> Decimal:
    """An axis value as the formatter takes it: whole numbers without decimals."""
    return Decimal(int(value)) if value == int(value) else Decimal(str(round(value, 2)))
