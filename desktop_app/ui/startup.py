"""Before the window opens a workspace: make sure no other window has it, and that it is not damaged.

`open_for_window(path)` takes the workspace's lock (ui/single_instance.py); if another window
holds it, that window is asked to come forward and the caller exits. Then SQLite's quick check
runs on the file. A damaged file is reported with a choice: restore the latest backup (a verified
copy is made beside it first; only then is the damaged file moved aside to
`<name>.damaged-YYYYmmdd-HHMMSS`, never overwritten), open another workspace, or quit. A check
that cannot run (a full disk) says so and never calls the file damaged. A missing workspace with a
damaged copy or backups beside it is not created anew: the choice is restore the latest backup,
open another workspace, create a new one explicitly, or quit. With `quiet` (`--quit-after-paint`)
messages go to stderr instead of dialogs.
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from desktop_app.ui import app_icon
from desktop_app.ui.errors import error_text, translated
from desktop_app.ui.formats import fill
from desktop_app.ui.single_instance import InstanceGuard, ask_to_raise

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop_app.storage.backup_records import Backup
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_FAILURE = 1
MAX_PROBLEMS_SHOWN = 5


class Choice(enum.Enum):
    RESTORE = "restore"
    OPEN_OTHER = "open-other"
    CREATE_NEW = "create-new"
    QUIT = "quit"


class Opened(NamedTuple):
    """A workspace open for the window, with the lock that keeps other windows off it. (A NamedTuple:
    made at every start, where a dataclass would compile its methods first.)"""

    workspace: Workspace
    guard: InstanceGuard
    notice: str = ""  # for the status bar, e.g. that a backup was restored


Ask = Callable[[Path, list[str], "Backup | None"], Choice]
AskMissing = Callable[[Path, list[Path], "Backup | None"], Choice]


def tell(title: str, message: str, quiet: bool, error: bool = True) -> None:
    """A message for the user: a dialog, or one line on stderr when `quiet`."""
    if quiet:
        print(f"{title}: {message}", file=sys.stderr if error else sys.stdout)
        return
    from PySide6.QtWidgets import QMessageBox

    app_icon.set_icon()
    (QMessageBox.critical if error else QMessageBox.information)(None, title, message)


# ---------------------------------------------------------------------------- one window


def _already_open(guard: InstanceGuard, quiet: bool) -> int:
    path = guard.workspace
    pid = ask_to_raise(path)
    if pid is not None:
        print(fill(QCoreApplication.translate(
            "Startup", "CSP Desk: %1 is already open (process %2); brought its window to the front."),
                    path, pid))
        return EXIT_OK
    holder = guard.holder()
    who = str(holder.pid) if holder else QCoreApplication.translate("Startup", "unknown")
    where = f" on {holder.host}" if holder and holder.host else ""
    tell(QCoreApplication.translate("Startup", "Workspace already open"),
         fill(QCoreApplication.translate(
             "Startup", "The workspace %1 is open in process %2%3, which did not answer. Switch to that "
                  "window, or close that program, and start CSP Desk again."), path, who, where),
         quiet)
    return EXIT_FAILURE


def _claim(path: Path) -> InstanceGuard | None:
    guard = InstanceGuard(path)
    return guard if guard.acquire() else None


# ---------------------------------------------------------------------------- damaged files


def damage_box(path: Path, problems: list[str], backup: Backup | None) -> QMessageBox:
    """The question asked about a damaged workspace (not shown yet): three buttons whose
    `property("choice")` is the Choice value."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.storage.integrity import damaged_name

    app_icon.set_icon()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Workspace damaged"))
    box.setText(fill(QCoreApplication.translate("Startup", "The workspace file is damaged:\n%1"), path))
    shown = "\n".join(f"• {translated(p)}" for p in problems[:MAX_PROBLEMS_SHOWN])
    more = len(problems) - MAX_PROBLEMS_SHOWN
    if more > 0:
        shown += "\n" + fill(QCoreApplication.translate("Startup", "… and %1 more"), more)
    if backup is not None:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        plan = fill(QCoreApplication.translate(
            "Startup", "Restore puts back the latest backup (%1, %2). The damaged file is kept "
                        "aside as %3 and never overwritten."), when, backup.path.name,
                     damaged_name(path).name)
    else:
        plan = QCoreApplication.translate(
            "Startup", "There is no backup of this workspace to restore. The damaged file is left where "
                  "it is.")
    box.setInformativeText(fill(QCoreApplication.translate(
        "Startup", "SQLite's check found:\n%1\n\n%2"), shown, plan))
    restore = box.addButton(QCoreApplication.translate(
        "Startup", "Restore Latest Backup"), QMessageBox.ButtonRole.AcceptRole)
    restore.setProperty("choice", Choice.RESTORE.value)
    restore.setEnabled(backup is not None)
    other = box.addButton(QCoreApplication.translate(
        "Startup", "Open Another Workspace…"), QMessageBox.ButtonRole.ActionRole)
    other.setProperty("choice", Choice.OPEN_OTHER.value)
    quit_ = box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_.setProperty("choice", Choice.QUIT.value)
    box.setDefaultButton(restore if backup is not None else other)
    box.setEscapeButton(quit_)
    return box


