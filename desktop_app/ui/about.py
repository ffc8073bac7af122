"""Help ▸ About CSP Desk: name, version, what the app is, and the notes its data comes from."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.data_text import note_title


def about_html(workspace: Workspace) -> str:
    """The About text: name, version, what it is, and the notes the data set comes from."""
    rows = []
    for source in workspace.sources():
        published = html.escape(source.published) or QCoreApplication.translate("MainWindow",
                                                                                "date not printed")
        rows.append(
            f"<li><b>{html.escape(source.broker)}</b> ({published}): {html.escape(note_title(source))}"
            f"<br>{html.escape(source.title_zh)}<br><small>{html.escape(source.file)}</small></li>")
    none = QCoreApplication.translate("MainWindow", "No sources recorded in this workspace.")
    sources = "".join(rows) or f"<li>{none}</li>"
    about = QCoreApplication.translate(
        "MainWindow", "Ranking, earnings scorecards, capex and research tables of the cloud service "
        "providers. Works offline; everything is saved in the local workspace file.")
    data_sources = QCoreApplication.translate("MainWindow", "Data sources")
    workspace_word = QCoreApplication.translate("MainWindow", "Workspace")
    return (
        f"<h3>{html.escape(APP_NAME)} {html.escape(__version__)}</h3><p>{about}</p>"
        f"<p><b>{data_sources}</b></p><ul>{sources}</ul>"
        f"<p><small>{workspace_word}: {html.escape(str(workspace.location))}</small></p>"
    )


def about_box(window: QWidget, workspace: Workspace) -> QMessageBox:
    """The About box (not shown yet)."""
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About %1").replace("%1", APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(workspace))
    icon = window.windowIcon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 480px; }")
    return box
