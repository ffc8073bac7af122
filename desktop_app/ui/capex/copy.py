"""Copy a table's selection as tab-separated text (Ctrl+C), as a spreadsheet expects it.

The selected cells' rows and columns (all rows when nothing is selected) go out with a header
line, exactly as the table shows them (house formats, empty where a figure is missing).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableView


def _clean(text: object) -> str:
    return "" if text is None else str(text).replace("\t", " ").replace("\n", " ")


def selection_as_tsv(view: QTableView) -> str:
    """The selected rows x selected columns (visible ones) with their headers, tab-separated."""
    model = view.model()
    if model is None:
        return ""
    indexes = view.selectionModel().selectedIndexes() if view.selectionModel() else []
    if indexes:
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
    else:
        rows = list(range(model.rowCount()))
        columns = list(range(model.columnCount()))
    columns = [c for c in columns if not view.isColumnHidden(c)]
    lines = ["\t".join(_clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for r in rows:
        lines.append("\t".join(_clean(model.index(r, c).data()) for c in columns))
    return "\n".join(lines) + "\n"


class CopyFilter(QObject):
    """Ctrl+C (the platform's Copy key) on the table copies the selection as TSV. It claims the key
    before any window-level shortcut, and replaces the view's own copy of the current cell only."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def copy(self) -> str:
        text = selection_as_tsv(self.view)
        QGuiApplication.clipboard().setText(text)
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(
                event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy):
            if event.type() == QEvent.Type.KeyPress:
                self.copy()
            event.accept()
            return True
        return super().eventFilter(watched, event)
