"""`csp-desk info`: where the workspace, the data set and the resources are, and the versions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop_app import __version__
from desktop_app.cli_commands import Command
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def _run(args: argparse.Namespace) -> int:
    import platform

    from desktop_app import paths

    def _folder(get: Callable[[], Path]) -> str:
        try:
            return str(get())
        except FileNotFoundError as exc:
            return f"(missing: {exc})"

    from desktop_app.storage.locations import display, is_url

    workspace = args.workspace
    if is_url(workspace):  # not opened: `info` does not reach for the server
        where = f"{display(workspace)} (a team workspace on a PostgreSQL server)"
    else:
        where = f"{workspace} ({'exists' if workspace.exists() else 'not created yet'})"
    print(f"csp-desk   {__version__}")
    print(f"python     {platform.python_version()} ({sys.executable})")
    print(f"workspace  {where}")
    print(f"data       {_folder(paths.data_dir)}")
    print(f"resources  {_folder(paths.resources_dir)}")
    return 0


COMMAND = Command(
    name="info",
    help=QT_TRANSLATE_NOOP("CliCommands", "show where the workspace, data set and resources are"),
    run=_run,
)