def ask_about_damage(path: Path, problems: list[str], backup: Backup | None) -> Choice:
    """Show `damage_box` and wait for the answer."""
    box = damage_box(path, problems, backup)
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("choice") if clicked is not None else None
    return Choice(value) if value in {c.value for c in Choice} else Choice.QUIT


def choose_other_workspace(current: Path) -> Path | None:
    from desktop_app.ui.file_dialogs import open_file_name

    chosen, _ = open_file_name(
        None, QCoreApplication.translate("Startup", "Open Another Workspace"), str(current.parent),
        QCoreApplication.translate("Startup", "CSP Desk workspace (*.cspdesk);;All files (*)"))
    return Path(chosen) if chosen else None


def restore_damaged(path: Path, backup: Backup) -> Path:
    """Put `backup` in place of the damaged file, which is moved aside only once the restored copy
    is complete and verified beside it (nothing moves if that fails); the damaged file's new path."""
    from desktop_app.storage.restoring import restore_over_damaged

    return restore_over_damaged(backup.path, path)


# ---------------------------------------------------------------------------- missing files


def missing_box(path: Path, found: list[Path], backup: Backup | None) -> QMessageBox:
    """The question asked when the workspace is missing but was set aside or has backups (not
    shown yet): four buttons whose `property("choice")` is the Choice value."""
    from PySide6.QtWidgets import QMessageBox

    app_icon.set_icon()
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Startup", "Workspace missing"))
    box.setText(fill(QCoreApplication.translate("Startup", "There is no workspace file at:\n%1"), path))
    shown = "\n".join(f"• {p.name}" for p in found[:MAX_PROBLEMS_SHOWN])
    if backup is not None:
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        plan = fill(QCoreApplication.translate(
            "Startup", "Restore puts back the latest backup (%1, %2)."), when, backup.path.name)
    else:
        plan = QCoreApplication.translate("Startup", "There is no usable backup to restore.")
    box.setInformativeText(fill(QCoreApplication.translate(
        "Startup",
        "But this is beside it:\n%1\n\nThe workspace was set aside (damaged), moved or deleted, "
        "so no new workspace was created in its place. %2 Create New Workspace starts a new one "
        "with the shipped data at this path; nothing beside it is changed."), shown, plan))
    buttons = [
        (QCoreApplication.translate(
            "Startup", "Restore Latest Backup"), QMessageBox.ButtonRole.AcceptRole, Choice.RESTORE),
        (QCoreApplication.translate(
            "Startup", "Open Another Workspace…"), QMessageBox.ButtonRole.ActionRole, Choice.OPEN_OTHER),
        (QCoreApplication.translate(
            "Startup", "Create New Workspace"), QMessageBox.ButtonRole.ActionRole, Choice.CREATE_NEW),
        (QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole, Choice.QUIT),
    ]
    made = {}
    for text, role, choice in buttons:
        made[choice] = box.addButton(text, role)
        made[choice].setProperty("choice", choice.value)
    made[Choice.RESTORE].setEnabled(backup is not None)
    box.setDefaultButton(made[Choice.RESTORE] if backup is not None else made[Choice.OPEN_OTHER])
    box.setEscapeButton(made[Choice.QUIT])
    return box


