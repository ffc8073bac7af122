"""`csp-desk log [--limit N] [--workspace P]`: the change log, newest first: time, author, summary.

Works on a workspace file and on a team workspace alike. A row written before authors were
recorded shows `-` for the author.
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_commands._common import open_workspace
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

EXIT_USAGE = 2


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help="show the newest N changes (default 20; 0 shows all)")


def _run(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise CliError("--limit must be 0 (all) or more.", EXIT_USAGE)
    workspace = open_workspace(args.workspace)
    try:
        entries = workspace.change_log(args.limit or None)
    finally:
        workspace.close()
    width = max((len(e.author or "-") for e in entries), default=1)
    for entry in entries:
        at = entry.at.replace("T", " ").replace("+00:00", "Z")
        print(f"{at}  {entry.author or '-':<{width}}  {entry.summary}")
    return 0


COMMAND = Command(
    name="log",
    help=QT_TRANSLATE_NOOP("CliCommands", "show the change log: time, author, summary (newest first)"),
    description="Show the workspace's change log, newest first: when (UTC), who, what.",
    configure=_configure,
    run=_run,
)
