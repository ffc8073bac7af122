"""Work off the GUI thread: a background operation with a progress dialog and a working Cancel.

The pattern of Anki's aqt/operations: `BackgroundOp(parent, work, success=…, failure=…).run()`
runs `work(progress)` on a worker thread while the window stays responsive; `success(result)` or
`failure(exception)` then runs on the GUI thread. `work` touches no Qt object and no workspace
connection (SQLite connections belong to their thread): it gets what it needs before it starts.

`progress(done, total)` is what `work` calls as it goes (from its thread): it moves the dialog's
bar and returns False once the user has pressed Cancel, so `work` stops at its next check and
raises; nothing it did is kept. The dialog appears only if the work takes longer than
`PROGRESS_DELAY_MS`; a busy cursor is shown meanwhile and always restored before a callback runs.
`wait()` runs a local event loop until the callbacks are done, for callers that go on from there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

PROGRESS_DELAY_MS = 300
_RUNNING: set[BackgroundOp] = set()  # kept alive until their callbacks have run


class BackgroundOp(QObject):
    """One run of `work` on a worker thread, with a progress dialog, Cancel and GUI-thread callbacks."""

    finished = Signal()  # after success or failure has run
    _done = Signal(object, object)  # (result, exception): emitted on the worker, received on the GUI thread
    _moved = Signal(int, int)

    def __init__(self, parent: QWidget, work: Callable[[Callable[[int, int], bool]], Any], *,
                 success: Callable[[Any], None], failure: Callable[[BaseException], None],
                 title: str, label: str, cancelling: str, object_name: str = "backgroundProgress",
                 busy: tuple[Any, ...] = ()) -> None:
        super().__init__(parent)
        self._work, self._success, self._failure = work, success, failure
        self._busy = busy  # actions disabled while this runs (no second one meanwhile)
        self._cancel = threading.Event()
        self._cancelling = cancelling
        self.done = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName(object_name)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.setMinimumWidth(380)
        self.dialog.canceled.disconnect()  # its default slot hides the dialog before the work stopped
        self.dialog.canceled.connect(self.cancel)
        self._done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._moved.connect(self._move, Qt.ConnectionType.QueuedConnection)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> BackgroundOp:
        _RUNNING.add(self)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        for action in self._busy:
            action.setEnabled(False)
        self.dialog.setValue(0)  # starts the delay after which the dialog shows itself
        threading.Thread(target=self._run, name=f"csp-desk {self.dialog.objectName()}", daemon=True).start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop (it does at its next progress call); the failure callback follows."""
        if not self.done and not self._cancel.is_set():
            self._cancel.set()
            self.dialog.setLabelText(self._cancelling)
            button = self.dialog.findChild(QPushButton)
            if button is not None:
                button.setEnabled(False)

    def wait(self) -> None:
        """Process events until the callbacks have run."""
        if not self.done:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            if not self.done:
                loop.exec()

    def _report(self, done: int, total: int) -> bool:  # on the worker thread
        self._moved.emit(done, total)
        return not self._cancel.is_set()

    def _run(self) -> None:  # on the worker thread
        try:
            outcome: tuple[Any, BaseException | None] = (self._work(self._report), None)
        except BaseException as exc:  # noqa: BLE001 - every failure goes to the failure callback
            outcome = (None, exc)
        try:
            self._done.emit(*outcome)
        except RuntimeError:  # the window (and this object with it) is gone: nobody to tell
            pass

    def _move(self, done: int, total: int) -> None:
        if self.done or self._cancel.is_set():
            return
        scale = max(1, (total + 2**30) // 2**30)  # QProgressDialog counts in int
        self.dialog.setMaximum(max(total // scale, 1))
        self.dialog.setValue(min(done, total) // scale)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        try:
            for action in self._busy:
                action.setEnabled(True)
            self.dialog.close()
            self.dialog.deleteLater()
            QGuiApplication.restoreOverrideCursor()
            if error is None:
                self._success(result)
            else:
                self._failure(error)
        finally:
            _RUNNING.discard(self)
            self.finished.emit()
            self.deleteLater()
