"""Subcommands of `csp-desk`: one module per command, found at run time.

To add a command, drop a module in this package that defines a module-level ``COMMAND``::

    from desktop_app.cli_commands import Command

    def _configure(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--out", type=Path, required=True, help="...")

    def _run(args: argparse.Namespace) -> int:
        from desktop_app.storage.workspace import Workspace   # heavy imports go here, not at the top
        ...
        return 0

    COMMAND = Command(name="export", help="write the Excel summary", configure=_configure, run=_run)

Rules: a command module is imported every time the CLI starts, so it imports nothing heavy
(PySide6, pandas, openpyxl, storage) at module level. ``args.workspace`` is already resolved to a
`Path` (``--workspace`` or the default location) when ``run`` is called. Expected failures raise
`CliError` (or a storage `WorkspaceError`): the CLI prints the message on stderr, without a
traceback, and exits with the given status.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    run: Callable[[argparse.Namespace], int]
    configure: Callable[[argparse.ArgumentParser], None] | None = None
    description: str | None = None


class CliError(Exception):
    """An expected failure: the message is shown to the user as is, with exit status `status`."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def discover() -> dict[str, Command]:
    """Every `COMMAND` defined by a module of this package, by name, in name order."""
    found: dict[str, Command] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        command = getattr(module, "COMMAND", None)
        if not isinstance(command, Command):
            continue
        if command.name in found:
            raise RuntimeError(f"two CLI commands are called {command.name!r}")
        found[command.name] = command
    return dict(sorted(found.items()))
