"""`csp-desk log [--limit N] [--workspace P]`: the change log, newest first: time, author, summary.

Works on a workspace file and on a team workspace alike. A row written before authors were recorded
shows `-` for the author. A one-figure scorecard edit names its line by its label in the chosen
language (the key where the workspace no longer has the line).
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_commands._common import open_workspace
from desktop_app.cli_translations import display_width, line_label, pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

EXIT_USAGE = 2


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, default=20, metavar="N",
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "show the newest N changes (default 20; 0 shows all)")))


def _run(args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "--limit must be 0 (all) or more."), EXIT_USAGE)
    workspace = open_workspace(args.workspace)
    try:
        entries = workspace.change_log(args.limit or None)
        labels = {(c.ticker, d.key): line_label(d.label, d.label_zh)
                  for c in workspace.companies(include_removed=True) for d in workspace.line_defs(c.ticker)}
    finally:
        workspace.close()
    from desktop_app.domain.change_log_text import describe

    def line(company: str, key: str) -> str:  # a one-figure entry names its line by the label
        return labels.get((company, key), key)

    width = max((display_width(e.author or "-") for e in entries), default=1)
    for entry in entries:
        at = entry.at.replace("T", " ").replace("+00:00", "Z")
        what = describe(entry.kind, entry.detail, entry.summary, translated, line)
        print(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1  %2  %3").arg(at, pad(entry.author or "-", width), what)))
    return 0


COMMAND = Command(
    name="log",
    help=QT_TRANSLATE_NOOP("CliCommands", "show the change log: time, author, summary (newest first)"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Show the workspace's change log, newest first: when (UTC), who, what."),
    configure=_configure,
    run=_run,
)
