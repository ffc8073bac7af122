"""The main window: four tabs, the File / Edit / Help menus, one undo stack and the status bar.

The window owns the open workspace (closing the window closes it) and one QUndoStack whose clean
state drives the save-state text in the status bar. Window geometry and the last tab are kept in
the settings file and restored on the next start. Tabs other than the current one are built the
first time they are shown, so the first paint waits for one tab only.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from desktop_app import APP_NAME
from desktop_app.ui import window_geometry, window_parts
from desktop_app.ui.commands.base import workspace_undo_stack
from desktop_app.ui.errors import error_text
from desktop_app.ui.settings import app_settings
from desktop_app.ui.widgets import ElidedLabel, LazyTab

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.backup_actions import BackupController
    from desktop_app.ui.external_changes import ExternalChangeWatcher
    from desktop_app.ui.presence import PresenceController
    from desktop_app.ui.single_instance import InstanceGuard

STATUS_TIMEOUT_MS = 8000


class MainWindow(QMainWindow):
    """CSP Desk's main window over one open workspace."""

    backups = window_parts.Part(window_parts.backups)
    external_changes = window_parts.Part(window_parts.external_changes)
    presence = window_parts.Part(window_parts.presence)

    def __init__(
        self, workspace: Workspace, settings: QSettings | None = None, parent: QWidget | None = None,
        *, after_paint: bool = False,
    ) -> None:
        """With `after_paint`, what the first frame does not show (automatic backups, the watcher of
        others' changes, the read-only / offline state) waits for `finish_start()`, which run_gui
        calls right after the first paint; without it, the window is complete when made."""
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = workspace_undo_stack(self)
        self._settings = settings if settings is not None else app_settings()
        self._save_error = ""
        self._typing_pending = False  # rationale typing waits for its pause to be saved
        self._conflict = ""  # a write refused because another program changed the workspace
        self._closed = False
        self._backups: BackupController | None = None
        self._external_changes: ExternalChangeWatcher | None = None
        self._presence: PresenceController | None = None
        self.built_from: int | None = None  # the change-log row shown when built (None: the newest)
        self.setObjectName("mainWindow")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)

        self._create_actions()
        self._create_menus()
        self._create_status_bar()
        self._populate_tabs()
        self._restore_settings()
        self._show_workspace()
        self.undo_stack.cleanChanged.connect(self._update_save_state)
        self.undo_stack.indexChanged.connect(self._update_save_state)
        self._update_save_state()
        self.instance_guard: InstanceGuard | None = None  # the workspace lock, set by run_gui
        if after_paint:  # others' changes from now on are news, also those before finish_start
            self.built_from = window_parts.newest_change(workspace)
        else:
            self.finish_start()

    def finish_start(self) -> None:
        """Build what the first frame does not show (ui/window_parts.py)."""
        if not self._closed:  # the menus first: the presence state turns their edits off
            window_parts.fill_menus(self)
            _ = self.backups, self.external_changes, self.presence

    # -- building ------------------------------------------------------------------------------
    def _action(
        self, name: str, text: str, shortcuts: list[str], tip: str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)  # not QAction(text, self): PySide would build QIcon's enums to choose
        action.setText(text)    # between that and QAction(icon, text, parent)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        return action

    def _tab_shower(self, index: int) -> Callable[[], None]:
        def show(_checked: bool = False) -> None:
            self.tabs.setCurrentIndex(index)
        return show

    def _create_actions(self) -> None:
        self.action_open = self._action(
            "actionOpen", self.tr("&Open Workspace…"), ["Ctrl+O"],
            self.tr("Open another CSP Desk workspace file"), self.choose_workspace)
        self.action_save_copy = self._action(
            "actionSaveCopy", self.tr("Save a &Copy…"), ["Ctrl+Shift+S"],
            self.tr("Write a copy of the workspace to another file (the open one stays open)"),
            self.choose_copy_destination)
        self.action_backup = self._action(
            "actionBackUpNow", self.tr("&Back Up Now"), [],
            self.tr("Write a backup of the workspace to its backups folder now"),
            lambda: self.backups.backup("manual"))
        self.action_restore = self._action(
            "actionRestoreBackup", self.tr("&Restore from Backup…"), [],
            self.tr("Put back an earlier backup of this workspace (the current state is backed up "
                    "first, so a restore can be undone by restoring that)"),
            lambda: self.backups.choose_and_restore())
        self.action_export = self._action(
            "actionExportExcel", self.tr("&Export to Excel…"), ["Ctrl+E"],
            self.tr("Write the Excel summary workbook"), self.export_excel)
        self.action_import = self._action(
            "actionImportExcel", self.tr("&Import from Excel…"), ["Ctrl+I"],
            self.tr("Read figures changed in an exported workbook back in (previewed, undoable)"),
            self.import_excel)
        self.action_export_chart = self._action(
            "actionExportChart", self.tr("Export C&hart…"), [],
            self.tr("Save the capex chart as a PNG or SVG image"), self.export_chart)
        self.action_quit = self._action(
            "actionQuit", self.tr("&Quit"), ["Ctrl+Q"], self.tr("Close CSP Desk"), self.close)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])

        self.action_about = self._action(
            "actionAbout", self.tr("&About CSP Desk"), [], self.tr("Version and data sources"),
            self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

        self.tab_actions: list[QAction] = []
        for index in range(4):
            action = self._action(
                f"actionTab{index + 1}", self.tr("Show tab %1").replace("%1", str(index + 1)),
                [f"Ctrl+{index + 1}"], "", self._tab_shower(index))
            self.addAction(action)
            self.tab_actions.append(action)

    def _create_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.file_menu.addAction(self.action_open)
        self.file_menu.addAction(self.action_save_copy)
        self.file_menu.addAction(self.action_backup)
        self.file_menu.addAction(self.action_restore)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_export)
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_export_chart)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.action_undo)
        self.edit_menu.addAction(self.action_redo)
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.action_about)
        from desktop_app.ui import view_actions

        view_actions.install(self, self._settings)  # View ▸ find in a table, zoom the tables' text
        self.research_menu = window_parts.research_menu(self)  # filled by finish_start

    def _create_status_bar(self) -> None:
        bar = self.statusBar()
        self.path_label = ElidedLabel(self)
        self.path_label.setObjectName("workspacePath")
        self.save_state_label = QLabel(self)
        self.save_state_label.setObjectName("saveState")
        bar.addPermanentWidget(self.path_label)
        bar.addPermanentWidget(self.save_state_label)

    def _tab_specs(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """Title, tooltip and factory of each tab. A tab's module is imported when it is first built,
        so start-up pays only for the tab that is shown first."""
        ws = self.workspace

        def ranking() -> QWidget:
            from desktop_app.ui.tabs.ranking_tab import RankingTab

            return RankingTab(ws, self)

        def scorecards() -> QWidget:
            from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

            return ScorecardsTab(ws)

        def capex() -> QWidget:
            from desktop_app.ui.tabs.capex_tab import CapexTab

            return CapexTab(ws, self)

        def research() -> QWidget:
            from desktop_app.ui.tabs.research_tab import ResearchTab

            return ResearchTab(ws)

        return [
            (self.tr("Ranking"), self.tr("Your preference order of the covered names"), ranking),
            (self.tr("Scorecards"), self.tr("Actual vs consensus vs guidance per company and quarter"),
             scorecards),
            (self.tr("Capex"), self.tr("Capital expenditure per CSP on calendar quarters"), capex),
            (self.tr("Research"), self.tr("Targets, forecasts, supply chain and statements from the notes"),
             research),
        ]

    def _populate_tabs(self) -> None:
        current = max(self.tabs.currentIndex(), 0)
        was_hidden = self.tabs.isHidden()
        self.tabs.hide()  # else removing a tab shows (and builds) the next one, over the old workspace
        self.tabs.blockSignals(True)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        for index, (title, tip, factory) in enumerate(self._tab_specs()):
            self.tabs.addTab(LazyTab(factory), title)
            shortcut = QKeySequence(f"Ctrl+{index + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            self.tabs.setTabToolTip(index, f"{tip} ({shortcut})")
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self.tabs.setHidden(was_hidden)

    # -- tabs ----------------------------------------------------------------------------------
    def tab_page(self, index: int) -> QWidget:
        """The content of tab `index`, built now if it has not been shown yet."""
        page = self.tabs.widget(index)
        if page is None:
            raise IndexError(f"no tab {index}")
        return page.content() if isinstance(page, LazyTab) else page

    def coverage_changed(self, sender: QWidget | None = None) -> None:
        """A company was added or removed (or got lines): every built tab but `sender` re-reads
        the covered companies, so the name shows everywhere at once."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, LazyTab) and not page.is_built:
                continue  # built later from the workspace as it is then
            content = self.tab_page(index)
            if content is sender:
                continue
            for name in ("reload_coverage", "reload_companies", "refresh"):
                method = getattr(content, name, None)
                if callable(method):
                    method()
                    break

    # -- status --------------------------------------------------------------------------------
    def _show_workspace(self) -> None:
        ws, where = self.workspace, self.workspace.location  # a file path, or a server URL
        self.setWindowTitle(f"{where if ws.is_remote else Path(ws.path).name} — {APP_NAME}")
        self.setWindowFilePath("" if ws.is_remote else str(ws.path))
        self.path_label.set_full_text(where)
        self.path_label.setToolTip(self.tr("Open workspace: %1").replace("%1", where))
        if not ws.is_remote:
            from desktop_app.ui.copy_origin import show_copy_origin

            show_copy_origin(self, ws)  # "copy of …, taken on …" in the title and status bar
        if self._presence is not None:
            self._presence.update()

    def _update_save_state(self) -> None:
        if self._save_error:
            text = self.tr("Not saved: %1").replace("%1", self._save_error)
            tip = self.tr("The last change could not be written to the workspace and was not kept.")
            self.save_state_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.save_state_label.setStyleSheet("")
            tip = self.tr("Every change is written to the workspace file as you make it.")
            if self._typing_pending:
                text = self.tr("Typing not saved yet (saved after a pause)")
            elif self.undo_stack.isClean():
                text = self.tr("All changes saved")
            else:
                text = self.tr("All changes saved · Undo with %1").replace(
                    "%1", QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText))
        self.save_state_label.setText(text)
        self.save_state_label.setToolTip(tip)

    def set_typing_pending(self, pending: bool) -> None:
        """The rationale editor holds typing it has not saved yet (True) or saved it (False)."""
        self._typing_pending = pending
        self._update_save_state()

    def report_save_error(self, message: str) -> None:
        """Show that a change could not be saved (a command's SaveError); cleared by the next change.
        `message` is shown as it is; what else happens follows the error code it carries (an
        ErrorMessage from ui/errors.py error_text: a conflict, a disk failure), not its words."""
        self._save_error = message
        self._update_save_state()
        self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
        from desktop_app.storage.errors import is_conflict
        from desktop_app.ui.save_alert import alert_save_failure

        alert_save_failure(self, message)  # disk full, I/O error…: a dialog as well
        self.presence.update(refused=True)  # offline, or read-only: the window says so
        if is_conflict(message) and not self._conflict:  # show what is stored once the push is over
            self._conflict = message
            QTimer.singleShot(0, self._reload_after_conflict)
        else:  # e.g. an undo refused: others' changes show, the reason stays in the status bar
            QTimer.singleShot(0, self.external_changes.quiet_check)

    def _reload_after_conflict(self) -> None:
        """A write was refused because someone else changed the workspace first: show it as it now
        is (undo history kept) and say who changed what (external_changes.py)."""
        from desktop_app.ui.external_changes import reload_after_conflict

        message, self._conflict = self._conflict, ""
        if message and not self._closed:
            reload_after_conflict(self, message)

    def set_save_error(self, text: str, tip: str) -> None:
        """The save state says `text` ("Not saved: …"); its tooltip the full reason `tip`."""
        self._save_error = text
        self._update_save_state()
        self.save_state_label.setToolTip(tip)

    def clear_save_error(self) -> None:
        """The next change was saved: go back to the normal save state."""
        self._save_error = ""
        self._update_save_state()

    # -- File ----------------------------------------------------------------------------------
    def _workspace_filter(self) -> str:
        return self.tr("CSP Desk workspace (*.cspdesk);;All files (*)")

    def _error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs are imported when needed: a faster start

        QMessageBox.critical(self, title, message)

    def choose_workspace(self) -> None:
        """File ▸ Open Workspace…: ask for a file, then open it in this window."""
        ws = self.workspace  # start in its folder, the open workspace selected (a server: home)
        start = str(Path.home() if ws.is_remote else Path(ws.path))
        from desktop_app.ui.file_dialogs import open_file_name

        chosen, _ = open_file_name(
            self, self.tr("Open Workspace"), start, self._workspace_filter())
        if chosen:
            self.open_workspace_file(Path(chosen))

    def open_workspace_file(self, path: Path) -> bool:
        """Open `path` in this window in place of the current workspace; a message if it fails."""
        from desktop_app.storage.workspace import Workspace, WorkspaceError
        from desktop_app.ui.startup import after_switch, before_switch

        if not self.workspace.is_remote and _same_file(path, Path(self.workspace.path)):
            self.statusBar().showMessage(self.tr("That workspace is already open."), STATUS_TIMEOUT_MS)
            return True
        allowed, guard = before_switch(self, path)  # another window has it, or it is damaged
        if not allowed:
            return False
        try:
            workspace = Workspace.open(path)
        except WorkspaceError as exc:
            if guard is not None:
                guard.release()
            self._error(self.tr("Cannot open workspace"),
                        self.tr("%1\n\nThe workspace that was open stays open.").replace(
                            "%1", error_text(exc)))
            return False
        self.backups.on_close()
        after_switch(self, guard)
        self.adopt_workspace(workspace, self.tr("Opened %1").replace("%1", str(path)))
        return True

    def adopt_workspace(self, workspace: Workspace, message: str = "") -> None:
        """Show `workspace` in place of the current one (closed here): fresh tabs, empty undo stack."""
        old, self.workspace = self.workspace, workspace
        self.backups.suspended = True
        try:
            self.undo_stack.clear()
        finally:
            self.backups.suspended = False
            self.backups.reset()
        self._save_error = ""
        self._populate_tabs()
        self._show_workspace()
        self._update_save_state()
        self.built_from = None  # a watcher made from now on starts from what this window shows now
        self.external_changes.watch()
        if old is not workspace:
            _close_quietly(old)
        if message:
            self.statusBar().showMessage(message, STATUS_TIMEOUT_MS)

    def reload_workspace(self) -> None:
        """Show the open workspace as it now is (another program changed it); clears undo. Typing
        not yet saved (the rationale editor saves after a pause) is saved first."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if isinstance(page, LazyTab) and page.is_built:
                flush = getattr(page.content(), "flush_edits", None)
                if callable(flush):
                    flush()
        self.adopt_workspace(self.workspace)

    def choose_copy_destination(self) -> None:
        """File ▸ Save a Copy…: ask where, then write the copy (ui/copy_actions.py)."""
        from desktop_app.ui.copy_actions import choose_copy_destination

        choose_copy_destination(self)

    def save_copy_to(self, dest: Path) -> bool:
        """Write a consistent copy of the open workspace to `dest`; a message if it fails."""
        from desktop_app.ui.copy_actions import save_copy_to

        return save_copy_to(self, dest)

    def export_excel(self) -> None:
        """File ▸ Export to Excel…: ask where, then write the summary workbook (ui/excel_actions.py)."""
        from desktop_app.ui.excel_actions import choose_export

        choose_export(self)

    def import_excel(self) -> None:
        """File ▸ Import from Excel…: preview the figures a workbook changes, apply as one undo step."""
        from desktop_app.ui.excel_actions import choose_import

        choose_import(self)

    def export_chart(self) -> None:
        """File ▸ Export Chart…: show the Capex tab and export its chart as PNG or SVG."""
        for index in range(self.tabs.count()):
            page = self.tab_page(index) if self.tabs.tabText(index) == self.tr("Capex") else None
            if page is not None and hasattr(page, "choose_export"):
                self.tabs.setCurrentIndex(index)
                page.choose_export()
                return

    # -- Help ----------------------------------------------------------------------------------
    def show_about(self) -> None:
        """Help ▸ About CSP Desk."""
        from desktop_app.ui.about import about_box

        about_box(self, self.workspace).exec()

    # -- settings and closing ------------------------------------------------------------------
    def _restore_settings(self) -> None:
        window_geometry.restore(self, self._settings)

    def save_settings(self) -> None:
        """Remember the window geometry and the current tab."""
        window_geometry.save(self, self._settings)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._conflict and not self._closed:  # typing saved on closing was refused: stay open
            event.ignore()
            from desktop_app.ui.external_changes import refused_on_close_box

            refused_on_close_box(self, self._conflict).open()
            self._reload_after_conflict()
            return
        if not self._closed:
            self._closed = True
            self.save_settings()
            if self._external_changes is not None:
                self._external_changes.stop()
            if self._presence is not None:
                self._presence.stop()
            self.backups.on_close()  # also when closed before finish_start
            _close_quietly(self.workspace)
        super().closeEvent(event)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _close_quietly(workspace: object) -> None:
    close = getattr(workspace, "close", None)
    if callable(close):
        try:
            close()
        except Exception:  # noqa: BLE001 - closing is best effort; the data is already committed
            pass
