"""`csp-desk company`: list the covered companies, or cover a new one.

    csp-desk company list
    csp-desk company add TICKER --name NAME --fy-end MONTH [--name-zh NAME] [--cloud-segment TEXT]

A bad ticker, name or month (1-12), or a ticker already covered, exits with status 2 and changes
nothing. A new company joins the end of the coverage and of the ranking, without scorecard lines
(`csp-desk line add`, or Lines… in the window).
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from desktop_app.cli_commands import Command
from desktop_app.cli_commands._common import open_workspace, usage, workspace_option
from desktop_app.cli_translations import display_width, pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, plural

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

_TICKER = re.compile(r"^[A-Z0-9][A-Z0-9.\-]{0,11}$")


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="company_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    list_ = actions.add_parser("list", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the covered companies (the default)")))
    workspace_option(list_)
    add = actions.add_parser("add", help=translated(QT_TRANSLATE_NOOP("CliCommands", "cover a new company")),
                             description=translated(QT_TRANSLATE_NOOP(
                                 "CliCommands", "Cover a new company; it joins the bottom of the ranking.")))
    add.add_argument("ticker", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the ticker: letters, digits, . and -, at most 12")))
    add.add_argument("--name", required=True, help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "English name, e.g. Oracle")))
    add.add_argument("--fy-end", required=True, metavar="MONTH", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the month its fiscal year ends, 1-12 (Oracle: 5)")))
    add.add_argument("--name-zh", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "Chinese name")))
    add.add_argument("--cloud-segment", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "its cloud segment, e.g. Oracle Cloud Infrastructure")))
    workspace_option(add)


def _month(text: str) -> int:
    try:
        month = int(text)
    except ValueError:
        month = 0
    if not 1 <= month <= 12:
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "--fy-end must be a month number 1-12, not %1.").arg(
            repr(text)))
    return month


def _list(workspace: Workspace) -> int:
    companies = workspace.companies()
    width = max((display_width(c.ticker) for c in companies), default=0)
    for company in companies:
        lines = len(workspace.line_defs(company.ticker))
        quarters = len(workspace.periods(company.ticker))
        names = (translated(QT_TRANSLATE_NOOP("CliMessages", "%1 (%2)").arg(company.name_en, company.name_zh))
                 if company.name_zh else company.name_en)
        text = (QT_TRANSLATE_NOOP("CliMessages", "%1  %2  FY ends month %3, cloud: %6; %4, %5")
                if company.cloud_segment else
                QT_TRANSLATE_NOOP("CliMessages", "%1  %2  FY ends month %3; %4, %5"))
        counted = (plural(lines, QT_TRANSLATE_NOOP("CliMessages", "%1 line"),
                          QT_TRANSLATE_NOOP("CliMessages", "%1 lines")).arg(lines),
                   plural(quarters, QT_TRANSLATE_NOOP("CliMessages", "%1 quarter"),
                          QT_TRANSLATE_NOOP("CliMessages", "%1 quarters")).arg(quarters))
        print(translated(text.arg(pad(company.ticker, width), names, company.fy_end_month, *counted,
                                  company.cloud_segment)))
    return 0


def _add(workspace: Workspace, args: argparse.Namespace) -> int:
    from desktop_app.domain.companies import Company

    ticker = args.ticker.strip().upper()
    if not _TICKER.match(ticker):
        raise usage(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 is not a ticker (letters, digits, . and -, at most 12).").arg(
            repr(args.ticker)))
    if not args.name.strip():
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "--name must not be empty."))
    month = _month(args.fy_end)
    if workspace.is_covered(ticker):
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1 is already covered.").arg(ticker))
    company = workspace.add_company(Company(ticker, args.name.strip(), args.name_zh.strip(), month,
                                            args.cloud_segment.strip()))
    print(translated(QT_TRANSLATE_NOOP(
        "CliMessages", "Added %1 (%2), fiscal year ending in month %3, at the bottom of the ranking.").arg(
        company.ticker, company.name_en, company.fy_end_month)))
    return 0


def _run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.workspace)
    try:
        if args.company_action == "add":
            return _add(workspace, args)
        return _list(workspace)
    finally:
        workspace.close()


COMMAND = Command(
    name="company",
    help=QT_TRANSLATE_NOOP("CliCommands", "list the covered companies, or add one"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "List the covered companies (ticker, names, fiscal year end, lines, quarters) or "
        "cover a new one."),
    configure=_configure,
    run=_run,
)
