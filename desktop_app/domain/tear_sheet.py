"""What the one- or two-page tear sheet says, as plain data: the preference order with rating,
target and upside, what changed since a snapshot, and the latest scorecard highlights per company.

Every figure comes from the same calculations as the window and the workbook (`MarketView.upside`,
`ranking.moves`, `scorecard_view.line_figures`: a diff vs consensus is the window's, computed or, where
only the note's unrounded figures give it, the note's print); a figure no source gives stays None.
Nothing here formats or translates text: the renderer (ui/report) does, with the shared formatter.

"Since a snapshot" means: a target or rating recorded after it (its date, the date it was entered,
or a note recorded after the snapshot's note), and a quarter whose reported figures came after it
(entered after the snapshot's date, or cited to a note published after it or recorded after the
snapshot's note). A snapshot without a date and without a note has nothing "since" it but moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.calc import Verdict
from desktop_app.domain.companies import Company, Source
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.market import MarketView, TargetPoint
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import Quarter, display_label
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.ranking import RankEntry, Snapshot, moves
from desktop_app.domain.research import Target
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import LineFigures, line_figures

HIGHLIGHTS_PER_COMPANY = 3
LARGEST_SURPRISES = 6


@dataclass(frozen=True)
class OrderRow:
    rank: int
    ticker: str
    name: str
    name_zh: str
    rating: str
    target: Decimal | None
    upside: Decimal | None  # computed: latest target / latest price - 1 (or Figure 1's target / price)
    price_date: str  # ISO date of the price the upside stands on; "" if the source gives none
    stale: bool
    move: int | None  # places moved since the snapshot; None: new, or no snapshot
    rationale: str


@dataclass(frozen=True)
class TargetChange:
    ticker: str
    rating_before: str
    rating_now: str
    target_before: Decimal | None
    target_now: Decimal | None
    as_of: str  # ISO date of the new target; "" if not given
    source: str  # note id or who entered it


@dataclass(frozen=True)
class Surprise:
    """One line's actual against consensus (percent for amounts, ppts for rates), as the window
    shows it: computed from the figures, or the note's print (`printed`) where only the note's
    unrounded figures reproduce it."""

    ticker: str
    quarter: str  # the fiscal label as the window shows it, e.g. "F4Q25 (2Q25)"
    line: str  # the line's key
    label: str
    label_zh: str
    kind: Kind
    actual: Decimal
    consensus: Decimal
    diff: Decimal
    verdict: Verdict
    source: str  # note id, or "" for a figure entered by hand
    printed: bool = False  # `diff` is the note's print (see Cell.shows_printed), not computed here


@dataclass(frozen=True)
class TearSheet:
    order: tuple[OrderRow, ...]
    since: Snapshot | None
    moved: tuple[tuple[str, int | None], ...]  # (ticker, move) where the place changed or is new
    target_changes: tuple[TargetChange, ...]
    since_quarters: tuple[tuple[str, str], ...]  # (ticker, quarter label) entered since the snapshot
    surprises: tuple[Surprise, ...]  # the largest beats and misses of those quarters
    highlights: tuple[tuple[str, str, tuple[Surprise, ...]], ...]  # (ticker, quarter, lines) latest quarter
    sources: tuple[Source, ...]  # the notes the figures shown cite


def _after(
    snapshot: Snapshot,
    provenance: Provenance | None,
    note_id: str | None,
    published: dict[str, str],
    as_of: str = "",
) -> bool:
    """Whether a record dated `as_of`, entered as `provenance`, citing `note_id` came after `snapshot`."""
    taken = snapshot.taken_on
    if taken:
        if as_of and as_of[: len(taken)] > taken:
            return True
        if provenance is not None and provenance.entered_on and provenance.entered_on[: len(taken)] > taken:
            return True
        stamp = published.get(note_id or "", "")
        if stamp and stamp[: len(taken)] > taken:
            return True
    if snapshot.source_note and note_id:
        return note_id > snapshot.source_note  # note ids are given in the order notes are recorded
    return False


def _surprise(figures: LineFigures, company: Company) -> Surprise | None:
    line, definition = figures.line, figures.definition
    cell = figures.cells["actual_vs_consensus"]
    if (
        line.actual is None
        or line.consensus is None
        or cell.value is None
        or cell.verdict not in (Verdict.BEAT, Verdict.MISS)
    ):
        return None
    return Surprise(
        ticker=line.company,
        quarter=display_label(line.period, company.fy_end_month),
        line=line.line,
        label=definition.label,
        label_zh=definition.label_zh,
        kind=definition.kind,
        actual=line.actual,
        consensus=line.consensus,
        diff=cell.value,
        verdict=cell.verdict,
        source=line.source.note_id if line.source else "",
        printed=cell.shows_printed,
    )


def _size(s: Surprise) -> Decimal:
    """How large a surprise is, comparable across kinds: a ppt of a rate counts as a percent."""
    return abs(s.diff)


def build_tear_sheet(
    *,
    companies: Sequence[Company],
    ranking: Sequence[RankEntry],
    snapshots: Sequence[Snapshot],
    since: Snapshot | None,
    markets: dict[str, MarketView],
    targets: Sequence[Target],
    target_history: Sequence[TargetPoint],
    lines: Sequence[ScorecardLine],
    definitions: dict[tuple[str, str], LineDef],
    sources: Sequence[Source],
) -> TearSheet:
    """The tear sheet of the workspace now, against `since` (None: no comparison)."""
    by_ticker = {c.ticker: c for c in companies}
    figure1 = {t.company: t for t in targets}
    published = {s.note_id: s.published for s in sources}
    moved = moves(since.order, [e.ticker for e in ranking]) if since else {}
    order = []
    for rank, entry in enumerate(ranking, start=1):
        company = by_ticker.get(entry.ticker)
        market = markets.get(entry.ticker)
        t = figure1.get(entry.ticker)
        upside: Decimal | None
        if market is not None and market.upside is not None and market.price is not None:
            rating = market.rating_text or (t.rating if t else "")
            target = market.target.target if market.target else None
            upside, stale = market.upside, market.stale
            price_date = market.price.as_of.isoformat() if market.price.as_of else ""
        else:
            rating = (market.rating_text if market else "") or (t.rating if t else "")
            target = (market.target.target if market and market.target else None) or (
                t.target_new if t else None
            )
            upside, stale, price_date = (t.upside if t else None), False, ""
        order.append(
            OrderRow(
                rank=rank,
                ticker=entry.ticker,
                name=company.name_en if company else entry.ticker,
                name_zh=company.name_zh if company else "",
                rating=rating,
                target=target,
                upside=upside,
                price_date=price_date,
                stale=stale,
                move=moved.get(entry.ticker) if since else None,
                rationale=entry.rationale,
            )
        )
    changes: list[TargetChange] = []
    since_blocks: list[tuple[str, Quarter]] = []
    if since is not None:
        for company in companies:
            own = sorted(
                (p for p in target_history if p.company == company.ticker),
                key=lambda p: (p.as_of.isoformat() if p.as_of else "", p.id or 0),
            )
            new = [
                p
                for p in own
                if _after(
                    since,
                    p.provenance,
                    p.provenance.note_id,
                    published,
                    p.as_of.isoformat() if p.as_of else "",
                )
            ]
            if not new:
                continue
            old = [p for p in own if p not in new]
            before = old[-1] if old else None
            rating_before = next((p.rating for p in reversed(old) if p.rating.strip()), "")
            rating_now = next((p.rating for p in reversed(own) if p.rating.strip()), "")
            now = new[-1]
            changes.append(
                TargetChange(
                    ticker=company.ticker,
                    rating_before=rating_before,
                    rating_now=rating_now,
                    target_before=before.target if before else None,
                    target_now=now.target,
                    as_of=now.as_of.isoformat() if now.as_of else "",
                    source=now.provenance.note_id or now.provenance.entered_by,
                )
            )
        for line in lines:
            block = (line.company, line.period)
            if line.actual is None or block in since_blocks:
                continue
            if _after(since, None, line.source.note_id if line.source else None, published):
                since_blocks.append(block)
    surprises: list[Surprise] = []
    latest: dict[str, Quarter] = {}
    for line in lines:
        if line.actual is not None and line.company in by_ticker:
            latest[line.company] = max(latest.get(line.company, line.period), line.period)
    per_company: dict[str, list[Surprise]] = {}
    known = [x for x in lines if (x.company, x.line) in definitions]
    for figures in line_figures(definitions, known, lambda x: definitions[(x.company, x.line)]):
        line = figures.line
        company = by_ticker.get(line.company)
        if company is None:
            continue
        found = _surprise(figures, company)
        if found is None:
            continue
        if (line.company, line.period) in since_blocks:
            surprises.append(found)
        if latest.get(line.company) == line.period:
            per_company.setdefault(line.company, []).append(found)
    surprises.sort(key=_size, reverse=True)
    highlights = []
    for entry in ranking:
        found_lines = sorted(per_company.get(entry.ticker, []), key=_size, reverse=True)
        company = by_ticker.get(entry.ticker)
        if company is not None and entry.ticker in latest:
            highlights.append(
                (
                    entry.ticker,
                    display_label(latest[entry.ticker], company.fy_end_month),
                    tuple(found_lines[:HIGHLIGHTS_PER_COMPANY]),
                )
            )
    cited = {line.source.note_id for line in lines if line.source}
    cited |= {p.provenance.note_id for p in target_history if p.provenance.note_id}
    cited |= {s.source_note for s in snapshots if s.source_note}
    return TearSheet(
        order=tuple(order),
        since=since,
        moved=tuple((t, m) for t, m in moved.items() if m != 0),
        target_changes=tuple(changes),
        since_quarters=tuple(
            (t, display_label(q, by_ticker[t].fy_end_month)) for t, q in since_blocks if t in by_ticker
        ),
        surprises=tuple(surprises[:LARGEST_SURPRISES]),
        highlights=tuple(highlights),
        sources=tuple(s for s in sources if s.note_id in cited),
    )


def find_snapshot(snapshots: Sequence[Snapshot], wanted: str | None) -> Snapshot | None:
    """The snapshot named `wanted` (its label, or its id as digits), else the newest; None if there
    is none. ValueError for a name no snapshot has."""
    if not snapshots:
        if wanted:
            raise ValueError(wanted)
        return None
    if not wanted:
        return snapshots[-1]
    for snapshot in snapshots:
        if snapshot.label == wanted or (wanted.isdigit() and snapshot.snapshot_id == int(wanted)):
            return snapshot
    raise ValueError(wanted)
