"""Capex tab (first version): every capex figure on calendar quarters, and what the notes say about capex."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.ui.models.capex import CAPEX_LINE, CapexModel, capex_rows
from desktop_app.ui.models.research import StatementsModel
from desktop_app.ui.widgets import make_table, section

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class CapexTab(QWidget):
    """Quarterly capex per CSP (scorecard line `capex`) over the capex statements of the notes."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        companies = workspace.companies()
        by_ticker = {c.ticker: c for c in companies}
        sources = {s.note_id: s for s in workspace.sources()}
        kinds = {}
        for company in companies:
            for definition in workspace.line_defs(company.ticker):
                if definition.key == CAPEX_LINE:
                    kinds[company.ticker] = definition.kind
        lines = [line for line in workspace.scorecard_lines() if line.line == CAPEX_LINE]

        self.figures_model = CapexModel(capex_rows(companies, lines, kinds), sources, self)
        self.statements_model = StatementsModel(workspace.statements("capex"), by_ticker, sources, self)
        self.figures_view = make_table(self.figures_model, fit_rows=16)
        self.figures_view.setObjectName("capexFigures")
        self.statements_view = make_table(self.statements_model)
        self.statements_view.setObjectName("capexStatements")
        self.statements_view.setColumnHidden(0, True)  # the topic: capex throughout

        layout = QVBoxLayout(self)
        layout.addWidget(section(
            self.tr("Capex by calendar quarter (US$ mn)"), self.figures_view,
            self.tr("No capex figures on the scorecards."),
            self.tr("Fiscal quarters are shown beside the calendar quarter where they differ (Microsoft's "
                    "year ends in June). A quarter with guidance but no actual is the outlook for it."),
        ), 0)
        layout.addSpacing(8)
        layout.addWidget(section(
            self.tr("What the notes say about capex"), self.statements_view,
            self.tr("No capex statements in the notes."),
            self.tr("Hover a statement for the full English and Chinese text."),
        ), 1)
