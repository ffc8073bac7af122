"""Research tab: Figure 1 (ratings, target prices with upside computed from the share price, KGI
forecasts), the Taiwan supply chains of Figures 4–5, and each note's risks and points. It follows
coverage changes live (`reload_coverage`) and recorded prices, targets and notes (`refresh_market`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.research import Target
from desktop_app.domain.research_view import figure1_targets
from desktop_app.ui.models.research import ForecastsModel, TargetsModel
from desktop_app.ui.research.pages import StatementsPage, SupplyChainPage
from desktop_app.ui.scorecards.tables import make_grouped_table
from desktop_app.ui.widgets import section

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class ResearchTab(QWidget):
    """Three pages: Figure 1, the supply chain (Figures 4–5), risks and points."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # shared by every model of the tab; reload_coverage updates them in place
        companies: dict[str, Company] = {c.ticker: c for c in workspace.companies(include_removed=True)}
        sources: dict[str, Source] = {s.note_id: s for s in workspace.sources()}
        self._companies, self._sources = companies, sources

        self.workspace = workspace
        self.targets_model = TargetsModel(self._target_rows(), companies, sources, self,
                                          markets=workspace.market_views(), stale_days=workspace.stale_days())
        self.forecasts_model = ForecastsModel(workspace.forecasts(), companies, sources, self)
        self.targets_view = make_grouped_table(self.targets_model, fit_rows=6, max_first_column=220)
        self.targets_view.setObjectName("targetsTable")
        self.forecasts_view = make_grouped_table(self.forecasts_model, fit_rows=20, uniform=range(1, 5),
                                                 stretch_last=True)
        self.forecasts_view.setObjectName("forecastsTable")

        figure1 = QWidget()
        figure1_layout = QVBoxLayout(figure1)
        figure1_layout.setContentsMargins(0, 6, 0, 0)
        figure1_layout.addWidget(section(
            self.tr("Ratings and target prices"), self.targets_view,
            self.tr("No target prices in the workspace."),
            self.tr("Upside = the latest target / the latest share price − 1 and target change = new / old "
                    "− 1 are computed; the printed figures stand beside them in italic (an amber corner if "
                    "they disagree beyond rounding). ⚠: the price is stale or its date unknown. "
                    "OP = Outperform. Research ▸ Set Share Price… records a new price."),
        ), 0)
        figure1_layout.addSpacing(8)
        figure1_layout.addWidget(section(
            self.tr("KGI forecasts"), self.forecasts_view, self.tr("No forecasts in the workspace."),
            self.tr("As in Figure 1: each company's two forecast years, and the change against KGI's "
                    "previous forecast as printed."),
        ), 0)
        figure1_layout.addStretch(1)

        self.supply_page = SupplyChainPage(workspace.supply_chain(), companies, sources)
        self.supply_model = self.supply_page.model
        self.statements_page = StatementsPage(workspace.statements(), companies, sources)
        self.statements_model = self.statements_page.model
        self.statements_model.entered = workspace.entered_by("statements")
        self.forecasts_model.entered = workspace.entered_by("forecasts")
        self.statements_proxy = self.statements_page.proxy
        self.topic_box = self.statements_page.topic_box
        self.statements_page.edit_action.triggered.connect(self._edit_statement)

        self.pages = QTabWidget(self)
        self.pages.setObjectName("researchPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(figure1, self.tr("Targets && forecasts (Figure 1)"))
        self.pages.addTab(self.supply_page, self.tr("Taiwan supply chain (Figures 4–5)"))
        self.pages.addTab(self.statements_page, self.tr("Risks && points"))
        from desktop_app.ui.research.notes_page import NotesPage

        self.notes_page = NotesPage(workspace, self)
        self.notes_page.add_button.clicked.connect(self._add_note)
        self.pages.addTab(self.notes_page, self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _target_rows(self) -> list[Target]:
        ws = self.workspace
        return figure1_targets(ws.targets(), [c.ticker for c in ws.companies()], ws.market_views())

    def reload_coverage(self) -> None:
        """A company was covered or left the coverage: names, Figure 1's rows and the market views,
        forecasts, supply chain and statements are read again."""
        ws = self.workspace
        self._companies.clear()
        self._companies.update({c.ticker: c for c in ws.companies(include_removed=True)})
        self._sources.clear()
        self._sources.update({s.note_id: s for s in ws.sources()})
        self.supply_model.set_rows(ws.supply_chain())
        self.refresh_market()

    def refresh_market(self) -> None:
        """A price, target or note was recorded: rating, price, date, upside and the notes follow."""
        self.targets_model.set_markets(self.workspace.market_views(), self.workspace.stale_days())
        rows = self._target_rows()
        if [t.company for t in rows] != [v.target.company for v in self.targets_model.rows()]:
            self.targets_model.set_targets(rows)
        self.notes_page.refresh()
        ws = self.workspace
        self.forecasts_model.set_forecasts(ws.forecasts(), ws.entered_by("forecasts"))
        self.statements_model.entered = ws.entered_by("statements")
        self.statements_model.set_rows(ws.statements())

    def _edit_statement(self) -> None:
        from desktop_app.ui import research_actions

        window = self.window()
        statement = self.statements_page.selected_statement()
        if statement is not None and hasattr(window, "undo_stack"):
            research_actions.edit_statement(window, statement)

    def _add_note(self) -> None:
        from desktop_app.ui import research_actions

        window = self.window()
        if hasattr(window, "undo_stack"):
            research_actions.choose_note(window)
