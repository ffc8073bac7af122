"""Read-only, offline and file-only: what the window says and refuses (issue 12, window side).

No PostgreSQL server can be started for these window tests, so two small Workspace subclasses over a
real workspace file stand in for a server workspace: `RoleWorkspace` reports `read_only` and raises
ReadOnlyError from every write (as a read-only database role does), `FlakyWorkspace` raises
OfflineError from every write and reports `online` False while its "server" is down, and
`reconnect()` succeeds once the test brings it back. Everything below them (the file, the reads,
another PM's writes through a second Workspace) is real. The lead adds the real-server versions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop_app.storage.errors import OfflineError, ReadOnlyError
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import presence
from desktop_app.ui.main_window import MainWindow
from tests.ranking_support import SEED, stored, stored_rationale

CTRL = Qt.KeyboardModifier.ControlModifier


class RoleWorkspace(Workspace):
    """A workspace whose user may read but not write (a read-only database role)."""

    @property
    def read_only(self) -> bool:
        return True

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        raise ReadOnlyError("This workspace is read-only for you (database role csp_reader); "
                            "nothing was written.")
        yield  # pragma: no cover


class FlakyWorkspace(Workspace):
    """A workspace whose server can go away: `down` True makes every write raise OfflineError
    and `online` False; `reconnect()` succeeds once `down` is False again."""

    down = False
    reconnects = 0

    @property
    def online(self) -> bool:
        return not self.down

    def reconnect(self) -> bool:
        type(self).reconnects += 1
        return not self.down

    @contextmanager
    def _writing(self) -> Iterator[Any]:
        if self.down:
            raise OfflineError("Could not save: the workspace server cannot be reached; nothing "
                               "was written and nothing was queued.")
        with super()._writing() as conn:
            yield conn


class ServerWorkspace(Workspace):
    """Presents itself as a workspace on a server (file-only actions do not apply)."""

    @property
    def is_remote(self) -> bool:
        return True

    @property
    def location(self) -> str:
        return "postgresql://pm@db.example:5432/house"


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def open_as(cls: type[Workspace], qtbot: QtBot, path: Path, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(cls.open(path), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    window.external_changes.stop()
    return window


def test_a_read_only_workspace_says_so_and_turns_editing_off(qtbot: QtBot, ws_path: Path,
                                                            tmp_path: Path) -> None:
    window = open_as(RoleWorkspace, qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    assert window.windowTitle() == "Read-only — w.cspdesk — CSP Desk"
    banner = window.presence.banner_label
    assert window.presence.banner.isVisible() and banner.text().startswith("Read-only: you may read")
    assert window.presence.state_label.text() == "Read-only"
    assert window.save_state_label.text() == "Read-only: nothing can be saved"
    assert not tab.view.dragEnabled()
    assert tab.editor.edit.isReadOnly()
    assert not any(a.isEnabled() for a in (tab.action_add, tab.action_remove, tab.action_snapshot,
                                           *tab.move_actions.values()))
    assert not window.action_import.isEnabled() and not window.action_set_price.isEnabled()
    assert not window.action_undo.isEnabled()
    tab.select("AMZN")
    QTest.keyClick(tab.view, Qt.Key.Key_Up, CTRL)  # the keyboard move: refused in the window
    assert tab.model.order() == SEED
    window.tabs.setCurrentIndex(1)  # a tab built later is read-only too
    scorecards = window.tab_page(1)
    assert not scorecards.new_quarter_button.isEnabled()
    assert scorecards.view.editTriggers() == scorecards.view.EditTrigger.NoEditTriggers
    qtbot.wait(50)
    assert window.grab().save(str(tmp_path / "read_only.png"))  # looked at by hand


def test_a_write_refused_as_read_only_is_never_reported_saved(qtbot: QtBot, ws_path: Path,
                                                              tmp_path: Path) -> None:
    window = open_as(RoleWorkspace, qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab._editable = True  # as if the role changed under the window: the write itself is refused
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is False
    assert stored(ws_path) == SEED and tab.model.order() == SEED
    assert window.save_state_label.text() == (
        "Not saved: This workspace is read-only for you (database role csp_reader); nothing was "
        "written.")
    assert "Saved" not in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_offline_keeps_the_view_refuses_edits_and_reconnects_by_itself(
        qtbot: QtBot, ws_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "RECONNECT_MS", 200)
    FlakyWorkspace.down = False
    FlakyWorkspace.reconnects = 0
    window = open_as(FlakyWorkspace, qtbot, ws_path, tmp_path)
    window.presence._reconnect.setInterval(200)
    tab = window.tab_page(0)
    tab.select("AMZN")
    assert window.windowTitle() == "w.cspdesk — CSP Desk" and not window.presence.banner.isVisible()

    FlakyWorkspace.down = True  # the server goes away; the window finds out from its next write
    tab.editor.edit.setPlainText("typed while the server is away")
    tab.editor.end_burst()
    assert stored_rationale(ws_path, "AMZN") != "typed while the server is away"
    assert window.save_state_label.text().startswith("Not saved: Could not save: the workspace "
                                                     "server cannot be reached")
    assert window.undo_stack.count() == 0  # refused, not queued
    assert window.presence.offline
    assert window.windowTitle() == "Offline — w.cspdesk — CSP Desk"
    assert window.presence.state_label.text() == "Offline — reconnecting…"
    assert window.presence.banner_label.text().startswith("Offline: the workspace server cannot be "
                                                          "reached. You see the workspace as it was at ")
    assert tab.model.order() == SEED  # the view is kept
    assert tab.editor.edit.isReadOnly() and not tab.view.dragEnabled()
    qtbot.wait(50)
    assert window.grab().save(str(tmp_path / "offline.png"))  # looked at by hand

    with Workspace.open(ws_path) as other:  # another PM's move while this window is offline
        entries = other.ranking()
        other.set_ranking([entries[3], *entries[:3]], "move", expected=entries)
    qtbot.waitUntil(lambda: FlakyWorkspace.reconnects >= 2, timeout=5000)  # it keeps trying
    assert window.presence.offline
    FlakyWorkspace.down = False
    qtbot.waitUntil(lambda: not window.presence.offline, timeout=5000)
    assert tab.model.order() == ["META", *SEED[:3]]  # reloaded
    assert window.statusBar().currentMessage().startswith("Back online: ")
    assert "moved Meta to 1" in window.statusBar().currentMessage()
    assert window.windowTitle() == "w.cspdesk — CSP Desk" and not window.presence.banner.isVisible()
    assert window.save_state_label.text() == "All changes saved"
    assert not tab.editor.edit.isReadOnly() and tab.view.dragEnabled()
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True  # writes go through again
    assert stored(ws_path) == ["META", "MSFT", "GOOGL", "AMZN"]
    window.close()


def test_file_only_actions_are_off_for_a_server_workspace(qtbot: QtBot, ws_path: Path,
                                                          tmp_path: Path) -> None:
    window = open_as(ServerWorkspace, qtbot, ws_path, tmp_path)
    for action in (window.action_backup, window.action_restore, window.action_save_copy):
        assert not action.isEnabled()
        assert action.toolTip() == ("Only for a workspace file: this workspace is on a server "
                                    "(postgresql://pm@db.example:5432/house).")
    assert window.windowTitle() == "postgresql://pm@db.example:5432/house — CSP Desk"
    assert window.path_label.full_text() == "postgresql://pm@db.example:5432/house"
    assert window.action_export.isEnabled() and window.action_open.isEnabled()
    tab = window.tab_page(0)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True  # editing works; no backup is attempted
    assert not (ws_path.parent / "w.cspdesk backups").exists() or not any(
        (ws_path.parent / "w.cspdesk backups").iterdir())
    window.close()
    assert window.backups.last_error == ""


def test_the_change_log_pane_shows_who(qtbot: QtBot, ws_path: Path, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "Ann")
    window = open_as(Workspace, qtbot, ws_path, tmp_path)
    tab = window.tab_page(0)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is True
    tab.history.setCurrentIndex(2)
    page = tab.history.currentWidget()
    page = getattr(page, "content", lambda: page)()
    page.refresh()
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:2] == ["When (local time)", "Author"]
    assert model.index(0, 1).data() == "Ann"
    assert "GOOGL" in model.index(0, 3).data()
