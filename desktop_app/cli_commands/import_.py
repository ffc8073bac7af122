"""`csp-desk import IN.xlsx [--dry-run] [--workspace P]`: read figures back from an exported workbook.

Reads the Scorecards sheet of a workbook in the layout `csp-desk export` writes and prints every
figure that differs from the workspace, old → new, with its cell. Without `--dry-run` it then
applies them all in one transaction (one change-log entry). A workbook with any problem (not an
.xlsx, damaged, too big, a missing sheet or header, text in a number cell, a formula without a
saved result, merged cells, an unknown company or line, a duplicate row, a number Excel would not
have written, more of anything than the import's limits allow, a named pipe or device instead of a
file) changes nothing: the problems are listed on stderr with their sheet and cell, and the exit
status is 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli_commands import CliError, Command
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, message_of


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="IN.xlsx", type=lambda t: Path(t).expanduser(),
                        help="a workbook written by `csp-desk export` (or File > Export to Excel…)")
    parser.add_argument("--dry-run", action="store_true",
                        help="only print what would change; write nothing")


def _run(args: argparse.Namespace) -> int:
    from desktop_app.io.excel_import import ExcelImportError, check_regular, read_import, show
    from desktop_app.storage.errors import SaveError
    from desktop_app.storage.locations import is_url, open_workspace

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    if not args.source.exists():
        raise CliError(f"{args.source}: no such file.")
    try:
        check_regular(args.source)  # a named pipe or a device is refused before it is opened
    except ExcelImportError as exc:
        raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
    existed = is_url(args.workspace) or args.workspace.exists()
    with open_workspace(args.workspace) as workspace:
        if not existed:
            print(f"Created a new workspace at {args.workspace}", file=sys.stderr)
        try:
            plan = read_import(args.source, workspace)
        except ExcelImportError as exc:
            raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
        width = max((len(c.where) for c in plan.changes), default=0)
        for c in plan.changes:
            print(f"{c.where:<{width}}  {c.what}: {show(c.old, c.kind)} → {show(c.new, c.kind)}")
        for addition in plan.additions():
            print(f"Creates {addition}")
        count = len(plan.changes)
        if not count:
            print(f"No changes: the {plan.rows} rows of {args.source.name} match the workspace.")
            return 0
        noun = "figure" if count == 1 else "figures"
        if args.dry_run:
            print(f"{count} {noun} would change (dry run: nothing was written).")
            return 0
        try:
            from desktop_app.storage.provenance import entered_now
            from desktop_app.user import current_user

            workspace.apply_scorecard_changes(plan.values(), plan.summary(), (), provenance=entered_now(
                current_user(), where=f"Excel import {plan.path.name}"), new_lines=plan.new_lines)
        except (SaveError, ValueError) as exc:
            raise CliError(f"Nothing was imported: {exc}") from exc
        print(f"Imported {count} {noun} into {workspace.location} in one change.")
    return 0


COMMAND = Command(
    name="import",
    help=QT_TRANSLATE_NOOP("CliCommands", "read changed figures back from an exported Excel workbook"),
    description="Read the Scorecards sheet of a workbook written by `csp-desk export`, print every "
    "figure that differs from the workspace (old → new, with its cell) and apply them in one "
    "transaction. With --dry-run nothing is written.",
    configure=_configure,
    run=_run,
)
