"""Research notes (issue 11, item 3): the seed's KGI notes listed with what cites them; a new note
with its PDF stored inside the workspace (size-capped), opened from the app through a temporary
copy; recorded by an undoable dialog and by `csp-desk note add|list` run as a subprocess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QTimer, QUrl
from pytestqt.qtbot import QtBot
from test_ranking_cli import run_cli

from desktop_app.storage import notes as note_store
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.notes import NoteEntry
from desktop_app.ui.main_window import MainWindow

PDF = b"%PDF-1.4\n% a broker note\n" + bytes(range(256)) * 40


def test_seed_notes_are_listed_with_what_cites_them(make_workspace, tmp_path: Path) -> None:
    location = make_workspace()  # a file, then a team workspace
    with open_workspace(location) as ws:
        notes = ws.notes()
        assert [(n.note_id, n.broker) for n in notes] == [("n000", "KGI"), ("n001", "KGI")]
        cited = ws.note_citations()
        kinds = {c.kind for c in cited["n001"]}
        assert {"scorecard", "forecast", "target", "price", "statement", "supply chain",
                "ranking reason"} <= kinds
        assert any(c.what.startswith("MSFT 2025Q4 revenue") for c in cited["n001"])
        assert {c.kind for c in cited["n000"]} >= {"statement", "ranking reason"}


def test_a_note_with_its_file_is_stored_inside_the_workspace(make_workspace, tmp_path: Path) -> None:
    location = make_workspace()  # a file, then a team workspace
    with open_workspace(location) as ws:
        note_id = ws.add_note("Morgan Stanley", date(2025, 8, 6), "MSFT: Azure keeps going", "ana",
                              analyst="K. Lee", file=("msft.pdf", PDF))
        assert note_id == "n002"
        added = ws.notes()[-1]
        assert (added.broker, added.published, added.analyst, added.file_size) == (
            "Morgan Stanley", "2025-08-06", "K. Lee", len(PDF))
        assert added.added_by == "ana"
        assert ws.note_file(note_id) == ("msft.pdf", PDF)
        ws.add_target("MSFT", __import__("decimal").Decimal("700"), date(2025, 8, 6), "ana", note_id=note_id)
        assert [c.kind for c in ws.note_citations()[note_id]] == ["target"]
        with pytest.raises(ValueError, match="cited"):
            ws.remove_note(note_id)  # nothing that cites a note loses it
    with open_workspace(location) as ws:  # really on disk
        assert ws.note_file("n002") == ("msft.pdf", PDF)


def test_bad_notes_are_refused(make_workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    location = make_workspace()  # a file, then a team workspace
    monkeypatch.setattr(note_store, "MAX_NOTE_FILE_BYTES", 1000)
    with open_workspace(location) as ws:
        before = ws.last_change_id()
        with pytest.raises(ValueError, match="files up to"):
            ws.add_note("KGI", date(2025, 8, 6), "big", "ana", file=("big.pdf", PDF))
        with pytest.raises(ValueError, match="broker"):
            ws.add_note("  ", date(2025, 8, 6), "t", "ana")
        with pytest.raises(ValueError, match="future"):
            ws.add_note("KGI", date(2999, 1, 1), "t", "ana")
        assert ws.last_change_id() == before and len(ws.notes()) == 2


def test_notes_page_add_open_and_undo(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(window)
    from desktop_app.ui import research_actions

    pdf = tmp_path / "note.pdf"
    pdf.write_bytes(PDF)

    def fill() -> None:
        dialog = window.note_dialog
        dialog.accept()  # empty: refused with a reason
        assert "broker" in dialog.message.text()
        dialog.broker_edit.setText("Morgan Stanley")
        dialog.title_edit.setText("MSFT: Azure keeps going")
        dialog.date_edit.setDate(QDate(2025, 8, 6))
        dialog.file_edit.setText(str(pdf))
        dialog.accept()

    QTimer.singleShot(0, fill)
    assert research_actions.choose_note(window) == "n002"
    research_actions.show_notes(window)
    research = window.tab_page(3)
    page = research.notes_page
    assert research.pages.currentWidget() is page
    model = page.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["n000", "n001", "n002"]
    assert model.index(2, 2).data() == "Morgan Stanley" and model.index(2, 1).data() == "2025-08-06"
    assert model.index(2, 5).data().startswith("note.pdf") and model.index(2, 6).data() == "—"
    assert "104 scorecard" in model.index(1, 6).data()

    opened: list[QUrl] = []
    page.opener = lambda url: opened.append(url) or True
    def select(row: int) -> None:  # not selectRow(): it follows modifier keys left down by other tests
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        page.view.selectionModel().select(model.index(row, 0), flags)

    select(0)
    assert not page.open_button.isEnabled()  # the seed's text file is not stored
    select(2)
    assert page.open_button.isEnabled()
    path = page.open_selected()
    assert path is not None and path.read_bytes() == PDF and path.name == "note.pdf"
    assert opened == [QUrl.fromLocalFile(str(path))]

    window.undo_stack.undo()
    assert [n.note_id for n in window.workspace.notes()] == ["n000", "n001"]
    assert model.rowCount() == 2
    window.undo_stack.redo()
    assert model.rowCount() == 3 and window.workspace.note_file("n002") == ("note.pdf", PDF)


def test_push_note_entry_directly(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(window)
    from desktop_app.ui import research_actions

    entry = NoteEntry(broker="KGI", published=date(2025, 10, 30), title="3Q25 results", user="ana")
    assert research_actions.push_note(window, entry) == "n002"
    assert window.undo_stack.count() == 1


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def test_cli_note_add_prints_the_id_and_list_shows_it(path: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "n.pdf"
    pdf.write_bytes(PDF)
    result = run_cli("note", "add", "--broker", "Morgan Stanley", "--date", "2025-08-06", "--title",
                     "MSFT: Azure", "--analyst", "K. Lee", "--file", str(pdf), "--workspace", str(path),
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "n002"
    listed = run_cli("note", "list", "--workspace", str(path), cwd=tmp_path)
    assert listed.returncode == 0
    assert "n002  2025-08-06  Morgan Stanley (K. Lee): MSFT: Azure  [n.pdf, stored]" in listed.stdout
    assert "104 scorecard" in listed.stdout
    with Workspace.open(path) as ws:
        assert ws.note_file("n002") == ("n.pdf", PDF)
    cite = run_cli("target", "set", "MSFT", "700", "--date", "2025-08-06", "--source", "n002",
                   "--workspace", str(path), cwd=tmp_path)
    assert cite.returncode == 0, cite.stderr
    assert "1 target" in run_cli("note", "list", "--workspace", str(path), cwd=tmp_path).stdout


@pytest.mark.parametrize(("args", "reason"), [
    (["--broker", "", "--date", "2025-08-06", "--title", "t"], "must not be empty"),
    (["--broker", "KGI", "--date", "06/08/2025", "--title", "t"], "--date"),
    (["--broker", "KGI", "--date", "2025-08-06", "--title", "t", "--file", "missing.pdf"], "missing.pdf"),
    (["--broker", "KGI", "--date", "2025-08-06", "--title", "t", "--file", "huge.pdf"], "files up to"),
    (["--broker", "KGI", "--title", "t"], "--date"),
])
def test_cli_bad_note_exits_2_and_changes_nothing(path: Path, tmp_path: Path, args: list[str],
                                                   reason: str) -> None:
    with open(tmp_path / "huge.pdf", "wb") as handle:  # sparse: over the cap without writing it
        handle.truncate(note_store.MAX_NOTE_FILE_BYTES + 1)
    with Workspace.open(path) as ws:
        before = ws.last_change_id()
    result = run_cli("note", "add", *args, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2 and reason in result.stderr
    with Workspace.open(path) as ws:
        assert ws.last_change_id() == before and len(ws.notes()) == 2
