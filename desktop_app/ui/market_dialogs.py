"""The dialogs that record a dated share price, or a dated target price and rating, with a source.

Each validates like the command line (a known company, a number above zero, a date not in the
future) and shows the reason under the fields; OK is refused until the entry is valid. The source
is a note of the workspace (with figure or page) or "entered by <user>".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.number_input import NumberInputError, parse_number
from desktop_app.ui.commands.market import MarketEntry
from desktop_app.ui.data_text import company_name, note_title
from desktop_app.ui.errors import error_text


def _as_date(value: object) -> date:
    assert isinstance(value, date)
    return value


class MarketEntryDialog(QDialog):
    """Company, value, date, (rating), source note and where in it."""

    def __init__(self, companies: Sequence[Company], notes: Sequence[Source], user: str, target: bool,
                 company: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.user = user
        self.entry: MarketEntry | None = None
        self.setWindowTitle(self.tr("Set Target Price and Rating") if target else self.tr("Set Share Price"))
        self.company_box = QComboBox(self)
        self.company_box.setObjectName("marketCompany")
        for c in companies:
            self.company_box.addItem(f"{company_name(c)} ({c.ticker})", c.ticker)
        if company:
            self.company_box.setCurrentIndex(max(self.company_box.findData(company), 0))
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("marketValue")
        self.value_edit.setPlaceholderText(self.tr("e.g. 512.30"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("marketDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.rating_edit = QLineEdit(self)
        self.rating_edit.setObjectName("marketRating")
        self.rating_edit.setPlaceholderText(self.tr("e.g. OP; empty keeps the latest rating"))
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("marketSource")
        self.source_box.addItem(self.tr("Entered by %1 (no note)").replace("%1", user), "")
        for note in notes:
            self.source_box.addItem(f"{note.note_id} · {note.broker} · {note_title(note)}",
                                    note.note_id)
        self.where_edit = QLineEdit(self)
        self.where_edit.setObjectName("marketWhere")
        self.where_edit.setPlaceholderText(self.tr("figure or page, e.g. Figure 1, p. 3"))
        self.message = QLabel(self)
        self.message.setObjectName("marketMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company_box)
        form.addRow(self.tr("&Target price (US$):") if target else self.tr("Share &price (US$):"),
                    self.value_edit)
        form.addRow(self.tr("&As of:"), self.date_edit)
        if target:
            form.addRow(self.tr("&Rating:"), self.rating_edit)
        else:
            self.rating_edit.hide()
        form.addRow(self.tr("&Source:"), self.source_box)
        form.addRow(self.tr("&Where in the note:"), self.where_edit)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def validated(self) -> MarketEntry | None:
        """The entry, or None with the reason shown under the fields."""
        what = self.tr("The target price") if self.target else self.tr("The share price")
        try:
            value = parse_number(self.value_edit.text(), allow_empty=False)
        except NumberInputError as exc:
            self.message.setText(f"{what}: {error_text(exc)}")
            return None
        if value is None or value <= 0:
            self.message.setText(self.tr("%1 must be a number above zero.").replace("%1", what))
            return None
        rating = self.rating_edit.text().strip()
        if len(rating) > 40:
            self.message.setText(self.tr("A rating is a short word such as OP, Buy or Neutral."))
            return None
        note = self.source_box.currentData() or None
        where = self.where_edit.text().strip() if note else ""
        return MarketEntry(company=str(self.company_box.currentData()), value=value,
                           as_of=_as_date(self.date_edit.date().toPython()), user=self.user, note_id=note,
                           where=where, rating=rating if self.target else "")

    def accept(self) -> None:
        entry = self.validated()
        if entry is None:
            self.value_edit.setFocus()
            return
        self.entry = entry
        super().accept()
