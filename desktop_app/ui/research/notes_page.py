"""The Notes page of the Research tab: every research note (the seed's KGI notes and any added),
with its date, broker, analyst, attached file and what in the workspace cites it; Add Note… and
Open File (the stored file is written to a temporary folder and opened with the system viewer).
"""

from __future__ import annotations

import html
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.notes import (
    Citation,
    Note,
    citation_summary,
    citation_text,
    citation_where,
    kind_name,
)
from desktop_app.ui import file_dialogs
from desktop_app.ui.commands.notes import NoteEntry
from desktop_app.ui.data_text import chinese
from desktop_app.ui.errors import error_text, translated
from desktop_app.ui.formats import fill
from desktop_app.ui.models.table import Column, RowTableModel
from desktop_app.ui.widgets import make_table, note_label

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

MAX_LISTED = 25  # citations named in a tooltip; the rest are counted


def _size(n: int | None) -> str:
    if n is None:
        return ""
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, round(n / 1024))} KB"


def _where(c: Citation) -> str:
    """` (Figure 2)`: where in the note, in the window's language; empty when not recorded."""
    where = citation_where(c, translated)
    return f" ({where})" if where else ""


def _as_date(value: object) -> date:
    assert isinstance(value, date)
    return value


class NotesModel(RowTableModel[Note]):
    """ID | Date | Broker | Analyst | Title | File | Cited by."""

    def __init__(self, notes: Sequence[Note], cited: dict[str, list[Citation]], parent: Any = None) -> None:
        self.cited = dict(cited)
        # what a citation is, in the window's language (NotesPage names scorecard figures)
        self.what: Callable[[Citation], str] = lambda c: citation_text(c, translated, chinese())

        def file_text(n: Note) -> str:
            if n.has_file:
                return f"{n.file_name} ({_size(n.file_size)})"
            return n.file_name

        def file_tip(n: Note) -> str:
            if n.has_file:
                return QCoreApplication.translate(
                    "NotesPage", "Stored in the workspace: select the note and press Open File"
                )
            return (
                QCoreApplication.translate(
                    "NotesPage", "The text file the seed was transcribed from (not stored)"
                )
                if n.file_name
                else ""
            )

        def cited_tip(n: Note) -> str:
            found = self.cited.get(n.note_id, [])
            if not found:
                return QCoreApplication.translate("NotesPage", "Nothing in the workspace cites this note yet")
            lines = [fill(QCoreApplication.translate("NotesPage", "%1: %2"), kind_name(c.kind, translated),
                          self.what(c)) + _where(c) for c in found[:MAX_LISTED]]
            if len(found) > MAX_LISTED:
                lines.append(
                    QCoreApplication.translate("NotesPage", "… and %1 more").replace(
                        "%1", str(len(found) - MAX_LISTED)
                    )
                )
            return "\n".join(lines)

        def added(n: Note) -> str:
            return (
                QCoreApplication.translate("NotesPage", "added by %1, %2")
                .replace("%1", n.added_by)
                .replace("%2", n.added_at[:10])
                if n.added_by
                else QCoreApplication.translate("NotesPage", "seed data set")
            )

        columns = [
            Column(QCoreApplication.translate("NotesPage", "ID"), lambda n: n.note_id, tooltip=added),
            Column(
                QCoreApplication.translate("NotesPage", "Date"),
                lambda n: n.published or QCoreApplication.translate("NotesPage", "not given"),
                numeric=True,
            ),
            Column(QCoreApplication.translate("NotesPage", "Broker"), lambda n: n.broker),
            Column(QCoreApplication.translate("NotesPage", "Analyst"), lambda n: n.analyst),
            Column(
                QCoreApplication.translate("NotesPage", "Title"),
                lambda n: n.title_zh if chinese() and n.title_zh else n.title,
                tooltip=lambda n: html.escape(n.title_zh if chinese() and n.title_zh else n.title),
            ),
            Column(QCoreApplication.translate("NotesPage", "File"), file_text, tooltip=file_tip),
            Column(
                QCoreApplication.translate("NotesPage", "Cited by"),
                lambda n: citation_summary(self.cited.get(n.note_id, []), translated) or "—",
                tooltip=cited_tip,
            ),
        ]
        super().__init__(list(notes), columns, parent)

    def set_notes(self, notes: Sequence[Note], cited: dict[str, list[Citation]]) -> None:
        self.cited = dict(cited)
        self.set_rows(list(notes))


def write_temp_copy(name: str, data: bytes) -> Path:
    """The stored file written to a new private temporary folder, under its own name."""
    folder = Path(tempfile.mkdtemp(prefix="csp-desk-note-"))
    safe = Path(name).name or "note"
    path = folder / safe
    path.write_bytes(data)
    return path


