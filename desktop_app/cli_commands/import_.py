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
from desktop_app.cli_translations import display_width, error_message, line_label, pad, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, message_of


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="IN.xlsx", type=lambda t: Path(t).expanduser(),
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "a workbook written by `csp-desk export` (or File > Export to "
                            "Excel…)")))
    parser.add_argument("--dry-run", action="store_true",
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "only print what would change; write nothing")))


def _run(args: argparse.Namespace) -> int:
    from desktop_app.io.excel_import import ExcelImportError, check_regular, read_import, show
    from desktop_app.storage.errors import SaveError
    from desktop_app.storage.locations import is_url, open_workspace

    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    if not args.source.exists():
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "%1: no such file.").arg(args.source))
    try:
        check_regular(args.source)  # a named pipe or a device is refused before it is opened
    except ExcelImportError as exc:
        raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
    existed = is_url(args.workspace) or args.workspace.exists()
    with open_workspace(args.workspace) as workspace:
        if not existed:
            print(translated(QT_TRANSLATE_NOOP("Cli", "Created a new workspace at %1").arg(args.workspace)),
                  file=sys.stderr)
        try:
            plan = read_import(args.source, workspace)
        except ExcelImportError as exc:
            raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
        width = max((display_width(c.where) for c in plan.changes), default=0)
        for c in plan.changes:
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1  %2: %3 → %4").arg(
                pad(c.where, width), translated(c.what(line_label(c.line_label, c.line_label_zh))),
                translated(show(c.old, c.kind)), translated(show(c.new, c.kind)))))
        for addition in plan.additions(lambda line: line_label(line.label, line.label_zh)):
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "Creates %1").arg(translated(addition))))
        count = len(plan.changes)
        if not count:
            print(translated(QT_TRANSLATE_NOOP(
                "CliMessages", "No changes: the %1 rows of %2 match the workspace.").arg(
                    plan.rows, args.source.name)))
            return 0
        if args.dry_run:
            print(translated(QT_TRANSLATE_NOOP(
                "CliMessages", "1 figure would change (dry run: nothing was written).")
                              if count == 1 else QT_TRANSLATE_NOOP(
                "CliMessages", "%1 figures would change (dry run: nothing was written).").arg(count)))
            return 0
        try:
            from desktop_app.domain.provenance import imported_where
            from desktop_app.storage.provenance import entered_now
            from desktop_app.user import current_user

            workspace.apply_scorecard_changes(
                plan.values(), plan.summary(), (),
                provenance=entered_now(current_user(), where=imported_where(plan.path.name)),
                new_lines=plan.new_lines, origin={"kind": "import", "file": plan.path.name})
        except (SaveError, ValueError) as exc:
            raise CliError(QT_TRANSLATE_NOOP(
                "CliMessages", "Nothing was imported: %1").arg(error_message(exc))) from exc
        print(translated((QT_TRANSLATE_NOOP("CliMessages", "Imported 1 figure into %1 in one change.")
                          if count == 1 else QT_TRANSLATE_NOOP(
            "CliMessages", "Imported %2 figures into %1 in one change.")).arg(workspace.location, count)))
    return 0


COMMAND = Command(
    name="import",
    help=QT_TRANSLATE_NOOP("CliCommands", "read changed figures back from an exported Excel workbook"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Read the Scorecards sheet of a workbook written by `csp-desk export`, print every "
        "figure that differs from the workspace (old → new, with its cell) and apply them in one "
        "transaction. With --dry-run nothing is written."),
    configure=_configure,
    run=_run,
)
