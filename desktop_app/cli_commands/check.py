"""`csp-desk check [--workspace P]`: run SQLite's full integrity check on the workspace file.

Prints `ok` and exits 0 for a sound file; prints the problems (and where the backups are) and exits
1 for a damaged one: SQLite's integrity check, then whether every row reads back (storage/readable).
It only reads the file (no temporary files either); a check that cannot run, e.g. on a full disk
where SQLite would have to write the -shm file beside a -wal, says "Disk full" and how much room
it needs, never "DAMAGED". A file that is not a workspace (another database, a folder, a FIFO, a
device) or that a newer version wrote says so and exits 1. A missing file exits 1 too, naming a
damaged copy or backups found beside it.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli_commands import CliError, Command
from desktop_app.cli_translations import error_message, translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.backups import backup_dir, list_backups, missing_workspace_error
    from desktop_app.storage.identity import regular_file_stat
    from desktop_app.storage.locations import is_url
    from desktop_app.storage.readable import full_check

    path = args.workspace
    if is_url(path):
        return _check_server(path)
    if regular_file_stat(path) is None:  # a folder, FIFO, device or socket: "not a workspace"
        missing = missing_workspace_error(path) if not path.exists() else None
        raise CliError(error_message(missing) if missing else QT_TRANSLATE_NOOP(
            "CliMessages", "There is no workspace file at %1.").arg(path))
    problems = full_check(path)  # not a workspace / newer version: raised, exit 1
    if not problems:
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "ok  %1").arg(path)))
        return 0
    print(translated(QT_TRANSLATE_NOOP("CliMessages", "DAMAGED  %1").arg(path)), file=sys.stderr)
    for problem in problems:
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "  %1").arg(translated(problem))), file=sys.stderr)
    backups = list_backups(path)
    if backups:
        print(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 backup(s) in %2; the newest is %3. Open the workspace in the window to "
            "restore it.").arg(len(backups), backup_dir(path), backups[0].path.name)), file=sys.stderr)
    else:
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "No backups found in %1.").arg(backup_dir(path))),
              file=sys.stderr)
    return 1


def _check_server(location: str) -> int:
    """A team workspace: the server-side check (schema version, every row read back)."""
    from desktop_app.storage.locations import open_workspace

    with open_workspace(location) as workspace:
        result = workspace.quick_check()
        if result == "ok":
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "ok  %1").arg(workspace.location)))
            return 0
        print(translated(QT_TRANSLATE_NOOP("CliMessages", "PROBLEMS  %1").arg(workspace.location)),
              file=sys.stderr)
        for problem in result.splitlines():
            print(translated(QT_TRANSLATE_NOOP("CliMessages", "  %1").arg(problem)), file=sys.stderr)
    return 1


COMMAND = Command(
    name="check",
    help=QT_TRANSLATE_NOOP("CliCommands", "check the workspace file for damage (SQLite integrity_check)"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Run SQLite's integrity check on the workspace. Prints ok (exit 0) or the "
        "problems found (exit 1). The file is only read. For a team workspace (a database URL): the "
        "server-side check (schema version, every row read back)."),
    run=_run,
)
