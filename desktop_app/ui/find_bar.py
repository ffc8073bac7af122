"""The find bar of View ▸ Find in Table… (Ctrl+F): it hides the rows of one table that do not
contain the typed text. Made at the first Ctrl+F (ui/view_actions.py), so its widgets' classes are
not loaded for the first paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableView, QToolBar, QToolButton, QWidget


class FindBar(QToolBar):
    """Hides the rows of one table that do not contain the typed text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.view: QTableView | None = None
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 0)
        self.label = QLabel(self.tr("Find rows:"), box)
        self.edit = QLineEdit(box)
        self.edit.setObjectName("findEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.tr("Text in any column (English or 中文)…"))
        self.label.setBuddy(self.edit)
        self.count = QLabel(box)
        self.count.setObjectName("findCount")
        close = QToolButton(box)
        close.setObjectName("findClose")
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar and show every row (Esc)"))
        close.clicked.connect(self.close_bar)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.addWidget(box)
        self.edit.textChanged.connect(self.apply)
        self.edit.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: Any) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return True
        return False

    def find_in(self, view: QTableView) -> None:
        """Show the bar for `view` and put the cursor in it (the text stays for the same table)."""
        if view is not self.view:
            self._detach()
            self.view = view
            model = view.model()
            if model is not None:
                for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                    signal.connect(self.apply)
            view.destroyed.connect(self._forget)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.apply()

    def _forget(self) -> None:
        self.view = None

    def _detach(self) -> None:
        view, self.view = self.view, None
        if view is None:
            return
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                try:
                    signal.disconnect(self.apply)
                except (RuntimeError, TypeError):
                    pass
        for row in range(model.rowCount() if model is not None else 0):
            view.setRowHidden(row, False)

    def apply(self, *_args: object) -> None:
        """Hide the rows of the table that do not contain the text (case-insensitive)."""
        view = self.view
        model = view.model() if view is not None else None
        if view is None or model is None:
            self.count.setText("")
            return
        wanted = self.edit.text().strip().casefold()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        shown = 0
        for row in range(model.rowCount()):
            match = not wanted or any(
                wanted in str(model.index(row, c).data() or "").casefold() for c in columns)
            view.setRowHidden(row, not match)
            shown += match
        total = model.rowCount()
        text = self.tr("%1 of %2 rows") if total != 1 else self.tr("%1 of 1 row")
        self.count.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def close_bar(self) -> None:
        view = self.view
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self._detach()
        self.hide()
        if view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
