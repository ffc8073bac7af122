"""`csp-desk info`: where the workspace, the data set and the resources are, and the versions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli_commands import Command
from desktop_app.cli_translations import pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def _run(args: argparse.Namespace) -> int:
    import platform

    from desktop_app import paths

    def _folder(get: Callable[[], Path]) -> str:
        try:
            return str(get())
        except FileNotFoundError as exc:
            return translated(QT_TRANSLATE_NOOP("CliMessages", "(missing: %1)").arg(exc))

    from desktop_app.storage.locations import display, is_url

    workspace = args.workspace
    if is_url(workspace):  # not opened: `info` does not reach for the server
        where = translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 (a team workspace on a PostgreSQL server)").arg(
            display(workspace)))
    else:
        where = translated((QT_TRANSLATE_NOOP("CliMessages", "%1 (exists)") if workspace.exists() else
                            QT_TRANSLATE_NOOP("CliMessages", "%1 (not created yet)")).arg(workspace))
    rows = [
        ("csp-desk", __version__),
        ("python", f"{platform.python_version()} ({sys.executable})"),
        (translated(QT_TRANSLATE_NOOP("CliMessages", "workspace")), where),
        (translated(QT_TRANSLATE_NOOP("CliMessages", "data")), _folder(paths.data_dir)),
        (translated(QT_TRANSLATE_NOOP("CliMessages", "resources")), _folder(paths.resources_dir)),
    ]
    for name, value in rows:
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1  %2").arg(pad(name, 9), value)))
    return 0


COMMAND = Command(
    name="info",
    help=QT_TRANSLATE_NOOP("CliCommands", "show where the workspace, data set and resources are"),
    run=_run,
)
