"""Main window: tabs filled with the seed data, menus and shortcuts, undo stack, status bar,
settings restore, Save a copy, Open workspace, About, and a fast start without heavy imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui import file_dialogs
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets import LazyTab

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("pandas", "pyqtgraph", "openpyxl")


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "w.cspdesk"


def _make_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, ws_path: Path) -> MainWindow:
    return _make_window(qtbot, ws_path)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Record QMessageBox calls instead of showing modal dialogs."""
    calls: list[tuple[str, str, str]] = []

    def record(kind: str):
        def show(_parent, title, text, *args, **kwargs):
            calls.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("critical", "information", "warning", "about"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return calls


# -- tabs ----------------------------------------------------------------------------------------
def test_four_tabs_in_order(window: MainWindow) -> None:
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Ranking", "Scorecards", "Capex", "Research"]


def test_only_the_current_tab_is_built_at_start(window: MainWindow) -> None:
    assert window.tabs.currentIndex() == 0
    pages = [window.tabs.widget(i) for i in range(4)]
    assert all(isinstance(p, LazyTab) for p in pages)
    assert pages[0].is_built
    assert not any(p.is_built for p in pages[1:])
    window.tabs.setCurrentIndex(2)
    assert pages[2].is_built


def test_the_history_pane_is_built_right_after_the_first_paint(qtbot: QtBot, ws_path: Path) -> None:
    """The ranking's history pane (below the list) is painted empty with the window's first paint
    and built on the next turn of the event loop; a history page shown later is built before it
    paints (no empty frame)."""
    from PySide6.QtCore import QEvent, QObject

    window = MainWindow(Workspace.open(ws_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    history = window.tab_page(0).history
    pages = [history.widget(i) for i in range(history.count())]
    seen: dict[str, bool] = {}

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                key = "window" if watched is window else f"page{pages.index(watched)}"
                seen.setdefault(key, pages[0].is_built if key == "window" else watched.is_built)
            return False

    watch = Watch()
    window.installEventFilter(watch)
    for page in pages:
        page.installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: "window" in seen, timeout=3000)
    assert seen["window"] is False  # the first paint did not wait for the history pane
    qtbot.waitUntil(lambda: pages[0].is_built, timeout=3000)  # built right after it
    assert seen["page0"] is False  # painted once empty, with the window
    history.setCurrentIndex(1)  # Compare, shown by the user later
    qtbot.waitUntil(lambda: "page1" in seen, timeout=3000)
    assert seen["page1"] is True  # built before its first paint
    assert not pages[2].is_built and not pages[3].is_built


@pytest.mark.parametrize("index", range(4))
def test_every_tab_shows_seed_data(window: MainWindow, index: int, qtbot) -> None:
    window.tabs.setCurrentIndex(index)
    page = window.tab_page(index)
    qtbot.waitUntil(lambda: bool(page.findChildren(QTableView)), timeout=2000)  # the ranking's history
    tables = page.findChildren(QTableView)  # pane is built right after the window is painted
    assert tables, "a tab without a table"
    for table in tables:
        assert table.model().rowCount() > 0, f"empty table {table.objectName()} on tab {index}"
        assert table.model().columnCount() > 0
    empties = [label for label in page.findChildren(QLabel, "emptyMessage") if not label.isHidden()]
    assert not empties


def test_ranking_tab_shows_order_and_snapshots(window: MainWindow) -> None:
    tab = window.tab_page(0)
    ranking = window.workspace.ranking()
    model = tab.model
    assert model.rowCount() == len(ranking)
    assert model.order() == [e.ticker for e in ranking]
    assert model.index(0).data().startswith("1. ")
    snapshots = tab.history.page(0)
    assert snapshots.snapshots_model.rowCount() == len(window.workspace.snapshots())
    assert snapshots.entries_model.rowCount() == len(ranking)  # newest snapshot selected


def test_scorecard_picker_labels_and_switching(window: MainWindow) -> None:
    tab = window.tab_page(1)
    tickers = [tab.company_box.itemData(i) for i in range(tab.company_box.count())]
    assert "MSFT" in tickers
    tab.company_box.setCurrentIndex(tickers.index("MSFT"))
    labels = [tab.period_box.itemText(i) for i in range(tab.period_box.count())]
    assert "F4Q25 · 2Q25" in labels
    assert tab.period_box.currentText() == "F4Q25 · 2Q25"  # the latest reported quarter
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    for name in ("Actual", "Consensus", "Diff", "YoY", "QoQ", "Guidance", "vs guidance", "Source"):
        assert name in headers
    revenue = next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == "Revenue")
    assert tab.model.index(revenue, headers.index("Actual")).data() == "76,441"
    msft_rows = tab.model.rowCount()
    tab.company_box.setCurrentIndex(tickers.index("AMZN"))
    assert tab.model.rowCount() > 0
    assert tab.model.rowCount() != msft_rows or tab.period_box.currentText() == "2Q25"


def test_capex_tab_lists_every_capex_figure(window: MainWindow) -> None:
    tab = window.tab_page(2)
    expected = [line for line in window.workspace.scorecard_lines() if line.line == "capex"]
    rows = tab.figures_model.rows()
    on_scorecards = {(r.point.company, r.point.fiscal) for r in rows if r.point.actual_origin in ("reported", "")}
    assert on_scorecards == {(line.company, line.period) for line in expected} and expected
    calendar = [row.point.calendar for row in rows]
    assert calendar == sorted(calendar)
    quarters = [tab.figures_model.index(r, 0).data() for r in range(tab.figures_model.rowCount())]
    assert quarters == [q.calendar_label() for q in calendar]
    assert "2Q25" in quarters
    assert tab.statements_model.rowCount() == len(window.workspace.statements("capex")) > 0


def test_research_tab_tables(window: MainWindow) -> None:
    tab = window.tab_page(3)
    ws = window.workspace
    assert tab.targets_model.rowCount() == len(ws.targets())
    forecasts = tab.forecasts_model
    metric_rows = [r for r in range(forecasts.rowCount()) if not forecasts.is_title(r)]
    assert 2 * len(metric_rows) == len(ws.forecasts())  # two years per metric row, as in Figure 1
    assert tab.supply_model.rowCount() == len(ws.supply_chain())
    assert tab.statements_model.rowCount() == len(ws.statements())
    risk = tab.topic_box.findData("risk")
    assert risk >= 0
    tab.topic_box.setCurrentIndex(risk)
    assert tab.statements_proxy.rowCount() == len(ws.statements("risk")) > 0


def test_tab_shortcuts_switch_tabs(window: MainWindow) -> None:
    assert [a.shortcut().toString() for a in window.tab_actions] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    window.tab_actions[3].trigger()
    assert window.tabs.currentIndex() == 3


# -- menus, undo, status bar --------------------------------------------------------------------
def test_menus_and_shortcuts(window: MainWindow) -> None:
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Research", "&Help"]
    expected = {
        window.action_set_price: ["Ctrl+Shift+P"],
        window.action_set_target: ["Ctrl+Shift+T"],
        window.action_open: ["Ctrl+O"],
        window.action_save_copy: ["Ctrl+Shift+S"],
        window.action_export: ["Ctrl+E"],
        window.action_quit: ["Ctrl+Q"],
        window.action_undo: ["Ctrl+Z"],
        window.action_redo: ["Ctrl+Shift+Z", "Ctrl+Y"],
    }
    for action, keys in expected.items():
        assert [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()] == keys
    assert window.file_menu.actions()[0] is window.action_open
    file_actions = window.file_menu.actions()
    for action in (window.action_save_copy, window.action_export, window.action_quit):
        assert action in file_actions
    assert window.edit_menu.actions() == [window.action_undo, window.action_redo]
    assert window.action_about in window.help_menu.actions()


def test_undo_stack_drives_save_state(window: MainWindow) -> None:
    stack = window.undo_stack
    assert isinstance(stack, QUndoStack)
    assert window.save_state_label.text() == "All changes saved"
    assert not window.action_undo.isEnabled()

    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    stack.push(Note("test edit"))
    assert window.action_undo.isEnabled()
    assert window.save_state_label.text().startswith("All changes saved ·")
    window.action_undo.trigger()
    assert done == ["redo", "undo"]
    assert window.save_state_label.text() == "All changes saved"
    window.action_redo.trigger()
    assert done[-1] == "redo"


def test_save_error_is_shown_and_cleared(window: MainWindow) -> None:
    window.report_save_error("Could not save: database or disk is full")
    assert "Not saved" in window.save_state_label.text()
    assert "disk is full" in window.save_state_label.text()
    window.clear_save_error()
    assert window.save_state_label.text() == "All changes saved"


def test_status_bar_shows_workspace_path(window: MainWindow, ws_path: Path) -> None:
    assert window.path_label.full_text() == str(ws_path)
    assert window.path_label.text().endswith(ws_path.name)  # elided in the middle when long
    assert str(ws_path) in window.path_label.toolTip()
    assert ws_path.name in window.windowTitle()
    window.resize(400, 300)  # a long path never holds the window wide
    assert window.path_label.minimumSizeHint().width() < 200


# -- settings ------------------------------------------------------------------------------------
def test_geometry_and_tab_restored(qtbot: QtBot, ws_path: Path) -> None:
    first = _make_window(qtbot, ws_path)
    first.resize(700, 520)
    first.tabs.setCurrentIndex(2)
    qtbot.wait(10)
    first.close()

    second = _make_window(qtbot, ws_path)
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (700, 520)
    assert second.tabs.widget(2).is_built and not second.tabs.widget(0).is_built


def test_settings_live_under_xdg_config_home(window: MainWindow) -> None:
    from desktop_app.ui.settings import settings_path

    window.close()
    path = settings_path()
    assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])
    assert path.is_file()



