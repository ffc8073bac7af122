"""What happens to an unexpected exception: a log file with the traceback, and one short line for
the user that names it (the command line prints it; the window shows it in a dialog).

Logs go to `<user data folder>/logs/csp-desk-YYYYmmdd-HHMMSS-<pid>.log`, the folder that holds the
default workspace (platformdirs); where that cannot be written, to the temporary folder. No Qt here.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from desktop_app import APP_ID, __version__
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text

LOG_FOLDER = "logs"


def log_dir() -> Path:
    """`<user data folder>/logs`, beside the default workspace (not $CSP_DESK_WORKSPACE's folder)."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / LOG_FOLDER


def write(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
          context: str = "") -> Path | None:
    """Write the traceback of `exc` (and the version, Python, command line and `context`) to a new
    log file; its path, or None when no log could be written anywhere."""
    name = f"{APP_ID}-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    text = "".join([
        f"{APP_ID} {__version__}, Python {platform.python_version()} on {platform.platform()}\n",
        f"command line: {sys.argv!r}\n",
        f"{context}\n" if context else "",
        "\n",
        *traceback.format_exception(exc_type, exc, tb),
    ])
    for folder in _folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / name
            n = 1
            while path.exists():
                n += 1
                path = folder / f"{name[:-4]}-{n}.log"
            path.write_text(text, encoding="utf-8", errors="backslashreplace")
            return path
        except (OSError, ValueError):
            continue
    return None


def _folders() -> list[Path]:
    folders = []
    try:
        folders.append(log_dir())
    except Exception:  # noqa: BLE001 - no platformdirs or no home: fall back to the temp folder
        pass
    folders.append(Path(tempfile.gettempdir()) / f"{APP_ID}-{LOG_FOLDER}")
    return folders


def _as_is(text: Text) -> str:
    return str(text)


def summary(exc: BaseException, log: Path | None, tr: Callable[[Text], str] = _as_is) -> str:
    """One line for the user: what went wrong and where the details are. An OSError (a name too
    long for the file system, a folder that cannot be written) is said in the system's words.
    `tr` puts the words in the user's language (the command line's or the window's translator)."""
    if isinstance(exc, OSError) and exc.strerror:
        name = f": {exc.filename}" if exc.filename else ""
        return tr(QT_TRANSLATE_NOOP("CrashLog", "%1%2. %3").arg(exc.strerror, name, where(log, tr)))
    what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if len(what) > 300:
        what = what[:297] + "..."
    return tr(QT_TRANSLATE_NOOP("CrashLog", "Unexpected error (%1). %2 Please report it.").arg(
        what, where(log, tr)))


def where(log: Path | None, tr: Callable[[Text], str] = _as_is) -> str:
    """`The details are in <log>.`"""
    return tr(QT_TRANSLATE_NOOP("CrashLog", "The details are in %1.").arg(log) if log is not None
              else QT_TRANSLATE_NOOP("CrashLog", "The details could not be written to a log file."))
