"""Item delegate of the scorecard tables: the amber corner of a flagged cell, and the cell editor.

A cell whose model reports `FLAG_ROLE == "mismatch"` (printed and computed differ beyond rounding)
gets an amber triangle in its top-right corner; its tooltip shows both figures. The editor is a
line edit that starts with the stored figure; what is typed is validated by the model's setData.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPolygon
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.ui.scorecards.style import FLAG, FLAG_ROLE

CORNER = 9

Index = QModelIndex | QPersistentModelIndex


class ScorecardDelegate(QStyledItemDelegate):
    """Paints the mismatch corner; edits with a right-aligned line edit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(FLAG_ROLE) != "mismatch":
            return
        r = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(FLAG))
        painter.drawPolygon(QPolygon([QPoint(r.right() - CORNER, r.top()), QPoint(r.right() + 1, r.top()),
                                      QPoint(r.right() + 1, r.top() + CORNER + 1)]))
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText(self.tr("empty"))
        editor.setToolTip(self.tr("Accepted: 1234, 1,234, (15), -15, 4.8, 4.8%; empty clears the figure"))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            value = index.data(Qt.ItemDataRole.EditRole)
            editor.setText("" if value is None else str(value))
            editor.selectAll()
        else:  # pragma: no cover - only line edits are created
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:  # pragma: no cover
            super().setModelData(editor, model, index)
