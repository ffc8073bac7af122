"""Others' changes without losing this user's work (issue 12, the window side). Two users on one
real workspace file: the window writes as Bo, a second Workspace object (another PM) as Ann
(CSP_DESK_USER). The view follows Ann's changes in place: the tab, the selection and Bo's undo
history stay; an undo over a value Ann changed since is refused and names her; a rationale Bo is
typing is never replaced under the cursor. The window's poll is stopped so the order of events is
fixed (the watch test covers notification)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ranking.editor import DEBOUNCE_MS
from tests.ranking_support import SEED, open_window, stored, stored_rationale


@pytest.fixture(autouse=True)
def taipei_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time UTC+8 (no daylight saving), so the HH:MM shown is provably local, not UTC."""
    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


@pytest.fixture
def ann(ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable[[Workspace], object]], None]]:
    """`ann(lambda ws: …)` writes as Ann through her own connection; the window writes as Bo."""
    monkeypatch.setenv("CSP_DESK_USER", "Bo")
    other = Workspace.open(ws_path)

    def write(action: Callable[[Workspace], object]) -> None:
        monkeypatch.setenv("CSP_DESK_USER", "Ann")
        try:
            action(other)
        finally:
            monkeypatch.setenv("CSP_DESK_USER", "Bo")

    yield write
    other.close()


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    shown = open_window(qtbot, ws_path, tmp_path)
    shown.external_changes.stop()
    return shown


def hhmm_taipei(ws: Workspace) -> str:
    """The newest change's time as the window must show it: UTC + 8 hours."""
    at = datetime.fromisoformat(ws.change_log(1)[0].at)
    return (at + timedelta(hours=8)).strftime("%H:%M")


def move_to_top(ticker: str) -> Callable[[Workspace], None]:
    def action(ws: Workspace) -> None:
        entries = ws.ranking()
        first = [e for e in entries if e.ticker == ticker]
        ws.set_ranking(first + [e for e in entries if e.ticker != ticker], "move", expected=entries)
    return action


def set_rationale(ticker: str, text: str) -> Callable[[Workspace], None]:
    def action(ws: Workspace) -> None:
        old = {e.ticker: e.rationale for e in ws.ranking()}[ticker]
        ws.set_rationale(ticker, text, old, f"{ticker} rationale")
    return action


