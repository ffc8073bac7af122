"""A layout that places widgets left to right and wraps them onto the next line when the width
runs out (Qt's flow layout example, trimmed): the capex tab's switches fit a narrow window too."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

GAP = "flowGap"  # a widget with this property set is room between groups: never at a line's start


class FlowLayout(QLayout):
    """Items in reading order, wrapped to the available width; its height follows the width."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put `widget` at position `index` (addWidget appends)."""
        self.addChildWidget(widget)
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        width = sum(i.sizeHint().width() for i in self._items) + self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        return QSize(width, height)

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, apply: bool) -> int:
        """Lay the items out in lines (each item centred in its line's height); returns the height."""
        lines: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        x = rect.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            widget = item.widget()
            gap = widget is not None and bool(widget.property(GAP))
            if lines[-1] and x + hint.width() > rect.right() + 1:
                lines.append([])
                x = rect.x()
            if gap and not lines[-1]:  # a gap where a line begins takes no room
                continue
            lines[-1].append((item, hint, x))
            x += hint.width() + self._gap(item)
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _, hint, _ in line)
            if apply:
                for item, hint, left in line:
                    item.setGeometry(QRect(QPoint(left, y + (height - hint.height()) // 2), hint))
            y += height + self._spacing
        return max(0, y - self._spacing - rect.y())

    def _gap(self, item: QLayoutItem) -> int:
        widget = item.widget()
        if widget is None:
            return self._spacing
        style = widget.style()
        gap = style.layoutSpacing(QSizePolicy.ControlType.CheckBox, QSizePolicy.ControlType.CheckBox,
                                  Qt.Orientation.Horizontal)
        return max(self._spacing, gap) if gap >= 0 else self._spacing
