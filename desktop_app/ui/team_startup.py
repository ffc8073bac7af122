"""Start-up questions for a team workspace (a database URL), used by ui/startup.py: the server is
down (open a local workspace instead, or quit), and the server wants a password (asked once, kept
in memory only by the workspace for reconnecting, never written)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from desktop_app.ui.formats import fill

OPEN_LOCAL = "open-local"
QUIT = "quit"


def stand_in(shown: str) -> Path:
    """A path in the user's data folder standing for the team workspace `shown` (its address
    without password), so that one window per team workspace holds it, as for a file."""
    from desktop_app.paths import default_workspace

    folder = default_workspace().parent
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:16]
    return folder / f"team-{digest}.cspdesk-team"


def server_down_box(shown: str, reason: str) -> QMessageBox:
    """The question asked when the team workspace's server cannot be reached (not shown yet)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("TeamStartup", "Team workspace unavailable"))
    box.setText(fill(QCoreApplication.translate(
        "TeamStartup", "The server of the team workspace %1 cannot be reached."), shown))
    box.setInformativeText(reason + "\n\n" + QCoreApplication.translate(
        "TeamStartup", "You can open a local workspace file instead, or quit and try again when "
        "the server is back."))
    local = box.addButton(QCoreApplication.translate("TeamStartup", "Open a Local Workspace…"),
                          QMessageBox.ButtonRole.AcceptRole)
    local.setProperty("choice", OPEN_LOCAL)
    quit_button = box.addButton(QCoreApplication.translate("TeamStartup", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    quit_button.setProperty("choice", QUIT)
    box.setDefaultButton(local)
    box.setEscapeButton(quit_button)
    return box


def ask_server_down(shown: str, reason: str) -> str:
    """Show `server_down_box`; OPEN_LOCAL or QUIT."""
    box = server_down_box(shown, reason)
    box.exec()
    clicked = box.clickedButton()
    return OPEN_LOCAL if clicked is not None and clicked.property("choice") == OPEN_LOCAL else QUIT


def ask_password(shown: str, reason: str) -> str | None:
    """The password typed for the team workspace `shown`, or None (cancelled)."""
    text, ok = QInputDialog.getText(
        None, QCoreApplication.translate("TeamStartup", "Password"),
        reason + "\n\n" + fill(QCoreApplication.translate("TeamStartup", "Password for %1:"), shown),
        QLineEdit.EchoMode.Password)
    return text if ok and text else None
