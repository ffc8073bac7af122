"""The team workspace's server cannot be reached at start: say so plainly and offer a local
workspace instead (issue 12, "Server down at start").

Backend-neutral: `ask_for_local(location, error)` is what the start-up calls when opening a server
workspace raised OfflineError (or any WorkspaceError saying the server is unreachable). It returns
the local workspace file to open instead (the default one, or one the user picks), or None to quit.
Nothing is created or changed on the server, and no password is shown (`location` is the display
string of the URL, without password).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.formats import fill

DEFAULT, OTHER, QUIT = "default", "other", "quit"


def server_down_box(location: str, error: str, default: Path,
                    parent: QWidget | None = None) -> QMessageBox:
    """The question, not shown yet; each button's `choice` property is DEFAULT, OTHER or QUIT."""
    box = QMessageBox(parent)
    box.setObjectName("serverDownBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ServerDown", "Team workspace unreachable"))
    box.setText(fill(QCoreApplication.translate(
        "ServerDown", "The team workspace at %1 cannot be reached, so it was not opened."), location))
    box.setInformativeText(fill(QCoreApplication.translate(
        "ServerDown", "%1\n\nNothing was changed. You can work in a local workspace file meanwhile "
        "(it is not shared with the team), or quit and try again later."), error))
    for text, choice, role in (
            (QCoreApplication.translate("ServerDown", "Open My Local Workspace"), DEFAULT,
             QMessageBox.ButtonRole.AcceptRole),
            (QCoreApplication.translate("ServerDown", "Open Another Workspace File…"), OTHER,
             QMessageBox.ButtonRole.ActionRole),
            (QCoreApplication.translate("ServerDown", "Quit"), QUIT, QMessageBox.ButtonRole.RejectRole)):
        button = box.addButton(text, role)
        button.setProperty("choice", choice)
        if choice == DEFAULT:
            button.setToolTip(str(default))
            box.setDefaultButton(button)
    return box


def ask_for_local(location: str, error: str, default: Path, quiet: bool = False,
                  ask: Callable[[QMessageBox], str] | None = None,
                  choose_other: Callable[[Path], Path | None] | None = None) -> Path | None:
    """The local workspace to open instead of the unreachable server one, or None (quit).
    `quiet` (no dialogs, e.g. --quit-after-paint): one line on stderr and None."""
    if quiet:
        print(fill(QCoreApplication.translate(
            "ServerDown", "Team workspace unreachable: %1 (%2)"), error, location), file=sys.stderr)
        return None
    box = server_down_box(location, error, default)
    choice = ask(box) if ask is not None else _exec(box)
    if choice == DEFAULT:
        return default
    if choice == OTHER:
        from desktop_app.ui.startup import choose_other_workspace

        return (choose_other or choose_other_workspace)(default)
    return None


def _exec(box: QMessageBox) -> str:
    box.exec()
    clicked = box.clickedButton()
    value = clicked.property("choice") if clicked is not None else None
    return str(value) if value in (DEFAULT, OTHER) else QUIT
