"""The Lines… editor of one company's scorecard: add, change, reorder and remove lines, or start
from another company's line set. Every change is one command on the window's undo stack; removing
a line that holds figures asks first (undo brings the line and its figures back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.storage.lines import KEY_RE
from desktop_app.ui.commands.lines import (
    AddLineCommand,
    CopyLinesCommand,
    RemoveLineCommand,
    ReorderLinesCommand,
    UpdateLineCommand,
)
from desktop_app.ui.data_text import company_name, line_label, section_title

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class LineForm(QDialog):
    """One line's fields; the key only for a new line."""

    def __init__(self, company: str, sections: list[str], line: LineDef | None = None,
                 taken: set[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Line") if line is None else self.tr("Change Line"))
        self._company, self._line, self._taken = company, line, taken or set()
        self.key_edit = QLineEdit(line.key if line else "", self)
        self.key_edit.setPlaceholderText(self.tr("e.g. cloud_revenue"))
        self.key_edit.setEnabled(line is None)
        self.label_edit = QLineEdit(line.label if line else "", self)
        self.label_zh_edit = QLineEdit(line.label_zh if line else "", self)
        if line is not None and not line.label_zh.strip() and line_label(line) != line.label:
            self.label_zh_edit.setPlaceholderText(line_label(line))  # what the window shows, not stored
        self.section_box = QComboBox(self)
        self.section_box.setEditable(True)
        self.section_box.addItems(sections)
        self.section_box.setCurrentText(line.section if line else (sections[0] if sections else ""))
        self.unit_edit = QLineEdit(line.unit if line else "", self)
        self.unit_edit.setPlaceholderText(self.tr("empty: US$mn, US$ per share or %"))
        self.kind_box = QComboBox(self)
        for kind, text in ((Kind.AMOUNT, self.tr("Amount (diff in %)")),
                           (Kind.RATE, self.tr("Rate (diff in ppts)")),
                           (Kind.PER_SHARE, self.tr("Per share (diff in %)"))):
            self.kind_box.addItem(text, kind)
        self.polarity_box = QComboBox(self)
        for polarity, text in ((Polarity.HIGHER_IS_BETTER, self.tr("Higher is better")),
                               (Polarity.LOWER_IS_BETTER, self.tr("Lower is better")),
                               (Polarity.NEUTRAL, self.tr("Neutral (never coloured)"))):
            self.polarity_box.addItem(text, polarity)
        if line is not None:
            self.kind_box.setCurrentIndex(self.kind_box.findData(line.kind))
            self.polarity_box.setCurrentIndex(self.polarity_box.findData(line.polarity))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Key:"), self.key_edit)
        form.addRow(self.tr("&Label:"), self.label_edit)
        form.addRow(self.tr("Chinese label:"), self.label_zh_edit)
        form.addRow(self.tr("&Section:"), self.section_box)
        form.addRow(self.tr("&Unit:"), self.unit_edit)
        form.addRow(self.tr("K&ind:"), self.kind_box)
        form.addRow(self.tr("&Polarity:"), self.polarity_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.key_edit.textChanged.connect(self._check)
        self.label_edit.textChanged.connect(self._check)
        self.setMinimumWidth(420)
        self._check()

    def problem_text(self) -> str:
        key = self.key_edit.text().strip()
        if self._line is None and not KEY_RE.match(key):
            return self.tr("The key is lower-case letters, digits and _ (e.g. cloud_revenue).")
        if self._line is None and key in self._taken:
            return self.tr("%1 already has a line %2.").replace("%1", self._company).replace("%2", key)
        if not self.label_edit.text().strip():
            return self.tr("Enter a label.")
        return ""

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def line(self) -> LineDef:
        base = self._line or LineDef(self._company, self.key_edit.text().strip(), "", "", "", Kind.AMOUNT,
                                     Polarity.HIGHER_IS_BETTER, 0)
        label = self.label_edit.text().strip()
        printed = base.printed_label if self._line is not None else label
        return replace(base, label=label, printed_label=printed or label,
                       label_zh=self.label_zh_edit.text().strip(),
                       section=self.section_box.currentText().strip(), unit=self.unit_edit.text().strip(),
                       kind=self.kind_box.currentData(), polarity=self.polarity_box.currentData())


class LinesDialog(QDialog):
    """The company's lines in order, with Add, Change, Up, Down, Remove and Copy from."""

    def __init__(self, workspace: Workspace, company: Company, stack: QUndoStack,
                 on_changed: Callable[[str], None], report: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linesDialog")
        self.setWindowTitle(self.tr("Lines of %1").replace(
            "%1", f"{company_name(company)} ({company.ticker})"))
        self.workspace, self.company, self.stack = workspace, company, stack
        self._on_changed, self._report = on_changed, report
        self.lines: list[LineDef] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("linesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Chinese"), self.tr("Section"),
                                              self.tr("Unit"), self.tr("Kind"), self.tr("Polarity")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda *_: self.change_selected())
        buttons = QVBoxLayout()
        for text, slot in ((self.tr("&Add…"), lambda: self.add_line()),
                           (self.tr("&Change…"), lambda: self.change_selected()),
                           (self.tr("Move &Up"), lambda: self.move_selected(-1)),
                           (self.tr("Move &Down"), lambda: self.move_selected(1)),
                           (self.tr("&Remove…"), lambda: self.remove_selected())):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.copy_box = QComboBox(self)
        self.copy_box.setObjectName("copyLinesFrom")
        self.copy_button = QPushButton(self.tr("Start from these lines"), self)
        self.copy_button.clicked.connect(lambda: self.copy_from(self.copy_box.currentData()))
        copy_row = QHBoxLayout()
        copy_row.addWidget(QLabel(self.tr("Copy the line set of:"), self))
        copy_row.addWidget(self.copy_box, 1)
        copy_row.addWidget(self.copy_button)
        for other in workspace.companies():
            if other.ticker != company.ticker and workspace.line_defs(other.ticker):
                self.copy_box.addItem(f"{company_name(other)} ({other.ticker})", other.ticker)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(copy_row)
        layout.addWidget(QLabel(self.tr("Every change is saved at once; Ctrl+Z in the window undoes it."),
                                self))
        layout.addWidget(close)
        self.resize(900, 560)
        self.reload()
        stack.indexChanged.connect(self._stack_moved)  # an undo / redo in the window: show it
        self._attached = True
        self.finished.connect(self._detach)

    def _detach(self, *_args: object) -> None:
        if self._attached:
            self._attached = False
            self.stack.indexChanged.disconnect(self._stack_moved)

    def _stack_moved(self, *_args: object) -> None:
        if not self.isVisible():  # closed (the window may be closing its workspace)
            return
        current = self.selected()
        self.reload(current.key if current else None)

    def reload(self, select: str | None = None) -> None:
        self.lines = self.workspace.line_defs(self.company.ticker)
        kinds = {Kind.AMOUNT: self.tr("amount"), Kind.RATE: self.tr("rate"),
                 Kind.PER_SHARE: self.tr("per share")}
        words = {1: self.tr("higher"), -1: self.tr("lower"), 0: self.tr("neutral")}
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            texts = (line.label, line.label_zh, section_title(line.section), line.unit_text,
                     kinds[line.kind], words[int(line.polarity.value)])
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2 and text != line.section:  # a shipped section title, translated
                    item.setToolTip(self.tr("Stored as: %1").replace("%1", line.section))
                self.table.setItem(row, column, item)
            self._standard_translation(row, line)
            if line.key == select:
                self.table.selectRow(row)
        has_lines = bool(self.lines)
        self.copy_box.setEnabled(not has_lines and self.copy_box.count() > 0)
        self.copy_button.setEnabled(not has_lines and self.copy_box.count() > 0)

    def _standard_translation(self, row: int, line: LineDef) -> None:
        """A standard line with no Chinese label of its own: the Chinese column shows, in grey
        italics, the translation the window shows for it (not stored; Change… records one)."""
        shown = line_label(line)
        if line.label_zh.strip() or shown == line.label:
            return
        item = QTableWidgetItem(shown)
        font = item.font()
        font.setItalic(True)
        item.setFont(font)
        item.setForeground(self.palette().placeholderText())
        item.setToolTip(self.tr("Not stored: the standard translation the window shows for %1. "
                                "Change… records a Chinese label of the line's own.").replace(
                                    "%1", line.label))
        self.table.setItem(row, 1, item)

    def selected(self) -> LineDef | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def _push(self, command: QUndoCommand, select: str | None = None) -> bool:
        self.stack.push(command)
        error = getattr(command, "error", "")
        if error:
            self._report(error)
        self.reload(select)
        return not error

    def _applied(self, ticker: str) -> None:
        self._on_changed(ticker)

    def _sections(self) -> list[str]:
        return list(dict.fromkeys(line.section for line in self.lines if line.section))

    def add_line(self, line: LineDef | None = None) -> bool:
        if line is None:
            form = LineForm(self.company.ticker, self._sections(), None, {x.key for x in self.lines}, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            line = form.line()
        return self._push(AddLineCommand(self.workspace, line, self._applied), line.key)

    def change_selected(self, new: LineDef | None = None) -> bool:
        old = self.selected()
        if old is None:
            return False
        if new is None:
            form = LineForm(self.company.ticker, self._sections(), old, None, self)
            if form.exec() != QDialog.DialogCode.Accepted:
                return False
            new = form.line()
        if new == old or new.key != old.key or new.company != old.company:
            return False
        return self._push(UpdateLineCommand(self.workspace, old, new, self._applied), old.key)

    def move_selected(self, delta: int) -> bool:
        line = self.selected()
        if line is None:
            return False
        keys = [x.key for x in self.lines]
        i = keys.index(line.key)
        j = i + delta
        if not 0 <= j < len(keys):
            return False
        after = list(keys)
        after[i], after[j] = after[j], after[i]
        return self._push(ReorderLinesCommand(self.workspace, self.company.ticker, keys, after,
                                              self._applied), line.key)

    def remove_selected(self, confirm: bool = True) -> bool:
        line = self.selected()
        if line is None:
            return False
        held = self.workspace.line_figures(self.company.ticker, line.key)
        if held and confirm:
            answer = QMessageBox.question(
                self, self.tr("Remove Line"),
                (self.tr("%1 holds figures in %2 quarters. Remove the line with its figures?\n\n"
                         "Undo (Ctrl+Z) brings the line and its figures back.") if held != 1 else
                 self.tr("%1 holds figures in 1 quarter. Remove the line with its figures?\n\n"
                         "Undo (Ctrl+Z) brings the line and its figures back."))
                .replace("%1", line.label).replace("%2", str(held)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return self._push(RemoveLineCommand(self.workspace, line, self._applied))

    def copy_from(self, source: str | None) -> bool:
        if not source:
            return False
        return self._push(CopyLinesCommand(self.workspace, source, self.company.ticker, self._applied))
