"""The window says when its workspace is a copy made with File ▸ Save a Copy: "copy of <original>,
taken on <date>" in the title and in a label of the status bar (domain.copies), so that a copy
taken to a laptop is not mistaken for the original."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app.domain.copies import copy_origin

if TYPE_CHECKING:
    from desktop_app.domain.copy_origin import CopyOrigin

LABEL_NAME = "copyOrigin"


def origin_of(workspace: object) -> CopyOrigin | None:
    """The recorded origin of the open workspace (None: not a copy, or its meta cannot be read)."""
    meta = getattr(workspace, "meta", None)
    path = getattr(workspace, "path", None)
    if not callable(meta) or path is None:
        return None
    try:
        rows = meta()
        own = str(Path(path).resolve())
    except Exception:  # noqa: BLE001 - a damaged meta row must not stop the window from showing
        return None
    return copy_origin(rows, own) if isinstance(rows, dict) else None


def show_copy_origin(window: QMainWindow, workspace: object) -> str:
    """Add "(copy of …, taken on …)" to the window title and show it in the status bar; clears
    both for a workspace that is not a copy. Returns the text shown ("" when none)."""
    origin = origin_of(workspace)
    label = window.findChild(QLabel, LABEL_NAME)
    if origin is None:
        if label is not None:
            label.hide()
        return ""
    text = QCoreApplication.translate("CopyOrigin", "copy of %1, taken on %2").replace(
        "%1", origin.name).replace("%2", origin.taken_on)
    if label is None:
        label = QLabel(window)
        label.setObjectName(LABEL_NAME)
        label.setStyleSheet("color: #8a5300; font-weight: bold;")
        window.statusBar().insertPermanentWidget(0, label)
    label.setText(text)
    label.setToolTip(QCoreApplication.translate(
        "CopyOrigin", "This workspace is a copy of %1. Changes made here are not in the original.").replace(
        "%1", origin.path))
    label.show()
    title = window.windowTitle()
    head, sep, tail = title.partition(" — ")
    window.setWindowTitle(f"{head} ({text}){sep}{tail}")
    return text
