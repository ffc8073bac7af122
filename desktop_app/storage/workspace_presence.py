"""How an open workspace presents itself to the window and the CLI: where it is, whether this user
may write to it, whether its server is reachable, and how others' changes are noticed.

A mixin of `Workspace` (storage/workspace.py). These are the answers for a local file; a workspace
on a server (the team workspace) gives its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


class WorkspacePresence:
    """Location, write permission, connection state and change notification of a workspace."""

    path: Path

    @property
    def location(self) -> str:
        """What to show the user for this workspace: a file path, or a server URL without password."""
        return str(self.path)

    @property
    def is_remote(self) -> bool:
        """True for a workspace on a server (file-only features such as backups do not apply)."""
        return False

    @property
    def read_only(self) -> bool:
        """True when this user may read but not write (every write raises ReadOnlyError)."""
        return False

    @property
    def online(self) -> bool:
        """False while the server cannot be reached (writes raise OfflineError). A file: True."""
        return True

    def reconnect(self) -> bool:
        """Try to reach the server again; True when connected. A file is always there: True."""
        return True

    def watch(self, callback: Callable[[], None]) -> Callable[[], None] | None:
        """Have `callback()` called (from a background thread) soon after others commit a change,
        and return a function that stops watching; None when the workspace cannot notify, as for a
        file: then the window looks for new change-log rows itself (`changes_after`)."""
        return None