def ask_about_missing(path: Path, found: list[Path], backup: Backup | None) -> Choice:
    """Show `missing_box` and wait for the answer."""
    box = missing_box(path, found, backup)
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("choice") if clicked is not None else None
    return Choice(value) if value in {c.value for c in Choice} else Choice.QUIT


def _ask_missing(path: Path, error: Exception, found: list[Path], quiet: bool,
                 ask: AskMissing | None) -> Choice:
    from desktop_app.storage.backups import latest_good_backup

    backup = latest_good_backup(path)
    if ask is not None:
        return ask(path, found, backup)
    if quiet:
        tell(QCoreApplication.translate("Startup", "Workspace missing"), error_text(error), quiet)
        return Choice.QUIT
    return ask_about_missing(path, found, backup)


def _restore_missing(path: Path, quiet: bool) -> str:
    """Put the latest good backup at the missing workspace's path; a notice, or "" on failure."""
    from desktop_app.storage.backups import latest_good_backup
    from desktop_app.storage.restoring import restore_missing
    from desktop_app.storage.workspace import WorkspaceError

    backup = latest_good_backup(path)
    if backup is None:
        tell(QCoreApplication.translate("Startup", "Workspace missing"), QCoreApplication.translate(
            "Startup", "There is no usable backup to restore."), quiet)
        return ""
    try:
        restore_missing(backup.path, path)
    except WorkspaceError as exc:
        tell(QCoreApplication.translate("Startup", "Restore failed"), error_text(exc), quiet)
        return ""
    return fill(QCoreApplication.translate("Startup", "Restored the backup %1."), backup.path.name)


# ---------------------------------------------------------------------------- opening


def open_for_window(path: Path | str, quiet: bool = False, ask: Ask | None = None,
                    choose_other: Callable[[Path], Path | None] = choose_other_workspace,
                    ask_missing: AskMissing | None = None,
                    ask_server_down: Callable[[str, str], str] | None = None) -> Opened | int:
    """The workspace at `path` opened and locked for this window, or the exit code to return.
    A database URL opens a team workspace (see `_open_team`)."""
    from desktop_app.storage.backups import remove_leftovers
    from desktop_app.storage.locations import is_url
    from desktop_app.storage.workspace import Workspace, WorkspaceError, WorkspaceMissingError

    if is_url(path):
        return _open_team(str(path), quiet, choose_other, ask_server_down)
    path = Path(path).expanduser()
    notice = ""
    create_anyway = False
    while True:
        guard = _claim(path)
        if guard is None:
            return _already_open(InstanceGuard(path), quiet)
        remove_leftovers(path)  # temporary files of backups and restores that were killed
        try:
            problems = _problems(path)
        except WorkspaceError as exc:  # the check could not run (a full disk): not damage
            guard.release()
            _cannot_open(path, exc, quiet)
            return EXIT_FAILURE
        if problems:
            choice = _ask(path, problems, quiet, ask)
            if choice is Choice.OPEN_OTHER:
                other = choose_other(path)
                guard.release()
                if other is None:
                    return EXIT_FAILURE
                path = Path(other)
                continue
            if choice is not Choice.RESTORE:
                guard.release()
                return EXIT_FAILURE
            notice = _restore(path, quiet)
            if not notice:
                guard.release()
                return EXIT_FAILURE
        try:
            return Opened(Workspace.open(path, create_anyway=create_anyway), guard, notice)
        except WorkspaceMissingError as exc:
            guard.release()
            choice = _ask_missing(path, exc, exc.found, quiet, ask_missing)
            if choice is Choice.OPEN_OTHER:
                other = choose_other(path)
                if other is None:
                    return EXIT_FAILURE
                path = Path(other)
            elif choice is Choice.CREATE_NEW:
                create_anyway = True
            elif choice is Choice.RESTORE:
                notice = _restore_missing(path, quiet)
                if not notice:
                    return EXIT_FAILURE
            else:
                return EXIT_FAILURE
        except WorkspaceError as exc:
            guard.release()
            _cannot_open(path, exc, quiet)
            return EXIT_FAILURE


