"""The main window's parts that its first frame does not show: automatic backups, the watcher of
others' changes and the read-only / offline state (each made the first time it is used, or by
MainWindow.finish_start() right after the first paint, ui/app.py), and the menus' contents beyond
what the first frame needs (File ▸ Export PDF… and Print…, View ▸ Language, the Research menu's
actions: the Research menu's title is in the first frame, empty until then). Their modules are not
imported for the first paint."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.backup_actions import BackupController
    from desktop_app.ui.external_changes import ExternalChangeWatcher
    from desktop_app.ui.presence import PresenceController

T = TypeVar("T")


class Part(Generic[T]):
    """A window attribute made by `make(window)` on first use, kept in `_<name>` (None until then)."""

    def __init__(self, make: Callable[[Any], T]) -> None:
        self._make = make
        self._slot = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._slot = f"_{name}"

    @overload
    def __get__(self, window: None, owner: type | None = None) -> Part[T]: ...
    @overload
    def __get__(self, window: object, owner: type | None = None) -> T: ...

    def __get__(self, window: object | None, owner: type | None = None) -> Part[T] | T:
        if window is None:
            return self
        part: T | None = getattr(window, self._slot, None)
        if part is None:
            part = self._make(window)
            setattr(window, self._slot, part)
        return part


def backups(window: Any) -> BackupController:
    """At most one backup per 30 minutes while changes happen (ui/backup_actions.py)."""
    from desktop_app.ui.backup_actions import BackupController

    return BackupController(window)


def external_changes(window: Any) -> ExternalChangeWatcher:
    """Shows the changes of another PM, or of a terminal, from the row the window was built from."""
    from desktop_app.ui.external_changes import ExternalChangeWatcher

    return ExternalChangeWatcher(window, since=window.built_from)


def presence(window: Any) -> PresenceController:
    """Read-only, offline and file-only actions (ui/presence.py)."""
    from desktop_app.ui.presence import PresenceController

    return PresenceController(window)


def newest_change(workspace: Workspace) -> int:
    """The workspace's newest change-log row (-1: unreadable now), as ExternalChangeWatcher reads it."""
    from desktop_app.storage.errors import WorkspaceError

    try:
        return workspace.last_change_id()
    except WorkspaceError:
        return -1


def research_menu(window: Any) -> QMenu:
    """The Research menu's title in the menu bar (before Help), filled by `fill_menus`."""
    menu = QMenu(QCoreApplication.translate("ResearchActions", "&Research"), window)
    menu.setObjectName("researchMenu")
    window.menuBar().insertMenu(window.help_menu.menuAction(), menu)
    return menu


def fill_menus(window: Any) -> None:
    """Once: File ▸ Export PDF…, Print… and the paper size; View ▸ Language; the Research menu."""
    if getattr(window, "action_print", None) is not None:
        return
    from desktop_app.ui import language_menu, report_actions, research_actions

    report_actions.install(window)
    language_menu.install(window)
    research_actions.install(window, window.research_menu)
