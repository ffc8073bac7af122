"""`csp-desk backup [--workspace P]`: make a backup of the workspace now and print its path.

The copy goes to `<workspace>.backups/` (see storage/backups.py) like the window's automatic ones,
and the folder is thinned the same way (`--keep-last` keeps more of the newest ones). The source
gets the same check as `csp-desk check` first: a file that check calls damaged is refused, never
backed up as good; the copy is verified with `PRAGMA integrity_check` too. A missing workspace is
an error (nothing is created); a full disk says how much room is needed.
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_translations import error_message, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-last", type=int, default=None, metavar="N",
                        help=translated(QT_TRANSLATE_NOOP(
                            "CliCommands", "when thinning, keep the newest N backups (default 10) "
                            "besides one a day for 14 days and one a week for 8 weeks")))


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.backup_records import DEFAULT_POLICY, Policy
    from desktop_app.storage.backups import make_backup, missing_workspace_error
    from desktop_app.storage.identity import regular_file_stat
    from desktop_app.storage.locations import display, is_url
    from desktop_app.storage.readable import full_check
    from desktop_app.storage.workspace import Workspace

    path = args.workspace
    if is_url(path):
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "Backups are made of a workspace file; %1 is a team workspace on a server: "
            "back it up with the server's tools (pg_dump). Nothing was backed up.").arg(display(path)))
    if args.keep_last is not None and args.keep_last < 1:
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "--keep-last must be at least 1."), status=2)
    info = regular_file_stat(path)  # a folder, FIFO, device or socket is refused unopened
    if info is None or info.st_size == 0:
        missing = missing_workspace_error(path) if not path.exists() else None
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "%1 Nothing was backed up.").arg(
            error_message(missing)) if missing else QT_TRANSLATE_NOOP(
            "CliMessages", "There is no workspace at %1; nothing to back up.").arg(path))
    problems = full_check(path)  # what `check` calls damaged is never backed up as good
    if problems:
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "No backup was made: the workspace seems damaged (%1). Run `csp-desk check` "
            "for details.").arg(translated(problems[0])))
    policy = DEFAULT_POLICY if args.keep_last is None else Policy(keep_last=args.keep_last)
    with Workspace.open(path) as workspace:
        try:
            dest = make_backup(workspace, "manual", policy=policy)
        except OSError as exc:  # e.g. the backups folder's name is too long for the file system
            raise CliError(QT_TRANSLATE_NOOP("CliMessages", "No backup was made: %1 (%2).").arg(
                exc.strerror or exc, exc.filename or path)) from exc
    print(dest)
    return 0


COMMAND = Command(
    name="backup",
    help=QT_TRANSLATE_NOOP("CliCommands", "back up the workspace now and print where the copy is"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Write a complete copy of the workspace (SQLite backup API) to the backups "
        "folder beside it and print its path. Older backups are thinned: the last 10, one a day for 14 "
        "days, one a week for 8 weeks. The copy is verified (integrity_check) before it is kept; a "
        "damaged workspace is refused."),
    configure=_configure,
    run=_run,
)
