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
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

KINDS = {"amount": "amount", "rate": "rate", "per-share": "per_share"}


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="line_action", metavar="ACTION", title="actions")
    actions.required = True
    list_ = actions.add_parser("list", help="a company's lines in order")
    list_.add_argument("ticker", metavar="TICKER")
    workspace_option(list_)
    add = actions.add_parser("add", help="add a line to a company's scorecard")
    add.add_argument("ticker", metavar="TICKER")
    add.add_argument("key", metavar="KEY", help="lower-case letters, digits and _, e.g. cloud_revenue")
    add.add_argument("--label", required=True)
    add.add_argument("--kind", required=True, help="amount, rate or per-share")
    add.add_argument("--polarity", required=True, help="higher, lower or neutral")
    add.add_argument("--section", default="", help="the section it is shown under")
    add.add_argument("--unit", default="", help="only where not US$mn / US$ / %%")
    add.add_argument("--label-zh", default="", help="Chinese label")
    workspace_option(add)


def _list(workspace: Workspace, ticker: str) -> int:
    company = company_of(workspace, ticker)
    lines = workspace.line_defs(company.ticker)
    if not lines:
        print(f"{company.ticker} has no scorecard lines yet.")
        return 0
    width = max(len(x.key) for x in lines)
    for x in lines:
        kind = {"per_share": "per-share"}.get(x.kind.value, x.kind.value)
        zh = f" / {x.label_zh}" if x.label_zh else ""
        print(f"{x.position:>3}  {x.key:<{width}}  {x.label}{zh}  [{x.section}] {kind}, "
              f"{x.polarity.word}, {x.unit_text}")
    return 0


def _add(workspace: Workspace, args: argparse.Namespace) -> int:
    from desktop_app.domain.metrics import Kind, LineDef, Polarity
    from desktop_app.storage.lines import check_line

    company = company_of(workspace, args.ticker)
    kind_text = args.kind.strip().lower()
    if kind_text not in KINDS:
        raise usage(f"--kind must be amount, rate or per-share, not {args.kind!r}.")
    try:
        polarity = Polarity.parse(args.polarity)
        line = check_line(LineDef(company.ticker, args.key, args.label, args.label, args.section,
                                  Kind(KINDS[kind_text]), polarity, 0, label_zh=args.label_zh,
                                  unit=args.unit))
    except ValueError as exc:
        raise usage(str(exc)) from exc
    if any(x.key == line.key for x in workspace.line_defs(company.ticker)):
        raise usage(f"{company.ticker} already has a line {line.key!r}.")
    added = workspace.add_line(line)
    print(f"Added line {added.position} {added.key} ({added.label}) to {company.ticker}.")
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
    description="List a company's scorecard lines (key, label, section, kind, polarity, unit) or add one.",
    configure=_configure,
    run=_run,
)