def test_unchanged_settings_are_not_rewritten_on_close(qtbot: QtBot, ws_path: Path) -> None:
    """Closing a window whose geometry and tab are already stored leaves the settings file alone
    (no lock file, no synced copy renamed over it); a changed tab is written."""
    from desktop_app.ui.settings import settings_path

    for _ in range(2):  # the second close stores the geometry as restored (the frame offset)
        _make_window(qtbot, ws_path).close()
    path = settings_path()
    before = path.stat()
    second = _make_window(qtbot, ws_path)
    second.close()
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    third = _make_window(qtbot, ws_path)
    third.tabs.setCurrentIndex(3)
    third.close()
    assert path.stat().st_ino != before.st_ino  # Qt writes a new copy and renames it over the file
    fourth = _make_window(qtbot, ws_path)
    assert fourth.tabs.currentIndex() == 3
# -- File menu -----------------------------------------------------------------------------------
def test_save_a_copy_writes_an_openable_file(window: MainWindow, tmp_path: Path) -> None:
    dest = tmp_path / "copies" / "copy.cspdesk"
    dest.parent.mkdir()
    assert window.save_copy_to(dest)
    assert "Saved a copy" in window.statusBar().currentMessage()
    copy = Workspace.open(dest)
    try:
        assert copy.quick_check() == "ok"
        assert [e.ticker for e in copy.ranking()] == [e.ticker for e in window.workspace.ranking()]
        assert len(copy.scorecard_lines()) == len(window.workspace.scorecard_lines())
    finally:
        copy.close()


