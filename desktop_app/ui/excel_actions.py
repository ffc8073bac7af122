"""File ▸ Export to Excel… and File ▸ Import from Excel…, the window side of the Excel round trip.

Export asks where to write, then writes the workbook with a progress dialog (the export runs on
the GUI thread and keeps the window responsive between rows; it takes well under a second for the
seed workspace). Import asks for a workbook, refuses what is not a regular file (a named pipe would
never end), then reads and checks it completely on a worker thread (`background.BackgroundOp`:
progress, Cancel, the window stays responsive; a hostile file is refused within its limits), and
back on the GUI thread shows the preview of every change (old → new) and applies it as one undo
command. A refusal is shown in a dialog that lists each problem with its sheet and cell, and the
workspace is not touched; a cancelled read changes nothing either.

openpyxl is imported only when one of these runs, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.ui import file_dialogs
from desktop_app.ui.errors import error_text, translated
from desktop_app.ui.formats import fill

if TYPE_CHECKING:
    from desktop_app.io.excel_import import ExcelImportError, ImportPlan
    from desktop_app.ui.main_window import MainWindow

KEY_FOLDER = "excel/folder"
STATUS_TIMEOUT_MS = 8000
PROGRESS_DELAY_MS = 300  # the dialog appears only if the export takes longer than this


def _status(window: MainWindow, message: str) -> None:
    window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)


# ---------------------------------------------------------------------------------------- export

def workbook_language() -> str:
    """The workbook's language: the one the window shows (View ▸ Language, else --language, else the
    OS locale, as installed at start by ui/i18n.py): "en" or "zh_TW"."""
    from desktop_app.ui import i18n

    return i18n.current_language()


def choose_export(window: MainWindow) -> None:
    """File ▸ Export to Excel…: ask for the file, then write it."""
    suggestion = (file_dialogs.remembered_folder(window, KEY_FOLDER)
                  / f"CSP Desk summary {date.today().isoformat()}.xlsx")
    chosen, _ = file_dialogs.save_file_name(
        window,
        QCoreApplication.translate("ExcelActions", "Export to Excel"),
        str(suggestion),
        QCoreApplication.translate("ExcelActions", "Excel workbook (*.xlsx)"),
    )
    if chosen:
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        export_to(window, path)


def export_to(window: MainWindow, path: Path, parent: QWidget | None = None) -> bool:
    """Write the workbook to `path` with progress; a dialog says why if it cannot be written."""
    from desktop_app.io.excel_export import ExcelExportError, ExportCancelled, export_workbook
    from desktop_app.storage.errors import WorkspaceError

    progress = QProgressDialog(
        QCoreApplication.translate("ExcelActions", "Writing the Excel workbook…"),
        QCoreApplication.translate("ExcelActions", "Cancel"),
        0,
        100,
        parent or window,
    )
    progress.setObjectName("exportProgress")
    progress.setWindowTitle(QCoreApplication.translate("ExcelActions", "Export to Excel"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoReset(False)
    progress.setAutoClose(False)
    progress.setMinimumWidth(380)
    steps = {
        "Building the workbook": QCoreApplication.translate("ExcelActions", "Reading the workspace…"),
        "Writing sheets": QCoreApplication.translate("ExcelActions", "Writing the sheets…"),
        "Saving the file": QCoreApplication.translate("ExcelActions", "Saving %1…").replace("%1", path.name),
        "Saved": QCoreApplication.translate("ExcelActions", "Saved"),
    }

    def on_progress(done: int, total: int, what: str) -> bool:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, total))
        progress.setLabelText(steps.get(what, what))
        QApplication.processEvents()
        return not progress.wasCanceled()

    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    busy = [a for a in (getattr(window, "action_export", None), getattr(window, "action_import", None)) if a]
    for action in busy:  # the progress dialog lets events through: no second export meanwhile
        action.setEnabled(False)
    failure: Exception | None = None
    try:
        result = export_workbook(window.workspace, path, progress=on_progress, language=workbook_language())
    except (ExcelExportError, WorkspaceError) as exc:  # WorkspaceError: a damaged workspace
        failure = exc
    except Exception:
        from desktop_app.storage.readable import damage

        if window.workspace.is_remote:  # no file to check: the server checks itself
            raise
        problems = damage(window.workspace.path)  # a damaged workspace: said so; else unexpected
        if not problems:
            raise
        failure = WorkspaceError(
            fill(
                QCoreApplication.translate(
                    "ExcelActions",
                    "The workspace seems damaged (%1). `csp-desk check` lists "
                    "the problems. No workbook was written.",
                ),
                problems[0],
            )
        )
    finally:
        for action in busy:
            action.setEnabled(True)
        QGuiApplication.restoreOverrideCursor()
        progress.close()
        progress.deleteLater()
    if isinstance(failure, ExportCancelled):
        _status(window, QCoreApplication.translate("ExcelActions", "Export cancelled; no file was written."))
        return False
    if failure is not None:
        _status(window, QCoreApplication.translate("ExcelActions", "The Excel workbook was not written."))
        QMessageBox.critical(
            window, QCoreApplication.translate("ExcelActions", "Export to Excel"), error_text(failure)
        )
        return False
    file_dialogs.remember_folder(window, KEY_FOLDER, path)
    _status(
        window,
        QCoreApplication.translate("ExcelActions", "Exported %1 sheets to %2 in %3 s")
        .replace("%1", str(len(result.sheets)))
        .replace("%2", str(result.path))
        .replace("%3", f"{result.seconds:.1f}"),
    )
    return True


# ---------------------------------------------------------------------------------------- import


def choose_import(window: MainWindow) -> None:
    """File ▸ Import from Excel…: ask for the workbook, preview the changes, apply them."""
    chosen, _ = file_dialogs.open_file_name(
        window,
        QCoreApplication.translate("ExcelActions", "Import from Excel"),
        str(file_dialogs.remembered_folder(window, KEY_FOLDER)),
        QCoreApplication.translate("ExcelActions", "Excel workbook (*.xlsx);;All files (*)"),
    )
    if chosen:
        import_from(window, Path(chosen))


def read_plan(window: MainWindow, path: Path) -> ImportPlan | None:
    """The import plan of `path`, read and checked on a worker thread with progress and Cancel;
    None after showing why the workbook is refused (or saying that it was cancelled)."""
    from desktop_app.io import excel_import
    from desktop_app.ui.background import BackgroundOp

    try:
        excel_import.check_regular(path)  # before anything opens it
    except excel_import.ExcelImportError as exc:
        _refused(window, path, exc)
        return None
    basis = excel_import.ImportBasis.of(window.workspace)  # the workspace is read on its own thread
    read = excel_import.read_workbook
    plans: list[ImportPlan] = []

    def failed(error: BaseException) -> None:
        if isinstance(error, excel_import.ImportCancelled):
            _status(
                window, QCoreApplication.translate("ExcelActions", "Import cancelled; nothing was changed.")
            )
        elif isinstance(error, excel_import.ExcelImportError):
            _refused(window, path, error)
        else:  # a bug, not the file: say so rather than pretend the file is at fault
            _status(
                window,
                fill(QCoreApplication.translate("ExcelActions", "Nothing was imported from %1."), path.name),
            )
            QMessageBox.critical(
                window,
                QCoreApplication.translate("ExcelActions", "Import from Excel"),
                fill(
                    QCoreApplication.translate(
                        "ExcelActions", "Nothing was imported: reading %1 failed unexpectedly (%2)."
                    ),
                    path.name,
                    f"{type(error).__name__}: {error}",
                ),
            )

    busy = tuple(a for a in (getattr(window, name, None) for name in ("action_export", "action_import")) if a)
    op = BackgroundOp(
        window,
        lambda progress: read(path, basis, progress),
        success=plans.append,
        failure=failed,
        title=QCoreApplication.translate("ExcelActions", "Import from Excel"),
        label=fill(QCoreApplication.translate("ExcelActions", "Reading and checking %1…"), path.name),
        cancelling=QCoreApplication.translate("ExcelActions", "Cancelling…"),
        object_name="importProgress",
        busy=busy,
    )
    op.run().wait()
    return plans[0] if plans else None


def _refused(window: MainWindow, path: Path, exc: ExcelImportError) -> None:
    _status(
        window, fill(QCoreApplication.translate("ExcelActions", "Nothing was imported from %1."), path.name)
    )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("ExcelActions", "Import from Excel"),
        fill(
            QCoreApplication.translate("ExcelActions", "Nothing was imported: %1 cannot be used as it is."),
            path.name,
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("importRefused")
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 480px; }")
    box.setInformativeText("\n".join(translated(p.message()) for p in exc.problems[:8]))
    box.setDetailedText(error_text(exc))
    box.exec()


def import_from(window: MainWindow, path: Path, confirm: Callable[[ImportPlan], bool] | None = None) -> bool:
    """Read `path`, show the preview (or call `confirm`), apply as one undo command if accepted."""
    plan = read_plan(window, path)
    if plan is None:
        return False
    if not plan.changes:
        QMessageBox.information(
            window,
            QCoreApplication.translate("ExcelActions", "Import from Excel"),
            QCoreApplication.translate(
                "ExcelActions", "No changes: every figure in %1 matches the workspace."
            ).replace("%1", path.name),
        )
        return False
    accepted = confirm(plan) if confirm is not None else _preview(window, plan)
    if not accepted:
        _status(window, QCoreApplication.translate("ExcelActions", "Import cancelled; nothing was changed."))
        return False
    return apply_plan(window, plan)


def _preview(window: MainWindow, plan: ImportPlan) -> bool:
    from desktop_app.ui.excel_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(plan, window)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def apply_plan(window: MainWindow, plan: ImportPlan) -> bool:
    """Push the import as one command on the window's undo stack; False if it could not be saved."""
    from desktop_app.ui.commands.excel_import import ExcelImportCommand

    command = ExcelImportCommand(
        window.workspace, plan, lambda: refresh_views(window), window.report_save_error
    )
    window.undo_stack.push(command)
    if command.error:
        return False
    window.clear_save_error()
    count = len(plan.changes)
    text = (
        QCoreApplication.translate("ExcelActions", "Imported %1 figures from %2. Undo with Ctrl+Z.")
        if count != 1
        else QCoreApplication.translate("ExcelActions", "Imported 1 figure from %2. Undo with Ctrl+Z.")
    )
    _status(window, text.replace("%1", f"{count:,}").replace("%2", plan.path.name))
    return True


def refresh_views(window: MainWindow) -> None:
    """Show the imported figures: every tab already built reloads what it shows (scorecards, capex)."""
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if getattr(page, "is_built", True) is False:
            continue  # built later from the workspace, so it will show the new figures anyway
        content = window.tab_page(index)
        for name in ("refresh_from_workspace", "reload", "refresh"):
            method = getattr(content, name, None)
            if callable(method):
                method()
                break
