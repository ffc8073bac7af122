"""`csp-desk line`: a company's scorecard lines.

    csp-desk line list TICKER
    csp-desk line add TICKER KEY --label TEXT --kind amount|rate|per-share
                      --polarity higher|lower|neutral [--section TEXT] [--unit TEXT] [--label-zh TEXT]

A bad key, label, kind or polarity, an unknown company or a key it already has exits with status
2 and changes nothing. A new line goes last, empty in every quarter the company has.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli_commands import Command
from desktop_app.cli_commands._common import company_of, open_workspace, usage, workspace_option
from desktop_app.cli_translations import (
    display_width,
    error_message,
    line_label,
    pad,
    section_title,
    translated,
)
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

KINDS = {"amount": "amount", "rate": "rate", "per-share": "per_share"}


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="line_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    actions.required = True
    ticker_help = translated(QT_TRANSLATE_NOOP("CliCommands", "a covered company's ticker, e.g. MSFT"))
    list_ = actions.add_parser("list", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "a company's lines in order")))
    list_.add_argument("ticker", metavar="TICKER", help=ticker_help)
    workspace_option(list_)
    add = actions.add_parser("add", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "add a line to a company's scorecard")))
    add.add_argument("ticker", metavar="TICKER", help=ticker_help)
    add.add_argument("key", metavar="KEY", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "lower-case letters, digits and _, e.g. cloud_revenue")))
    add.add_argument("--label", required=True, help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the line's English label, e.g. Cloud revenue")))
    add.add_argument("--kind", required=True, help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "amount, rate or per-share")))
    add.add_argument("--polarity", required=True, help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "higher, lower or neutral")))
    add.add_argument("--section", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the section it is shown under")))
    add.add_argument("--unit", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "only where not US$mn / US$ / %%")))
    add.add_argument("--label-zh", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "Chinese label")))
    workspace_option(add)


def _list(workspace: Workspace, ticker: str) -> int:
    company = company_of(workspace, ticker)
    lines = workspace.line_defs(company.ticker)
    if not lines:
        print(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 has no scorecard lines yet.").arg(company.ticker)))
        return 0
    width = max(display_width(x.key) for x in lines)
    for x in lines:
        kind = {"per_share": "per-share"}.get(x.kind.value, x.kind.value)
        # the English label as stored, and the Chinese one where there is one (the data's, or in
        # Chinese the standard label translated, as the window shows it); kind and polarity as
        # `line add` takes them
        shown = x.label_zh or line_label(x.label, x.label_zh)
        label = (translated(QT_TRANSLATE_NOOP("CliMessages", "%1 / %2").arg(x.label, shown))
                 if shown != x.label else x.label)
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1  %2  %3  [%4] %5, %6, %7").arg(
            pad(str(x.position), 3, right=True), pad(x.key, width), label, section_title(x.section), kind,
            x.polarity.word, x.unit_text)))
    return 0


def _add(workspace: Workspace, args: argparse.Namespace) -> int:
    from desktop_app.domain.line_def import LineDef
    from desktop_app.domain.metrics import Kind, Polarity
    from desktop_app.storage.lines import check_line

    company = company_of(workspace, args.ticker)
    kind_text = args.kind.strip().lower()
    if kind_text not in KINDS:
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "--kind must be amount, rate or per-share, not %1.").arg(
            repr(args.kind)))
    try:
        polarity = Polarity.parse(args.polarity)
        line = check_line(LineDef(company.ticker, args.key, args.label, args.label, args.section,
                                  Kind(KINDS[kind_text]), polarity, 0, label_zh=args.label_zh,
                                  unit=args.unit))
    except ValueError as exc:
        raise usage(error_message(exc)) from exc
    if any(x.key == line.key for x in workspace.line_defs(company.ticker)):
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1 already has a line %2.").arg(
            company.ticker, repr(line.key)))
    added = workspace.add_line(line)
    print(translated(QT_TRANSLATE_NOOP("CliMessages", "Added line %1 %2 (%3) to %4.").arg(
        added.position, added.key, added.label, company.ticker)))
    return 0


def _run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.workspace)
    try:
        if args.line_action == "add":
            return _add(workspace, args)
        return _list(workspace, args.ticker)
    finally:
        workspace.close()


COMMAND = Command(
    name="line",
    help=QT_TRANSLATE_NOOP("CliCommands", "list or add a company's scorecard lines"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "List a company's scorecard lines (key, label, section, kind, polarity, unit) or "
        "add one."),
    configure=_configure,
    run=_run,
)
