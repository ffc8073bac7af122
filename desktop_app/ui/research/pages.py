"""The filterable pages of the research tab: the Taiwan supply chain (Figures 4–5) and the notes'
investment risks and qualitative points. Filtering and sorting go through RowFilterProxy."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.research_tables import SupplyChainEntry
from desktop_app.domain.statements import Statement
from desktop_app.ui.data_text import company_name, topic_name
from desktop_app.ui.models.research import SupplyChainModel
from desktop_app.ui.models.statements import StatementsModel
from desktop_app.ui.research.proxy import RowFilterProxy, text_filter
from desktop_app.ui.widgets import heading, make_table, named_splitter, note_label


def _filter_edit(placeholder: str, name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setClearButtonEnabled(True)
    edit.setMinimumWidth(180)
    edit.setMaximumWidth(380)
    return edit


class SupplyChainPage(QWidget):
    """Suppliers of every CSP, filtered by CSP and text, sortable by any column."""

    def __init__(self, entries: Sequence[SupplyChainEntry], companies: dict[str, Company],
                 sources: dict[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SupplyChainModel(entries, companies, sources, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        for column, key in self.model.sort_keys.items():
            self.proxy.set_sort_key(column, key)
        self.view = make_table(self.proxy)
        self.view.setObjectName("supplyChainTable")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the notes' order until a header is clicked

        self.csp_box = QComboBox(self)
        self.csp_box.setObjectName("supplyCsp")
        self.csp_box.addItem(self.tr("All CSPs"), "")
        for csp in dict.fromkeys(e.csp for e in entries):
            name = company_name(companies.get(csp), csp)
            figure = next((e.source.figure for e in entries if e.csp == csp and e.source), "")
            self.csp_box.addItem(f"{name} ({figure})" if figure else name, csp)
        self.search = _filter_edit(self.tr("Filter: name (中文 or English), ticker, product…"),
                                   "supplySearch")
        self.count = QLabel(self)
        self.count.setObjectName("supplyCount")

        bar = QHBoxLayout()
        label = QLabel(self.tr("C&SP:"), self)
        label.setBuddy(self.csp_box)
        bar.addWidget(label)
        bar.addWidget(self.csp_box)
        bar.addSpacing(12)
        bar.addWidget(self.search, 3)
        bar.addSpacing(12)
        bar.addWidget(self.count)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(note_label(self.tr(
            "Target prices in NT$; revenue share (營收佔比, %) as printed. Click a column header to sort "
            "(revenue share sorts <10 below 10-15); until then the notes' order.")))
        self.csp_box.currentIndexChanged.connect(self._apply)
        self.search.textChanged.connect(self._apply)
        self._apply()

    def _apply(self) -> None:
        csp = self.csp_box.currentData()
        self.proxy.set_filter("csp", (lambda e: e.csp == csp) if csp else None)
        self.proxy.set_filter("text", text_filter(self.search.text(), lambda e: (
            e.ticker, e.name_zh, e.name_en, e.product_en, e.product_zh, e.analyst_zh)))
        self.count.setText(self.tr("%1 of %2 suppliers").replace("%1", str(self.proxy.rowCount())).replace(
            "%2", str(self.model.rowCount())))


class StatementsPage(QWidget):
    """Each note's investment risks, then its qualitative points, filterable by note, topic and text."""

    HIDDEN_IN_RISKS = (0, 1, 2, 3)  # topic, company, period, figure: the same for every risk

    def __init__(self, statements: Sequence[Statement], companies: dict[str, Company],
                 sources: dict[str, Source], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StatementsModel(statements, companies, sources, self)
        self.risks = RowFilterProxy(self)
        self.risks.setSourceModel(self.model)
        self.risks.set_filter("topic", lambda s: s.topic == "risk")
        self.risks_view = make_table(self.risks, fit_rows=8)
        self.risks_view.setObjectName("risksTable")
        for column in self.HIDDEN_IN_RISKS:
            self.risks_view.setColumnHidden(column, True)

        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = make_table(self.proxy)
        self.view.setObjectName("statementsTable")
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

        self.note_box = QComboBox(self)
        self.note_box.setObjectName("statementNote")
        self.note_box.addItem(self.tr("All notes"), "")
        for note in dict.fromkeys(s.source.note_id for s in statements if s.source):
            source = sources.get(note)
            when = source.published if source and source.published else self.tr("undated")
            self.note_box.addItem(f"{note} · {source.broker if source else ''} {when}".strip(), note)
        self.topic_box = QComboBox(self)
        self.topic_box.setObjectName("statementTopic")
        self.topic_box.addItem(self.tr("All topics"), "")
        for topic in dict.fromkeys(s.topic for s in statements):
            name = topic_name(topic)
            self.topic_box.addItem(name[:1].upper() + name[1:], topic)
        self.search = _filter_edit(self.tr("Filter the text (English or 中文)…"), "statementSearch")
        self.edit_action = QAction(self.tr("&Edit Statement…"), self)
        self.edit_action.setObjectName("actionEditStatement")
        self.edit_action.setStatusTip(self.tr("Change the selected statement's text and source (undoable)"))
        self.edit_action.setEnabled(False)
        self.edit_button = QPushButton(self.edit_action.text(), self)
        self.edit_button.setObjectName("editStatementButton")
        self.edit_button.setToolTip(self.edit_action.statusTip())
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_action.trigger)
        self._last_view: QTableView = self.view
        self.model.modelReset.connect(lambda: self._current_changed(self._last_view, QModelIndex()))
        for view in (self.risks_view, self.view):
            view.addAction(self.edit_action)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.doubleClicked.connect(lambda _index: self.edit_action.trigger())
            view.selectionModel().currentChanged.connect(
                lambda current, _old, v=view: self._current_changed(v, current))

        bar = QHBoxLayout()
        for text, box in ((self.tr("&Note:"), self.note_box), (self.tr("&Topic:"), self.topic_box)):
            label = QLabel(text, self)
            label.setBuddy(box)
            bar.addWidget(label)
            bar.addWidget(box)
            bar.addSpacing(12)
        bar.addWidget(self.search, 3)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(heading(self.tr("Investment risks")))
        layout.addWidget(self.risks_view)
        layout.addSpacing(8)
        layout.addWidget(heading(self.tr("Points from the notes")))
        layout.addLayout(bar)
        self.detail = QLabel(self)
        self.detail.setObjectName("statementDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setContentsMargins(6, 4, 6, 4)
        detail = QScrollArea(self)  # the selected statement in full, however long
        detail.setObjectName("statementDetailArea")
        detail.setWidget(self.detail)
        detail.setWidgetResizable(True)
        detail.setMinimumHeight(self.fontMetrics().height() * 3)
        split = named_splitter("Vertical", "statementsSplit", self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        layout.addWidget(note_label(self.tr("Every point keeps its source: note, paragraph or figure, and "
                                            "the line of the text. Hover a statement for the full text.")))
        self.note_box.currentIndexChanged.connect(self._apply)
        self.topic_box.currentIndexChanged.connect(self._apply)
        self.search.textChanged.connect(self._apply)
        self._current_changed(self.view, QModelIndex())

    def _current_changed(self, view: QTableView, current: QModelIndex | QPersistentModelIndex) -> None:
        if current.isValid():
            self._last_view = view
        statement = self.selected_statement()
        enabled = statement is not None
        self.detail.setText(self._detail_html(statement) if statement is not None else self.tr(
            "Select a statement to read it here in full, with its source."))
        self.edit_action.setEnabled(enabled)
        self.edit_button.setEnabled(enabled)

    def _detail_html(self, statement: Statement) -> str:
        parts = [f"<p style='margin:0'>{html.escape(statement.text_en)}</p>"]
        if statement.text_zh:
            parts.append(f"<p style='margin:4px 0 0 0'>{html.escape(statement.text_zh)}</p>")
        source = self.model.source_of(statement)
        if source:
            line = self.tr("Source: %1").replace("%1", source)
            parts.append(f"<p style='margin:4px 0 0 0; color:#555'>{html.escape(line)}</p>")
        also = self.model.also_in(statement)
        if also:
            line = self.tr("Also in: %1").replace("%1", also)
            parts.append(f"<p style='margin:0; color:#555'>{html.escape(line)}</p>")
        return "".join(parts)

    def selected_statement(self) -> Statement | None:
        """The statement current in the table last clicked (risks or points), or None."""
        index = self._last_view.currentIndex()
        if not index.isValid():
            return None
        proxy = self._last_view.model()
        assert isinstance(proxy, RowFilterProxy)
        source = proxy.mapToSource(index)
        return self.model.row(source.row()) if source.isValid() else None

    def _apply(self) -> None:
        note, topic = self.note_box.currentData(), self.topic_box.currentData()
        self.proxy.set_filter("note", (lambda s: s.source is not None and s.source.note_id == note)
                              if note else None)
        self.proxy.set_filter("topic", (lambda s: s.topic == topic) if topic else None)
        self.proxy.set_filter("text", text_filter(self.search.text(), lambda s: (
            s.text_en, s.text_zh, s.period, s.company or "", s.topic)))
