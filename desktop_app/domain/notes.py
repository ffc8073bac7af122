"""Research notes: any broker's note recorded in the workspace (with its attached file, if any),
and what in the workspace cites each one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain.periods import Quarter
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text, plural


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
    title_zh: str = ""  # the seed notes' Chinese title (the window shows it in Chinese)

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
    # any other record's own values, by kind (see citation_text): a reader names it in its language
    parts: tuple[str, ...] = ()


# What cites a note (storage/notes.py's citation kinds): how many, and the kind's name, marked for
# translation; the window and the command line translate them with their own translator.
_COUNTED = {  # kind -> (one, more)
    "scorecard": (QT_TRANSLATE_NOOP("NoteCitations", "%1 scorecard figure"),
                  QT_TRANSLATE_NOOP("NoteCitations", "%1 scorecard figures")),
    "entered figure": (QT_TRANSLATE_NOOP("NoteCitations", "%1 entered figure"),
                       QT_TRANSLATE_NOOP("NoteCitations", "%1 entered figures")),
    "forecast": (QT_TRANSLATE_NOOP("NoteCitations", "%1 forecast"),
                 QT_TRANSLATE_NOOP("NoteCitations", "%1 forecasts")),
    "target": (QT_TRANSLATE_NOOP("NoteCitations", "%1 target"),
               QT_TRANSLATE_NOOP("NoteCitations", "%1 targets")),
    "price": (QT_TRANSLATE_NOOP("NoteCitations", "%1 price"),
              QT_TRANSLATE_NOOP("NoteCitations", "%1 prices")),
    "Figure 1 row": (QT_TRANSLATE_NOOP("NoteCitations", "%1 Figure 1 row"),
                     QT_TRANSLATE_NOOP("NoteCitations", "%1 Figure 1 rows")),
    "statement": (QT_TRANSLATE_NOOP("NoteCitations", "%1 statement"),
                  QT_TRANSLATE_NOOP("NoteCitations", "%1 statements")),
    "supply chain": (QT_TRANSLATE_NOOP("NoteCitations", "%1 supply-chain entry"),
                     QT_TRANSLATE_NOOP("NoteCitations", "%1 supply-chain entries")),
    "cloud read": (QT_TRANSLATE_NOOP("NoteCitations", "%1 cloud read"),
                   QT_TRANSLATE_NOOP("NoteCitations", "%1 cloud reads")),
    "ranking reason": (QT_TRANSLATE_NOOP("NoteCitations", "%1 ranking reason"),
                       QT_TRANSLATE_NOOP("NoteCitations", "%1 ranking reasons")),
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
    """`12 scorecard figures, 2 targets, 1 ranking reason` in order of first appearance, in the language `tr`
    translates to (English by default)."""
    counts: dict[str, int] = {}
    for c in citations:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    return tr(QT_TRANSLATE_NOOP("NoteCitations", ", ")).join(
        tr(plural(n, *_COUNTED[kind]).arg(n)) if kind in _COUNTED else f"{n} {kind}"
        for kind, n in counts.items())


_WHAT = {  # kind -> (template, template with a date); %1 … the citation's parts
    "target": (QT_TRANSLATE_NOOP("NoteCitations", "%1 target %2"),
                QT_TRANSLATE_NOOP("NoteCitations", "%1 target %2 (%3)")),
    "price": (QT_TRANSLATE_NOOP("NoteCitations", "%1 price %2"),
               QT_TRANSLATE_NOOP("NoteCitations", "%1 price %2 (%3)")),
}


def citation_text(c: Citation, tr: Callable[[Text], str] = _plain, chinese: bool = False) -> str:
    """What a citation names, in the language `tr` translates to: `MSFT target 650 (2025-07-31)`,
    `AMZN capex: Management expects…` (the statement's Chinese text where `chinese`), `MSFT
    supplier 2330`. A scorecard figure (named by the reader from `figure`) and a record without
    parts as `what` says."""
    p = c.parts
    if not p:
        return c.what
    if c.kind in _WHAT:
        plain, dated = _WHAT[c.kind]
        return tr(dated.arg(*p[:3]) if len(p) > 2 and p[2] else plain.arg(*p[:2]))
    if c.kind == "forecast":  # company, year, metric (a shipped metric is translated)
        return tr(Text("", "%1 %2 %3").arg(p[0], p[1], Text("ForecastMetrics", p[2])))
    if c.kind == "Figure 1 row":
        return tr(QT_TRANSLATE_NOOP("NoteCitations", "%1 rating, price, market cap, targets").arg(p[0]))
    if c.kind == "statement":  # company ("" for the sector), topic, English text, Chinese text
        from desktop_app.domain.statements import topic_name

        who = p[0] or tr(QT_TRANSLATE_NOOP("NoteCitations", "sector"))
        said = (p[3] if chinese and len(p) > 3 and p[3] else p[2])
        return tr(QT_TRANSLATE_NOOP("NoteCitations", "%1 %2: %3").arg(who, topic_name(p[1], tr), said))
    if c.kind == "supply chain":
        return tr(QT_TRANSLATE_NOOP("NoteCitations", "%1 supplier %2").arg(*p[:2]))
    if c.kind == "ranking reason":  # snapshot label, rank, ticker
        return tr(Text("", "%1 #%2 %3").arg(*p[:3]))
    return " ".join(x for x in p if x)


RANKING_WHERE = "preference order"  # where a ranking reason cites its note


def citation_where(c: Citation, tr: Callable[[Text], str] = _plain) -> str:
    """Where in the note a citation's record is: as stored, a ranking's in the reader's language."""
    if c.kind == "ranking reason" and c.where == RANKING_WHERE:
        return tr(QT_TRANSLATE_NOOP("NoteCitations", "preference order"))
    return c.where

