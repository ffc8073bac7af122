"""Scorecards tab (first version): pick a company and a quarter, read its scorecard lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.ui.models.scorecard import ScorecardModel, scorecard_rows
from desktop_app.ui.widgets import make_table, section

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class ScorecardsTab(QWidget):
    """A company + quarter picker over a table: Actual | Consensus | Guidance | printed diffs | source."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._companies: list[Company] = [c for c in workspace.companies() if workspace.periods(c.ticker)]
        sources = {s.note_id: s for s in workspace.sources()}

        self.company_box = QComboBox(self)
        self.company_box.setObjectName("scorecardCompany")
        self.company_box.setToolTip(self.tr("Company"))
        for company in self._companies:
            self.company_box.addItem(f"{company.name_en} ({company.ticker})", company.ticker)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("scorecardPeriod")
        self.period_box.setToolTip(self.tr("Quarter: fiscal · calendar where they differ"))
        self.period_box.setMinimumContentsLength(14)

        self.model = ScorecardModel([], sources, self)
        self.view = make_table(self.model)
        self.view.setObjectName("scorecardTable")

        picker = QHBoxLayout()
        company_label = QLabel(self.tr("&Company:"), self)
        company_label.setBuddy(self.company_box)
        period_label = QLabel(self.tr("&Quarter:"), self)
        period_label.setBuddy(self.period_box)
        picker.addWidget(company_label)
        picker.addWidget(self.company_box)
        picker.addSpacing(16)
        picker.addWidget(period_label)
        picker.addWidget(self.period_box)
        picker.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(section(
            self.tr("Scorecard"), self.view,
            self.tr("No scorecard lines for this quarter."),
            self.tr("Amounts in US$ millions unless the Unit column says otherwise; diffs for rates in "
                    "percentage points. Diffs, YoY and QoQ are as printed in the note. A quarter with "
                    "guidance but no actual is the outlook given for it."),
        ), 1)

        self.company_box.currentIndexChanged.connect(self._company_changed)
        self.period_box.currentIndexChanged.connect(self._period_changed)
        self._company_changed()

    def current_company(self) -> Company | None:
        index = self.company_box.currentIndex()
        return self._companies[index] if 0 <= index < len(self._companies) else None

    def current_period(self) -> Quarter | None:
        data = self.period_box.currentData()
        return data if isinstance(data, Quarter) else None

    def _company_changed(self) -> None:
        company = self.current_company()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        if company is not None:
            periods = self._workspace.periods(company.ticker)
            for period in periods:
                self.period_box.addItem(company.period_label(period), period)
            self.period_box.setCurrentIndex(self._default_period(company.ticker, periods))
        self.period_box.blockSignals(False)
        self._period_changed()

    def _default_period(self, ticker: str, periods: list[Quarter]) -> int:
        """The latest quarter with an actual (the one just reported), else the latest."""
        lines = self._workspace.scorecard_lines(ticker)
        reported = {line.period for line in lines if line.actual is not None}
        for index in range(len(periods) - 1, -1, -1):
            if periods[index] in reported:
                return index
        return len(periods) - 1

    def _period_changed(self) -> None:
        company, period = self.current_company(), self.current_period()
        if company is None or period is None:
            self.model.set_rows([])
            return
        lines = self._workspace.scorecard_lines(company.ticker, period)
        self.model.set_rows(scorecard_rows(lines, self._workspace.line_defs(company.ticker)))
