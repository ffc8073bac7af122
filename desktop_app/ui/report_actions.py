"""File ▸ Export PDF… and File ▸ Print…: the tear sheet from the window.

Both read the workspace on the GUI thread (a few milliseconds) and paint the same two pages
(`ui.report.pages`): into a PDF written safely beside its target (about 0.1 s on the seed
workspace: benchmarks/report.py), or onto the printer chosen in the print dialog. The paper size
is the `report/page_size` setting (File ▸ Tear Sheet Paper Size: A4 unless Letter was chosen);
the comparison is with the newest snapshot.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from desktop_app.ui.errors import error_text
from desktop_app.ui.formats import fill

KEY_PAGE_SIZE = "report/page_size"
KEY_FOLDER = "report/folder"
STATUS_TIMEOUT_MS = 8000


def install(window: Any) -> None:
    """Add Export PDF… and Print… to the window's File menu, after Export Chart…."""
    export = QAction(QCoreApplication.translate("ReportActions", "Export &PDF…"), window)
    export.setObjectName("actionExportPdf")
    export.setStatusTip(
        QCoreApplication.translate(
            "ReportActions", "Write the two-page tear sheet (order, changes, capex, scorecards) as a PDF"
        )
    )
    export.triggered.connect(lambda: choose_pdf(window))
    printing = QAction(QCoreApplication.translate("ReportActions", "&Print…"), window)
    printing.setObjectName("actionPrint")
    printing.setShortcut("Ctrl+P")
    printing.setStatusTip(QCoreApplication.translate("ReportActions", "Print the two-page tear sheet"))
    printing.triggered.connect(lambda: print_report(window))
    menu = window.file_menu
    after = window.action_export_chart
    actions = menu.actions()
    at = actions.index(after) + 1 if after in actions else len(actions)
    before = actions[at] if at < len(actions) else None
    paper = QMenu(QCoreApplication.translate("ReportActions", "Tear Sheet Paper Si&ze"), menu)
    paper.setObjectName("menuPaperSize")
    sizes = QActionGroup(paper)
    for size, text in (("A4", QCoreApplication.translate("ReportActions", "A4 (landscape)")),
                       ("Letter", QCoreApplication.translate("ReportActions", "Letter (landscape)"))):
        choice = paper.addAction(text)
        choice.setObjectName(f"actionPaper{size}")
        choice.setCheckable(True)
        choice.setChecked(page_size(window) == size)
        choice.triggered.connect(lambda _checked=False, s=size: set_page_size(window, s))
        sizes.addAction(choice)
    menu.insertActions(before, [export, printing])
    menu.insertMenu(before, paper)
    window.action_export_pdf, window.action_print = export, printing


def set_page_size(window: Any, size: str) -> None:
    """Remember the tear sheet's paper size (A4 or Letter) for Export PDF…, Print… and later starts."""
    settings = getattr(window, "_settings", None)
    if settings is not None:
        settings.setValue(KEY_PAGE_SIZE, "Letter" if size == "Letter" else "A4")


def page_size(window: Any) -> str:
    settings = getattr(window, "_settings", None)
    value = settings.value(KEY_PAGE_SIZE) if settings is not None else None
    return "Letter" if str(value) == "Letter" else "A4"


def _content(window: Any) -> Any:
    from desktop_app.ui.report.content import report_content

    return report_content(window.workspace, None, page_size(window))


def choose_pdf(window: Any) -> None:
    """Ask for the file, then write the tear sheet."""
    from desktop_app.ui import file_dialogs

    suggestion = (file_dialogs.remembered_folder(window, KEY_FOLDER)
                  / f"CSP Desk tear sheet {date.today().isoformat()}.pdf")
    chosen, _ = file_dialogs.save_file_name(
        window,
        QCoreApplication.translate("ReportActions", "Export PDF"),
        str(suggestion),
        QCoreApplication.translate("ReportActions", "PDF document (*.pdf)"),
    )
    if chosen:
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        file_dialogs.remember_folder(window, KEY_FOLDER, path)
        export_pdf(window, path)


def export_pdf(window: Any, path: Path) -> bool:
    """Write the tear sheet to `path`; a dialog says why if it cannot be written."""
    from desktop_app.files import workspace_file_hit
    from desktop_app.ui.report.pdf import ReportError, write_pdf

    try:
        if not window.workspace.is_remote and workspace_file_hit(
                path, Path(window.workspace.path)) is not None:
            raise ReportError(
                fill(
                    QCoreApplication.translate(
                        "ReportActions",
                        "Cannot write %1: it is a file of the open workspace. Nothing was written.",
                    ),
                    str(path),
                )
            )
        write_pdf(_content(window), path)
    except ReportError as exc:
        from PySide6.QtWidgets import QMessageBox  # not at import: it costs the first paint

        QMessageBox.warning(window, QCoreApplication.translate("ReportActions", "Export PDF"),
                            error_text(exc))
        return False
    window.statusBar().showMessage(
        fill(QCoreApplication.translate("ReportActions", "Tear sheet written to %1"), path.name),
        STATUS_TIMEOUT_MS,
    )
    return True


def print_report(window: Any, printer: Any = None, ask: bool = True) -> int:
    """Print the tear sheet on `printer` (default: a new one, chosen in the print dialog); returns the
    pages printed, 0 if the dialog was cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from desktop_app.ui.report.pages import paint_report, setup_device

    content = _content(window)
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_device(printer, content.page_size)
    if ask:
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle(QCoreApplication.translate("ReportActions", "Print the tear sheet"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
    pages = paint_report(printer, content)
    target = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
    if target and Path(target).is_file():  # "print to file": the PDF's search text as write_pdf's
        from desktop_app.ui.report.pdf_text import fix_file

        fix_file(Path(target))
    return pages
