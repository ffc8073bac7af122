"""Dialogs of the Ranking desk: Save snapshot… (label, date, note) and Add name… (ticker, name).

Both check what was typed as it is typed: OK stays disabled and a line says why until the input
is acceptable (an empty label or ticker, a ticker already covered, a missing name).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("problem")
    label.setStyleSheet(HINT_STYLE)
    label.setWordWrap(True)
    return label


def _show_problem(label: QLabel, problem: str, touched: bool) -> None:
    """What is missing: a muted hint before anything was typed, red once it was."""
    label.setText(problem)
    label.setStyleSheet(ERROR_STYLE if touched else HINT_STYLE)


class SnapshotDialog(QDialog):
    """Record the current order under a label ("3Q25 review"), a date (today) and a note."""

    def __init__(self, order_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save Snapshot"))
        self.setObjectName("snapshotDialog")
        self.label_edit = QLineEdit(self)
        self.label_edit.setObjectName("snapshotLabel")
        self.label_edit.setPlaceholderText(self.tr("e.g. 3Q25 review"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("snapshotDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("snapshotNote")
        self.note_edit.setPlaceholderText(self.tr("What changed, and why (optional)"))
        self.note_edit.setTabChangesFocus(True)
        order = QLabel(order_text, self)
        order.setWordWrap(True)
        self.problem = _problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Order:"), order)
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.label_edit.textChanged.connect(self._check)
        self.resize(520, 320)
        self._check()

    def problem_text(self) -> str:
        if not self.label_edit.text().strip():
            return self.tr("Give the snapshot a label, e.g. “3Q25 review”.")
        return ""

    def _check(self, *_args: object) -> None:
        problem = self.problem_text()
        _show_problem(self.problem, problem, bool(_args))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()

    def values(self) -> tuple[str, str, str]:
        """(label, ISO date, note)."""
        return (self.label_edit.text().strip(), self.date_edit.date().toString(Qt.DateFormat.ISODate),
                self.note_edit.toPlainText().strip())


FY_END_MONTHS = (12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)  # December first: the common case


class AddNameDialog(QDialog):
    """Cover a new name: ticker and name (Chinese name, fiscal year end and cloud segment optional)."""

    def __init__(self, covered: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Name"))
        self.setObjectName("addNameDialog")
        self._covered = {t.upper() for t in covered}
        self.ticker_edit = QLineEdit(self)
        self.ticker_edit.setObjectName("tickerEdit")
        self.ticker_edit.setPlaceholderText(self.tr("e.g. ORCL"))
        self.ticker_edit.setValidator(QRegularExpressionValidator(r"[A-Za-z0-9.\- ]{0,12}", self))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Oracle"))
        self.name_zh_edit = QLineEdit(self)
        self.name_zh_edit.setPlaceholderText(self.tr("optional, e.g. 甲骨文"))
        self.fy_box = QComboBox(self)
        from desktop_app.ui.months import month_name

        for month in FY_END_MONTHS:
            self.fy_box.addItem(month_name(month), month)
        self.segment_edit = QLineEdit(self)
        self.segment_edit.setPlaceholderText(self.tr("optional, e.g. Oracle Cloud Infrastructure"))
        self.problem = _problem_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Ticker:"), self.ticker_edit)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Chinese name:"), self.name_zh_edit)
        form.addRow(self.tr("Fiscal year ends in:"), self.fy_box)
        form.addRow(self.tr("Cloud segment:"), self.segment_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The name joins the bottom of the ranking."), self))
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.ticker_edit.textChanged.connect(self._check)
        self.name_edit.textChanged.connect(self._check)
        self.resize(460, 260)
        self._check()

    def ticker(self) -> str:
        return self.ticker_edit.text().strip().upper()

    def problem_text(self) -> str:
        ticker = self.ticker()
        if not ticker:
            return self.tr("Enter a ticker.")
        if ticker in self._covered:
            return self.tr("%1 is already covered.").replace("%1", ticker)
        if not self.name_edit.text().strip():
            return self.tr("Enter the company's name.")
        return ""

    def _check(self, *_args: object) -> None:
        problem = self.problem_text()
        _show_problem(self.problem, problem, bool(_args))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()

    def company(self) -> Company:
        return Company(self.ticker(), self.name_edit.text().strip(), self.name_zh_edit.text().strip(),
                       int(self.fy_box.currentData()), self.segment_edit.text().strip())
