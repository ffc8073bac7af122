"""Shared pieces of the CLI command modules (not a command: the name starts with `_`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError
from desktop_app.cli_translations import translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.locations import location_arg

EXIT_USAGE = 2


def workspace_option(parser: argparse.ArgumentParser) -> None:
    """`--workspace` accepted after the action too; SUPPRESS keeps a value given earlier."""
    parser.add_argument("--workspace", metavar="PATH|URL", type=location_arg,
                        default=argparse.SUPPRESS, help=translated(QT_TRANSLATE_NOOP(
                            "Cli", "the workspace file or team workspace URL")))


def open_workspace(path: Path | str) -> Any:  # noqa: ANN401 - Workspace is imported lazily
    """The workspace file at `path` (created if missing, which is said on stderr), or the team
    workspace at a database URL (never created here: `csp-desk team init`)."""
    from desktop_app.storage.locations import is_url
    from desktop_app.storage.locations import open_workspace as open_at

    if is_url(path):
        return open_at(path)
    path = Path(path)
    existed = path.exists()
    workspace = open_at(path)
    if not existed:
        print(translated(QT_TRANSLATE_NOOP(
            "Cli", "Created a new workspace at %1").arg(path)), file=sys.stderr)
    return workspace


def usage(message: str) -> CliError:
    """A bad command line: exit status 2, nothing changed. `message`: a marked Text (translated here)
    or a message already translated."""
    return CliError(QT_TRANSLATE_NOOP("Cli", "%1 Nothing was changed.").arg(translated(message)), EXIT_USAGE)


def company_of(workspace: Any, ticker: str) -> Any:  # noqa: ANN401
    """The covered company `ticker` (any case), or a usage error naming the covered ones."""
    wanted = ticker.strip().upper()
    for company in workspace.companies():
        if company.ticker.upper() == wanted:
            return company
    covered = " ".join(c.ticker for c in workspace.companies())
    raise usage(QT_TRANSLATE_NOOP("Cli", "%1 is not a covered company (covered: %2).").arg(
        repr(ticker), covered))


def source_text(provenance: Any) -> str:  # noqa: ANN401 - domain.provenance.Provenance
    """Where a figure comes from, as Provenance.describe says it, in the command line's language:
    `n001 · Figure 1 (entered by ana, 2025-08-05)` or `entered by ana, 2025-08-05`."""
    entered = (translated(QT_TRANSLATE_NOOP("Cli", "entered by %1, %2").arg(
        provenance.entered_by, provenance.entered_on)) if provenance.entered_by else "")
    if not provenance.note_id:
        return entered
    cited = (translated(QT_TRANSLATE_NOOP("Cli", "%1 · %2").arg(provenance.note_id, provenance.where))
             if provenance.where else provenance.note_id)
    return translated(QT_TRANSLATE_NOOP("Cli", "%1 (%2)").arg(cited, entered)) if entered else cited
