"""`csp-desk ranking`: print, set or snapshot the preference order from scripts.

    csp-desk ranking [--workspace P]                  rank, ticker and name, one line per name
    csp-desk ranking set TICKER... [--note TEXT]      set the order (a permutation of the covered names)
    csp-desk ranking snapshot LABEL [--note TEXT] [--date YYYY-MM-DD]

A `set` that is not a permutation of the covered tickers exits with status 2 and changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_translations import company_name, display_width, error_message, pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.locations import location_arg

if TYPE_CHECKING:  # storage is imported only when a command runs
    from desktop_app.storage.workspace import Workspace

EXIT_USAGE = 2


def _workspace_option(parser: argparse.ArgumentParser) -> None:
    # Accepted after the action too; SUPPRESS keeps a value given earlier.
    parser.add_argument("--workspace", metavar="PATH|URL", type=location_arg,
                        default=argparse.SUPPRESS, help=translated(QT_TRANSLATE_NOOP(
                            "Cli", "the workspace file or team workspace URL")))


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="ranking_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    show = actions.add_parser("show", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "print the current order (the default)")))
    _workspace_option(show)
    set_ = actions.add_parser(
        "set", help=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "set the order: every covered ticker once, most preferred first")),
        description=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "Set the order. Give every covered ticker exactly once, most preferred first; "
            "anything else exits with status 2 and changes nothing. Rationales stay with their names.")))
    set_.add_argument("tickers", nargs="+", metavar="TICKER", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "every covered ticker once, most preferred first")))
    set_.add_argument("--note", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "why: kept in the change log")))
    _workspace_option(set_)
    snap = actions.add_parser("snapshot", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "save the current order as a dated snapshot")))
    snap.add_argument("label", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the snapshot's label, e.g. \"3Q25 review\"")))
    snap.add_argument("--note", default="", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the snapshot's note")))
    snap.add_argument("--date", default=None, metavar="YYYY-MM-DD", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the snapshot's date (default: today)")))
    _workspace_option(snap)


def _open(path: Path | str) -> Workspace:
    from desktop_app.cli_commands._common import open_workspace

    workspace: Workspace = open_workspace(path)
    return workspace


def _print_order(workspace: Workspace) -> None:
    names = {c.ticker: company_name(c.name_en, c.name_zh) for c in workspace.companies(include_removed=True)}
    entries = workspace.ranking()
    width = max((display_width(e.ticker) for e in entries), default=0)
    for rank, entry in enumerate(entries, start=1):
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1  %2  %3").arg(
            pad(str(rank), 2, right=True), pad(entry.ticker, width), names.get(entry.ticker, entry.ticker))))


def _set(workspace: Workspace, tickers: list[str], note: str) -> int:
    from desktop_app.domain.ranking import RankingError, reorder_entries, reorder_summary

    order = [t.strip().upper() for t in tickers]
    current = workspace.ranking()
    covered = [c.ticker for c in workspace.companies()]
    try:
        entries = reorder_entries(current, order)
    except RankingError as exc:
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "%1. The ranking was not changed (covered: %2).").arg(
            error_message(exc), " ".join(covered)), EXIT_USAGE) from exc
    before = [e.ticker for e in current]
    if before == order:
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "The ranking is already %1; nothing changed.").arg(
            " > ".join(order))))
        return 0
    summary = reorder_summary(before, order) + " (command line)"
    if note.strip():
        summary += f" — {note.strip()}"
    from desktop_app.storage.errors import ConflictError

    for attempt in range(3):  # the order is the user's; rationales written are the ones stored now
        try:
            workspace.set_ranking(entries, summary, expected=current)
            break
        except ConflictError:
            if attempt == 2:
                raise
            current = workspace.ranking()
            try:
                entries = reorder_entries(current, order)
            except RankingError as exc:  # another program changed the coverage meanwhile
                raise CliError(QT_TRANSLATE_NOOP("CliMessages", "%1. The ranking was not changed.").arg(
                    error_message(exc)), EXIT_USAGE) from exc
    _print_order(workspace)
    return 0


def _snapshot_date(date: str | None) -> str:
    """--date as YYYY-MM-DD (storage's rule, domain.ranking.snapshot_date); today when not given."""
    import datetime

    from desktop_app.domain.ranking import snapshot_date

    if date is None:
        return datetime.date.today().isoformat()
    try:
        taken_on = snapshot_date(date)
    except ValueError:
        taken_on = ""
    if not taken_on:
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "--date must look like 2025-08-01 (YYYY-MM-DD), not %1. Nothing was saved.").arg(
            repr(date)), EXIT_USAGE)
    return taken_on


def _snapshot(workspace: Workspace, label: str, note: str, taken_on: str) -> int:
    snapshot = workspace.save_snapshot(label, note, taken_on)
    print(translated(QT_TRANSLATE_NOOP("CliMessages", "Saved snapshot %1 \"%2\" (%3): %4").arg(
        snapshot.snapshot_id, snapshot.label, snapshot.taken_on, " > ".join(snapshot.order))))
    return 0


def _run(args: argparse.Namespace) -> int:
    action = args.ranking_action or "show"
    taken_on = ""
    if action == "snapshot":  # the arguments are checked before the workspace is opened
        taken_on = _snapshot_date(args.date)
        if not args.label.strip():
            raise CliError(QT_TRANSLATE_NOOP(
                "CliMessages", "A snapshot needs a label, e.g. \"3Q25 review\"."),
                           EXIT_USAGE)
    workspace = _open(args.workspace)
    try:
        if action == "set":
            return _set(workspace, args.tickers, args.note)
        if action == "snapshot":
            return _snapshot(workspace, args.label, args.note, taken_on)
        _print_order(workspace)
        return 0
    finally:
        workspace.close()


COMMAND = Command(
    name="ranking",
    help=QT_TRANSLATE_NOOP("CliCommands", "print, set or snapshot the preference order"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Print the current preference order (rank, ticker, name), set it, or save a "
        "snapshot."),
    configure=_configure,
    run=_run,
)
