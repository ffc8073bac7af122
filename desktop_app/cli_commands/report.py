"""`csp-desk report OUT.pdf [--since SNAPSHOT] [--page-size A4|Letter]`: write the PDF tear sheet.

Two landscape pages: the preference order with rating, target and upside, what changed since the
snapshot (default: the newest), the capex chart and the latest scorecard highlights. Prints the
path written. Qt is imported only when the command runs (offscreen: no display needed).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_translations import error_message, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, message_of


def pdf_target(text: str) -> Path:
    """OUT as given, with `.pdf` added when it has no suffix; another suffix is refused."""
    path = Path(text).expanduser()
    if not path.suffix:
        return path.with_name(path.name + ".pdf")
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1: the report's name must end in .pdf").arg(text)))
    return path


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "out", metavar="OUT.pdf", type=pdf_target, help=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "the PDF to write (replaced only once it is complete)"))
    )
    parser.add_argument(
        "--since",
        metavar="SNAPSHOT",
        help=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "the snapshot to compare with (its label or id); default: the newest")),
    )
    parser.add_argument(
        "--page-size",
        choices=("A4", "Letter"),
        default="A4",
        help=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "paper size of the two landscape pages (default A4)")),
    )


def _run(args: argparse.Namespace) -> int:
    from desktop_app.files import workspace_file_hit
    from desktop_app.storage.locations import is_url, open_workspace
    from desktop_app.ui.report.content import UnknownSnapshot, report_content
    from desktop_app.ui.report.pdf import ReportError, ensure_gui_application, write_pdf

    if not is_url(args.workspace) and workspace_file_hit(args.out, args.workspace) is not None:
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "Cannot write %1: it is a file of the workspace. Choose another file name; "
            "nothing was written.").arg(args.out))
    ensure_gui_application()
    with open_workspace(args.workspace) as workspace:  # a file, or a team workspace's address
        try:
            content = report_content(workspace, args.since, args.page_size)
        except UnknownSnapshot as exc:
            labels = ", ".join(s.label for s in workspace.snapshots()) or translated(
                QT_TRANSLATE_NOOP("CliMessages", "none"))
            raise CliError(QT_TRANSLATE_NOOP("CliMessages", "No snapshot is called %1. Snapshots: %2.").arg(
                error_message(exc), labels), status=2) from exc
        try:
            write_pdf(content, args.out)
        except ReportError as exc:
            raise CliError(message_of(exc)) from exc  # its Text: printed in the chosen language
    print(args.out.resolve())
    return 0


COMMAND = Command(
    name="report",
    help=QT_TRANSLATE_NOOP("CliCommands", "write the PDF tear sheet"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Write the PDF tear sheet (two landscape pages: preference order, what changed "
        "since a snapshot, the capex chart, the latest scorecard highlights) and print its path."),
    configure=_configure,
    run=_run,
)
