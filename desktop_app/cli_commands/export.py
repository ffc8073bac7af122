"""`csp-desk export OUT.xlsx [--workspace P]`: write the Excel summary workbook.

Prints the path of the workbook written and exits 0. A target that cannot be written (a folder,
a read-only folder, a file open in Excel, a full disk) exits 1 with the reason on stderr and
leaves any existing file as it was. openpyxl is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.cli_commands import CliError, Command
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

EXCEL_SUFFIXES = (".xlsx",)


def excel_target(text: str) -> Path:
    """OUT as given, with `.xlsx` added when it has no suffix; another suffix is refused."""
    path = Path(text).expanduser()
    if not path.suffix:
        return path.with_name(path.name + ".xlsx")
    if path.suffix.lower() not in EXCEL_SUFFIXES:
        raise argparse.ArgumentTypeError(f"{text}: the workbook's name must end in .xlsx")
    return path


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.xlsx", type=excel_target,
                        help="the workbook to write (replaced only once it is complete)")


def _run(args: argparse.Namespace) -> int:
    from desktop_app.io.excel_export import ExcelExportError, export_workbook
    from desktop_app.storage.workspace import Workspace

    existed = args.workspace.exists()
    with Workspace.open(args.workspace) as workspace:
        if not existed:
            print(f"Created a new workspace at {args.workspace}", file=sys.stderr)
        try:
            result = export_workbook(workspace, args.out)
        except ExcelExportError as exc:
            raise CliError(str(exc)) from exc
        except Exception as exc:
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
        raise CliError(f"Could not export: the workspace seems damaged ({problems[0]}). "
                       "Run `csp-desk check` for details. No workbook was written.") from exc


COMMAND = Command(
    name="export",
    help=QT_TRANSLATE_NOOP("CliCommands", "write the Excel summary workbook"),
    description="Write the Excel summary workbook (Summary, Scorecards, Capex, Forecasts & targets, "
    "Supply chain, Ranking history, Sources) and print its path.",
    configure=_configure,
    run=_run,
)
