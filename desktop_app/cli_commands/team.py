"""`csp-desk team init URL [--from PATH]`: create a team workspace in an empty PostgreSQL database.

The schema is made and filled in one transaction, from a copy of every table of the local
workspace file PATH, or else from the data set that seeds a new file. A database that already
holds any table is refused and left untouched. The password comes from libpq (~/.pgpass,
PGPASSWORD, a service file); it is never printed or stored.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop_app.cli_commands import CliError, Command
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

EXIT_USAGE = 2


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = actions.add_parser("init", help="create the team workspace in an empty database",
                              description="Create the schema in an EMPTY PostgreSQL database and "
                              "fill it from a local workspace (--from) or the data set.")
    init.add_argument("url", metavar="URL",
                      help="the database: postgresql://user@host:port/dbname or service=NAME")
    init.add_argument("--from", dest="source", metavar="PATH", type=lambda t: Path(t).expanduser(),
                      default=None, help="a local workspace file to copy (default: the data set)")


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.locations import is_url

    if not is_url(args.url):
        raise CliError(f"{args.url!r} is not a database URL (postgresql://user@host:port/dbname "
                       "or service=NAME). Nothing was changed.", EXIT_USAGE)
    from desktop_app.storage.team_setup import init_team

    print(init_team(args.url.strip(), args.source))
    return 0


COMMAND = Command(
    name="team",
    help=QT_TRANSLATE_NOOP(
        "CliCommands", "set up a team workspace on a PostgreSQL server (team init URL [--from PATH])"),
    description="Team workspaces on PostgreSQL. `team init URL [--from PATH]` creates one in an "
    "empty database, seeded from a local workspace file or the data set.",
    configure=_configure,
    run=_run,
)
