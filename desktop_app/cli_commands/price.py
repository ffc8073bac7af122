"""`csp-desk price`: record a share price with its as-of date, or list the price history.

    csp-desk price set TICKER PRICE --date YYYY-MM-DD [--source NOTE_ID]
    csp-desk price list [TICKER]

Bad input (unknown ticker, a price that is not a number above zero, a date that is not a real
date or lies in the future, an unknown note) exits with status 2 and changes nothing.
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import Command
from desktop_app.cli_commands._common import source_text
from desktop_app.cli_commands._market_args import (
    covered_ticker,
    existing_note,
    iso_date,
    open_workspace,
    positive_number,
    workspace_option,
)
from desktop_app.cli_translations import pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="price_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    set_ = actions.add_parser("set", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "record a share price with its date")),
                              description=translated(QT_TRANSLATE_NOOP(
                                  "CliCommands", "Record a share price (US$) with the date it is as of. "
                                  "Upside everywhere uses the latest price.")))
    set_.add_argument("ticker", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "a covered company's ticker, e.g. MSFT")))
    set_.add_argument("price", metavar="PRICE", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the share price in US$, above zero")))
    set_.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the price's as-of date")))
    set_.add_argument("--source", default=None, metavar="NOTE_ID", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the note that gives it")))
    workspace_option(set_)
    list_ = actions.add_parser("list", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "print the price history (the default)")))
    list_.add_argument("ticker", nargs="?", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "only this company (default: every company)")))
    workspace_option(list_)


def _run(args: argparse.Namespace) -> int:
    from desktop_app.domain.calc import UPSIDE_PLACES
    from desktop_app.ui.formats import fmt_number, fmt_percent
    from desktop_app.user import current_user

    workspace = open_workspace(args.workspace)
    try:
        if args.price_action == "set":
            ticker = covered_ticker(workspace, args.ticker)
            price = positive_number(args.price, "PRICE")
            as_of = iso_date(args.date)
            note = existing_note(workspace, args.source)
            workspace.add_price(ticker, price, as_of, current_user(), note_id=note)
            view = workspace.market_views()[ticker]
            shown = (translated(QT_TRANSLATE_NOOP("CliMessages", "; upside to target %1: %2").arg(
                fmt_number(view.target.target), fmt_percent(view.upside, UPSIDE_PLACES)))
                if view.upside is not None and view.target is not None else "")
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1 share price %2 as of %3%4").arg(
                ticker, price, as_of.isoformat(), shown)))
            return 0
        only: str | None = covered_ticker(workspace, args.ticker) if getattr(args, "ticker", None) else None
        for p in workspace.prices(only):
            date = p.as_of.isoformat() if p.as_of else translated(QT_TRANSLATE_NOOP(
                "CliMessages", "date not given"))
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1 %2 %3  %4").arg(
                pad(p.company, 6), pad(date, 14), pad(str(p.price), 10, right=True),
                source_text(p.provenance))))
        return 0
    finally:
        workspace.close()


COMMAND = Command(
    name="price",
    help=QT_TRANSLATE_NOOP("CliCommands", "record a dated share price, or list the price history"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Record a share price with its as-of date, or list the price history."),
    configure=_configure,
    run=_run,
)
