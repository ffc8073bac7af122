"""Where a workspace is: a local file (a path) or a team workspace on a PostgreSQL server (a libpq
URL `postgresql://user@host:port/dbname` or a keyword string such as `service=team`).

`open_workspace(location)` opens either; the PostgreSQL driver is imported only for a URL, so
opening a file never pays for it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.io.seed_data import SeedData
    from desktop_app.storage.workspace import Workspace

_KEYWORDS = re.compile(r"^\s*(service|host|hostaddr|dbname|user|port)\s*=", re.IGNORECASE)


def is_url(location: str | Path) -> bool:
    """True for a database address (a `postgresql://` / `postgres://` URL or a libpq keyword
    string such as `service=team`), False for a file path."""
    if isinstance(location, Path):
        return False
    text = location.strip()
    return text.startswith(("postgresql://", "postgres://")) or bool(_KEYWORDS.match(text))


def display(location: str | Path) -> str:
    """The location as shown to the user: a path, or a database address without its password."""
    if not is_url(location):
        return str(location)
    from desktop_app.storage.pg_connection import display_location

    return display_location(str(location))


def location_arg(text: str) -> Path | str:
    """`--workspace` as given on the command line: a database address as text, else a Path."""
    return text.strip() if is_url(text) else Path(text).expanduser()


def open_workspace(location: str | Path, seed: SeedData | None = None, create_anyway: bool = False,
                   password: str | None = None) -> Workspace:
    """The workspace at `location`: a file (`Workspace.open`, created if missing, `seed` and
    `create_anyway` as there) or a team workspace (`TeamWorkspace.connect`; `password` only from
    the window's prompt, else libpq's own sources)."""
    if is_url(location):
        from desktop_app.storage.team_workspace import TeamWorkspace

        return TeamWorkspace.connect(str(location).strip(), password)
    from desktop_app.storage.workspace import Workspace

    return Workspace.open(Path(location).expanduser(), seed, create_anyway)
