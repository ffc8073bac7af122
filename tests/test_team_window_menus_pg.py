"""The menu actions that stay on for a team workspace (issue 12), run from a window on the REAL
throw-away PostgreSQL cluster: Export to Excel, Export PDF, Export Chart, Import from Excel, About
and the change log. A team workspace has no file path (`path` raises FileOnlyError): each of
these uses its `location` or the home folder instead, and none of them writes a workspace file."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.storage.errors import FileOnlyError
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.team_setup import init_team
from desktop_app.ui import file_dialogs
from desktop_app.ui.about import about_box
from desktop_app.ui.excel_preview import ImportPreviewDialog
from desktop_app.ui.main_window import MainWindow

F4Q25 = Quarter(2025, 4)


@pytest.fixture
def window(qtbot: QtBot, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CSP_DESK_USER", "Bo")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    init_team(pg_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shown = MainWindow(open_workspace(pg_url), settings)
    qtbot.addWidget(shown)
    shown.resize(1400, 860)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    shown.close()


def no_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error and warning boxes recorded instead of shown."""
    seen: list[str] = []
    for kind in ("critical", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, *a, **k: seen.append(
            f"{title}: {text}") or QMessageBox.StandardButton.Ok)
    return seen


def test_the_workspace_has_no_path_and_the_enabled_actions_are_on(window: MainWindow) -> None:
    with pytest.raises(FileOnlyError):
        _ = window.workspace.path
    for action in (window.action_export, window.action_export_pdf, window.action_import,
                   window.action_about, window.action_open):
        assert action.isEnabled(), action.objectName()


def test_export_excel_and_import_it_back(window: MainWindow, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    errors = no_errors(monkeypatch)
    starts: list[str] = []
    out = tmp_path / "summary.xlsx"

    def save(_parent, _title, start, _filter):
        starts.append(start)
        return str(out), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", save)
    window.action_export.trigger()
    assert errors == [] and out.is_file()
    assert Path(starts[0]).parent == tmp_path / "home"  # no folder of its own: the home folder
    book = openpyxl.load_workbook(out)
    sheet = book[L.SCORECARDS]
    assert (sheet["A5"].value, sheet["R5"].value) == ("MSFT", "revenue")
    sheet["E5"] = 77000
    book.save(out)

    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(out), ""))
    window.action_import.trigger()
    assert errors == []
    assert window.undo_stack.count() == 1
    with open_workspace(window.workspace.location) as other:  # another connection sees it
        assert other.scorecard_line("MSFT", F4Q25, "revenue").actual == Decimal("77000")
        assert other.change_log(1)[0].author == "Bo"
    assert "Imported 1 figure" in window.statusBar().currentMessage()


def test_export_pdf_and_the_chart(window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    errors = no_errors(monkeypatch)
    starts: list[str] = []
    pdf, png = tmp_path / "sheet.pdf", tmp_path / "capex.png"
    answers = iter([pdf, png])

    def save(_parent, _title, start, _filter):
        starts.append(start)
        return str(next(answers)), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", save)
    window.action_export_pdf.trigger()
    assert errors == [] and pdf.read_bytes().startswith(b"%PDF")
    window.tabs.setCurrentIndex(2)
    window.action_export_chart.trigger()
    assert errors == [] and png.read_bytes().startswith(b"\x89PNG")
    assert [Path(s).parent for s in starts] == [tmp_path / "home", tmp_path / "home"]


def test_about_names_the_server_and_the_change_log_names_the_author(
        window: MainWindow, qtbot: QtBot) -> None:
    box = about_box(window, window.workspace)
    qtbot.addWidget(box)
    assert window.workspace.location in box.text() and "postgresql://" in box.text()
    tab = window.tab_page(0)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True
    tab.history.setCurrentIndex(2)
    page = tab.history.currentWidget()
    page = getattr(page, "content", lambda: page)()
    page.refresh()
    model = page.model
    assert model.index(0, 1).data() == "Bo"
    assert "GOOGL" in model.index(0, 3).data()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Author"


def test_a_read_after_close_says_closed_not_file_only(pg_url: str) -> None:
    """A tab refreshed as its window closes (capex_tab.refresh) expects WorkspaceClosedError; the
    message must not ask a team workspace for its file path (that raised FileOnlyError)."""
    from desktop_app.storage.errors import WorkspaceClosedError

    init_team(pg_url)
    workspace = open_workspace(pg_url)
    workspace.close()
    with pytest.raises(WorkspaceClosedError, match="postgresql://.* is closed"):
        workspace.companies()
