"""The window side of the Excel round trip: File ▸ Export to Excel… (Ctrl+E) with progress and a
clear message on failure, and File ▸ Import from Excel… with a preview, one undo command, and a
refusal dialog that leaves the workspace as it was."""

from __future__ import annotations

import os
import sqlite3
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_import import read_import
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import excel_actions, file_dialogs
from desktop_app.ui.excel_preview import ImportPreviewDialog, ImportPreviewModel
from desktop_app.ui.main_window import MainWindow

F4Q25 = Quarter(2025, 4)
SCREENSHOTS = os.environ.get("CSP_DESK_SCREENSHOTS")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    calls: list[tuple[str, str, str]] = []

    def record(kind: str):  # noqa: ANN202
        def show(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
            calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("critical", "information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return calls


def _dump(window: MainWindow) -> list[tuple]:
    with sqlite3.connect(f"file:{window.workspace.path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT * FROM scorecard_lines ORDER BY 1, 2, 3, 4").fetchall()


def _export(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(path), ""))
    window.action_export.trigger()


def test_file_menu_has_export_and_import_with_shortcuts(window: MainWindow) -> None:
    actions = window.file_menu.actions()
    assert window.action_export in actions and window.action_import in actions
    assert window.action_export.shortcut() == QKeySequence("Ctrl+E")
    assert window.action_import.shortcut() == QKeySequence("Ctrl+I")
    assert window.action_import.text() == "&Import from Excel…"


def test_export_from_the_window_writes_the_workbook(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    out = tmp_path / "from window"  # no suffix: .xlsx is added
    _export(window, out, monkeypatch)
    written = tmp_path / "from window.xlsx"
    assert openpyxl.load_workbook(written).sheetnames == list(L.SHEETS)
    assert str(written) in window.statusBar().currentMessage()
    assert window.findChild(object, "exportProgress") is None or not window.findChild(
        object, "exportProgress").isVisible()


def test_the_window_export_follows_the_ui_language(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """With the UI in Traditional Chinese (View ▸ Language / --language, installed by ui/i18n.py) the
    workbook is in Chinese too; an English UI writes English even where the OS locale is Chinese."""
    from PySide6.QtCore import QLocale

    from desktop_app.io.excel_labels import ZH_TW
    from desktop_app.ui import i18n

    assert i18n.install(qapp, "zh_TW")
    try:
        _export(window, tmp_path / "zh.xlsx", monkeypatch)
    finally:
        i18n.install(qapp, "en")
    assert openpyxl.load_workbook(tmp_path / "zh.xlsx").sheetnames == [ZH_TW[n] for n in L.SHEETS]
    before = QLocale()
    QLocale.setDefault(QLocale("zh_TW"))
    try:
        _export(window, tmp_path / "en.xlsx", monkeypatch)
    finally:
        QLocale.setDefault(before)
    assert openpyxl.load_workbook(tmp_path / "en.xlsx").sheetnames == list(L.SHEETS)


def test_a_failed_export_says_why_and_leaves_the_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list
) -> None:
    target = tmp_path / "summary.xlsx"
    target.write_bytes(b"previous")
    (tmp_path / "~$summary.xlsx").write_bytes(b"lock")  # Excel has it open
    _export(window, target, monkeypatch)
    assert messages and messages[0][0] == "critical" and messages[0][1] == "Export to Excel"
    assert "it is open in Excel" in messages[0][2]
    assert target.read_bytes() == b"previous"
    assert window.statusBar().currentMessage() == "The Excel workbook was not written."


def test_progress_is_shown_while_exporting(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, int]] = []
    real = excel_actions.QProgressDialog.setValue

    def spy(self, value):  # noqa: ANN001, ANN202
        seen.append((value, self.maximum()))
        assert not window.action_export.isEnabled()  # no second export while this one runs
        return real(self, value)

    monkeypatch.setattr(excel_actions.QProgressDialog, "setValue", spy)
    assert excel_actions.export_to(window, tmp_path / "p.xlsx")
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1] > 100
    assert window.action_export.isEnabled() and window.action_import.isEnabled()


