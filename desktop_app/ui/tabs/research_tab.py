"""Research tab (first version): Figure 1 targets and forecasts, the supply chain, statements and risks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.models.research import ForecastsModel, StatementsModel, SupplyChainModel, TargetsModel
from desktop_app.ui.widgets import make_table, section

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class ResearchTab(QWidget):
    """Three pages: targets & forecasts (Figure 1), Taiwan supply chain (Figures 4-5), statements."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        companies = {c.ticker: c for c in workspace.companies()}
        sources = {s.note_id: s for s in workspace.sources()}
        self._statements = workspace.statements()

        self.targets_model = TargetsModel(workspace.targets(), companies, sources, self)
        self.forecasts_model = ForecastsModel(workspace.forecasts(), companies, sources, self)
        self.supply_model = SupplyChainModel(workspace.supply_chain(), companies, sources, self)
        self.statements_model = StatementsModel(self._statements, companies, sources, self)

        figure1 = QWidget()
        figure1_layout = QVBoxLayout(figure1)
        figure1_layout.setContentsMargins(0, 6, 0, 0)
        figure1_layout.addWidget(section(
            self.tr("Ratings and target prices"), make_table(self.targets_model, fit_rows=8),
            self.tr("No target prices in the workspace."),
            self.tr("Upside and target change as printed in the note. Hover a remark to read all of it."),
        ), 0)
        figure1_layout.addSpacing(8)
        figure1_layout.addWidget(section(
            self.tr("KGI forecasts"), make_table(self.forecasts_model),
            self.tr("No forecasts in the workspace."),
        ), 1)

        supply = QWidget()
        supply_layout = QVBoxLayout(supply)
        supply_layout.setContentsMargins(0, 6, 0, 0)
        supply_layout.addWidget(section(
            self.tr("Taiwan supply chain"), make_table(self.supply_model),
            self.tr("No supply-chain entries in the workspace."),
            self.tr("Target prices in NT$. Hover a product or rating for the original Chinese."),
        ))

        self.topic_box = QComboBox()
        self.topic_box.setObjectName("statementTopic")
        self.topic_box.addItem(self.tr("All topics"), "")
        for topic in dict.fromkeys(s.topic for s in self._statements):
            self.topic_box.addItem(topic.replace("_", " ").capitalize(), topic)
        self.topic_box.currentIndexChanged.connect(self._topic_changed)
        statements_page = QWidget()
        statements_layout = QVBoxLayout(statements_page)
        statements_layout.setContentsMargins(0, 6, 0, 0)
        picker = QHBoxLayout()
        topic_label = QLabel(self.tr("&Topic:"))
        topic_label.setBuddy(self.topic_box)
        picker.addWidget(topic_label)
        picker.addWidget(self.topic_box)
        picker.addStretch(1)
        statements_layout.addLayout(picker)
        statements_layout.addWidget(section(
            self.tr("Statements and risks"), make_table(self.statements_model),
            self.tr("No statements for this topic."),
            self.tr("Hover a statement for the full English and Chinese text."),
        ), 1)

        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(figure1, self.tr("Targets && forecasts (Figure 1)"))
        self.pages.addTab(supply, self.tr("Supply chain (Figures 4–5)"))
        self.pages.addTab(statements_page, self.tr("Statements && risks"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    def _topic_changed(self) -> None:
        topic = self.topic_box.currentData()
        self.statements_model.set_rows([s for s in self._statements if not topic or s.topic == topic])
