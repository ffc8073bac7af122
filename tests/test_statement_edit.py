"""Statements edited with a source (issue 11): text and source change as one undo step, compare-and-set
against the text the user saw; a seed statement's original source comes back on undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop_app.storage.errors import ConflictError
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import research_actions
from desktop_app.ui.main_window import MainWindow


def _statement(ws: Workspace, key: str):
    return next(s for s in ws.statements() if s.key == key)


def _seed_with_figure(ws: Workspace):
    return next(s for s in ws.statements() if s.source is not None and s.value is not None and s.text_zh)


def test_storage_edit_and_restore_a_seed_statement(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        seed = _seed_with_figure(ws)
        other = next(n.note_id for n in ws.sources() if n.note_id != seed.source.note_id)
        with pytest.raises(ConflictError, match="changed by another program"):
            ws.edit_statement(seed.key, "New text", "not what is stored", "ana")
        assert _statement(ws, seed.key) == seed
        with pytest.raises(ValueError, match="No note"):
            ws.edit_statement(seed.key, "New text", seed.text_en, "ana", note_id="n999")
        previous = ws.edit_statement(seed.key, " New text ", seed.text_en, "ana", note_id=other, where="p. 2")
        edited = _statement(ws, seed.key)
        assert (edited.text_en, edited.source.note_id, edited.source.figure) == ("New text", other, "p. 2")
        # the other note's citation does not keep the first note's wording or figure
        assert (edited.text_zh, edited.value, edited.source.line) == ("", None, None)
        assert ws.entered_by("statements")[seed.key][0] == "ana"
        with pytest.raises(ConflictError):
            ws.restore_statement(seed.key, previous, seed.text_en)  # the text is now "New text"
        ws.restore_statement(seed.key, previous, "New text")
        assert _statement(ws, seed.key) == seed
        assert seed.key not in ws.entered_by("statements")


def test_storage_edit_citing_the_same_note_keeps_its_wording_and_figure(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        seed = _seed_with_figure(ws)
        ws.edit_statement(seed.key, "Corrected translation", seed.text_en, "ana", note_id=seed.source.note_id,
                          where=seed.source.figure)
        edited = _statement(ws, seed.key)
        assert (edited.text_zh, edited.value, edited.source) == (seed.text_zh, seed.value, seed.source)
        assert edited.text_en == "Corrected translation"
        ws.edit_statement(seed.key, "Mine", "Corrected translation", "ana")  # entered by ana, no note
        mine = _statement(ws, seed.key)
        assert (mine.source, mine.text_zh, mine.value) == (None, "", None)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    return win


def _select(page, key: str) -> None:
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 4)
        if page.model.row(page.proxy.mapToSource(index).row()).key == key:
            page.view.setCurrentIndex(index)
            return
    raise AssertionError(key)


def test_edit_statement_action_is_one_undo_step(window: MainWindow) -> None:
    ws = window.workspace
    research = window.tab_page(3)
    page = research.statements_page
    seed = _seed_with_figure(ws)
    assert not page.edit_action.isEnabled()
    _select(page, seed.key)
    assert page.edit_action.isEnabled() and page.selected_statement() == seed

    def fill() -> None:
        dialog = window.edit_statement_dialog
        assert dialog.text_edit.toPlainText() == seed.text_en
        assert dialog.source_box.currentData() == seed.source.note_id  # prefilled with today's source
        dialog.text_edit.setPlainText("")
        dialog.accept()
        assert "text" in dialog.message.text() and dialog.entry is None
        dialog.text_edit.setPlainText("Capex guidance raised, per our own read")
        dialog.source_box.setCurrentIndex(0)  # entered by ana
        dialog.accept()

    QTimer.singleShot(0, fill)
    depth = window.undo_stack.count()
    page.edit_action.trigger()
    assert window.undo_stack.count() == depth + 1
    edited = _statement(ws, seed.key)
    assert (edited.text_en, edited.source) == ("Capex guidance raised, per our own read", None)
    row = next(i for i, s in enumerate(page.model.rows()) if s.key == seed.key)
    assert page.model.row(row).text_en == edited.text_en  # the page shows it
    assert page.model.source_of(page.model.row(row)).startswith("entered by ana")
    window.undo_stack.undo()
    assert _statement(ws, seed.key) == seed  # old text AND old source
    assert page.model.source_of(page.model.row(row)) == seed.source.describe()
    window.undo_stack.redo()
    assert _statement(ws, seed.key).text_en == edited.text_en
    window.undo_stack.undo()
    assert _statement(ws, seed.key) == seed


def test_edit_refused_when_changed_meanwhile(window: MainWindow) -> None:
    from desktop_app.ui.commands.research import StatementEdit

    ws = window.workspace
    window.tab_page(3)
    seed = _seed_with_figure(ws)
    errors: list[str] = []
    window.report_save_error = errors.append  # type: ignore[method-assign]
    depth = window.undo_stack.count()
    assert not research_actions.push_research(window, StatementEdit(
        key=seed.key, seen="an older text", text="Mine", user="ana"))
    assert window.undo_stack.count() == depth and "changed by another program" in errors[0]
    assert _statement(ws, seed.key) == seed
