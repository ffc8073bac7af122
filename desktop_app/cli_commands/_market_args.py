"""Argument helpers shared by the `price`, `target` and `note` commands (not a command itself):
the --workspace option after the action, opening the workspace, and validated values that exit
with status 2 and a reason before anything is written."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError
from desktop_app.storage.locations import location_arg

EXIT_USAGE = 2


def workspace_option(parser: argparse.ArgumentParser) -> None:
    # Accepted after the action too; SUPPRESS keeps a value given earlier.
    parser.add_argument("--workspace", metavar="PATH|URL", type=location_arg,
                        default=argparse.SUPPRESS, help="the workspace file or team workspace URL")


def open_workspace(path: Path | str) -> Any:
    from desktop_app.cli_commands._common import open_workspace as open_location

    return open_location(path)


def positive_number(text: str, what: str) -> Decimal:
    from desktop_app.domain.number_input import NumberInputError, parse_number

    try:
        value = parse_number(text, allow_empty=False)
    except NumberInputError as exc:
        raise CliError(f"{what}: {exc}. Nothing was changed.", EXIT_USAGE) from None
    if value is None or value <= 0:
        raise CliError(f"{what} must be above zero, not {text!r}. Nothing was changed.", EXIT_USAGE)
    return value


def iso_date(text: str) -> Any:
    import datetime

    try:
        value = datetime.date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"--date must look like 2025-08-01, not {text!r}. Nothing was changed.",
                       EXIT_USAGE) from None
    if value > datetime.date.today():
        raise CliError(f"--date {text} is in the future. Nothing was changed.", EXIT_USAGE)
    return value


def covered_ticker(workspace: Any, text: str) -> str:
    ticker = text.strip().upper()
    known = [c.ticker for c in workspace.companies(include_removed=True)]
    if ticker not in known:
        raise CliError(f"Unknown ticker {text!r} (known: {' '.join(known)}). Nothing was changed.",
                       EXIT_USAGE)
    return ticker


def existing_note(workspace: Any, note_id: str | None) -> str | None:
    if note_id is None:
        return None
    notes = [s.note_id for s in workspace.sources()]
    if note_id not in notes:
        raise CliError(f"No note {note_id!r} in the workspace (see `csp-desk note list`). "
                       "Nothing was changed.", EXIT_USAGE)
    return note_id
