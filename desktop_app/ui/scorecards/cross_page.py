"""The cross-CSP page: each CSP's latest quarter side by side, and the notes' cloud-growth reads."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.companies import Company
from desktop_app.domain.cross_csp import cross_rows, read_orders, reported_calendars
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.ui.data_text import company_name
from desktop_app.ui.scorecards.cross_models import FIRST_FIGURE, CloudReadModel, CrossCspModel
from desktop_app.ui.scorecards.legend import WrapLabel, make_legend
from desktop_app.ui.scorecards.tables import make_grouped_table
from desktop_app.ui.widgets import heading

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

_PERIOD = re.compile(r"^([1-4])Q(\d{2})$")


def _period_key(label: str) -> tuple[int, int]:
    match = _PERIOD.match(label.strip().upper())
    return (int(match.group(2)), int(match.group(1))) if match else (0, 0)


class CrossCspPage(QWidget):
    """Latest quarter of every CSP on calendar quarters, with beat / miss; the cloud-growth reads."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.calendar_box = QComboBox(self)
        self.calendar_box.setObjectName("crossCalendar")
        self.calendar_box.setToolTip(self.tr("Line the CSPs up on one calendar quarter, or show each "
                                             "one's latest reported quarter"))
        self.model = CrossCspModel(self)
        self.view = make_grouped_table(self.model, self.model.row_span, fit_rows=8, max_first_column=260,
                                       uniform=range(FIRST_FIGURE, self.model.columnCount()),
                                       stretch_last=False)
        self.view.setObjectName("crossCspTable")
        self.reads_model = CloudReadModel(self)
        self.reads_view = make_grouped_table(self.reads_model, self.reads_model.row_span, fit_rows=10)
        self.reads_view.setObjectName("cloudReadTable")
        self.reads_summary = QLabel(self)
        self.reads_summary.setObjectName("cloudReadSummary")
        font = self.reads_summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.reads_summary.setFont(font)

        picker = QHBoxLayout()
        label = QLabel(self.tr("Ca&lendar quarter:"), self)
        label.setBuddy(self.calendar_box)
        picker.addWidget(label)
        picker.addWidget(self.calendar_box)
        picker.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(picker)
        layout.addWidget(heading(self.tr("Latest quarter of each CSP, on calendar quarters")))
        layout.addWidget(self.view)
        layout.addWidget(make_legend(self))
        self.note = WrapLabel("", self, muted=True)
        self.note.setObjectName("crossNote")
        layout.addWidget(self.note)
        layout.addSpacing(10)
        layout.addWidget(heading(self.tr("Cloud-growth read of each note")))
        layout.addWidget(self.reads_summary)
        layout.addWidget(self.reads_view)
        layout.addStretch(1)
        self.calendar_box.currentIndexChanged.connect(self.refresh)
        self.reload()

    def reload(self) -> None:
        """Re-read the workspace (after an edit or a new quarter) and refill both tables."""
        ws = self._workspace
        companies = ws.companies()
        lines = ws.scorecard_lines()
        chosen = self.calendar_box.currentData()
        self.calendar_box.blockSignals(True)
        self.calendar_box.clear()
        self.calendar_box.addItem(self.tr("Latest reported (each CSP)"), None)
        for quarter in reversed(reported_calendars(companies, lines)):
            self.calendar_box.addItem(quarter.calendar_label(), quarter)
        found = [i for i in range(self.calendar_box.count()) if self.calendar_box.itemData(i) == chosen]
        self.calendar_box.setCurrentIndex(found[0] if found and chosen is not None else 0)
        self.calendar_box.blockSignals(False)
        by_company = {c.ticker: [x for x in lines if x.company == c.ticker] for c in companies}
        self._definitions = {c.ticker: ws.line_defs(c.ticker) for c in companies}
        self._lines = by_company
        self._companies = companies
        self.note.setText(self._note_text(companies, by_company))
        self.refresh()
        orders = sorted(read_orders(ws.cloud_reads()), key=lambda o: _period_key(o.period), reverse=True)
        self.reads_model.set_orders(orders, {c.ticker: c for c in ws.companies(include_removed=True)},
                                    {s.note_id: s for s in ws.sources()})
        self.reads_summary.setText("   ·   ".join(f"<b>{o.period}</b>: {o.order}" for o in orders))

    def _note_text(self, companies: list[Company], by_company: dict[str, list[ScorecardLine]]) -> str:
        """The note under the table, from the data: who has no lines or no reported quarter."""
        text = self.tr("Cloud growth: the cloud segment's growth where a company reports it as a line "
                       "(an actual with its consensus), else the YoY of its cloud revenue, judged by "
                       "that revenue vs consensus; a figure only printed in a note is italic.")
        no_lines = [company_name(c) for c in companies if not self._definitions.get(c.ticker)]
        no_quarter = [company_name(c) for c in companies if self._definitions.get(c.ticker)
                      and not any(x.actual is not None for x in by_company.get(c.ticker, []))]
        if no_lines:
            text += " " + self.tr("No scorecard lines yet: %1.").replace("%1", ", ".join(no_lines))
        if no_quarter:
            text += " " + self.tr("No reported quarter yet: %1.").replace("%1", ", ".join(no_quarter))
        return text

    def refresh(self) -> None:
        calendar = self.calendar_box.currentData()
        calendar = calendar if isinstance(calendar, Quarter) else None
        rows = cross_rows(self._companies, self._definitions, self._lines, calendar)
        self.model.set_rows(rows, self._definitions, {s.note_id: s for s in self._workspace.sources()},
                            calendar.calendar_label() if calendar else "")
