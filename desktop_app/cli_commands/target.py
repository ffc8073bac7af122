"""`csp-desk target`: record a target price (and rating) with its date, or list the history.

    csp-desk target set TICKER TARGET --date YYYY-MM-DD [--rating TEXT] [--source NOTE_ID]
    csp-desk target list [TICKER]

Without --rating the latest stated rating stands (nothing is copied). Bad input exits with status
2 and changes nothing.
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_commands._common import source_text
from desktop_app.cli_commands._market_args import (
    EXIT_USAGE,
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
    actions = parser.add_subparsers(dest="target_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    set_ = actions.add_parser("set", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "record a target price (and rating) with its date")),
                              description=translated(QT_TRANSLATE_NOOP(
                                  "CliCommands", "Record a target price with its date, optionally the "
                                  "rating and the note that gives them.")))
    set_.add_argument("ticker", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "a covered company's ticker, e.g. MSFT")))
    set_.add_argument("target", metavar="TARGET", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the target price in US$, above zero")))
    set_.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the date the target was set")))
    set_.add_argument("--rating", default="", metavar="TEXT", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "e.g. OP, Buy, Neutral")))
    set_.add_argument("--source", default=None, metavar="NOTE_ID", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the note that gives it")))
    workspace_option(set_)
    list_ = actions.add_parser("list", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "print the rating and target history (the default)")))
    list_.add_argument("ticker", nargs="?", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "only this company (default: every company)")))
    workspace_option(list_)


def _run(args: argparse.Namespace) -> int:
    from desktop_app.user import current_user

    workspace = open_workspace(args.workspace)
    try:
        if args.target_action == "set":
            ticker = covered_ticker(workspace, args.ticker)
            target = positive_number(args.target, "TARGET")
            as_of = iso_date(args.date)
            note = existing_note(workspace, args.source)
            rating = args.rating.strip()
            if len(rating) > 40:
                raise CliError(QT_TRANSLATE_NOOP(
                    "CliMessages", "--rating is a short word such as OP, Buy or Neutral. Nothing was "
                    "changed."),
                    EXIT_USAGE)
            workspace.add_target(ticker, target, as_of, current_user(), rating=rating, note_id=note)
            print(translated((QT_TRANSLATE_NOOP(
                "CliMessages", "%1 target price %2 (%4) as of %3") if rating else
                              QT_TRANSLATE_NOOP("CliMessages", "%1 target price %2 as of %3")).arg(
                ticker, target, as_of.isoformat(), rating)))
            return 0
        only: str | None = covered_ticker(workspace, args.ticker) if getattr(args, "ticker", None) else None
        for t in workspace.target_history(only):
            date = t.as_of.isoformat() if t.as_of else translated(QT_TRANSLATE_NOOP(
                "CliMessages", "date not given"))
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1 %2 %3 %4  %5").arg(
                pad(t.company, 6), pad(date, 14), pad(t.rating or "-", 8), pad(str(t.target), 10, right=True),
                source_text(t.provenance))))
        return 0
    finally:
        workspace.close()


COMMAND = Command(
    name="target",
    help=QT_TRANSLATE_NOOP("CliCommands", "record a dated target price and rating, or list the history"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Record a target price (and rating) with its date, or list the history."),
    configure=_configure,
    run=_run,
)