def _open_team(location: str, quiet: bool, choose_other: Callable[[Path], Path | None],
               ask_down: Callable[[str, str], str] | None) -> Opened | int:
    """A team workspace: one window per address (a lock on a stand-in path in the data folder);
    a server that is down offers a local workspace instead; a refused login asks the password."""
    from desktop_app.storage.errors import AuthenticationError, ServerUnavailableError, WorkspaceError
    from desktop_app.storage.locations import display, open_workspace
    from desktop_app.ui import team_startup

    shown = display(location)
    guard = _claim(team_startup.stand_in(shown))
    if guard is None:
        return _already_open(InstanceGuard(team_startup.stand_in(shown)), quiet)
    password: str | None = None
    while True:
        try:
            return Opened(open_workspace(location, password=password), guard)
        except AuthenticationError as exc:
            password = None if quiet else team_startup.ask_password(shown, error_text(exc))
            if password is None:
                guard.release()
                tell(QCoreApplication.translate("Startup", "Cannot open workspace"), error_text(exc), quiet)
                return EXIT_FAILURE
        except ServerUnavailableError as exc:
            guard.release()
            if quiet and ask_down is None:
                tell(QCoreApplication.translate("Startup", "Team workspace unavailable"), error_text(exc),
                     quiet)
                return EXIT_FAILURE
            if (ask_down or team_startup.ask_server_down)(shown, error_text(exc)) != team_startup.OPEN_LOCAL:
                return EXIT_FAILURE
            from desktop_app.paths import default_workspace

            other = choose_other(default_workspace())
            if other is None:
                return EXIT_FAILURE
            return open_for_window(other, quiet, choose_other=choose_other)
        except WorkspaceError as exc:
            guard.release()
            tell(QCoreApplication.translate("Startup", "Cannot open workspace"), error_text(exc), quiet)
            return EXIT_FAILURE


def _cannot_open(path: Path, exc: Exception, quiet: bool) -> None:
    from desktop_app.storage.errors import DiskFullError

    full = isinstance(exc, DiskFullError) and not quiet  # quiet: the message starts "Disk full"
    tell(QCoreApplication.translate("Startup", "Disk full") if full else QCoreApplication.translate(
        "Startup", "Cannot open workspace"),
         f"{error_text(exc)}\n\n{path}" if not quiet else f"{error_text(exc)} ({path})", quiet)


def _problems(path: Path) -> list[str]:
    """What SQLite's quick check finds in an existing workspace file (foreign files are left to
    Workspace.open, which refuses them untouched, unless backups show it was a workspace).
    WorkspaceError (DiskFullError for a full disk) when the check cannot run: that is not damage."""
    from desktop_app.storage import identity, open_files
    from desktop_app.storage.backups import list_backups
    from desktop_app.storage.errors import WorkspaceError
    from desktop_app.storage.integrity import quick_check

    try:
        if identity.is_new(path):
            return []
        head = open_files.peek(path, len(identity.SQLITE_MAGIC))
    except (OSError, WorkspaceError):  # a folder, unreadable…: Workspace.open says so
        return []
    if head is not None and head != identity.SQLITE_MAGIC and not list_backups(path):
        return []
    return quick_check(path)


