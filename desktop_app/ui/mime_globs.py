"""Before the QApplication: give the workspace's files a MIME glob, and whether the platform's
own file dialog is used. Qt-free and small, so that start-up does not import the file dialogs
(see ui/file_dialogs.py for why both matter: no MIME sniffing may open the workspace's files)."""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping


def use_native_dialog() -> bool:
    """Whether the platform's own dialog is used (Windows and macOS; see the module docstring)."""
    return sys.platform.startswith("win") or sys.platform == "darwin"


MIME_PACKAGE = "mime/packages/csp-desk.xml"
XDG_DEFAULT_DATA_DIRS = "/usr/local/share:/usr/share"  # what an unset XDG_DATA_DIRS means


def register_mime_globs(environ: MutableMapping[str, str] = os.environ) -> bool:
    """Where Qt's own dialog is used, put the app's shared-mime-info package on XDG_DATA_DIRS
    (first; the system's folders stay after it). Call before the first MIME lookup. True if it is
    on the path."""
    if use_native_dialog():
        return False
    from desktop_app.paths import resources_dir

    try:
        root = resources_dir()
    except FileNotFoundError:
        return False
    if not (root / MIME_PACKAGE).is_file():
        return False
    parts = [p for p in (environ.get("XDG_DATA_DIRS") or XDG_DEFAULT_DATA_DIRS).split(":") if p]
    if str(root) not in parts:
        environ["XDG_DATA_DIRS"] = ":".join([str(root), *parts])
    return True
