"""The New Quarter dialog: pick a company and a quarter; the calendar quarter follows from its
fiscal year end and is shown as you type ("F2Q26" or "4Q25" for Microsoft give F2Q26 · 4Q25)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter, fiscal_months, is_calendar_fiscal_year, parse_period
from desktop_app.ui.data_text import company_name
from desktop_app.ui.months import month_name, month_of_year


def suggested_quarter(periods: Sequence[Quarter]) -> Quarter | None:
    """The quarter after the latest one the company has."""
    return max(periods).shifted(1) if periods else None


class NewQuarterDialog(QDialog):
    """Company + quarter; OK only for a valid quarter the company does not have yet."""

    def __init__(self, companies: Sequence[Company], periods: dict[str, list[Quarter]],
                 current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Quarter"))
        self._companies = list(companies)
        self._periods = periods
        self.company_box = QComboBox(self)
        self.company_box.setObjectName("newQuarterCompany")
        for company in self._companies:
            self.company_box.addItem(f"{company_name(company)} ({company.ticker})", company.ticker)
        self.quarter_edit = QLineEdit(self)
        self.quarter_edit.setObjectName("newQuarterPeriod")
        self.quarter_edit.setPlaceholderText(self.tr("e.g. F2Q26 (fiscal) or 4Q25 (calendar)"))
        self.preview = QLabel(self)
        self.preview.setObjectName("newQuarterPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add Quarter"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Company:"), self.company_box)
        form.addRow(self.tr("&Quarter:"), self.quarter_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(QLabel(self.tr("The company's standard scorecard lines are created empty, "
                                        "ready to fill. Undo removes the quarter again.")))
        layout.addWidget(self.buttons)

        self.company_box.currentIndexChanged.connect(self._company_changed)
        self.quarter_edit.textChanged.connect(self._update)
        index = self.company_box.findData(current)
        self.company_box.setCurrentIndex(max(index, 0))
        self._company_changed()
        self.setMinimumWidth(440)

    def company(self) -> Company | None:
        index = self.company_box.currentIndex()
        return self._companies[index] if 0 <= index < len(self._companies) else None

    def quarter(self) -> Quarter | None:
        """The fiscal quarter typed, or None while the text is not a quarter."""
        company = self.company()
        if company is None:
            return None
        try:
            return parse_period(self.quarter_edit.text(), company.fy_end_month)
        except ValueError:
            return None

    def _company_changed(self) -> None:
        company = self.company()
        if company is None:
            return
        suggestion = suggested_quarter(self._periods.get(company.ticker, []))
        if suggestion is not None:
            label = suggestion.fiscal_label() if not is_calendar_fiscal_year(company.fy_end_month) \
                else company.calendar_of(suggestion).calendar_label()
            self.quarter_edit.setText(label)
        self._update()

    def _update(self) -> None:
        company, quarter = self.company(), self.quarter()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if company is None:
            self.preview.setText(self.tr("No company with scorecard lines."))
            ok.setEnabled(False)
            return
        month = month_name(company.fy_end_month)
        if quarter is None:
            self.preview.setText(self.tr("Type a fiscal quarter (F2Q26) or a calendar quarter (4Q25)."))
            ok.setEnabled(False)
            return
        label = company.period_label(quarter)
        if quarter in self._periods.get(company.ticker, []):
            self.preview.setText(self.tr("%1 already has %2.").replace("%1", company_name(company)).replace(
                "%2", label))
            ok.setEnabled(False)
            return
        (first_year, first), (last_year, last) = fiscal_months(quarter, company.fy_end_month)
        months = f"{month_of_year(first, first_year)}–{month_of_year(last, last_year)}"
        self.preview.setText(self.tr("<b>%1</b>: fiscal %2 (%6) is calendar %3 (%4's fiscal year ends in "
                                     "%5).").replace("%1", label).replace("%2", quarter.fiscal_label())
                             .replace("%3", company.calendar_of(quarter).calendar_label())
                             .replace("%4", company_name(company)).replace("%5", month).replace("%6", months))
        ok.setEnabled(True)
