"""`csp-desk backup [--workspace P]`: make a backup of the workspace now and print its path.

The copy goes to `<workspace>.backups/` (see storage/backups.py) like the window's automatic ones,
and the folder is thinned the same way. A missing workspace is an error (nothing is created).
"""

from __future__ import annotations

import argparse

from desktop_app.cli_commands import CliError, Command


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.backups import make_backup
    from desktop_app.storage.workspace import Workspace

    path = args.workspace
    if not path.is_file() or path.stat().st_size == 0:
        raise CliError(f"There is no workspace at {path}; nothing to back up.")
    with Workspace.open(path) as workspace:
        dest = make_backup(workspace, "manual")
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
