"""Research notes: any broker's note recorded in the workspace (with its attached file, if any),
and what in the workspace cites each one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Note:
    note_id: str  # "n000", "n001", … (the seed's ids; new notes continue the sequence)
    broker: str
    published: str  # YYYY-MM-DD, or as precise as the note gives it ("2025-02"), or empty
    title: str
    analyst: str = ""
    file_name: str = ""  # the attached file (a PDF) kept inside the workspace, or the seed's text file
    file_size: int | None = None  # bytes of the attached file; None when no file is stored
    added_by: str = ""  # empty for the seed notes
    added_at: str = ""

    @property
    def has_file(self) -> bool:
        return self.file_size is not None


@dataclass(frozen=True)
class Citation:
    """One record that cites a note: what kind, which one, and where in the note."""

    note_id: str
    kind: str  # "scorecard", "forecast", "target", "price", "statement", "supply chain", "ranking"…
    what: str  # e.g. "MSFT F4Q25 revenue", "AMZN target 280"
    where: str = ""  # figure or page


def citation_summary(citations: list[Citation]) -> str:
    """`12 scorecard, 2 target, 1 ranking` in order of first appearance."""
    counts: dict[str, int] = {}
    for c in citations:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    return ", ".join(f"{n} {kind}" for kind, n in counts.items())
