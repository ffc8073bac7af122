"""What the window says about its workspace beyond the data: read-only for this user, offline (the
server cannot be reached), and which actions apply only to a file.

Read-only (`ws.read_only`, e.g. a read-only database role): the title and a banner say so, and
editing is off (edit actions, drag, the rationale editor, cell editing). A write refused anyway
(ReadOnlyError) is shown as not saved and the view re-reads the workspace.

Offline (an OfflineError from a write, or `ws.online` False): the window keeps showing what it has,
marks itself offline in the title, the banner and the status bar, turns editing off (a write tried
anyway is refused by the workspace with a message: never reported saved, never queued) and tries
`ws.reconnect()` every RECONNECT_MS. Once back it re-reads the workspace, shows others' changes
made meanwhile and says so.

A workspace on a server (`ws.is_remote`) has no backups folder and is not a file: Back Up Now,
Restore from Backup and Save a Copy are off, their tooltips say why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from desktop_app.storage.errors import WorkspaceError
from desktop_app.ui.formats import fill
from desktop_app.ui.widgets import LazyTab

LOOK_MS = 1000  # how often the window asks the workspace whether it is online
RECONNECT_MS = 3000
STATUS_MS = 15000
_WINDOW_EDITS = ("action_import", "action_set_price", "action_set_target", "action_add_note",
                 "action_set_forecast", "action_add_statement", "action_stale_days")
_TAB_EDITS = ("add_company_button", "lines_button", "new_quarter_button", "action_new_quarter",
              "action_paste", "statements_page.edit_action", "statements_page.edit_button",
              "notes_page.add_button")
_WARN = ("background: #fde7e9; color: #8c1d18; border-bottom: 1px solid #d13438; padding: 6px 10px;"
         " font-weight: bold;")
_INFO = "background: #e8f0fe; color: #123f73; border-bottom: 1px solid #4f7fc1; padding: 6px 10px;"


class PresenceController(QObject):
    """Keeps the window's read-only / offline / file-only state in step with its workspace."""

    def __init__(self, window: Any) -> None:
        """`window`: the MainWindow (not imported here: main_window imports this module)."""
        super().__init__(window)
        self._window = window
        self.offline = False
        self.read_only = False
        self.offline_since = ""
        self._editing: bool | None = None
        self._workspace: object = window.workspace
        self._triggers: dict[int, tuple[QAbstractItemView, QAbstractItemView.EditTrigger]] = {}
        self.banner = QLabel(window)  # above the tabs, across the window
        self.banner.setObjectName("presenceBanner")
        self.banner.setWordWrap(True)
        self.banner_label = self.banner
        body = QWidget(window)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(window.takeCentralWidget(), 1)  # the tabs
        window.setCentralWidget(body)
        self.banner.hide()
        self.state_label = QLabel(window)
        self.state_label.setObjectName("presenceState")
        window.statusBar().insertPermanentWidget(0, self.state_label)
        self.state_label.hide()
        self._look = QTimer(self)
        self._look.setInterval(LOOK_MS)
        self._look.timeout.connect(self.update)
        self._look.start()
        self._reconnect = QTimer(self)
        self._reconnect.setInterval(RECONNECT_MS)
        self._reconnect.timeout.connect(self.try_reconnect)
        window.tabs.currentChanged.connect(self._apply_editing_again)
        for signal in (window.undo_stack.canUndoChanged, window.undo_stack.canRedoChanged):
            signal.connect(self._apply_editing_again)  # the stack enables Undo / Redo itself
        window.undo_stack.indexChanged.connect(self._mark_save_state)  # after the window's own
        self.update()

    def stop(self) -> None:
        """The window closes: no more looking or reconnecting."""
        self._look.stop()
        self._reconnect.stop()

    # -- state ---------------------------------------------------------------------------------
    def update(self, refused: bool = False) -> None:
        """Ask the workspace where it stands; `refused`: a write was just refused."""
        ws = self._window.workspace
        if ws is not self._workspace:  # another workspace (fresh tabs): everything applied again
            self._workspace, self._editing, self.read_only = ws, None, False
            if self.offline:
                self._reconnect.stop()
                self.offline = False
        try:
            online, read_only = bool(ws.online), bool(ws.read_only)
        except WorkspaceError:
            online, read_only = False, self.read_only
        if not online and not self.offline:
            self.go_offline()
        elif online and self.offline and not self._reconnect.isActive():
            self.back_online()
        became_read_only = read_only and not self.read_only
        self.read_only = read_only
        self.apply()
        if online and read_only and (became_read_only or refused):
            self._window.external_changes.refresh(announce=False)  # show what is stored

    def go_offline(self) -> None:
        """Keep the view, say so, refuse edits and start reconnecting."""
        self.offline = True
        self.offline_since = datetime.now().strftime("%H:%M")
        self._window.external_changes.stop()
        self.apply()
        self._reconnect.start()

    def try_reconnect(self) -> bool:
        """One reconnection attempt; True (and the view re-read) when the server is back."""
        try:
            back = bool(self._window.workspace.reconnect())
        except WorkspaceError:
            back = False
        if back:
            self.back_online()
        return back

    def back_online(self) -> None:
        self._reconnect.stop()
        self.offline = False
        watcher = self._window.external_changes
        entries = watcher.refresh(announce=False)  # others' changes made meanwhile
        watcher.watch()
        for page in self._window.findChildren(LazyTab):
            page.retry()  # a pane that could not be read while offline
        self.apply()
        from desktop_app.ui.change_text import describe

        said = (fill(self.tr("Back online: %1. Shown as it is now."),
                     describe(entries, *watcher.names())) if entries else
                self.tr("Back online: the workspace is shown as it is now."))
        self._window.clear_save_error()
        self._window.statusBar().showMessage(said, STATUS_MS)

    # -- showing it ----------------------------------------------------------------------------
    def apply(self) -> None:
        """Title, banner, status and which actions are on, for the current state."""
        window = self._window
        remote = bool(getattr(window.workspace, "is_remote", False))
        title = window.windowTitle().split(" — ")
        base = " — ".join(t for t in title if t not in (self.tr("Offline"), self.tr("Read-only")))
        marks = [self.tr("Offline")] if self.offline else []
        marks += [self.tr("Read-only")] if self.read_only else []
        window.setWindowTitle(" — ".join([*marks, base]) if marks else base)
        if self.offline:
            self._show(_WARN, fill(self.tr(
                "Offline: the workspace server cannot be reached. You see the workspace as it was "
                "at %1; edits are refused and nothing is queued. Reconnecting every %2 s…"),
                self.offline_since, max(1, round(RECONNECT_MS / 1000))), self.tr("Offline — reconnecting…"))
        elif self.read_only:
            self._show(_INFO, self.tr(
                "Read-only: you may read this workspace but not change it (your database role). "
                "Editing is off."), self.tr("Read-only"))
        else:
            self.banner.hide()
            self.state_label.hide()
        self._set_editing(not (self.offline or self.read_only))
        self._mark_save_state()
        why = self.tr("Only for a workspace file: this workspace is on a server (%1).").replace(
            "%1", str(getattr(window.workspace, "location", "")))
        for name in ("action_backup", "action_restore", "action_save_copy"):
            action = getattr(window, name, None)
            if action is not None:
                action.setEnabled(not remote)
                if remote:
                    action.setToolTip(why)
                    action.setStatusTip(why)

    def _mark_save_state(self, *_args: Any) -> None:
        """Never "All changes saved" while nothing can be saved (a refusal's reason stays)."""
        label = self._window.save_state_label
        if label.text().startswith(self.tr("All changes saved")) and (self.offline or self.read_only):
            label.setText(self.tr("Offline: nothing can be saved") if self.offline else
                          self.tr("Read-only: nothing can be saved"))

    def _show(self, style: str, text: str, state: str) -> None:
        self.banner_label.setStyleSheet(style)
        self.banner_label.setText(text)
        self.banner.show()
        self.state_label.setText(state)
        self.state_label.setStyleSheet("color: #8c1d18; font-weight: bold;" if self.offline else
                                       "font-weight: bold;")
        self.state_label.show()

    def _apply_editing_again(self, *_args: Any) -> None:
        if self._editing is False:
            self._editing = None
            self._set_editing(False)

    def _hook_lazy_tabs(self) -> None:
        """A tab built later (first shown) gets the editing state when it is built."""
        tabs = self._window.tabs
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if isinstance(page, LazyTab) and not page.property("presenceHooked"):
                page.setProperty("presenceHooked", True)
                page.built.connect(self._apply_editing_again)

    def _set_editing(self, on: bool) -> None:
        self._hook_lazy_tabs()
        if on == self._editing:
            return
        self._editing = on
        window = self._window
        for name in _WINDOW_EDITS:
            action = getattr(window, name, None)
            if action is not None:
                action.setEnabled(on)
        if not on:
            window.action_undo.setEnabled(False)
            window.action_redo.setEnabled(False)
        else:
            window.action_undo.setEnabled(window.undo_stack.canUndo())
            window.action_redo.setEnabled(window.undo_stack.canRedo())
        for index in range(window.tabs.count()):
            page = window.tabs.widget(index)
            if isinstance(page, LazyTab) and not page.is_built:
                continue
            self._set_tab_editing(window.tab_page(index), on)

    def _set_tab_editing(self, content: Any, on: bool) -> None:
        set_editable = getattr(content, "set_editable", None)
        if callable(set_editable):
            set_editable(on)
        for path in _TAB_EDITS:
            target = content
            for part in path.split("."):
                target = getattr(target, part, None)
            if target is not None and hasattr(target, "setEnabled"):
                target.setEnabled(on)
        for view in content.findChildren(QAbstractItemView):
            key = id(view)
            if not on and key not in self._triggers and \
                    view.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers:
                self._triggers[key] = (view, view.editTriggers())
                view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif on and key in self._triggers:
                view.setEditTriggers(self._triggers.pop(key)[1])
