"""No file dialog of the app drops the window's SQLite locks.

Each of the app's file dialogs is opened through its real code path (the menu action, the Capex
tab, the start-up chooser) with the window open on a workspace; once it shows the workspace's folder
with the workspace file selected and has named that file (its icon provider ran on it), it is
cancelled or accepted. Right after, this process must still hold its locks on the workspace and its
-shm (/proc/locks) through the SAME connection (the write guard would otherwise hide a loss by
opening the file again). Then a second process writes and reads (`csp-desk ranking set` /
`ranking show`), the window reorders through its undo stack, and a fresh process finds both edits.

A canary shows that Qt's own icon provider does drop the locks, so these tests can see the bug.
The same tests run on a real X server (Xvfb, QT_QPA_PLATFORM=xcb) in test_file_dialogs_xcb.py.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.storage import file_guard
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import file_dialogs
from desktop_app.ui.main_window import MainWindow
from tests.lock_support import cli_order, cli_set, holds_locks, needs_proc_locks
from tests.ranking_support import open_window

pytestmark = needs_proc_locks
DESKTOP_APP = Path(__file__).resolve().parent.parent / "desktop_app"
TERMINAL = ["META", "GOOGL", "AMZN", "MSFT"]
DIALOG_TIMEOUT_S = 20


def finish_when_listed(ws_path: Path, finish: Callable[[QFileDialog], None]) -> dict[str, object]:
    """Poll (from the dialog's own event loop) for the app's file dialog; select the workspace in
    it, wait until its model has named the workspace file, note the locks, then `finish` it."""
    seen: dict[str, object] = {}
    deadline = time.monotonic() + DIALOG_TIMEOUT_S

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and dialog.isVisible():
            model = dialog.findChild(QFileSystemModel)
            if "folder" not in seen:
                seen["folder"] = dialog.directory().absolutePath()
                dialog.selectFile(str(ws_path))
            kind = model.type(model.index(str(ws_path))) if model is not None else ""
            if kind:
                seen["type"] = kind
                seen["selected"] = [Path(f).name for f in dialog.selectedFiles()]
                seen["locks"] = file_guard.locks_held(file_guard.identities(ws_path))
                finish(dialog)
                return
        if time.monotonic() > deadline:
            seen["timeout"] = True
            if isinstance(dialog, QFileDialog):
                dialog.reject()
            return
        QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def cancel(dialog: QFileDialog) -> None:
    dialog.reject()


def accept_as(name: str | None) -> Callable[[QFileDialog], None]:
    """Accept the dialog with `name` in the workspace's folder (None: the workspace, as selected)."""
    def finish(dialog: QFileDialog) -> None:
        if name is not None:
            dialog.selectFile(str(Path(dialog.directory().absolutePath()) / name))
        dialog.accept()
    return finish


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    Workspace.open(folder / "w.cspdesk").close()
    return folder / "w.cspdesk"


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path, tmp_path: Path) -> MainWindow:
    shown = open_window(qtbot, ws_path, tmp_path)
    shown.external_changes._timer.stop()  # the test says when to look for the other process's change
    return shown


def both_processes_edit(window: MainWindow, ws_path: Path) -> None:
    """The terminal sets an order; the window picks it up and moves a name up through its undo
    stack; a fresh process finds both, and the window still holds its locks."""
    cli_set(ws_path, TERMINAL)
    assert cli_order(ws_path) == TERMINAL
    assert window.external_changes.check() is True
    tab = window.tab_page(0)
    assert tab.model.order() == TERMINAL
    tab.select("AMZN")
    assert tab.view.move_selected("up")
    assert window.undo_stack.count() == 1 and not window.undo_stack.command(0).error
    assert cli_order(ws_path) == ["META", "AMZN", "GOOGL", "MSFT"]
    assert holds_locks(window.workspace) is True
    assert window.save_state_label.text().startswith("All changes saved")


def open_file_dialog(window: MainWindow, ws_path: Path, trigger: Callable[[], object],
                     finish: Callable[[QFileDialog], None]) -> dict[str, object]:
    conn = window.workspace._conn
    assert holds_locks(window.workspace) is True
    seen = finish_when_listed(ws_path, finish)
    trigger()
    assert not seen.get("timeout"), seen
    assert seen["folder"] == str(ws_path.parent)
    assert seen["type"] == "CSPDESK file"  # named by the app's provider, from the suffix
    assert seen["locks"] is True  # while the dialog listed the folder
    assert holds_locks(window.workspace) is True  # and after it closed
    assert window.workspace._conn is conn  # the same connection: never lost, never reopened
    return seen


DIALOGS = {
    "open": lambda w: w.action_open.trigger(),
    "save_copy": lambda w: w.action_save_copy.trigger(),
    "export": lambda w: w.action_export.trigger(),
    "import": lambda w: w.action_import.trigger(),
    "chart": lambda w: w.action_export_chart.trigger(),
}


