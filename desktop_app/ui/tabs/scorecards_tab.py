"""Scorecards tab: one company's quarter against consensus and guidance, editable, beside the
next-quarter outlook; a New Quarter command; and the cross-CSP page of every CSP's latest quarter.

Edits go through the main window's undo stack as typed commands (ui/commands/scorecard.py); the
derived columns are recomputed from the workspace as soon as a figure is saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import build_view, latest_reported
from desktop_app.ui.commands.base import workspace_undo_stack
from desktop_app.ui.commands.scorecard import AddQuarterCommand, CellRef, SetScorecardValueCommand
from desktop_app.ui.data_text import company_name
from desktop_app.ui.errors import error_text
from desktop_app.ui.models.scorecard import LINE_COLUMN, SOURCE_COLUMN, EditRequest, ScorecardModel
from desktop_app.ui.scorecards.cross_page import CrossCspPage
from desktop_app.ui.scorecards.legend import WrapLabel, make_legend
from desktop_app.ui.scorecards.new_quarter import NewQuarterDialog
from desktop_app.ui.scorecards.tables import make_grouped_table

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

STATUS_MS = 8000


class ScorecardsTab(QWidget):
    """Company + quarter picker over the editable scorecard, and the cross-CSP page."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._own_stack = undo_stack
        self._sources = {s.note_id: s for s in workspace.sources()}
        self._companies: list[Company] = []

        self.company_box = QComboBox(self)
        self.company_box.setObjectName("scorecardCompany")
        self.add_company_button = QPushButton(self.tr("Add Co&mpany…"), self)
        self.add_company_button.setObjectName("addCompanyButton")
        self.add_company_button.setToolTip(self.tr("Cover a new company: ticker, names, fiscal year end, "
                                                   "cloud segment (it joins the bottom of the ranking)"))
        self.add_company_button.clicked.connect(lambda: self.add_company())
        self.lines_button = QPushButton(self.tr("&Lines…"), self)
        self.lines_button.setObjectName("linesButton")
        self.lines_button.setToolTip(self.tr("Add, rename, reorder or remove this company's scorecard "
                                             "lines, or start from another company's"))
        self.lines_button.clicked.connect(lambda: self.edit_lines())
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("scorecardPeriod")
        self.period_box.setToolTip(self.tr("Quarter: fiscal · calendar where they differ"))
        self.period_box.setMinimumContentsLength(22)
        self.new_quarter_button = QPushButton(self.tr("&New Quarter…"), self)
        self.new_quarter_button.setObjectName("newQuarterButton")
        self.action_new_quarter = QAction(self.tr("New Quarter…"), self)
        self.action_new_quarter.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.action_new_quarter.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_new_quarter.triggered.connect(self.new_quarter)
        self.addAction(self.action_new_quarter)
        self.new_quarter_button.setToolTip(self.tr("Add a quarter to a company's scorecard, its lines "
                                                   "empty, ready to fill (Ctrl+Shift+N)"))
        self.new_quarter_button.clicked.connect(self.new_quarter)

        self.model = ScorecardModel(self)
        self.model.set_edit_handler(self._edit)
        self.model.inputRefused.connect(self.show_refusal)
        self.view = make_grouped_table(self.model, self._span, editable=True,
                                       uniform=range(1, SOURCE_COLUMN), stretch=LINE_COLUMN, text_fit=True)
        self.view.setObjectName("scorecardTable")
        self.action_paste = QAction(self.tr("Paste from Spreadsheet"), self.view)
        self.action_paste.setShortcut(QKeySequence.StandardKey.Paste)
        self.action_paste.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_paste.triggered.connect(self.paste_clipboard)
        self.view.addAction(self.action_paste)
        self.message = QLabel(self)
        self.message.setObjectName("scorecardMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8c1d18; font-weight: bold;")
        self.message.hide()

        picker = QHBoxLayout()
        company_label = QLabel(self.tr("&Company:"), self)
        company_label.setBuddy(self.company_box)
        period_label = QLabel(self.tr("&Quarter:"), self)
        period_label.setBuddy(self.period_box)
        for widget in (company_label, self.company_box, self.add_company_button, self.lines_button):
            picker.addWidget(widget)
        picker.addSpacing(16)
        picker.addWidget(period_label)
        picker.addWidget(self.period_box)
        picker.addSpacing(16)
        picker.addWidget(self.new_quarter_button)
        picker.addStretch(1)

        company_page = QWidget()
        page_layout = QVBoxLayout(company_page)
        page_layout.setContentsMargins(0, 6, 0, 0)
        page_layout.addLayout(picker)
        page_layout.addWidget(self.message)
        page_layout.addWidget(self.view, 1)
        page_layout.addWidget(make_legend(company_page))
        page_layout.addWidget(WrapLabel(self.tr(
            "US$ millions, EPS in US$. Diffs in % for amounts, ppts for rates, computed where the "
            "workspace has the figures. Outlook: next quarter's guidance (midpoint) vs its consensus, vs "
            "this quarter's actual (QoQ) and a year earlier (YoY). Double-click a figure to edit."),
            company_page, muted=True))

        self.cross_page = CrossCspPage(workspace)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("scorecardPages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(company_page, self.tr("Company scorecard"))
        self.pages.addTab(self.cross_page, self.tr("Cross-CSP: latest quarter"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

        self.company_box.currentIndexChanged.connect(self._company_changed)
        self.period_box.currentIndexChanged.connect(self.reload)
        self.period_box.currentIndexChanged.connect(self.message.hide)
        self.company_box.currentIndexChanged.connect(self.message.hide)
        self.reload_companies()

    def reload_companies(self, select: str | None = None) -> None:
        """Offer every covered company (coverage changed, or a company got lines)."""
        current = self.current_company()
        select = select or (current.ticker if current else None)
        self._companies = self._workspace.companies()
        without = [company_name(c) for c in self._companies if not self._workspace.line_defs(c.ticker)]
        tip = self.tr("Company: every covered name")
        if without:
            tip += self.tr(" (no scorecard lines yet: %1; add them with Lines…)").replace(
                "%1", ", ".join(without))
        self.company_box.setToolTip(tip)
        self.company_box.blockSignals(True)
        self.company_box.clear()
        for company in self._companies:
            self.company_box.addItem(f"{company_name(company)} ({company.ticker})", company.ticker)
        index = self.company_box.findData(select) if select else -1
        self.company_box.setCurrentIndex(max(index, 0))
        self.company_box.blockSignals(False)
        self._company_changed()

    # -- selection -----------------------------------------------------------------------------
    def current_company(self) -> Company | None:
        index = self.company_box.currentIndex()
        return self._companies[index] if 0 <= index < len(self._companies) else None

    def current_period(self) -> Quarter | None:
        data = self.period_box.currentData()
        return data if isinstance(data, Quarter) else None

    def show_quarter(self, ticker: str, period: Quarter | None = None) -> None:
        """Pick a company and (optionally) one of its quarters in the pickers."""
        index = self.company_box.findData(ticker)
        if index >= 0 and index != self.company_box.currentIndex():
            self.company_box.setCurrentIndex(index)
        if period is not None:
            found = self._period_index(period)
            if found >= 0:
                self.period_box.setCurrentIndex(found)

    def _period_index(self, period: Quarter | None) -> int:
        for index in range(self.period_box.count()):
            if self.period_box.itemData(index) == period:
                return index
        return -1

    def _company_changed(self) -> None:
        company = self.current_company()
        self.lines_button.setEnabled(company is not None)
        self._fill_periods(None)

    def _fill_periods(self, select: Quarter | None) -> None:
        company = self.current_company()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        lines = None
        if company is not None:
            lines = self._workspace.scorecard_lines(company.ticker)
            reported = {x.period for x in lines if x.actual is not None}
            for period in self._workspace.periods(company.ticker):
                label = company.period_label(period)
                if period not in reported:
                    label = self.tr("%1 (no actuals yet)").replace("%1", label)
                self.period_box.addItem(label, period)
            target = select or latest_reported(lines)
            found = self._period_index(target) if target is not None else -1
            self.period_box.setCurrentIndex(found if found >= 0 else self.period_box.count() - 1)
        self.period_box.blockSignals(False)
        self.reload(lines)

    def reload(self, lines: list[ScorecardLine] | None = None) -> None:
        """Recompute the scorecard from the workspace (derived columns follow every saved edit);
        `lines`: the company's scorecard lines when the caller has just read them."""
        company, period = self.current_company(), self.current_period()
        if company is None or period is None:
            self.model.set_view(None, None, [])
            return
        definitions = self._workspace.line_defs(company.ticker)
        if not isinstance(lines, list):  # also called by signals with an index
            lines = self._workspace.scorecard_lines(company.ticker)
        sections = build_view(definitions, lines, period)
        self.model.set_view(company, period, sections, definitions, self._sources,
                            provenance=self._workspace.figure_provenance(company.ticker))

    def _span(self, row: int) -> tuple[int, int] | None:
        return (0, self.model.columnCount()) if self.model.is_section(row) else None

    # -- editing -------------------------------------------------------------------------------
    def undo_stack(self) -> QUndoStack:
        """The main window's undo stack (a private one when the tab stands alone)."""
        if self._own_stack is None:
            stack = getattr(self.window(), "undo_stack", None)
            if isinstance(stack, QUndoStack):
                return stack
            self._own_stack = workspace_undo_stack(self)
        return self._own_stack

    def _edit(self, request: EditRequest) -> bool:
        command = SetScorecardValueCommand(self._workspace, request.ref, request.new, request.description,
                                           on_applied=self._value_applied, on_error=self._save_failed)
        if not command.changes_anything:
            return True
        self.undo_stack().push(command)
        return not command.error

    def _value_applied(self, ref: CellRef) -> None:
        company, period = self.current_company(), self.current_period()
        showing = company is not None and company.ticker == ref.company and period is not None \
            and ref.period in (period, period.shifted(1))
        if not showing:
            self.show_quarter(ref.company, ref.period)
        self.reload()
        self.cross_page.reload()
        self._saved(self.tr("Saved."))

    def show_refusal(self, message: str) -> None:
        """Input that is not a number: say why; the old figure stays."""
        self.message.setText(message)
        self.message.show()
        self._status(message)
        index = self.view.currentIndex()
        if index.isValid() and self.view.isVisible():
            rect = self.view.visualRect(index)
            QToolTip.showText(self.view.viewport().mapToGlobal(rect.bottomLeft()), message, self.view)

    def _saved(self, text: str) -> None:
        self.message.hide()
        clear = getattr(self.window(), "clear_save_error", None)
        if callable(clear):
            clear()
        self._status(text)

    def _save_failed(self, message: str) -> None:
        self.message.setText(message)
        self.message.show()
        report = getattr(self.window(), "report_save_error", None)
        if callable(report):
            report(message)

    def _status(self, text: str) -> None:
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, STATUS_MS)

    # -- new quarter ---------------------------------------------------------------------------
    def new_quarter(self) -> None:
        """Ask for a company and a quarter, then add it."""
        company = self.current_company()
        periods = {c.ticker: self._workspace.periods(c.ticker) for c in self._companies}
        dialog = NewQuarterDialog(self._companies, periods, company.ticker if company else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            chosen, quarter = dialog.company(), dialog.quarter()
            if chosen is not None and quarter is not None:
                self.add_quarter(chosen.ticker, quarter)

    def add_quarter(self, ticker: str, period: Quarter) -> bool:
        """Add `period` to `ticker`'s scorecard as one undoable command; False if refused."""
        company = next((c for c in self._companies if c.ticker == ticker), None)
        label = company.period_label(period) if company else period.fiscal_label()
        if company is None or period in self._workspace.periods(ticker) \
                or not self._workspace.line_defs(ticker):
            # Refused before anything is pushed, so the redo history stays as it was.
            if company is None:
                text = self.tr("%1 is not covered.").replace("%1", ticker)
            elif period in self._workspace.periods(ticker):
                text = self.tr("%1 already has %2.").replace("%1", company.name_en).replace("%2", label)
            else:
                text = self.tr("%1 has no scorecard lines yet: add them with Lines… first.").replace(
                    "%1", company.name_en)
            self.show_refusal(text)
            return False
        command = AddQuarterCommand(self._workspace, ticker, period, label,
                                    on_applied=self._quarter_applied, on_error=self._save_failed)
        self.undo_stack().push(command)
        return not command.error

    def _quarter_applied(self, ticker: str, period: Quarter) -> None:
        self.show_quarter(ticker)
        self._fill_periods(period if period in self._workspace.periods(ticker) else None)
        self.cross_page.reload()
        self._saved(self.tr("Saved."))

    # -- coverage and lines --------------------------------------------------------------------
    def add_company(self, company: Company | None = None) -> bool:
        """Cover a new company (asks for it when `company` is None) as one undoable command."""
        from desktop_app.ui.commands.lines import AddCompanyCommand
        from desktop_app.ui.ranking.dialogs import AddNameDialog

        if company is None:
            dialog = AddNameDialog([c.ticker for c in self._companies], self)
            dialog.setWindowTitle(self.tr("Add Company"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            company = dialog.company()
        command = AddCompanyCommand(self._workspace, company, on_applied=self._coverage_applied,
                                    on_error=self._save_failed)
        self.undo_stack().push(command)
        return not command.error

    def others_changed(self, _entries: object = None) -> None:
        """Someone else changed the workspace: re-read it, keeping the company, the quarter, the
        current cell and the scroll position where they still exist."""
        period, cell = self.current_period(), self.view.currentIndex()
        row, column = cell.row(), cell.column()
        scroll = (self.view.verticalScrollBar().value(), self.view.horizontalScrollBar().value())
        self.reload_companies()
        if period is not None and self._period_index(period) >= 0 and period != self.current_period():
            self._fill_periods(period)
        self.cross_page.reload()
        if 0 <= row < self.model.rowCount() and 0 <= column < self.model.columnCount():
            self.view.setCurrentIndex(self.model.index(row, column))
        self.view.verticalScrollBar().setValue(scroll[0])
        self.view.horizontalScrollBar().setValue(scroll[1])

    def reload_coverage(self) -> None:
        """Another tab changed the coverage: the company list and the cross-CSP page follow."""
        self.reload_companies()
        self.cross_page.reload()

    def _coverage_applied(self, ticker: str) -> None:
        self.reload_companies(ticker if self._workspace.is_covered(ticker) else None)
        self.cross_page.reload()
        changed = getattr(self.window(), "coverage_changed", None)
        if callable(changed):
            changed(self)
        self._saved(self.tr("Saved."))

    def edit_lines(self) -> None:
        """The Lines… editor for the company shown."""
        from desktop_app.ui.scorecards.lines_dialog import LinesDialog

        company = self.current_company()
        if company is None:
            return
        dialog = LinesDialog(self._workspace, company, self.undo_stack(), self._lines_applied,
                             self._save_failed, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def _lines_applied(self, ticker: str) -> None:
        self.reload_companies(ticker)
        self.cross_page.reload()
        self._saved(self.tr("Saved."))

    # -- paste from a spreadsheet --------------------------------------------------------------
    def paste_clipboard(self) -> bool:
        """Ctrl+V in the grid: the clipboard's tab-separated cells from the current cell on."""
        from PySide6.QtWidgets import QApplication

        return self.paste_text(QApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Paste a block (see ui/models/scorecard_paste.py) as ONE undoable command; refused whole, with a
        message naming the cell, if any value is bad. False if nothing was saved."""
        from desktop_app.ui.commands.scorecard import PasteScorecardCommand
        from desktop_app.ui.models.scorecard_paste import PasteError, plan_paste

        index = self.view.currentIndex()
        company, period = self.current_company(), self.current_period()
        if company is None or period is None:
            return False
        try:
            plan = plan_paste(self.model, text, index.row() if index.isValid() else -1,
                              index.column() if index.isValid() else -1)
        except PasteError as exc:
            self.show_refusal(error_text(exc))
            return False
        label = f"{company.ticker} {company.period_label(period)}"
        command = PasteScorecardCommand(self._workspace, plan.values, label,
                                        on_applied=self._value_applied, on_error=self._save_failed)
        if not command.changes_anything:
            self._status((self.tr("Pasted %1 cells: every figure was already so.") if plan.cells != 1 else
                          self.tr("Pasted 1 cell: the figure was already so.")).replace(
                              "%1", str(plan.cells)))
            return True
        self.undo_stack().push(command)
        if command.error:
            return False
        pasted = len(command.refs)
        self._status((self.tr("Pasted block: %1 figures into %2 in one step (Ctrl+Z undoes them all).")
                      if pasted != 1 else self.tr("Pasted block: 1 figure into %2 (Ctrl+Z undoes it)."))
                     .replace("%1", str(pasted)).replace("%2", label))
        return True