def test_save_a_copy_refuses_the_open_file(window: MainWindow, ws_path: Path, messages: list) -> None:
    assert not window.save_copy_to(ws_path)
    assert messages and messages[0][0] == "critical"


def test_save_a_copy_failure_is_reported(window: MainWindow, tmp_path: Path, messages: list) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    assert not window.save_copy_to(folder)
    assert messages and messages[0][0] == "critical" and "No copy was written" in messages[0][2]
    assert folder.is_dir()


def test_save_a_copy_dialog_adds_the_suffix(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent, _title, suggestion, _filter):
        asked.append(suggestion)
        return str(tmp_path / "friday"), ""

    monkeypatch.setattr(file_dialogs, "save_file_name", ask)
    window.action_save_copy.trigger()
    assert asked and asked[0].endswith("w copy.cspdesk")
    assert (tmp_path / "friday.cspdesk").is_file()


def test_open_dialog_cancelled_changes_nothing(
    window: MainWindow, ws_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: ("", ""))
    window.action_open.trigger()
    assert window.path_label.full_text() == str(ws_path)


def test_open_dialog_opens_the_chosen_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "chosen.cspdesk"
    Workspace.open(other).close()
    monkeypatch.setattr(file_dialogs, "open_file_name", lambda *args: (str(other), ""))
    window.action_open.trigger()
    assert window.path_label.full_text() == str(other)


