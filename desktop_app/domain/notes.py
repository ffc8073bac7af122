"""Research notes: any broker's note recorded in the workspace (with its attached file, if any),
and what in the workspace cites each one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain.periods import Quarter
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text


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
    what: str  # e.g. "MSFT 2025Q4 revenue", "AMZN target 280"
    where: str = ""  # figure or page
    # a scorecard figure's (company, fiscal quarter, line key, field or ""), for a reader to name it
    # in its language (`what` holds the key)
    figure: tuple[str, Quarter, str, str] | None = None


# What cites a note (storage/notes.py's citation kinds): how many, and the kind's name, marked for
# translation; the window and the command line translate them with their own translator.
_COUNTED = {
    "scorecard": QT_TRANSLATE_NOOP("NoteCitations", "%1 scorecard"),
    "entered figure": QT_TRANSLATE_NOOP("NoteCitations", "%1 entered figure"),
    "forecast": QT_TRANSLATE_NOOP("NoteCitations", "%1 forecast"),
    "target": QT_TRANSLATE_NOOP("NoteCitations", "%1 target"),
    "price": QT_TRANSLATE_NOOP("NoteCitations", "%1 price"),
    "Figure 1 row": QT_TRANSLATE_NOOP("NoteCitations", "%1 Figure 1 row"),
    "statement": QT_TRANSLATE_NOOP("NoteCitations", "%1 statement"),
    "supply chain": QT_TRANSLATE_NOOP("NoteCitations", "%1 supply chain"),
    "cloud read": QT_TRANSLATE_NOOP("NoteCitations", "%1 cloud read"),
    "ranking reason": QT_TRANSLATE_NOOP("NoteCitations", "%1 ranking reason"),
}
KIND_NAMES = {
    "scorecard": QT_TRANSLATE_NOOP("NoteCitations", "scorecard"),
    "entered figure": QT_TRANSLATE_NOOP("NoteCitations", "entered figure"),
    "forecast": QT_TRANSLATE_NOOP("NoteCitations", "forecast"),
    "target": QT_TRANSLATE_NOOP("NoteCitations", "target"),
    "price": QT_TRANSLATE_NOOP("NoteCitations", "price"),
    "Figure 1 row": QT_TRANSLATE_NOOP("NoteCitations", "Figure 1 row"),
    "statement": QT_TRANSLATE_NOOP("NoteCitations", "statement"),
    "supply chain": QT_TRANSLATE_NOOP("NoteCitations", "supply chain"),
    "cloud read": QT_TRANSLATE_NOOP("NoteCitations", "cloud read"),
    "ranking reason": QT_TRANSLATE_NOOP("NoteCitations", "ranking reason"),
}


def _plain(text: Text) -> str:
    return str(text)


def kind_name(kind: str, tr: Callable[[Text], str] = _plain) -> str:
    """A citation kind's name in the language `tr` translates to."""
    found = KIND_NAMES.get(kind)
    return tr(found) if found is not None else kind


def citation_summary(citations: list[Citation], tr: Callable[[Text], str] = _plain) -> str:
    """`12 scorecard, 2 target, 1 ranking reason` in order of first appearance, in the language `tr`
    translates to (English by default)."""
    counts: dict[str, int] = {}
    for c in citations:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    return tr(QT_TRANSLATE_NOOP("NoteCitations", ", ")).join(
        tr(_COUNTED[kind].arg(n)) if kind in _COUNTED else f"{n} {kind}" for kind, n in counts.items())