@pytest.mark.slow
@pytest.mark.parametrize("kind", sorted(DIALOGS))
def test_cancelling_a_file_dialog_keeps_the_locks(window: MainWindow, ws_path: Path, kind: str) -> None:
    seen = open_file_dialog(window, ws_path, lambda: DIALOGS[kind](window), cancel)
    assert seen["selected"] == ["w.cspdesk"]
    both_processes_edit(window, ws_path)


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "name", "made"), [
    ("export", "summary.xlsx", "summary.xlsx"),
    ("save_copy", "copy.cspdesk", "copy.cspdesk"),
    ("chart", "capex.png", "capex.png"),
    ("open", None, None),  # the open workspace itself: "already open"
])
def test_accepting_a_file_dialog_keeps_the_locks(window: MainWindow, ws_path: Path, kind: str,
                                                  name: str | None, made: str | None) -> None:
    open_file_dialog(window, ws_path, lambda: DIALOGS[kind](window), accept_as(name))
    if made is not None:
        assert (ws_path.parent / made).stat().st_size > 0
    else:
        assert window.workspace.path == ws_path
        assert "already open" in window.statusBar().currentMessage()
    both_processes_edit(window, ws_path)


@pytest.mark.slow
def test_the_start_up_chooser_keeps_the_locks_of_an_open_workspace(window: MainWindow,
                                                                     ws_path: Path) -> None:
    from desktop_app.ui.startup import choose_other_workspace

    chosen: list[Path | None] = []
    open_file_dialog(window, ws_path, lambda: chosen.append(choose_other_workspace(ws_path)), cancel)
    open_file_dialog(window, ws_path, lambda: chosen.append(choose_other_workspace(ws_path)),
                     accept_as(None))
    assert chosen == [None, ws_path]
    both_processes_edit(window, ws_path)


def test_canary_qt_default_icon_provider_drops_the_locks(qtbot: QtBot, ws_path: Path) -> None:
    """Why the app's provider exists: Qt's own sniffs the file's content, and closing it drops the
    locks. If this fails, Qt stopped reading the file and the tests above may pass vacuously."""
    with Workspace.open(ws_path) as ws:
        dialog = QFileDialog(None, "canary", str(ws_path.parent))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.selectFile(str(ws_path))
        dialog.show()
        model = dialog.findChild(QFileSystemModel)
        qtbot.waitUntil(lambda: bool(model.type(model.index(str(ws_path)))), timeout=10_000)
        assert holds_locks(ws) is False
        dialog.reject()


def test_file_drops_do_not_touch_the_workspace(window: MainWindow, ws_path: Path) -> None:
    """No widget takes a dropped file as a file: the ranking list accepts its own moves only, text
    fields take the path as text. Offering the workspace file to every drop target leaves the locks."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(ws_path))])
    accepted = []
    for widget in window.findChildren(QWidget):
        if not widget.acceptDrops():
            continue
        event = QDragEnterEvent(QPoint(2, 2), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
                                mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)
        if event.isAccepted():
            accepted.append(widget)
    ranking_view = window.tab_page(0).view
    assert ranking_view.viewport() not in accepted and ranking_view not in accepted
    assert holds_locks(window.workspace) is True


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    """One module opens file dialogs; nothing in the app watches files, sniffs MIME types or lists
    folders with its own file-system model."""
    offenders = []
    for source in DESKTOP_APP.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        if source.name != "file_dialogs.py" and re.search(r"\bQFileDialog\b", text):
            offenders.append(f"{source.name}: QFileDialog")
        for name in ("QFileSystemWatcher", "QMimeDatabase", "QFileSystemModel", "QDesktopServices"):
            if source.name == "file_dialogs.py" and name == "QDesktopServices":
                continue  # open_with_system: hands a note's temporary copy to another program
            if re.search(rf"\b{name}\s*\(|import[^\n]*\b{name}\b|\b{name}\.", text):
                offenders.append(f"{source.name}: {name}")
    assert offenders == []


def test_the_platform_is_the_one_asked_for(qapp: QApplication) -> None:
    """Under Xvfb (test_file_dialogs_xcb.py) these tests must really run on xcb."""
    asked = os.environ.get("QT_QPA_PLATFORM", "")
    assert asked, "conftest.py always sets a platform when there is no display"
    assert QGuiApplication.platformName() == asked


def test_native_dialogs_only_where_locks_are_not_at_risk() -> None:
    import sys

    expected = sys.platform.startswith("win") or sys.platform == "darwin"
    assert file_dialogs.use_native_dialog() is expected


def test_with_the_shipped_mime_globs_even_qts_own_lookup_keeps_the_locks(tmp_path: Path,
                                                                        ws_path: Path) -> None:
    """The second line of defence (register_mime_globs, called by run_gui): with the package on
    XDG_DATA_DIRS, Qt names the workspace and its side files by glob, without opening them."""
    import subprocess
    import sys

    from tests.lock_support import cli_env

    script = (
        "import sys\nfrom pathlib import Path\n"
        "from desktop_app.ui.mime_globs import register_mime_globs\n"
        "assert register_mime_globs()\n"
        "from PySide6.QtCore import QMimeDatabase\nfrom PySide6.QtWidgets import QApplication\n"
        "from desktop_app.storage import file_guard\n"
        "from desktop_app.storage.workspace import Workspace\n"
        "app = QApplication([])\nws = Workspace.open(Path(sys.argv[1]))\n"
        "names = [QMimeDatabase().mimeTypeForFile(f'{ws.path}{s}').name() for s in ('', '-wal', '-shm')]\n"
        "print(' '.join(names), file_guard.locks_held(ws._files))\n")
    env = cli_env()
    env.pop("XDG_DATA_DIRS", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run([sys.executable, "-c", script, str(ws_path)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["application/x-csp-desk-workspace",
                                     "application/x-csp-desk-workspace-journal",
                                     "application/x-csp-desk-workspace-journal", "True"]