def test_open_another_workspace(window: MainWindow, tmp_path: Path) -> None:
    other = tmp_path / "other.cspdesk"
    Workspace.open(other).close()
    window.tabs.setCurrentIndex(1)
    window.undo_stack.push(QUndoCommand("x"))
    assert window.open_workspace_file(other)
    assert window.path_label.full_text() == str(other)
    assert Path(window.workspace.path) == other
    assert window.undo_stack.count() == 0
    assert window.tabs.currentIndex() == 1
    assert window.tab_page(1).model.rowCount() > 0


def test_open_a_bad_file_keeps_the_current_workspace(
    window: MainWindow, tmp_path: Path, ws_path: Path, messages: list
) -> None:
    bad = tmp_path / "notes.cspdesk"
    bad.write_text("not a workspace\n" * 50, encoding="utf-8")
    assert not window.open_workspace_file(bad)
    assert messages and messages[0][0] == "critical"
    assert window.path_label.full_text() == str(ws_path)
    assert window.workspace.ranking()  # still usable
    assert bad.read_text(encoding="utf-8").startswith("not a workspace")  # untouched


def test_about_lists_version_and_sources(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app import __version__
    from desktop_app.ui.about import about_box, about_html

    text = about_html(window.workspace)
    assert __version__ in text and "CSP Desk" in text
    for source in window.workspace.sources():
        assert source.broker in text
        assert source.file in text
        assert source.title_en.replace("&", "&amp;") in text
        assert source.title_zh in text
    box = about_box(window, window.workspace)
    assert box.text() == text
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    window.action_about.trigger()
    assert shown == [text]


# -- start-up ------------------------------------------------------------------------------------
def _run(code: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)


def test_startup_imports_no_heavy_modules(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.ui.app import application\n"
        "from desktop_app.storage.workspace import Workspace\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "app = application()\n"
        "window = MainWindow(Workspace.open(Path(sys.argv[1])))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('pandas', 'pyqtgraph', 'openpyxl'))\n"
        "print('HEAVY', heavy)\n"
        "window.close()\n"
    )
    result = _run(code, tmp_path, str(tmp_path / "w.cspdesk"))
    assert result.returncode == 0, result.stderr
    assert "HEAVY []" in result.stdout, result.stdout


NOT_AT_FIRST_PAINT = ("desktop_app.domain.scorecard", "desktop_app.domain.comparison", "desktop_app.domain.statements",
                      "desktop_app.domain.notes", "desktop_app.domain.workspace_reader",
                      "desktop_app.ui.find_bar",
                      # built right after the first paint (MainWindow.finish_start; backups
                      # are not listed: a window closed before that still backs up on closing)
                      "desktop_app.ui.external_changes", "desktop_app.ui.presence",
                      "desktop_app.ui.report_actions", "desktop_app.ui.research_actions",
                      "desktop_app.ui.language_menu", "desktop_app.ui.commands.ranking",
                      # what only the history's pages and others' changes need
                      "desktop_app.ui.ranking.history_pages", "desktop_app.ui.change_text",
                      "desktop_app.ui.change_log_text", "desktop_app.domain.change_log_text",
                      "html", "html.entities",
                      # creating, upgrading and writing a workspace; backup records; research tables
                      "desktop_app.storage.creation", "desktop_app.storage.schema",
                      "desktop_app.storage.migration_v2", "desktop_app.storage.schema_v3",
                      "desktop_app.storage.schema_v4", "desktop_app.storage.research_edits",
                      "desktop_app.storage.notes", "desktop_app.storage.provenance",
                      "desktop_app.storage.backup_records", "desktop_app.domain.research_tables",
                      "desktop_app.domain.checks",
                      # records the first paint makes none of: change-log rows, a copy's origin, line definitions
                      "desktop_app.storage.change_log_entry", "desktop_app.domain.copy_origin",
                      "desktop_app.domain.line_def",
                      # stdlib modules only writes or rare text need (storage/codec.py, ui/qt_free.py)
                      "json", "encodings.utf_16_le")


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_the_first_paint_loads_only_what_it_shows(tmp_path: Path, language: str) -> None:
    """What the Ranking tab does not show (scorecards, statements, notes, the find bar) is loaded
    when first needed, not for the first paint (each module and its dataclasses cost it time)."""
    code = (
        "import sys\n"
        "import desktop_app.ui.app as app\n"
        "started = app._started\n"
        "def check():\n"
        f"    print('LOADED', sorted(m for m in {NOT_AT_FIRST_PAINT!r} if m in sys.modules))\n"
        "    import enum, gc\n"  # Qt classes PySide set up (it builds a class's enums with it)
        "    built = {c.__qualname__ for c in gc.get_objects() if isinstance(c, enum.EnumType)}\n"
        "    print('SET UP', sorted(c for c in ('QIcon.ThemeIcon', 'QGradient.Preset') if c in built))\n"
        "    print('QT NAMESPACE', sorted(c for c in built if c.startswith('Qt.')))\n"
        "    started()\n"
        "app._started = check\n"
        "from desktop_app.cli import main\n"
        f"sys.exit(main(['--quit-after-paint', '--language', '{language}', '--workspace', sys.argv[1]]))\n"
    )
    made = _run("", tmp_path, "-m", "desktop_app", "--quit-after-paint", "--workspace", str(tmp_path / "w.cspdesk"))
    assert made.returncode == 0, made.stderr  # created and seeded: a start as on every other day follows
    result = _run(code, tmp_path, str(tmp_path / "w.cspdesk"))
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout
    # QIcon: CSP Desk's icon is set right after the paint, and no call before it may make PySide
    # look at QIcon to choose an overload (QAction(text, parent), QPushButton(text, parent)).
    # QGradient: see the ranking list's header.
    assert "SET UP []" in result.stdout, result.stdout
    # The Qt namespace's 93 enums (a tenth of the start): nothing before the paint has ended may
    # import or touch Qt, call QPainter.setPen / setBrush, or give an item model a Python flags()
    # (desktop_app/ui/qt_free.py).
    assert "QT NAMESPACE []" in result.stdout, result.stdout


def test_run_gui_quits_after_first_paint(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop_app.ui.app import run_gui\n"
        "sys.exit(run_gui(Path(sys.argv[1]), quit_after_paint=True))\n"
    )
    result = _run(code, tmp_path, str(tmp_path / "w.cspdesk"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "w.cspdesk").is_file()


def test_run_gui_reports_a_bad_workspace_on_stderr(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cspdesk"
    bad.write_text("not a workspace\n" * 50, encoding="utf-8")
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop_app.ui.app import run_gui\n"
        "sys.exit(run_gui(Path(sys.argv[1]), quit_after_paint=True))\n"
    )
    result = _run(code, tmp_path, str(bad))
    assert result.returncode == 1
    assert "Cannot open workspace" in result.stderr


def test_cli_quit_after_paint(tmp_path: Path) -> None:
    if not (ROOT / "desktop_app" / "cli.py").is_file():
        pytest.skip("the CLI has not landed yet")
    result = _run("", tmp_path, "-m", "desktop_app", "--quit-after-paint", "--workspace", str(tmp_path / "w"))
    assert result.returncode == 0, result.stderr



def test_what_is_built_after_the_first_paint_works_for_input_right_after_it(tmp_path: Path) -> None:
    """Backups, the watcher of others' changes, the presence state and the menus' contents are built
    right after the first paint (MainWindow.finish_start), and the application's icon set then:
    input queued at the paint finds them built, a change made by another program before they were
    built is still shown, shortcuts and menus work, and the window has CSP Desk's icon."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import Qt, QTimer\n"
        "from PySide6.QtGui import QAction\n"
        "from PySide6.QtTest import QTest\n"
        "from PySide6.QtWidgets import QApplication, QLabel, QMenu\n"
        "import desktop_app.ui.app as app\n"
        "from desktop_app.cli import main\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "path = sys.argv[1]\n"
        "started = app._started\n"
        "def probe():\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
        "    print('BUILT', window._presence is not None, window._external_changes is not None,\n"
        "          window._backups is not None, window.findChild(QLabel, 'presenceBanner') is not None)\n"
        "    print('CHECK', window.external_changes.check(), window.tab_page(0).model.order())\n"
        "    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)\n"
        "    menus = [m.objectName() for m in window.findChildren(QMenu)]\n"
        "    print('TAB', window.tabs.currentIndex(), 'researchMenu' in menus, 'viewMenu' in menus)\n"
        "    research = [a.objectName() for a in window.research_menu.actions() if a.objectName()]\n"
        "    printing = window.findChild(QAction, 'actionPrint')\n"
        "    print('MENUS', research[:2], printing.shortcut().toString(), 'languageMenu' in menus)\n"
        "    print('ICON', not QApplication.windowIcon().isNull(), not window.windowIcon().isNull())\n"
        "    window.close()\n"
        "finish = MainWindow.finish_start\n"
        "def finish_start(window):  # another program changes the ranking before the watcher is built\n"
        "    print('EMPTY', window.research_menu.title(), window.research_menu.actions())\n"
        "    print('BEFORE', window._presence, window._external_changes, window.isVisible(),\n"
        "          'desktop_app.ui.presence' in sys.modules, 'desktop_app.ui.external_changes' in sys.modules)\n"
        "    code = main(['ranking', 'set', 'META', 'AMZN', 'MSFT', 'GOOGL', '--workspace', path])\n"
        "    print('CLI', code)\n"
        "    finish(window)\n"
        "MainWindow.finish_start = finish_start\n"
        "import desktop_app.ui.app_icon as app_icon\n"
        "set_icon = app_icon.set_icon\n"
        "def icon_after_paint():  # set by run_gui after the paint, not for it\n"
        "    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))\n"
        "    print('NO ICON YET', QApplication.windowIcon().isNull(), window.isVisible())\n"
        "    set_icon()\n"
        "app_icon.set_icon = icon_after_paint\n"
        "def at_paint():\n"
        "    QTimer.singleShot(0, probe)  # like input that arrives after the paint\n"
        "    started()\n"
        "app._started = at_paint\n"
        "sys.exit(app.run_gui(path))\n"
    )
    made = _run("", tmp_path, "-m", "desktop_app", "--quit-after-paint", "--workspace", str(tmp_path / "w.cspdesk"))
    assert made.returncode == 0, made.stderr
    result = _run(code, tmp_path, str(tmp_path / "w.cspdesk"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "BEFORE None None True False False" in out, out  # not built for the first paint
    assert "CLI 0" in out, out
    assert "BUILT True True True True" in out, out
    assert "CHECK True ['META', 'AMZN', 'MSFT', 'GOOGL']" in out, out
    assert "TAB 1 True True" in out, out
    assert "EMPTY &Research []" in out, out  # the title is in the first frame, the actions after it
    assert "MENUS ['actionSetPrice', 'actionSetTarget'] Ctrl+P True" in out, out
    assert "NO ICON YET True True" in out, out  # CSP Desk's icon: set right after the first paint
    assert "ICON True True" in out, out
