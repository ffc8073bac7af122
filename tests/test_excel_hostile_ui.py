"""Hostile workbooks in the window: File ▸ Import from Excel… reads and checks on a worker thread
with a progress dialog and a working Cancel; a refusal names the sheet and the bad part; the busy
cursor never stays; nothing is changed and no undo step is left behind."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.io import excel_import
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import excel_actions
from desktop_app.ui.excel_preview import ImportPreviewDialog
from desktop_app.ui.main_window import MainWindow
from tests import hostile_books as H


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def book(window: MainWindow, tmp_path: Path) -> Path:
    path = tmp_path / "summary.xlsx"
    assert excel_actions.export_to(window, path)
    return path


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box: (its text, its informative text); none of them waits for a click."""
    boxes: list[tuple[str, str]] = []

    def capture(box: QMessageBox) -> int:
        boxes.append((box.text(), box.informativeText()))
        return QMessageBox.StandardButton.Ok

    def static(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        boxes.append((text, ""))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, static)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: pytest.fail("no preview expected"))
    return boxes


def _dump(window: MainWindow) -> tuple[list[tuple], int]:
    with sqlite3.connect(f"file:{window.workspace.path}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT * FROM scorecard_lines ORDER BY 1, 2, 3, 4").fetchall()
        return rows, conn.execute("SELECT count(*) FROM change_log").fetchone()[0]


def _nothing_changed(window: MainWindow, before: tuple[list[tuple], int]) -> None:
    assert _dump(window) == before and window.undo_stack.count() == 0
    assert QGuiApplication.overrideCursor() is None  # the busy cursor is not stuck
    assert window.action_import.isEnabled() and window.action_export.isEnabled()
    assert window.findChild(QProgressDialog, "importProgress") is None or not window.findChild(
        QProgressDialog, "importProgress").isVisible()


def test_a_malformed_merged_range_is_refused_in_a_dialog(window: MainWindow, book: Path, tmp_path: Path,
                                                         shown: list) -> None:
    bad = H.edited(book, tmp_path / "merge.xlsx", H.SCORECARDS_PART, lambda d: H.once(
        d, b"</sheetData>", b'</sheetData><mergeCells count="1"><mergeCell ref="E5:F"/></mergeCells>'))
    before = _dump(window)
    assert not excel_actions.import_from(window, bad, confirm=lambda plan: pytest.fail("no plan expected"))
    assert [text for text, _ in shown] == ["Nothing was imported: merge.xlsx cannot be used as it is."]
    assert ("sheet Scorecards: the merged range 'E5:F' is not a range of cells like E5:F5"
            in shown[0][1])
    assert window.statusBar().currentMessage() == "Nothing was imported from merge.xlsx."
    _nothing_changed(window, before)


@pytest.mark.slow
def test_a_count_bomb_is_refused_in_a_dialog(window: MainWindow, book: Path, tmp_path: Path, shown: list) -> None:
    bomb = H.HOSTILE["strings-under-byte-caps"](book, tmp_path / "bomb.xlsx")
    before = _dump(window)
    assert not excel_actions.import_from(window, bomb)
    assert len(shown) == 1 and "bomb.xlsx has more than 250,000 shared strings" in shown[0][1]
    _nothing_changed(window, before)


def test_a_named_pipe_is_refused_before_it_is_opened(window: MainWindow, tmp_path: Path, shown: list,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("named pipes are POSIX")
    fifo = tmp_path / "pipe.xlsx"
    os.mkfifo(fifo)
    monkeypatch.setattr(excel_import, "read_workbook", lambda *a: pytest.fail("nothing may open the pipe"))
    before = _dump(window)
    assert not excel_actions.import_from(window, fifo)
    assert len(shown) == 1 and f"{fifo} is a named pipe (FIFO), not a workbook file" in shown[0][1]
    _nothing_changed(window, before)


def test_cancel_stops_the_read_at_its_next_check_and_changes_nothing(
    window: MainWindow, book: Path, tmp_path: Path, shown: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker is held at its first progress call until Cancel has been clicked in the dialog,
    so the click always lands while the read is under way (no timing guess)."""
    import openpyxl

    from desktop_app.io import excel_layout as L

    wb = openpyxl.load_workbook(book)
    wb[L.SCORECARDS]["E5"] = 77000  # a real change: without Cancel there would be a preview
    wb.save(book)
    real = excel_import.read_workbook
    started, pressed = threading.Event(), threading.Event()
    answers_after_cancel: list[bool] = []
    threads: list[threading.Thread] = []

    def held(path: Path, basis: excel_import.ImportBasis, progress):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread())

        def watched(done: int, total: int) -> bool:
            if not started.is_set():
                started.set()
                pressed.wait(60)
            answer = progress(done, total)
            if pressed.is_set():
                answers_after_cancel.append(answer)
            return answer
        return real(path, basis, watched)

    monkeypatch.setattr(excel_import, "read_workbook", held)
    seen: dict[str, object] = {}

    def press() -> None:
        dialog = window.findChild(QProgressDialog, "importProgress")
        if not started.is_set() or dialog is None or not dialog.isVisible():
            return  # the dialog shows itself once the read has taken 300 ms
        timer.stop()
        seen["cursor"] = QGuiApplication.overrideCursor().shape()
        seen["import enabled"] = window.action_import.isEnabled()
        dialog.findChild(QPushButton).click()
        seen["label"] = dialog.labelText()
        seen["visible"] = dialog.isVisible()
        pressed.set()

    timer = QTimer()
    timer.timeout.connect(press)
    timer.start(10)
    before = _dump(window)
    try:
        assert not excel_actions.import_from(window, book)
    finally:
        timer.stop()
        pressed.set()
    assert threads and threads[0] is not threading.main_thread()  # read off the GUI thread
    assert seen == {"cursor": Qt.CursorShape.BusyCursor, "import enabled": False,
                    "label": "Cancelling…", "visible": True}
    assert answers_after_cancel == [False]  # the first question after Cancel stopped the read
    assert shown == []  # a cancel is no error
    assert window.statusBar().currentMessage() == "Import cancelled; nothing was changed."
    _nothing_changed(window, before)


def test_an_unexpected_failure_in_the_worker_is_shown_and_changes_nothing(
    window: MainWindow, book: Path, shown: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args):  # noqa: ANN202
        raise RuntimeError("disk went away")

    monkeypatch.setattr(excel_import, "read_workbook", broken)
    before = _dump(window)
    assert not excel_actions.import_from(window, book)
    assert shown == [("Nothing was imported: reading summary.xlsx failed unexpectedly "
                      "(RuntimeError: disk went away).", "")]
    _nothing_changed(window, before)
