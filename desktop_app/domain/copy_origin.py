"""The origin of a workspace copied with File ▸ Save a Copy (domain.copies reads it from the copy's
meta rows). A module of its own so that the dataclass is defined only when a copy is opened, not on
every start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class CopyOrigin:
    """Where a workspace copied with Save a Copy came from, and when the copy was taken."""
    path: str
    name: str
    taken_at: str  # ISO-8601 UTC, as stored

    @property
    def taken_on(self) -> str:
        """The local date the copy was taken (YYYY-MM-DD); the stored text's date if unreadable."""
        try:
            return datetime.fromisoformat(self.taken_at).astimezone().date().isoformat()
        except ValueError:
            return self.taken_at[:10]