def test_anns_move_shows_in_place_with_who_and_when_and_bos_undo_is_kept(
        window: MainWindow, ann, ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("META")
    tab.editor.edit.setPlainText("Bo's reason for Meta")
    tab.editor.end_burst()
    tab.select("GOOGL")
    assert window.undo_stack.count() == 1

    ann(move_to_top("AMZN"))
    with Workspace.open(ws_path) as fresh:
        expected_time = hhmm_taipei(fresh)
    assert window.external_changes.check() is True
    assert window.tab_page(0) is tab  # refreshed in place, not rebuilt
    assert tab.model.order() == ["AMZN", "MSFT", "GOOGL", "META"]
    assert tab.selected_ticker() == "GOOGL" and tab.editor.ticker == "GOOGL"
    assert window.tabs.currentIndex() == 0
    assert window.undo_stack.count() == 1  # kept
    assert window.statusBar().currentMessage() == (
        f"Changed by others: Ann moved Amazon to 1 at {expected_time}. Shown as it is now; your "
        "undo history is kept.")

    window.undo_stack.undo()  # Bo's own rationale edit: Ann did not touch it, so it undoes
    assert stored_rationale(ws_path, "META") != "Bo's reason for Meta"
    assert stored(ws_path) == ["AMZN", "MSFT", "GOOGL", "META"]  # Ann's order stays
    assert window.external_changes.check() is False  # Bo's own undo is not news


def test_an_undo_over_anns_rationale_is_refused_naming_her_and_the_rest_stays(
        window: MainWindow, ann, ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("AMZN")
    tab.editor.edit.setPlainText("Bo: AWS re-accelerates")
    tab.editor.end_burst()
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True  # MSFT GOOGL AMZN META
    ann(set_rationale("AMZN", "Ann: margins peak"))
    with Workspace.open(ws_path) as fresh:
        expected_time = hhmm_taipei(fresh)
    assert window.external_changes.check() is True

    window.undo_stack.undo()  # the move: the order is still what Bo left, Ann's text stays
    assert stored(ws_path) == SEED
    assert stored_rationale(ws_path, "AMZN") == "Ann: margins peak"
    window.undo_stack.undo()  # Bo's rationale edit: Ann changed that rationale since
    assert stored_rationale(ws_path, "AMZN") == "Ann: margins peak"  # nothing written
    assert tab.last_error == (f"Ann changed Amazon's rationale at {expected_time}; your edit “Edit "
                              "the rationale of Amazon” can no longer be undone.")
    assert window.save_state_label.text() == "Not saved: " + tab.last_error
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 0  # only it was dropped
    window.undo_stack.redo()  # the move again
    assert stored(ws_path) == ["MSFT", "GOOGL", "AMZN", "META"]


def test_a_refused_reorder_says_who_moved_what(window: MainWindow, ann, ws_path: Path,
                                               qtbot: QtBot) -> None:
    tab = window.tab_page(0)
    ann(move_to_top("META"))  # the window has not looked yet
    with Workspace.open(ws_path) as fresh:
        expected_time = hhmm_taipei(fresh)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is False
    qtbot.waitUntil(lambda: tab.model.order() == ["META", "MSFT", "AMZN", "GOOGL"], timeout=5000)
    assert window.statusBar().currentMessage() == (
        f"Not applied: Ann moved Meta to 1 at {expected_time}. Shown as it is now.")
    assert stored(ws_path) == ["META", "MSFT", "AMZN", "GOOGL"]


def test_a_rationale_being_typed_is_kept_beside_anns_version(
        window: MainWindow, ann, ws_path: Path, qtbot: QtBot, tmp_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("AMZN")
    before = stored_rationale(ws_path, "AMZN")
    tab.editor.edit.setFocus()
    tab.editor.edit.setPlainText(before + "; Bo: Trainium ramps")  # not saved yet (pause pending)
    ann(set_rationale("AMZN", "Ann: the AWS backlog is the story"))
    with Workspace.open(ws_path) as fresh:
        expected_time = hhmm_taipei(fresh)
    assert window.external_changes.check() is True

    editor = tab.editor
    assert editor.edit.toPlainText() == before + "; Bo: Trainium ramps"  # never replaced
    assert editor.in_conflict and editor.conflict.isVisible()
    assert editor.conflict_label.text().startswith(
        f"Ann changed Amazon's rationale at {expected_time} while you were typing.")
    assert editor.conflict_text.text() == "Ann: the AWS backlog is the story"
    qtbot.wait(DEBOUNCE_MS * 2)  # the pause that would save the typing: nothing is saved
    editor.edit.moveCursor(editor.edit.textCursor().MoveOperation.End)
    editor.edit.insertPlainText(" (more)")  # typing goes on, still not saved
    qtbot.wait(DEBOUNCE_MS * 2)
    assert stored_rationale(ws_path, "AMZN") == "Ann: the AWS backlog is the story"
    assert window.undo_stack.count() == 0
    assert window.grab().save(str(tmp_path / "rationale_conflict.png"))  # looked at by hand

    editor.keep_mine.click()  # saved over Ann's version, compare-and-set against it
    mine = before + "; Bo: Trainium ramps (more)"
    assert stored_rationale(ws_path, "AMZN") == mine
    assert not editor.in_conflict and not editor.conflict.isVisible()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()  # back to Ann's version, which is what Bo's edit replaced
    assert stored_rationale(ws_path, "AMZN") == "Ann: the AWS backlog is the story"


def test_take_theirs_drops_the_typing_and_saves_nothing(window: MainWindow, ann, ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("MSFT")
    tab.editor.edit.setPlainText("Bo's half sentence")
    ann(set_rationale("MSFT", "Ann: Azure capacity"))
    window.external_changes.check()
    assert tab.editor.in_conflict
    tab.editor.take_theirs.click()
    assert tab.editor.edit.toPlainText() == "Ann: Azure capacity"
    assert not tab.editor.in_conflict
    tab.editor.end_burst()
    assert stored_rationale(ws_path, "MSFT") == "Ann: Azure capacity"
    assert window.undo_stack.count() == 0


def test_typing_refused_on_saving_is_kept_beside_anns_version(window: MainWindow, ann,
                                                             ws_path: Path) -> None:
    """Ann's change lands before the window looked: the save of the typing is refused (compare-
    and-set) and the editor holds the typing instead of dropping it."""
    tab = window.tab_page(0)
    tab.select("META")
    tab.editor.edit.setPlainText("Bo: Reality Labs losses narrow")
    ann(set_rationale("META", "Ann: ad pricing"))
    tab.editor.end_burst()  # the save: refused, Ann changed that rationale first
    assert stored_rationale(ws_path, "META") == "Ann: ad pricing"
    assert tab.editor.edit.toPlainText() == "Bo: Reality Labs losses narrow"
    assert tab.editor.in_conflict and tab.editor.conflict_text.text() == "Ann: ad pricing"
    assert tab.editor.conflict_label.text().startswith("Ann changed Meta's rationale at ")
    tab.editor.take_their_version()  # else closing the window would ask (see the close test)


def test_an_unrelated_change_saves_the_typing_first(window: MainWindow, ann, ws_path: Path) -> None:
    tab = window.tab_page(0)
    tab.select("GOOGL")
    tab.editor.edit.setPlainText("Bo: TPU demand")
    ann(set_rationale("AMZN", "Ann: another name"))
    assert window.external_changes.check() is True
    assert not tab.editor.in_conflict
    assert stored_rationale(ws_path, "GOOGL") == "Bo: TPU demand"
    assert stored_rationale(ws_path, "AMZN") == "Ann: another name"
    assert tab.editor.edit.toPlainText() == "Bo: TPU demand"


class NotifyingWorkspace(Workspace):
    """Stands in for a server workspace's LISTEN: `watch()` calls back from a background thread
    when the test says another user committed (the lead adds the PostgreSQL version)."""

    committed = threading.Event()
    stopped = threading.Event()
    caller: list[object] = []

    def watch(self, callback: Callable[[], None]) -> Callable[[], None] | None:
        def listen() -> None:
            while not NotifyingWorkspace.stopped.is_set():
                if NotifyingWorkspace.committed.wait(0.02):
                    NotifyingWorkspace.committed.clear()
                    NotifyingWorkspace.caller.append(QThread.currentThread())
                    callback()

        thread = threading.Thread(target=listen, daemon=True)
        thread.start()
        return NotifyingWorkspace.stopped.set


def test_a_notifying_workspace_shows_anns_change_within_a_second(
        qtbot: QtBot, ws_path: Path, tmp_path: Path, ann) -> None:
    from PySide6.QtCore import QSettings

    NotifyingWorkspace.committed.clear()
    NotifyingWorkspace.stopped.clear()
    NotifyingWorkspace.caller.clear()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(NotifyingWorkspace.open(ws_path), settings)
    qtbot.addWidget(window)
    window.show()
    assert window.external_changes.watching
    assert not window.external_changes._timer.isActive()  # notified: no polling
    ann(move_to_top("GOOGL"))
    started = time.monotonic()
    NotifyingWorkspace.committed.set()
    qtbot.waitUntil(lambda: window.tab_page(0).model.order()[0] == "GOOGL", timeout=1000)
    assert time.monotonic() - started < 1.0
    assert NotifyingWorkspace.caller and NotifyingWorkspace.caller[0] is not window.thread()
    assert window.statusBar().currentMessage().startswith("Changed by others: Ann moved Alphabet to 1")
    window.close()
    assert NotifyingWorkspace.stopped.is_set()  # closing stops listening


def test_the_scorecards_tab_keeps_its_quarter_cell_and_scroll(window: MainWindow, ann,
                                                             ws_path: Path, qtbot: QtBot) -> None:
    from decimal import Decimal

    window.resize(1000, 500)  # small enough to scroll
    window.tabs.setCurrentIndex(1)
    tab = window.tab_page(1)
    assert tab.current_company().ticker == "MSFT"
    default = tab.current_period()  # what a rebuilt tab would show: the latest reported quarter
    older = [p for p in window.workspace.periods("MSFT") if p != default][0]
    tab.period_box.setCurrentIndex(tab._period_index(older))
    assert tab.current_period() == older
    tab.view.setCurrentIndex(tab.model.index(5, 2))
    bar = tab.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=3000)  # laid out: the grid scrolls
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    line = window.workspace.scorecard_lines("MSFT")[0]
    ann(lambda ws: ws.set_scorecard_value("MSFT", line.period, line.line, "consensus",
                                          Decimal("12345")))
    assert window.external_changes.check() is True
    assert window.tabs.currentIndex() == 1 and window.tab_page(1) is tab
    assert tab.current_company().ticker == "MSFT" and tab.current_period() == older
    assert (tab.view.currentIndex().row(), tab.view.currentIndex().column()) == (5, 2)
    assert bar.value() == kept
    assert window.statusBar().currentMessage().startswith("Changed by others: Ann at ")


def test_closing_with_a_held_rationale_asks_before_dropping_it(
        window: MainWindow, ann, ws_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    tab = window.tab_page(0)
    tab.select("MSFT")
    tab.editor.edit.setPlainText("Bo: Copilot seats")
    ann(set_rationale("MSFT", "Ann: Azure capacity"))
    window.external_changes.check()
    assert tab.editor.in_conflict
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    window.close()
    assert window.isVisible() and tab.editor.in_conflict  # kept open, typing kept
    assert asked and "not saved" in asked[0]
    assert tab.editor.edit.toPlainText() == "Bo: Copilot seats"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    assert not window.isVisible()
    assert stored_rationale(ws_path, "MSFT") == "Ann: Azure capacity"  # nothing overwritten
