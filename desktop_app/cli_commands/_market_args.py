"""Argument helpers shared by the `price`, `target` and `note` commands (not a command itself):
the --workspace option after the action, opening the workspace, and validated values that exit
with status 2 and a reason before anything is written."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError
from desktop_app.cli_translations import error_message, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.locations import location_arg

EXIT_USAGE = 2


def workspace_option(parser: argparse.ArgumentParser) -> None:
    # Accepted after the action too; SUPPRESS keeps a value given earlier.
    parser.add_argument("--workspace", metavar="PATH|URL", type=location_arg,
                        default=argparse.SUPPRESS, help=translated(QT_TRANSLATE_NOOP(
                            "Cli", "the workspace file or team workspace URL")))


def open_workspace(path: Path | str) -> Any:
    from desktop_app.cli_commands._common import open_workspace as open_location

    return open_location(path)


def positive_number(text: str, what: str) -> Decimal:
    from desktop_app.domain.number_input import NumberInputError, parse_number

    try:
        value = parse_number(text, allow_empty=False)
    except NumberInputError as exc:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "%1: %2. Nothing was changed.").arg(
            what, error_message(exc)), EXIT_USAGE) from None
    if value is None or value <= 0:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "%1 must be above zero, not %2. Nothing was changed.").arg(
            what, repr(text)), EXIT_USAGE)
    return value


def iso_date(text: str) -> Any:
    import datetime

    try:
        value = datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(QT_TRANSLATE_NOOP(
            "Cli", "--date must look like 2025-08-01, not %1. Nothing was changed.").arg(
            repr(text)), EXIT_USAGE) from None
    if value > datetime.date.today():
        raise CliError(QT_TRANSLATE_NOOP("Cli", "--date %1 is in the future. Nothing was changed.").arg(text),
                       EXIT_USAGE)
    return value


def covered_ticker(workspace: Any, text: str) -> str:
    ticker = text.strip().upper()
    known = [c.ticker for c in workspace.companies(include_removed=True)]
    if ticker not in known:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "Unknown ticker %1 (known: %2). Nothing was changed.").arg(
            repr(text), " ".join(known)), EXIT_USAGE)
    return ticker


def existing_note(workspace: Any, note_id: str | None) -> str | None:
    if note_id is None:
        return None
    notes = [s.note_id for s in workspace.sources()]
    if note_id not in notes:
        raise CliError(QT_TRANSLATE_NOOP(
            "Cli", "No note %1 in the workspace (see `csp-desk note list`). Nothing was changed.").arg(
            repr(note_id)), EXIT_USAGE)
    return note_id
