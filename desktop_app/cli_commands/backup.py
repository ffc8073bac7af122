"""`csp-desk backup [--workspace P]`: make a backup of the workspace now and print its path.

The copy goes to `<workspace>.backups/` (see storage/backups.py) like the window's automatic ones,
and the folder is thinned the same way. A missing workspace is an error (nothing is created).
The source gets the same check as `csp-desk check` first: a file that check calls damaged is
refused, never backed up as good.
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.backups import make_backup
    from desktop_app.storage.identity import regular_file_stat
    from desktop_app.storage.readable import full_check
    from desktop_app.storage.workspace import Workspace

    path = args.workspace
    info = regular_file_stat(path)  # a folder, FIFO, device or socket is refused unopened
    if info is None or info.st_size == 0:
        raise CliError(f"There is no workspace at {path}; nothing to back up.")
    problems = full_check(path)  # what `check` calls damaged is never backed up as good
    if problems:
        raise CliError(f"No backup was made: the workspace seems damaged ({problems[0]}). "
                       "Run `csp-desk check` for details.")
    with Workspace.open(path) as workspace:
        try:
            dest = make_backup(workspace, "manual")
        except OSError as exc:  # e.g. the backups folder's name is too long for the file system
            raise CliError(f"No backup was made: {exc.strerror or exc} ({exc.filename or path})."
                           ) from exc
    print(dest)
    return 0


COMMAND = Command(
    name="backup",
    help="back up the workspace now and print where the copy is",
    description="Write a complete copy of the workspace (SQLite backup API) to the backups folder "
    "beside it and print its path. Older backups are thinned: the last 10, one a day for 14 days, "
    "one a week for 8 weeks.",
    run=_run,
)