def _changed_book(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    out = tmp_path / "summary.xlsx"
    _export(window, out, monkeypatch)
    wb = openpyxl.load_workbook(out)
    sheet = wb[L.SCORECARDS]
    assert (sheet["A5"].value, sheet["B5"].value, sheet["R5"].value) == ("MSFT", "F4Q25 · 2Q25", "revenue")
    sheet["E5"] = 77000
    assert sheet["R9"].value == "azure_growth"
    sheet["F9"] = 0.351
    wb.save(out)
    return out


def test_import_previews_then_applies_as_one_undo_command(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    book = _changed_book(window, tmp_path, monkeypatch)
    before = _dump(window)
    previews: list[list[list[str]]] = []

    def look(dialog: ImportPreviewDialog) -> int:
        model = dialog.model
        previews.append([[model.data(model.index(r, c)) for c in range(model.columnCount())]
                         for r in range(model.rowCount())])
        if SCREENSHOTS:
            dialog.show()
            qtbot.waitExposed(dialog)
            dialog.grab().save(str(Path(SCREENSHOTS) / "import_preview.png"))
        assert _dump(window) == before  # nothing written while the preview is open
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *a, **k: (str(book), ""))
    window.action_import.trigger()

    assert previews == [[
        ["Scorecards!E5", "MSFT", "F4Q25 · 2Q25", "Revenue", "Actual", "76,441", "77,000"],
        ["Scorecards!F9", "MSFT", "F4Q25 · 2Q25", "Azure & other cloud services revenue YoY (FXN)",
         "Consensus", "34%", "35.1%"],
    ]]
    ws = window.workspace
    assert ws.scorecard_line("MSFT", F4Q25, "revenue").actual == Decimal("77000")
    assert ws.scorecard_line("MSFT", F4Q25, "azure_growth").consensus == Decimal("35.1")
    assert window.undo_stack.count() == 1
    assert window.undo_stack.text(0) == "Import 2 figures from summary.xlsx"
    assert "Imported 2 figures" in window.statusBar().currentMessage()

    window.undo_stack.undo()
    assert ws.scorecard_line("MSFT", F4Q25, "revenue").actual == Decimal("76441")
    assert _dump(window) == before
    window.undo_stack.redo()
    assert ws.scorecard_line("MSFT", F4Q25, "azure_growth").consensus == Decimal("35.1")


def test_an_import_refreshes_the_tabs_that_show_scorecards(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _changed_book(window, tmp_path, monkeypatch)
    for index in range(window.tabs.count()):
        window.tab_page(index)  # build every tab
    calls: list[str] = []
    for index in range(window.tabs.count()):
        page = window.tab_page(index)
        for name in ("refresh_from_workspace", "reload", "refresh"):
            if callable(getattr(page, name, None)):
                monkeypatch.setattr(page, name, lambda n=name, t=index: calls.append(f"{t}:{n}"))
                break
    plan = read_import(book, window.workspace)
    assert excel_actions.apply_plan(window, plan)
    window.undo_stack.undo()
    assert calls and len(calls) % 2 == 0  # each refreshable tab refreshed on apply and on undo


def test_a_cancelled_preview_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _changed_book(window, tmp_path, monkeypatch)
    before = _dump(window)
    assert not excel_actions.import_from(window, book, confirm=lambda plan: False)
    assert _dump(window) == before and window.undo_stack.count() == 0


def test_a_bad_workbook_is_refused_in_a_dialog_naming_the_cell(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "summary.xlsx"
    _export(window, out, monkeypatch)
    wb = openpyxl.load_workbook(out)
    wb[L.SCORECARDS]["E5"] = "n/a"
    wb.save(out)
    before = _dump(window)
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    assert not excel_actions.import_from(window, out, confirm=lambda plan: True)
    assert len(shown) == 1
    assert "Nothing was imported" in shown[0].text()
    assert "Scorecards!E5: 'n/a' is text, not a number" in shown[0].informativeText()
    assert _dump(window) == before and window.undo_stack.count() == 0


def test_the_preview_model_passes_the_model_tester(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtmodeltester
) -> None:
    book = _changed_book(window, tmp_path, monkeypatch)
    plan = read_import(book, window.workspace)
    model = ImportPreviewModel(plan.changes)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, 6), Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    dialog = ImportPreviewDialog(plan, window)
    assert dialog.import_button.isDefault()
    assert "2 figures in summary.xlsx will change" in dialog.findChild(object, "importSummary").text()
    dialog.deleteLater()


def test_no_excel_library_is_loaded_until_it_is_used(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from desktop_app.ui import main_window; "
            "assert 'openpyxl' not in sys.modules and 'desktop_app.io.excel_export' not in sys.modules")
    result = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).resolve().parent.parent,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
