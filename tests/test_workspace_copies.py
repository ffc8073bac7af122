"""Workspace portability: a copy made by File ▸ Save a Copy records which workspace it was taken
from and when (meta rows), and the window that opens it says "copy of …, taken on …" in its title
and status bar; the original, and a copy put back in the original's place, do not."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.domain.copies import COPY_OF, COPY_OF_NAME, COPY_TAKEN_AT, copy_origin
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.copy_origin import LABEL_NAME
from desktop_app.ui.main_window import MainWindow


def _window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _label(window: MainWindow) -> QLabel | None:
    label = window.findChild(QLabel, LABEL_NAME)
    return label if label is not None and label.isVisible() else None


def test_a_copy_records_its_origin_in_its_meta_rows(tmp_path: Path) -> None:
    original = tmp_path / "desk.cspdesk"
    with Workspace.open(original) as ws:
        ws.backup_to(tmp_path / "laptop" / "desk.cspdesk")
        assert COPY_OF not in ws.meta()  # the original is not changed by taking a copy
    with Workspace.open(tmp_path / "laptop" / "desk.cspdesk") as copy:
        meta = copy.meta()
        assert meta[COPY_OF] == str(original.resolve()) and meta[COPY_OF_NAME] == "desk.cspdesk"
        assert meta[COPY_TAKEN_AT].endswith("+00:00")
        origin = copy_origin(meta, str(copy.path.resolve()))
        assert origin is not None and origin.taken_on == date.today().isoformat()
        copy.backup_to(tmp_path / "again.cspdesk")  # a copy of the copy names the copy
    with Workspace.open(tmp_path / "again.cspdesk") as again:
        assert again.meta()[COPY_OF] == str((tmp_path / "laptop" / "desk.cspdesk").resolve())


def test_the_window_says_when_its_workspace_is_a_copy(qtbot: QtBot, tmp_path: Path) -> None:
    original = tmp_path / "desk.cspdesk"
    window = _window(qtbot, original)
    assert "copy of" not in window.windowTitle() and _label(window) is None
    dest = tmp_path / "laptop" / "desk.cspdesk"
    dest.parent.mkdir()
    assert window.save_copy_to(dest)
    assert "copy of" not in window.windowTitle()

    laptop = _window(qtbot, dest)
    expected = f"copy of desk.cspdesk, taken on {date.today().isoformat()}"
    assert laptop.windowTitle().startswith(f"desk.cspdesk ({expected})")
    label = _label(laptop)
    assert label is not None and label.text() == expected
    assert str(original.resolve()) in label.toolTip()
    laptop.grab().save(str(tmp_path / "copy-window.png"))

    assert laptop.open_workspace_file(original)  # the same window on the original: no longer said
    assert "copy of" not in laptop.windowTitle() and _label(laptop) is None


def test_a_copy_put_back_in_place_of_the_original_is_the_original(qtbot: QtBot, tmp_path: Path) -> None:
    original = tmp_path / "desk.cspdesk"
    with Workspace.open(original) as ws:
        ws.backup_to(tmp_path / "laptop.cspdesk")
    os.remove(original)
    shutil.copy(tmp_path / "laptop.cspdesk", original)  # taken back: the laptop's copy replaces it
    window = _window(qtbot, original)
    assert "copy of" not in window.windowTitle() and _label(window) is None
