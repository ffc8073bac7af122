"""Who is working: `CSP_DESK_USER` if set, else the login name (the author of every change)."""

from __future__ import annotations

import getpass
import os

FALLBACK = "unknown user"


def current_user() -> str:
    name = os.environ.get("CSP_DESK_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser().strip() or FALLBACK
    except (OSError, KeyError, ImportError):
        return FALLBACK
