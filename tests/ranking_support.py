"""Shared by the Ranking tab tests: a main window over a real workspace file, reading the file
back through a second connection, and message boxes that record instead of blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow

SEED = ["MSFT", "AMZN", "GOOGL", "META"]
CTRL = Qt.KeyboardModifier.ControlModifier
MOVE = Qt.DropAction.MoveAction


def open_window(qtbot: QtBot, path: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Workspace.open(path), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def record_messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record warnings instead of showing them; answer questions with Yes."""
    shown: list[tuple[str, str]] = []

    def warning(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: shown.append(("question", a[2])) or QMessageBox.StandardButton.Yes)
    return shown


def stored(path: Path) -> list[str]:
    """The order as another connection reads it from the file."""
    with Workspace.open(path) as other:
        return [e.ticker for e in other.ranking()]


def stored_rationale(path: Path, ticker: str) -> str:
    with Workspace.open(path) as other:
        return {e.ticker: e.rationale for e in other.ranking()}[ticker]
