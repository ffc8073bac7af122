"""The preview shown before an Excel import is applied: every figure that will change, old → new.

`ImportPreviewModel` is a thin table model over the import plan's `CellChange`s; the dialog adds a
summary line and Import / Cancel buttons. Nothing is written until the user clicks Import.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import data_labels
from desktop_app.io.excel_import import CellChange, ImportPlan
from desktop_app.ui.data_text import chinese
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import fmt_value
from desktop_app.ui.models.table import Column, RowTableModel
from desktop_app.ui.widgets import DataTable

VISIBLE_ROWS = 18  # more changes scroll
MIN_NUMBER_WIDTH = 84


def _line(label: str, label_zh: str) -> str:
    """A line's label in the window's language (its Chinese label, the standard one translated)."""
    return data_labels.line_label(label, label_zh, chinese(), translated)


def _shown(value: Any, change: CellChange) -> str:
    return (
        fmt_value(value, change.kind)
        if value is not None
        else QCoreApplication.translate("ImportPreview", "(empty)")
    )


class ImportPreviewModel(RowTableModel[CellChange]):
    """Cell | Company | Quarter | Line | Figure | Old | New."""

    def __init__(self, changes: Sequence[CellChange], parent: Any = None) -> None:
        fields = {
            "actual": QCoreApplication.translate("ImportPreview", "Actual"),
            "consensus": QCoreApplication.translate("ImportPreview", "Consensus"),
            "guidance": QCoreApplication.translate("ImportPreview", "Guidance"),
        }
        columns: list[Column[CellChange]] = [
            Column(
                QCoreApplication.translate("ImportPreview", "Cell"),
                lambda c: c.where,
                header_tooltip=QCoreApplication.translate("ImportPreview", "Sheet and cell in the workbook"),
            ),
            Column(QCoreApplication.translate("ImportPreview", "Company"), lambda c: c.company),
            Column(QCoreApplication.translate("ImportPreview", "Quarter"), lambda c: c.period_label),
            Column(
                QCoreApplication.translate("ImportPreview", "Line"),
                lambda c: _line(c.line_label, c.line_label_zh),
                tooltip=lambda c: c.line,
            ),
            Column(
                QCoreApplication.translate("ImportPreview", "Figure"), lambda c: fields.get(c.field, c.field)
            ),
            Column(
                QCoreApplication.translate("ImportPreview", "Old"),
                lambda c: _shown(c.old, c),
                numeric=True,
                header_tooltip=QCoreApplication.translate("ImportPreview", "In the workspace now"),
            ),
            Column(
                QCoreApplication.translate("ImportPreview", "New"),
                lambda c: _shown(c.new, c),
                numeric=True,
                header_tooltip=QCoreApplication.translate(
                    "ImportPreview", "In the workbook: what the import writes"
                ),
            ),
        ]
        super().__init__(changes, columns, parent)


class ImportPreviewDialog(QDialog):
    """Lists the changes of an import plan; Import applies them (one undoable step), Cancel does not."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("importPreview")
        self.setWindowTitle(QCoreApplication.translate("ImportPreview", "Import from Excel"))
        count = len(plan.changes)
        summary = QLabel(self)
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        text = (
            QCoreApplication.translate(
                "ImportPreview",
                "%1 figures in %2 will change. Nothing is written until you click Import; "
                "the whole import is then one step you can undo.",
            )
            if count != 1
            else QCoreApplication.translate(
                "ImportPreview",
                "1 figure in %2 will change. Nothing is written until you click Import; "
                "the import is then one step you can undo.",
            )
        )
        text = text.replace("%1", f"{count:,}").replace("%2", plan.path.name)
        additions = plan.additions(lambda line: _line(line.label, line.label_zh))
        if additions:
            text += "\n" + QCoreApplication.translate("ImportPreview", "It also creates: %1.").replace(
                "%1", "; ".join(translated(a) for a in additions)
            )
        summary.setText(text)
        self.model = ImportPreviewModel(plan.changes, self)
        self.table = DataTable(fit_rows=VISIBLE_ROWS, parent=self)
        self.table.setObjectName("importChanges")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(MIN_NUMBER_WIDTH)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = buttons.addButton(
            QCoreApplication.translate("ImportPreview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.setToolTip(
            QCoreApplication.translate(
                "ImportPreview", "Write these figures to the workspace (Ctrl+Z undoes it)"
            )
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        width = self._preferred_width()
        self.resize(width, max(layout.totalHeightForWidth(width), self.minimumSizeHint().height()))

    def _preferred_width(self) -> int:
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(i) for i in range(self.model.columnCount()))
        return max(560, min(1100, width + 60))
