"""Shared pieces of the CLI command modules (not a command: the name starts with `_`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError

EXIT_USAGE = 2


def workspace_option(parser: argparse.ArgumentParser) -> None:
    """`--workspace` accepted after the action too; SUPPRESS keeps a value given earlier."""
    parser.add_argument("--workspace", metavar="PATH", type=lambda t: Path(t).expanduser(),
                        default=argparse.SUPPRESS, help="the workspace file")


def open_workspace(path: Path) -> Any:  # noqa: ANN401 - Workspace is imported lazily
    from desktop_app.storage.workspace import Workspace

    existed = path.exists()
    workspace = Workspace.open(path)
    if not existed:
        print(f"Created a new workspace at {path}", file=sys.stderr)
    return workspace


def usage(message: str) -> CliError:
    """A bad command line: exit status 2, nothing changed."""
    return CliError(f"{message} Nothing was changed.", EXIT_USAGE)


def company_of(workspace: Any, ticker: str) -> Any:  # noqa: ANN401
    """The covered company `ticker` (any case), or a usage error naming the covered ones."""
    wanted = ticker.strip().upper()
    for company in workspace.companies():
        if company.ticker.upper() == wanted:
            return company
    covered = " ".join(c.ticker for c in workspace.companies())
    raise usage(f"{ticker!r} is not a covered company (covered: {covered}).")
