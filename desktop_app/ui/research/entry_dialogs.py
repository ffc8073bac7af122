"""Dialogs that add or change a Figure 1 forecast, and add or edit a statement, each with its source:
a note of the workspace (with figure or page) or "entered by <user>". OK is refused, with the reason
under the fields, until the entry is valid."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.number_input import NumberInputError, parse_number
from desktop_app.domain.research_tables import Forecast
from desktop_app.domain.statements import TOPICS, Statement
from desktop_app.ui.commands.research import ForecastEntry, StatementEdit, StatementEntry
from desktop_app.ui.data_text import company_name, metric_name, note_title, topic_name
from desktop_app.ui.errors import error_text

MAX_WIDTH = 640  # a long wrapped text makes the dialog taller, not wider than this


class _SourcedDialog(QDialog):
    """Company, then the subclass's fields, then the source note and where in it."""

    def __init__(self, companies: Sequence[Company], notes: Sequence[Source], user: str, sector: bool,
                 parent: QWidget | None) -> None:
        super().__init__(parent)
        self.user = user
        self.company_box = QComboBox(self)
        self.company_box.setObjectName("entryCompany")
        if sector:
            self.company_box.addItem(self.tr("Sector (no single company)"), "")
        for c in companies:
            self.company_box.addItem(f"{company_name(c)} ({c.ticker})", c.ticker)
        self.source_box = QComboBox(self)
        self.source_box.setObjectName("entrySource")
        self.source_box.addItem(self.tr("Entered by %1 (no note)").replace("%1", user), "")
        for note in notes:
            self.source_box.addItem(f"{note.note_id} · {note.broker} · {note_title(note)}",
                                    note.note_id)
        self.where_edit = QLineEdit(self)
        self.where_edit.setObjectName("entryWhere")
        self.where_edit.setPlaceholderText(self.tr("figure or page, e.g. Figure 1, p. 3"))
        self.message = QLabel(self)
        self.message.setObjectName("entryMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Company:"), self.company_box)

    def finish(self) -> None:
        self.form.addRow(self.tr("&Source:"), self.source_box)
        self.form.addRow(self.tr("&Where in the note:"), self.where_edit)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
        self.fit_height()

    def fit_height(self) -> None:
        """Tall enough for the wrapped texts (a statement's Chinese original, the message) at the
        dialog's width: sized from the hint alone, the rows below them overlapped the rows above."""
        layout = self.layout()
        if layout is None:
            return
        width = max(self.minimumWidth(), min(self.sizeHint().width(), MAX_WIDTH))
        self.resize(width, max(self.sizeHint().height(), layout.totalHeightForWidth(width)))

    def source(self) -> tuple[str | None, str]:
        note = self.source_box.currentData() or None
        return note, self.where_edit.text().strip() if note else ""


class ForecastDialog(_SourcedDialog):
    """Company, year, metric and unit (a known metric is changed, a new one added), the figure."""

    def __init__(self, companies: Sequence[Company], notes: Sequence[Source], user: str,
                 forecasts: Sequence[Forecast], parent: QWidget | None = None) -> None:
        super().__init__(companies, notes, user, sector=False, parent=parent)
        self.setWindowTitle(self.tr("Add or Change a Forecast"))
        self.entry: ForecastEntry | None = None
        self.year_edit = QLineEdit(self)
        self.year_edit.setObjectName("forecastYear")
        self.year_edit.setPlaceholderText(self.tr("as the note prints it: 2026, FY27"))
        self.metric_box = QComboBox(self)
        self.metric_box.setObjectName("forecastMetric")
        self.metric_box.setEditable(True)
        self.units = {f.metric: f.unit for f in forecasts}
        for metric in dict.fromkeys(f.metric for f in forecasts):  # shown in the window's language
            self.metric_box.addItem(metric_name(metric), metric)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setObjectName("forecastUnit")
        self.metric_box.currentTextChanged.connect(
            lambda _text: self.unit_edit.setText(self.units.get(self.chosen_metric(), self.unit_edit.text())))
        self.unit_edit.setText(self.units.get(self.chosen_metric(), ""))
        self.value_edit = QLineEdit(self)
        self.value_edit.setObjectName("forecastValue")
        self.form.addRow(self.tr("&Year:"), self.year_edit)
        self.form.addRow(self.tr("&Metric:"), self.metric_box)
        self.form.addRow(self.tr("&Unit:"), self.unit_edit)
        self.form.addRow(self.tr("&Forecast:"), self.value_edit)
        self.finish()

    def chosen_metric(self) -> str:
        """The metric as stored: a listed one by its stored name (it shows translated), else as typed."""
        text = self.metric_box.currentText().strip()
        found = self.metric_box.findText(text)
        return str(self.metric_box.itemData(found)) if found >= 0 else text

    def accept(self) -> None:
        year, metric = self.year_edit.text().strip(), self.chosen_metric()
        if not year or not metric:
            self.message.setText(self.tr("A forecast needs its year and its metric."))
            return
        try:
            value = parse_number(self.value_edit.text(), allow_empty=False)
        except NumberInputError as exc:
            self.message.setText(self.tr("The forecast: %1").replace("%1", error_text(exc)))
            return
        assert value is not None
        note, where = self.source()
        self.entry = ForecastEntry(company=str(self.company_box.currentData()), year=year, metric=metric,
                                   value=value, unit=self.unit_edit.text().strip(), user=self.user,
                                   note_id=note, where=where)
        super().accept()


