"""The rationale editor beside the list: the selected name's reason for its place, and the
reason the broker note gave (Chinese original and English) for reference.

Typing is saved in bursts: `edited(ticker, text, burst)` is emitted when typing pauses
(DEBOUNCE_MS), when the editor loses focus, before another name is shown and before an undo or
redo shortcut runs. Every emission of one burst carries the same burst number, so the undo
commands they create merge into one. A burst ends when the focus leaves, another name is shown,
or typing pauses for longer than BURST_GAP_S seconds.

Typing is never replaced under the cursor by someone else's change: when another PM changes the
rationale being typed (not yet saved), the editor keeps the typing, stops saving it, and shows the
other version beside it (who, when, their text) with "Take theirs" and "Keep mine" (`hold`).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.ranking import Snapshot, SnapshotEntry
from desktop_app.ui.formats import escape_html, fill
from desktop_app.ui.qt_free import set_enum_property
from desktop_app.ui.widgets import heading, note_label

if TYPE_CHECKING:  # Qt itself is imported where used, after the first paint (ui/qt_free.py)
    from PySide6.QtCore import Qt

DEBOUNCE_MS = 600
BURST_GAP_S = 5.0


_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA_UNDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    if any(event.matches(key) for key in _UNDO_KEYS):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in _EXTRA_UNDO_KEYS)


class RationaleEdit(QPlainTextEdit):
    """A plain-text editor whose own undo is off: Ctrl+Z goes to the window's undo stack."""

    focus_left = Signal(object)  # the Qt.FocusReason (not named here: ui/qt_free.py)
    before_undo = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and _is_undo_or_redo(event):
            self.before_undo.emit()  # save what was typed first…
            event.ignore()  # …then let the window's Undo / Redo shortcut have the key
            return False
        return super().event(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.focus_left.emit(event.reason())


class RationaleEditor(QWidget):
    """Edits the rationale of one ranked name at a time."""

    edited = Signal(str, str, int)  # ticker, text, burst
    pending_changed = Signal(bool)  # True while typed text waits for the pause that saves it
    draft_dropped = Signal(str, str)  # ticker, the typing left unsaved by moving on (a conflict open)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rationaleEditor")
        self._ticker: str | None = None
        self._burst = 0
        self._last_key = 0.0
        self._pending = False
        self._theirs: str | None = None  # someone else's version while a conflict is shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

        self.title = heading(self.tr("Rationale"))
        self.title.setObjectName("rationaleTitle")
        self.edit = RationaleEdit(self)
        self.edit.setObjectName("rationaleEdit")
        self.edit.setPlaceholderText(self.tr("Why this name is in this place: the thesis, what would "
                                             "change your mind… Saved as you type."))
        self.edit.setToolTip(self.tr("Saved as you type; Ctrl+Z undoes a whole burst of typing."))
        self.reference_title = QLabel(self)
        self.reference_title.setObjectName("referenceTitle")
        font = self.reference_title.font()
        font.setBold(True)
        self.reference_title.setFont(font)
        self.reference = QLabel(self)
        self.reference.setObjectName("noteReason")
        self.reference.setWordWrap(True)
        set_enum_property(self.reference, "textFormat", "RichText")
        set_enum_property(self.reference, "textInteractionFlags", "TextSelectableByMouse")
        set_enum_property(self.reference, "alignment", "AlignTop|AlignLeft")
        self.reference.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.reference.setStyleSheet("QLabel#noteReason { background: palette(alternate-base);"
                                     " padding: 6px; border-radius: 4px; }")

        self.conflict = self._make_conflict_panel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.conflict)
        layout.addWidget(self.reference_title)
        layout.addWidget(self.reference)
        layout.addWidget(note_label(self.tr("For reference only: the note's text is not changed.")))

        self.edit.textChanged.connect(self._typed)
        self.edit.focus_left.connect(self._focus_left)
        self.edit.before_undo.connect(self.flush)
        self.show_entry(None, "", "", None)

    def _make_conflict_panel(self) -> QFrame:
        panel = QFrame(self)
        panel.setObjectName("rationaleConflict")
        panel.setStyleSheet("QFrame#rationaleConflict { background: #fff4ce; border: 1px solid #c19c00;"
                            " border-radius: 4px; } QFrame#rationaleConflict QLabel { border: none; }")
        self.conflict_label = QLabel(panel)
        self.conflict_label.setObjectName("conflictWho")
        self.conflict_label.setWordWrap(True)
        self.conflict_text = QLabel(panel)
        self.conflict_text.setObjectName("conflictTheirs")
        self.conflict_text.setWordWrap(True)
        set_enum_property(self.conflict_text, "textInteractionFlags", "TextSelectableByMouse")
        self.conflict_text.setStyleSheet("font-style: italic;")
        # QPushButton(panel) and setText, not QPushButton(text, panel): PySide would build QIcon's
        # enums to choose between that and QPushButton(icon, text, panel) (start-up time)
        self.take_theirs = QPushButton(panel)
        self.take_theirs.setText(self.tr("Take theirs"))
        self.take_theirs.setObjectName("takeTheirs")
        self.take_theirs.setToolTip(self.tr("Replace your unsaved typing with their version"))
        self.take_theirs.clicked.connect(self.take_their_version)
        self.keep_mine = QPushButton(panel)
        self.keep_mine.setText(self.tr("Keep mine"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.setToolTip(self.tr("Save your text over theirs (undoable)"))
        self.keep_mine.clicked.connect(self.keep_my_version)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take_theirs)
        buttons.addWidget(self.keep_mine)
        box = QVBoxLayout(panel)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.conflict_label)
        box.addWidget(self.conflict_text)
        box.addLayout(buttons)
        panel.hide()
        return panel

    # -- someone else's version ----------------------------------------------------------------
    @property
    def has_unsaved(self) -> bool:
        """True while typing is not saved yet (waiting for the pause, or held by a conflict)."""
        return self._ticker is not None and (self._pending or self._theirs is not None)

    @property
    def in_conflict(self) -> bool:
        return self._theirs is not None

    def hold(self, who_when: str, theirs: str) -> None:
        """Someone else changed the rationale being typed: keep the typing, save nothing, and
        show their version (`who_when`: "Ann changed it at 14:02") beside it until the user picks."""
        self._timer.stop()
        self._pending = True
        self._theirs = theirs
        self.conflict_label.setText(fill(self.tr(
            "%1 while you were typing. Your text is kept here and not saved yet; their version:"),
            who_when))
        self.conflict_text.setText(theirs or self.tr("(empty)"))
        self.conflict.show()

    def _release(self) -> None:
        self._theirs = None
        self.conflict.hide()

    def take_their_version(self) -> None:
        """Drop the unsaved typing; show their version (already saved)."""
        theirs = self._theirs or ""
        self._release()
        self._pending = False
        self._set_text(theirs)

    def keep_my_version(self) -> None:
        """Save the typing over their version (an undoable edit, compare-and-set against theirs)."""
        self._release()
        self._pending = True
        self.end_burst()

    # -- what is shown -------------------------------------------------------------------------
    @property
    def ticker(self) -> str | None:
        return self._ticker

    @property
    def burst(self) -> int:
        return self._burst

    def show_entry(self, ticker: str | None, name: str, text: str,
                   reason: tuple[Snapshot, SnapshotEntry] | None, rank: int | None = None) -> None:
        """Edit `ticker`'s rationale (None: nothing selected). What was typed for the previous
        name is saved (emitted once this editor already shows the new name)."""
        pending = None
        if ticker != self._ticker:
            if self._theirs is not None:  # moving on without choosing: their version stays
                dropped = (self._ticker or "", self.edit.toPlainText())
                self._release()
                self._pending = False
                self.draft_dropped.emit(*dropped)
            pending = self._take_pending()
            self._burst += 1
        self._ticker = ticker
        self._display(ticker, name, text, reason, rank)
        if pending is not None:
            self.edited.emit(*pending)

    def _display(self, ticker: str | None, name: str, text: str,
                 reason: tuple[Snapshot, SnapshotEntry] | None, rank: int | None) -> None:
        self.edit.setEnabled(ticker is not None)
        if ticker is None:
            self.title.setText(self.tr("Rationale"))
            self._set_text("")
            self.reference_title.setText("")
            self.reference.setText(self.tr("Select a name in the list to write why it has its place."))
            return
        place = self.tr(", rank %1").replace("%1", str(rank)) if rank else ""
        self.title.setText(self.tr("Rationale: %1 (%2)%3").replace("%1", name).replace("%2", ticker)
                           .replace("%3", place))
        self.set_text(text)
        if reason is None:
            self.reference_title.setText(self.tr("The notes' reason"))
            self.reference.setText(self.tr("No broker note gives a reason for %1.").replace("%1", name))
            return
        snapshot, entry = reason
        self.reference_title.setText(
            self.tr("The note's reason (%1, rank %2)").replace("%1", snapshot.label)
            .replace("%2", str(entry.rank)))
        parts = []
        if entry.reason_zh:
            parts.append(f"<p style='margin:0 0 6px 0'>{escape_html(entry.reason_zh)}</p>")
        if entry.rationale:
            parts.append(f"<p style='margin:0'><i>{escape_html(entry.rationale)}</i></p>")
        self.reference.setText("".join(parts) or self.tr("The note gives no reason."))

    def set_text(self, text: str) -> None:
        """Show `text` unless the editor already holds it (modulo surrounding blanks, which are not
        saved), so the cursor does not jump while typing; never while a conflict holds the typing."""
        if self._theirs is not None:
            return
        if self.edit.toPlainText().strip() != text.strip():
            self._set_pending(False)
            self._timer.stop()
            self._set_text(text)

    def _set_text(self, text: str) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)

    # -- typing --------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._ticker is None:
            return
        now = time.monotonic()
        if self._last_key and now - self._last_key > BURST_GAP_S:
            self.flush()
            self._burst += 1
        self._last_key = now
        self._set_pending(True)
        if self._theirs is None:  # held by a conflict: saved only by "Keep mine"
            self._timer.start()

    def _take_pending(self) -> tuple[str, str, int] | None:
        """(ticker, text, burst) of what was typed and not yet saved; forgets it."""
        self._timer.stop()
        if self._theirs is not None:
            return None  # held by a conflict: nothing is saved until the user picks
        pending = self._pending and self._ticker is not None
        self._set_pending(False)
        return (self._ticker or "", self.edit.toPlainText(), self._burst) if pending else None

    @property
    def pending(self) -> bool:
        """Typed text not saved yet."""
        return self._pending

    def _set_pending(self, pending: bool) -> None:
        if pending != self._pending:
            self._pending = pending
            self.pending_changed.emit(pending)

    def flush(self) -> None:
        """Save what was typed (if anything) now."""
        pending = self._take_pending()
        if pending is not None:
            self.edited.emit(*pending)

    def end_burst(self) -> None:
        """Save now; the next keystroke starts a new undo command."""
        self.flush()
        self._burst += 1

    def _focus_left(self, reason: Qt.FocusReason) -> None:
        from PySide6.QtCore import Qt

        if reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.flush()  # a menu or another window: save, but the burst goes on
        else:
            self.end_burst()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close:
            if self._theirs is not None and not self._drop_on_close():
                event.ignore()  # the window stays open with the typing and their version
                return True
            self.flush()
        return False

    def _drop_on_close(self) -> bool:
        """The window is closing while someone else's version is shown beside unsaved typing: ask
        before the typing is dropped (it cannot be saved without the user choosing)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window(), self.tr("Unsaved rationale"),
            self.tr("Your text for this rationale is not saved: someone else changed it while you "
                    "were typing. Close anyway and drop your text?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._release()
        self._pending = False
        return True
