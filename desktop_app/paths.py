"""Where things live: the shipped data set and resources, and the default workspace file.

In an installed wheel `data/` and `resources/` are inside the package (`desktop_app/data`,
`desktop_app/resources`); in a source checkout they are the top-level folders of the repository.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from desktop_app import APP_ID

WORKSPACE_ENV = "CSP_DESK_WORKSPACE"
# As storage/locations.is_url (not imported: storage imports this module through io).
_DATABASE_ADDRESS = re.compile(r"^\s*(postgresql://|postgres://|(service|host|hostaddr|dbname|user|port)\s*=)",
                               re.IGNORECASE)
WORKSPACE_FILE = "workspace.cspdesk"

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    beside = _PACKAGE.parent / name
    if beside.is_dir():
        return beside
    # A broken installation: the translations live in resources/, so this one stays English.
    raise FileNotFoundError(f"CSP Desk {name}/ folder not found in {_PACKAGE} or {_PACKAGE.parent}")


def data_dir() -> Path:
    """The folder holding the seed data set (CSV files)."""
    return _shipped("data")


def resources_dir() -> Path:
    """The folder holding icons and other resources."""
    return _shipped("resources")


def default_workspace() -> Path:
    """`--workspace` aside: $CSP_DESK_WORKSPACE, else the user's data directory (platformdirs).
    A team workspace's database address in $CSP_DESK_WORKSPACE is no file: then the data
    directory's file is the local workspace (offered when the server is down)."""
    env = os.environ.get(WORKSPACE_ENV, "").strip()
    if env and not _DATABASE_ADDRESS.match(env):
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False) / WORKSPACE_FILE
