"""A horizontal header with a band of group titles over the column titles.

The model names each column's group through `GROUP_ROLE` in `headerData` (e.g. "F4Q25 · 2Q25
results" over Actual … vs guidance, "F1Q26 · 3Q25 outlook" over the next-quarter block), as the
notes print "4Q25" and "1Q26F" over their two column blocks. Adjacent columns with the same group
title share one band; columns without a group use the full height for their own title.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHeaderView, QWidget

from desktop_app.ui.scorecards.style import GROUP_ROLE

BAND_PADDING = 6


class GroupedHeader(QHeaderView):
    """QHeaderView drawing spanning group titles above the section titles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def group(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        title = model.headerData(logical, Qt.Orientation.Horizontal, GROUP_ROLE)
        return title if isinstance(title, str) else ""

    def band_height(self) -> int:
        return self.fontMetrics().height() + BAND_PADDING

    def spans(self) -> list[tuple[int, int, str]]:
        """(first visual index, last visual index, title) of every group band."""
        result: list[tuple[int, int, str]] = []
        for visual in range(self.count()):
            title = self.group(self.logicalIndex(visual))
            if not title:
                continue
            if result and result[-1][2] == title and result[-1][1] == visual - 1:
                result[-1] = (result[-1][0], visual, title)
            else:
                result.append((visual, visual, title))
        return result

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802
        size = super().sectionSizeFromContents(logical)
        return QSize(size.width(), size.height() + self.band_height())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        if self.group(logical):
            rect = rect.adjusted(0, self.band_height(), 0, 0)
        super().paintSection(painter, rect, logical)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        palette = self.palette()
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        band = self.band_height()
        for first, last, title in self.spans():
            left = self.sectionViewportPosition(self.logicalIndex(first))
            right = self.sectionViewportPosition(self.logicalIndex(last)) + \
                self.sectionSize(self.logicalIndex(last))
            area = QRect(left, 0, right - left, band)
            painter.fillRect(area, palette.alternateBase())
            painter.setPen(QPen(palette.mid().color()))
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.drawLine(area.topRight(), area.bottomRight())
            painter.drawLine(area.topLeft(), area.bottomLeft())
            painter.setPen(palette.windowText().color())
            text = self.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, area.width() - 8)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
