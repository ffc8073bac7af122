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
from desktop_app.cli_translations import translated
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

EXIT_USAGE = 2


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    init = actions.add_parser("init", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "create the team workspace in an empty database")),
                              description=translated(QT_TRANSLATE_NOOP(
                                  "CliCommands", "Create the schema in an EMPTY PostgreSQL database and "
                                  "fill it from a local workspace (--from) or the data set.")))
    init.add_argument("url", metavar="URL", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the database: postgresql://user@host:port/dbname or service=NAME")))
    init.add_argument("--from", dest="source", metavar="PATH", type=lambda t: Path(t).expanduser(),
                      default=None, help=translated(QT_TRANSLATE_NOOP(
                          "CliCommands", "a local workspace file to copy (default: the data set)")))


def _run(args: argparse.Namespace) -> int:
    from desktop_app.storage.locations import is_url

    if not is_url(args.url):
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 is not a database URL (postgresql://user@host:port/dbname or "
            "service=NAME). Nothing was changed.").arg(repr(args.url)), EXIT_USAGE)
    from desktop_app.storage.team_setup import init_team

    print(translated(init_team(args.url.strip(), args.source)))
    return 0


COMMAND = Command(
    name="team",
    help=QT_TRANSLATE_NOOP(
        "CliCommands", "set up a team workspace on a PostgreSQL server (team init URL [--from PATH])"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Team workspaces on PostgreSQL. `team init URL [--from PATH]` creates one in an "
        "empty database, seeded from a local workspace file or the data set."),
    configure=_configure,
    run=_run,
)
