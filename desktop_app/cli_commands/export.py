"""`csp-desk export OUT.xlsx [--language en|zh_TW] [--workspace P]`: write the Excel summary workbook;
`csp-desk export OUT.csv|OUT.parquet --table NAME`: write one frame of the data API (desktop_app.api).

Prints the path of the file written and exits 0. A target that cannot be written (a folder,
a read-only folder, a file open in Excel, a full disk) exits 1 with the reason on stderr and
leaves any existing file as it was. openpyxl, and pandas for a table, are imported only when the
command runs; a parquet file needs pyarrow, and without it the command says so and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_translations import translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, message_of

EXCEL_SUFFIXES = (".xlsx",)
TABLE_SUFFIXES = (".csv", ".parquet")
TABLE_NAMES = ("scorecards", "capex", "rankings", "targets", "prices", "notes")  # api.TABLES


def excel_target(text: str) -> Path:
    """OUT as given, with `.xlsx` added when it has no suffix; another suffix is refused."""
    path = Path(text).expanduser()
    if not path.suffix:
        return path.with_name(path.name + ".xlsx")
    if path.suffix.lower() not in EXCEL_SUFFIXES + TABLE_SUFFIXES:
        raise argparse.ArgumentTypeError(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1: the file's name must end in .xlsx (the workbook), .csv or .parquet (one "
            "table, with --table)").arg(text)))
    return path


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.xlsx|OUT.csv|OUT.parquet", type=excel_target,
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "the workbook, or with --table one table, to write (replaced "
                            "only once it is complete)")))
    parser.add_argument("--table", choices=TABLE_NAMES, metavar="NAME",
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "write this table of the data API as CSV or parquet: %1").arg(
                            ", ".join(TABLE_NAMES))))
    parser.add_argument("--language", choices=("en", "zh_TW"), default=None, dest="workbook_language",
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "the language of the sheet names, headers and labels (default "
                            "en); the import reads a workbook in either")))


def _run(args: argparse.Namespace) -> int:
    is_table = args.out.suffix.lower() in TABLE_SUFFIXES
    if is_table != (args.table is not None):
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "Writing %1 needs --table NAME (%2).").arg(
            args.out.name, ", ".join(TABLE_NAMES)) if is_table else QT_TRANSLATE_NOOP(
            "CliMessages", "--table writes a .csv or .parquet file, not a workbook."), status=2)
    if is_table:
        from desktop_app.cli_commands._export_table import write_table

        print(write_table(args.workspace, args.table, args.out).resolve())
        return 0
    from desktop_app.io.excel_export import ExcelExportError, export_workbook
    from desktop_app.storage.locations import is_url, open_workspace

    existed = is_url(args.workspace) or args.workspace.exists()
    with open_workspace(args.workspace) as workspace:
        if not existed:
            print(translated(QT_TRANSLATE_NOOP("Cli", "Created a new workspace at %1").arg(args.workspace)),
                  file=sys.stderr)
        try:
            language = args.workbook_language or getattr(args, "language", None) or "en"
            result = export_workbook(workspace, args.out, language=language)
        except ExcelExportError as exc:
            raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
        except Exception as exc:
            if not is_url(args.workspace):
                _explain_damage(args.workspace, exc)
            raise
    print(result.path.resolve())
    return 0


def _explain_damage(path: Path, exc: Exception) -> None:
    """An export that failed unexpectedly on a damaged workspace says so (CliError); on a sound
    one the error stays unexpected (logged by the CLI's handler)."""
    from desktop_app.storage.readable import damage

    problems = damage(path)
    if problems:
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "Could not export: the workspace seems damaged (%1). Run `csp-desk check` for "
            "details. No workbook was written.").arg(translated(problems[0]))) from exc


COMMAND = Command(
    name="export",
    help=QT_TRANSLATE_NOOP("CliCommands", "write the Excel summary workbook"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Write the Excel summary workbook (Summary, Scorecards, Capex, Forecasts & "
        "targets, Supply chain, Ranking history, Sources) and print its path; with --table NAME and "
        "OUT.csv or OUT.parquet, write that table of the data API instead (the workspace is only read)."),
    configure=_configure,
    run=_run,
)