class StatementDialog(_SourcedDialog):
    """Company (or the sector), topic, period and the text of the point."""

    def __init__(self, companies: Sequence[Company], notes: Sequence[Source], user: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(companies, notes, user, sector=True, parent=parent)
        self.setWindowTitle(self.tr("Add a Statement"))
        self.entry: StatementEntry | None = None
        self.topic_box = QComboBox(self)
        self.topic_box.setObjectName("statementTopic")
        for topic in TOPICS:
            self.topic_box.addItem(topic_name(topic), topic)
        self.period_edit = QLineEdit(self)
        self.period_edit.setObjectName("statementPeriod")
        self.period_edit.setPlaceholderText(self.tr("optional: 3Q25, F1Q26, 2026"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("statementText")
        self.text_edit.setFixedHeight(90)
        self.form.addRow(self.tr("&Topic:"), self.topic_box)
        self.form.addRow(self.tr("&Period:"), self.period_edit)
        self.form.addRow(self.tr("S&tatement:"), self.text_edit)
        self.finish()

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.message.setText(self.tr("A statement needs its text."))
            return
        note, where = self.source()
        self.entry = StatementEntry(topic=str(self.topic_box.currentData()),
                                    company=self.company_box.currentData() or None, text=text, user=self.user,
                                    note_id=note, where=where, period=self.period_edit.text().strip())
        super().accept()


class EditStatementDialog(_SourcedDialog):
    """A statement's text and its source, prefilled with what it says and cites now."""

    def __init__(self, statement: Statement, notes: Sequence[Source], user: str,
                 parent: QWidget | None = None) -> None:
        super().__init__((), notes, user, sector=False, parent=parent)
        self.setWindowTitle(self.tr("Edit Statement"))
        self.statement = statement
        self.entry: StatementEdit | None = None
        self.form.removeRow(0)  # the company stays the statement's
        about = " · ".join(p for p in (statement.company or self.tr("Sector"),
                                       topic_name(statement.topic), statement.period) if p)
        self.form.addRow(self.tr("About:"), QLabel(about, self))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("statementText")
        self.text_edit.setFixedHeight(110)
        self.text_edit.setPlainText(statement.text_en)
        self.form.addRow(self.tr("S&tatement:"), self.text_edit)
        if statement.text_zh:
            original = QLabel(statement.text_zh, self)
            original.setWordWrap(True)
            self.form.addRow(self.tr("Original (中文):"), original)
        ref = statement.source
        if ref is not None and self.source_box.findData(ref.note_id) >= 0:
            self.source_box.setCurrentIndex(self.source_box.findData(ref.note_id))
            self.where_edit.setText(ref.figure)
        self.finish()
        self.message.setText(self.tr("Citing another note, or none, drops the original wording and the "
                                     "figure of the note cited now; Undo brings them back."))
        self.message.setStyleSheet("")
        self.fit_height()

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.message.setStyleSheet("color: #b3261e;")
            self.message.setText(self.tr("A statement needs its text."))
            return
        note, where = self.source()
        self.entry = StatementEdit(key=self.statement.key, seen=self.statement.text_en, text=text,
                                   user=self.user, note_id=note, where=where)
        super().accept()
