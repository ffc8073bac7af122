"""Write the tear sheet to a PDF file with QPdfWriter: into a temporary file beside the target that
replaces it only once complete (the Excel export's `write_atomically`), so a failed export leaves
any existing file as it was. Needs a QGuiApplication (fonts); `ensure_gui_application` makes an
offscreen one for the CLI."""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app import APP_NAME
from desktop_app.storage.errors import message_of
from desktop_app.ui.report.content import ReportContent
from desktop_app.ui.report.pages import paint_report, setup_device
from desktop_app.ui.report.pdf_text import fix_file

PDF_RESOLUTION = 300


class ReportError(Exception):
    """The PDF could not be written; the message says why."""


def ensure_gui_application() -> None:
    """A QGuiApplication for the fonts, offscreen unless a platform is chosen (the CLI)."""
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([APP_NAME])


def render_pdf(content: ReportContent, path: Path) -> int:
    """Paint `content` into a new PDF at `path`; returns the pages written."""
    from PySide6.QtGui import QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(QCoreApplication.translate("TearSheet", "CSP Desk tear sheet"))
    writer.setCreator(APP_NAME)
    setup_device(writer, content.page_size)
    try:
        return paint_report(writer, content)
    finally:
        del writer  # flushes and closes the file


def write_pdf(content: ReportContent, path: Path) -> float:
    """Write the tear sheet to `path` safely; returns the seconds it took. ReportError if it cannot."""
    from desktop_app.io.excel_export import ExcelExportError, write_atomically

    started = time.perf_counter()
    try:
        write_atomically(Path(path), lambda temp: _render_checked(content, temp))
    except ExcelExportError as exc:
        raise ReportError(message_of(exc)) from exc  # its Text: translated where shown
    return time.perf_counter() - started


def _render_checked(content: ReportContent, temp: Path) -> None:
    render_pdf(content, temp)
    fix_file(temp)  # search text: 谷, not the Kangxi radical ⾕ Qt's ToUnicode map names (pdf_text.py)
    if temp.stat().st_size == 0:
        raise OSError(QCoreApplication.translate("TearSheet", "the PDF came out empty"))
