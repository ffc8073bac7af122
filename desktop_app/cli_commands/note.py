"""`csp-desk note`: list the research notes with what cites them, or record a new one.

    csp-desk note list
    csp-desk note add --broker TEXT --date YYYY-MM-DD --title TEXT [--analyst TEXT] [--file PATH]

`add` prints the new note's id (e.g. `n002`), to pass as `--source` to `target set` or `price set`.
The file (the note's PDF) is stored inside the workspace, so an offline laptop has it. Bad input
(an empty broker or title, a bad or future date, a missing, unreadable or too large file) exits
with status 2 and changes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_commands._market_args import EXIT_USAGE, iso_date, open_workspace, workspace_option
from desktop_app.cli_translations import error_message, pad, translated
from desktop_app.domain.notes import citation_summary
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="note_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    list_ = actions.add_parser("list", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "every note with what cites it (the default)")))
    workspace_option(list_)
    add = actions.add_parser("add", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "record a new note; prints its id")),
                             description=translated(QT_TRANSLATE_NOOP(
                                 "CliCommands", "Record a research note. Prints the new note's id.")))
    add.add_argument("--broker", required=True, metavar="TEXT", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the broker that published it, e.g. Morgan Stanley")))
    add.add_argument("--date", required=True, metavar="YYYY-MM-DD", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the note's date")))
    add.add_argument("--title", required=True, metavar="TEXT", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the note's title")))
    add.add_argument("--analyst", default="", metavar="TEXT", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the analyst who wrote it")))
    add.add_argument("--file", default=None, type=Path, metavar="PATH",
                     help=translated(QT_TRANSLATE_NOOP(
                         "CliCommands", "the note's file (e.g. its PDF), stored inside the workspace")))
    workspace_option(add)


def _read_file(path: Path) -> tuple[str, bytes]:
    from desktop_app.storage.notes import check_file

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "--file %1: %2. Nothing was changed.").arg(
            path, exc.strerror or exc), EXIT_USAGE) from None
    if not path.is_file():
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "--file %1 is not a file. Nothing was changed.").arg(path),
                       EXIT_USAGE)
    try:
        check_file(path.name, size)
        return path.name, path.read_bytes()
    except ValueError as exc:
        raise CliError(QT_TRANSLATE_NOOP("Cli", "%1 Nothing was changed.").arg(error_message(exc)),
                       EXIT_USAGE) from None
    except OSError as exc:
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "--file %1: %2. Nothing was changed.").arg(
            path, exc.strerror or exc), EXIT_USAGE) from None


def _list(workspace: Workspace) -> int:
    cited = workspace.note_citations()
    for note in workspace.notes():
        file = ("" if not note.file_name else translated(
            (QT_TRANSLATE_NOOP("CliMessages", "  [%1, stored]") if note.has_file else
             QT_TRANSLATE_NOOP("CliMessages", "  [%1]")).arg(note.file_name)))
        by = (translated(QT_TRANSLATE_NOOP("CliMessages", "%1 (%2)").arg(note.broker, note.analyst))
              if note.analyst else note.broker)
        when = note.published or translated(QT_TRANSLATE_NOOP("CliMessages", "undated"))
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1  %2  %3: %4%5").arg(
            note.note_id, pad(when, 10), by, note.title, file)))
        citing = citation_summary(cited.get(note.note_id, []), translated)
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "      cited by: %1").arg(citing) if citing else
                          QT_TRANSLATE_NOOP("CliMessages", "      cited by: nothing yet")))
    return 0


def _run(args: argparse.Namespace) -> int:
    from desktop_app.user import current_user

    if args.note_action == "add":
        published = iso_date(args.date)
        if not args.broker.strip() or not args.title.strip():
            raise CliError(QT_TRANSLATE_NOOP(
                "CliMessages", "--broker and --title must not be empty. Nothing was changed."), EXIT_USAGE)
        file = _read_file(args.file) if args.file is not None else None
    workspace = open_workspace(args.workspace)
    try:
        if args.note_action == "add":
            try:
                note_id = workspace.add_note(args.broker, published, args.title, current_user(),
                                             analyst=args.analyst, file=file)
            except ValueError as exc:
                raise CliError(QT_TRANSLATE_NOOP("Cli", "%1 Nothing was changed.").arg(error_message(exc)),
                               EXIT_USAGE) from None
            print(note_id)
            return 0
        return _list(workspace)
    finally:
        workspace.close()


COMMAND = Command(
    name="note",
    help=QT_TRANSLATE_NOOP("CliCommands", "list research notes, or record one (prints its id)"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "List the research notes with what cites them, or record a new note."),
    configure=_configure,
    run=_run,
)
