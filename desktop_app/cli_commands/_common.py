"""Shared pieces of the CLI command modules (not a command: the name starts with `_`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError
from desktop_app.storage.locations import location_arg

EXIT_USAGE = 2


def workspace_option(parser: argparse.ArgumentParser) -> None:
    """`--workspace` accepted after the action too; SUPPRESS keeps a value given earlier."""
    parser.add_argument("--workspace", metavar="PATH|URL", type=location_arg,
                        default=argparse.SUPPRESS, help="the workspace file or team workspace URL")


def open_workspace(path: Path | str) -> Any:  # noqa: ANN401 - Workspace is imported lazily
    """The workspace file at `path` (created if missing, which is said on stderr), or the team
    workspace at a database URL (never created here: `csp-desk team init`)."""
    from desktop_app.storage.locations import is_url
    from desktop_app.storage.locations import open_workspace as open_at

    if is_url(path):
        return open_at(path)
    path = Path(path)
    existed = path.exists()
    workspace = open_at(path)
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