def _ask(path: Path, problems: list[str], quiet: bool, ask: Ask | None) -> Choice:
    from desktop_app.storage.backups import latest_good_backup

    backup = latest_good_backup(path)
    if ask is not None:
        return ask(path, problems, backup)
    if quiet:
        hint = (fill(QCoreApplication.translate(
            "Startup", "the latest backup is %1"), backup.path.name) if backup is not None
                else QCoreApplication.translate("Startup", "there is no backup"))
        tell(QCoreApplication.translate("Startup", "Workspace damaged"),
             fill(QCoreApplication.translate(
                 "Startup", "%1 is damaged (%2); %3. Start CSP Desk without --quit-after-paint to restore "
                      "the latest backup, open another workspace or quit; `csp-desk check` lists "
                      "the problems. The file was not changed."), path, translated(problems[0]), hint), quiet)
        return Choice.QUIT
    return ask_about_damage(path, problems, backup)


def _restore(path: Path, quiet: bool) -> str:
    """Restore the latest good backup over the damaged file; a notice for the status bar, or ""."""
    from desktop_app.storage.backups import latest_good_backup
    from desktop_app.storage.workspace import WorkspaceError

    backup = latest_good_backup(path)
    if backup is None:
        tell(QCoreApplication.translate("Startup", "Workspace damaged"), QCoreApplication.translate(
            "Startup", "There is no usable backup to restore."), quiet)
        return ""
    try:
        aside = restore_damaged(path, backup)
    except WorkspaceError as exc:
        tell(QCoreApplication.translate("Startup", "Restore failed"), error_text(exc), quiet)
        return ""
    return fill(QCoreApplication.translate(
        "Startup", "Restored the backup %1; the damaged file is kept as %2."),
                 backup.path.name, aside.name)


# ---------------------------------------------------------------------------- File ▸ Open


def before_switch(window: QWidget, path: Path) -> tuple[bool, InstanceGuard | None]:
    """Before `window` opens `path` in place of its workspace: (allowed, the lock on `path`).

    Refused (with a message) when another window has `path` open (it is brought forward) or the
    file is damaged. The lock is None when the window runs without one (tests, embedding)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.storage.errors import WorkspaceError

    title = QCoreApplication.translate("Startup", "Cannot open workspace")
    guard = None
    if getattr(window, "instance_guard", None) is not None:
        guard = InstanceGuard(path, window)
        if not guard.acquire():
            pid = ask_to_raise(path, patience_s=1.0)
            holder = guard.holder()
            who = pid if pid is not None else (holder.pid if holder else QCoreApplication.translate(
                "Startup", "unknown"))
            QMessageBox.information(window, title, fill(
                QCoreApplication.translate(
                    "Startup", "%1 is already open in another CSP Desk window (process %2)."), path, who))
            return False, None
    try:
        problems = _problems(Path(path))
    except WorkspaceError as exc:  # a full disk: not damage, but not openable now either
        if guard is not None:
            guard.release()
        QMessageBox.critical(window, title, error_text(exc))
        return False, None
    if problems:
        if guard is not None:
            guard.release()
        QMessageBox.critical(window, title, fill(
            QCoreApplication.translate(
                "Startup",
                "%1 is damaged (%2).\n\nThe workspace that was open stays open. Start CSP Desk on the "
               "damaged file to restore its latest backup; `csp-desk check` lists the problems."),
            path, translated(problems[0])))
        return False, None
    return True, guard


def after_switch(window: MainWindow, guard: InstanceGuard | None) -> None:
    """`window` now shows the workspace `guard` locks: answer other starts on it, drop the old lock."""
    if guard is None:
        return
    from desktop_app.ui.app import bring_forward

    old = window.instance_guard
    window.instance_guard = guard
    guard.raise_requested.connect(lambda: bring_forward(window))
    guard.listen()
    if old is not None and old is not guard:
        old.release()
