"""Where a figure, statement, target or ranking reason comes from: a note (with its figure or page)
or "entered by <user>, <date>". Every record entered after the seed carries one; edits and imports
replace it with the editor's, never with nothing."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provenance:
    """Where a figure comes from: the note and place in it, or who entered it and when."""
    note_id: str | None = None  # the note the figure was taken from
    where: str = ""  # figure, table or page within the note: "Figure 1", "p. 3"
    entered_by: str = ""  # who typed or imported it
    entered_at: str = ""  # when, ISO 8601 (UTC)

    @property
    def entered_on(self) -> str:
        """The date part of `entered_at`."""
        return self.entered_at[:10]

    def describe(self) -> str:
        """`n001 · Figure 1` (entered by ana, 2025-08-05) or `entered by ana, 2025-08-05`."""
        entered = f"entered by {self.entered_by}, {self.entered_on}" if self.entered_by else ""
        if self.note_id:
            cited = f"{self.note_id} · {self.where}" if self.where else self.note_id
            return f"{cited} ({entered})" if entered else cited
        return entered
