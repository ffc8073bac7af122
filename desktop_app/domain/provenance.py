"""Where a figure, statement, target or ranking reason comes from: a note (with its figure or page)
or "entered by <user>, <date>". Every record entered after the seed carries one; edits and imports
replace it with the editor's, never with nothing."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

IMPORTED_FROM = "Excel import "  # + the workbook's file name: `where` of the figures an import wrote
PASTED = "pasted block"  # `where` of the figures a paste into the scorecard grid wrote


def imported_where(file_name: str) -> str:
    """The `where` of a figure an import from the workbook `file_name` wrote."""
    return IMPORTED_FROM + file_name


def where_text(where: str) -> str:
    """A `where` the program wrote (an import, a paste) as a marked text, to be shown in the reader's
    language; one a user typed ("Figure 1") as it is."""
    if where == PASTED:
        return QT_TRANSLATE_NOOP("Provenance", "pasted block")
    if where.startswith(IMPORTED_FROM) and len(where) > len(IMPORTED_FROM):
        return QT_TRANSLATE_NOOP("Provenance", "Excel import %1").arg(where[len(IMPORTED_FROM):])
    return where


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
        entered = (f"entered by {self.entered_by}, {self.entered_on}" if self.entered_on
                   else f"entered by {self.entered_by}") if self.entered_by else ""
        if self.note_id:
            cited = f"{self.note_id} · {self.where}" if self.where else self.note_id
            return f"{cited} ({entered})" if entered else cited
        return entered