class NoteDialog(QDialog):
    """Broker, date, title, analyst and an optional file; OK refused until valid."""

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Research Note"))
        self.user = user
        self.entry: NoteEntry | None = None
        self.broker_edit = QLineEdit(self)
        self.broker_edit.setObjectName("noteBroker")
        self.broker_edit.setPlaceholderText(self.tr("e.g. KGI"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setObjectName("noteDate")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("noteTitle")
        self.analyst_edit = QLineEdit(self)
        self.analyst_edit.setObjectName("noteAnalyst")
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("noteFile")
        self.file_edit.setPlaceholderText(self.tr("optional: the note's PDF, kept inside the workspace"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        self.message = QLabel(self)
        self.message.setObjectName("noteMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Broker:"), self.broker_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Analyst:"), self.analyst_edit)
        form.addRow(self.tr("&File:"), file_row)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel, parent=self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        chosen, _ = file_dialogs.open_file_name(
            self, self.tr("Attach the Note's File"), Path.home(), self.tr("PDF (*.pdf);;All files (*)")
        )
        if chosen:
            self.file_edit.setText(chosen)

    def validated(self) -> NoteEntry | None:
        from desktop_app.storage.notes import check_file

        broker, title = self.broker_edit.text().strip(), self.title_edit.text().strip()
        if not broker or not title:
            self.message.setText(self.tr("A note needs its broker and its title."))
            return None
        file = None
        text = self.file_edit.text().strip()
        if text:
            path = Path(text).expanduser()
            try:
                check_file(path.name, path.stat().st_size)
                file = (path.name, path.read_bytes())
            except ValueError as exc:
                self.message.setText(error_text(exc))
                return None
            except OSError as exc:
                self.message.setText(
                    self.tr("Cannot read %1: %2").replace("%1", text).replace("%2", exc.strerror or str(exc))
                )
                return None
        return NoteEntry(
            broker=broker,
            published=_as_date(self.date_edit.date().toPython()),
            title=title,
            user=self.user,
            analyst=self.analyst_edit.text().strip(),
            file=file,
        )

    def accept(self) -> None:
        entry = self.validated()
        if entry is None:
            return
        self.entry = entry
        super().accept()


class NotesPage(QWidget):
    """The notes list with Add Note… and Open File."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        opener: Callable[[QUrl], bool] = file_dialogs.open_with_system,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.opener = opener
        self.model = NotesModel(workspace.notes(), workspace.note_citations(), self)
        self.model.what = self._citation_text()
        self.view = make_table(self.model)
        self.view.setObjectName("notesTable")
        self.view.setWordWrap(False)
        self.add_button = QPushButton(self.tr("&Add Note…"), self)
        self.add_button.setObjectName("addNote")
        self.add_button.setToolTip(self.tr("Record a research note (broker, date, title, analyst, its PDF)"))
        self.open_button = QPushButton(self.tr("&Open File"), self)
        self.open_button.setObjectName("openNoteFile")
        self.open_button.setToolTip(self.tr("Open the selected note's stored file with the system viewer"))
        self.open_button.clicked.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            note_label(
                self.tr(
                    "Every note in the workspace and what cites it (hover Cited by for the list). Files are "
                    "kept inside the workspace, so they open offline. Research ▸ Add Note… (Ctrl+Shift+O) "
                    "records one; its id is the source to give prices, targets and figures."
                ),
                self,
            )
        )
        self._update_buttons()

    def selected(self) -> Note | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        note = self.selected()
        self.open_button.setEnabled(note is not None and note.has_file)

    def _citation_text(self) -> Callable[[Citation], str]:
        """A citation as the window names it: a scorecard figure by its company, quarter label, line
        label and field in the window's language; anything else as stored."""
        from desktop_app.ui.change_log_text import LineLabels
        from desktop_app.ui.scorecards.tooltips import field_word

        companies = {c.ticker: c for c in self.workspace.companies(include_removed=True)}
        lines = LineLabels(d for t in companies for d in self.workspace.line_defs(t))

        def text(citation: Citation) -> str:
            if citation.figure is None:
                return citation_text(citation, translated, chinese())
            ticker, period, line, field = citation.figure
            company = companies.get(ticker)
            quarter = company.period_label(period) if company is not None else period.fiscal_label()
            word = field_word(field) if field else ""
            return " ".join(p for p in (ticker, quarter, lines(ticker, line), word) if p)

        return text

    def refresh(self) -> None:
        self.model.what = self._citation_text()
        self.model.set_notes(self.workspace.notes(), self.workspace.note_citations())
        self._update_buttons()

    def open_selected(self) -> Path | None:
        note = self.selected()
        if note is None or not note.has_file:
            return None
        stored = self.workspace.note_file(note.note_id)
        if stored is None:
            return None
        path = write_temp_copy(*stored)
        self.opener(QUrl.fromLocalFile(str(path)))
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(
                QCoreApplication.translate("NotesPage", "Opened %1 (a copy in %2)")
                .replace("%1", path.name)
                .replace("%2", str(path.parent)),
                8000,
            )
        return path
