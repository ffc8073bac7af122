"""The rows of a scorecard view: one company's quarter beside the next-quarter block.

Columns follow the notes' Figures 2 and 3: Actual | Consensus | Diff | YoY | QoQ | Guidance |
vs guidance, then for the next quarter Guidance | Consensus | Diff | QoQ | YoY. The next quarter is
stored as the following fiscal quarter's lines (no actual yet): its guidance is compared with its
consensus, with this quarter's actual (QoQ) and with the actual a year before it (YoY).

Every derived cell is COMPUTED where the workspace holds its inputs; where it does not, the figure
the note printed is shown and marked PRINTED; with neither, the cell is empty. A computed cell keeps
the printed figure and the check of one against the other (calc.check_printed): a MISMATCH is
flagged, a print only reachable from unrounded inputs (WITHIN_INPUT_ROUNDING) is shown as printed.
A ratio line (a margin, the tax rate) whose value is not stored is DERIVED from its amount lines.
A percent diff against a base of zero or below is COMPUTED but not meaningful: no value, shown as
"n.m.", judged by the sign of the difference. Every diff is shown at the one precision of its kind
(calc.diff_places), whatever precision the note printed it with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from desktop_app.domain.calc import (
    Verdict,
    check_printed,
    classify,
    decimals_of,
    diff,
    diff_places,
    round_half_up,
    sign_verdict,
)
from desktop_app.domain.checks import Agreement, Check
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard import ScorecardLine, ratio_from_amounts

DERIVED_RATIO_PLACES = 1  # margins and rates are printed to 0.1%


class Col(str, Enum):
    """The numeric columns of the view, in display order."""

    ACTUAL = "actual"
    CONSENSUS = "consensus"
    DIFF = "diff"
    YOY = "yoy"
    QOQ = "qoq"
    GUIDANCE = "guidance"
    VS_GUIDANCE = "vs_guidance"
    NEXT_GUIDANCE = "next_guidance"
    NEXT_CONSENSUS = "next_consensus"
    NEXT_DIFF = "next_diff"
    NEXT_QOQ = "next_qoq"
    NEXT_YOY = "next_yoy"

    @property
    def is_next(self) -> bool:
        return self.name.startswith("NEXT_")

    @property
    def is_value(self) -> bool:
        """A stored figure (editable) rather than a difference."""
        return self in VALUE_COLUMNS

    @property
    def judged(self) -> bool:
        """A comparison with consensus or guidance: coloured beat / in line / miss."""
        return self in _JUDGED


_JUDGED = frozenset({Col.DIFF, Col.VS_GUIDANCE, Col.NEXT_DIFF})

# value column -> (quarters after the selected one, stored field)
VALUE_COLUMNS: dict[Col, tuple[int, str]] = {
    Col.ACTUAL: (0, "actual"),
    Col.CONSENSUS: (0, "consensus"),
    Col.GUIDANCE: (0, "guidance"),
    Col.NEXT_GUIDANCE: (1, "guidance"),
    Col.NEXT_CONSENSUS: (1, "consensus"),
}


class Origin(str, Enum):
    STORED = "stored"  # a figure in the workspace: as printed, or as typed
    DERIVED = "derived"  # a ratio computed from its amount lines (nothing stored)
    COMPUTED = "computed"  # a difference computed from the figures
    PRINTED = "printed"  # the note's printed figure; its inputs are not in the workspace

# Python 3.11 finds an Enum member through the metaclass's __getattr__ hook, so `Col.DIFF` costs
# some 0.15 µs each time; the diff cells below are built ~35,000 times for the data API's frame and
# a big export, so they name the members they use once, here.
_DIFF, _VS_GUIDANCE, _YOY, _QOQ = Col.DIFF, Col.VS_GUIDANCE, Col.YOY, Col.QOQ
_NEXT_DIFF, _NEXT_QOQ, _NEXT_YOY = Col.NEXT_DIFF, Col.NEXT_QOQ, Col.NEXT_YOY
_COMPUTED, _PRINTED = Origin.COMPUTED, Origin.PRINTED
_MISMATCH, _WITHIN_INPUT_ROUNDING = Agreement.MISMATCH, Agreement.WITHIN_INPUT_ROUNDING


# Operand and Cell are read-only by convention but not frozen: a big export or the data API makes
# ~50,000 of them, and a frozen dataclass takes some four times as long to build (every field set
# through object.__setattr__). slots: small and fast.
@dataclass(slots=True)
class Operand:
    """One input of a computation: which figure of which line and quarter, and its value.
    Never changed once made (shared between the cells that use it)."""

    field: str  # "actual", "consensus" or "guidance"
    period: Quarter
    line: str
    value: Decimal | None
    derived: bool = False


@dataclass(slots=True)  # not frozen, for speed: see Operand
class Cell:
    """One numeric cell: the figure shown, where it comes from and how it compares with the print.
    Never changed once made."""

    column: Col
    kind: Kind
    value: Decimal | None
    origin: Origin | None
    places: int | None = None  # display precision; None keeps the stored/printed precision
    printed: Decimal | None = None  # what the note printed for this cell, where it did
    check: Check | None = None
    verdict: Verdict | None = None
    operands: tuple[Operand, ...] = ()
    period: Quarter | None = None  # value cells: the quarter of the stored figure
    field: str | None = None  # value cells: the stored field (editable)
    not_meaningful: bool = False  # a percent diff against a base of zero or below: "n.m."

    @property
    def is_diff(self) -> bool:
        return not self.column.is_value

    @property
    def flagged(self) -> bool:
        """Printed and computed differ beyond rounding."""
        return self.check is not None and self.check.agreement is _MISMATCH

    @property
    def shows_printed(self) -> bool:
        """The figure shown is the note's print (no inputs, or only unrounded inputs reproduce it)."""
        if self.origin is _PRINTED:
            return True
        return self.check is not None and self.check.agreement is _WITHIN_INPUT_ROUNDING \
            and self.origin is _COMPUTED

    @property
    def missing(self) -> tuple[Operand, ...]:
        return tuple(op for op in self.operands if op.value is None)


@dataclass(frozen=True)
class ViewRow:
    definition: LineDef
    period: Quarter
    line: ScorecardLine | None  # the selected quarter's stored line
    next_line: ScorecardLine | None  # the next quarter's stored line
    cells: dict[Col, Cell] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.definition.key

    @property
    def next_period(self) -> Quarter:
        return self.period.shifted(1)

    def remarks(self) -> list[str]:
        return [x.remark for x in (self.line, self.next_line) if x is not None and x.remark]


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[ViewRow, ...]


def growth_is_guidance(line: ScorecardLine | None) -> bool:
    """Whether a line's printed YoY / QoQ describe its guidance (a next-quarter block) rather than
    its actual: the note printed a guidance-vs-consensus diff and no diff of an actual."""
    if line is None:
        return False
    p = line.printed
    if p.actual_vs_consensus is not None or p.actual_vs_guidance is not None:
        return False
    return p.guidance_vs_consensus is not None or line.actual is None


class _Context:
    def __init__(self, definitions: Sequence[LineDef], lines: Iterable[ScorecardLine]) -> None:
        self.defs = {d.key: d for d in definitions}
        self.ratios = {key: d for key, d in self.defs.items() if d.is_ratio}  # margins, rates
        # keyed by the quarter's number: an int hashes far faster than a Quarter (a big export
        # looks lines up some 100,000 times)
        self.index = {(x.period.index, x.line): x for x in lines}
        self._operands: dict[tuple[int, str, str], Operand] = {}  # each asked for up to 4 times
        self._quarters: dict[int, Quarter] = {}  # one Quarter per number (building one is slow)

    def line(self, period: Quarter, key: str) -> ScorecardLine | None:
        return self.index.get((period.index, key))

    def stored(self, period: Quarter, key: str, name: str) -> Decimal | None:
        line = self.line(period, key)
        return getattr(line, name) if line is not None else None

    def ratio(self, period: Quarter, key: str, name: str) -> Decimal | None:
        definition = self.ratios.get(key)
        return self._ratio(definition, period.index, name) if definition is not None else None

    def _ratio(self, definition: LineDef, index: int, name: str) -> Decimal | None:
        parts = {k: x for k in (definition.numerator, definition.denominator)
                 if k and (x := self.index.get((index, k))) is not None}
        return ratio_from_amounts(definition, parts, name)

    def operand(self, period: Quarter, index: int, key: str, name: str, shift: int = 0) -> Operand:
        """The figure `name` of line `key` in `period` (whose number is `index`, period.index: the
        caller knows it) shifted by `shift` quarters."""
        at = (index + shift, key, name)
        found = self._operands.get(at)
        if found is None:
            found = self._operands[at] = self._operand(self._quarter(at[0]) if shift else period, at[0],
                                                       key, name)
        return found

    def _quarter(self, index: int) -> Quarter:
        found = self._quarters.get(index)
        if found is None:
            found = self._quarters[index] = Quarter.from_index(index)
        return found

    def _operand(self, period: Quarter, index: int, key: str, name: str) -> Operand:
        line = self.index.get((index, key))
        value = getattr(line, name) if line is not None else None
        if value is not None:
            return Operand(name, period, key, value)
        definition = self.ratios.get(key)
        if definition is None:  # not a ratio line: nothing to derive
            return Operand(name, period, key, None)
        derived = self._ratio(definition, index, name)
        return Operand(name, period, key, derived, derived=derived is not None)

    def ratio_operands(self, period: Quarter, key: str, name: str) -> tuple[Operand, ...]:
        definition = self.ratios.get(key)
        if definition is None:
            return ()
        return tuple(Operand(name, period, k, self.stored(period, k, name))
                     for k in (definition.numerator or "", definition.denominator or ""))


def _ratio_check(stored: Decimal, computed: Decimal) -> Check:
    same = round_half_up(computed, decimals_of(stored)) == stored
    return Check(stored, computed, Agreement.MATCH if same else Agreement.MISMATCH)


def _value_cell(ctx: _Context, col: Col, definition: LineDef, period: Quarter) -> Cell:
    name = VALUE_COLUMNS[col][1]
    stored = ctx.stored(period, definition.key, name)
    computed = ctx.ratio(period, definition.key, name)
    parts = ctx.ratio_operands(period, definition.key, name)
    if stored is not None:
        check = _ratio_check(stored, computed) if computed is not None else None
        return Cell(col, definition.kind, stored, Origin.STORED, check=check, operands=parts,
                    period=period, field=name)
    if computed is not None:
        return Cell(col, definition.kind, computed, Origin.DERIVED, places=DERIVED_RATIO_PLACES,
                    operands=parts, period=period, field=name)
    return Cell(col, definition.kind, None, None, operands=parts, period=period, field=name)


def _diff_cell(col: Col, definition: LineDef, a: Operand, b: Operand, printed: Decimal | None) -> Cell:
    kind = definition.kind
    av, bv = a.value, b.value
    operands = (a, b)
    if av is None or bv is None:  # nothing to compute: the note's print, or nothing
        if printed is None:
            return Cell(col, kind, None, None, None, None, None, None, operands)
        verdict = classify(printed, kind, definition.polarity) if col in _JUDGED else None
        return Cell(col, kind, printed, _PRINTED, diff_places(kind), printed, None, verdict, operands)
    judged = col in _JUDGED
    places = diff_places(kind)
    computed = diff(av, bv, kind)
    if computed is None:  # a percent diff against a base of zero or below
        verdict = sign_verdict(av, bv, definition.polarity) if judged else None
        return Cell(col, kind, None, _COMPUTED, places, printed, None, verdict, operands,
                    not_meaningful=True)
    check = check_printed(printed, av, bv, kind) if printed is not None else None
    within = check is not None and check.agreement is _WITHIN_INPUT_ROUNDING
    value = printed if within and printed is not None else computed
    verdict = classify(value, kind, definition.polarity) if judged else None
    return Cell(col, kind, value, _COMPUTED, places, printed, check, verdict, operands)


def _results(ctx: _Context, definition: LineDef, period: Quarter, growth: bool = True) -> dict[Col, Cell]:
    """The quarter's actual against its consensus and guidance and (with `growth`) against the
    actuals a year and a quarter before."""
    key, at = definition.key, period.index
    line = ctx.index.get((at, key))
    actual = ctx.operand(period, at, key, "actual")
    printed = line.printed if line is not None else None
    cells = {
        _DIFF: _diff_cell(_DIFF, definition, actual, ctx.operand(period, at, key, "consensus"),
                             printed.actual_vs_consensus if printed else None),
        _VS_GUIDANCE: _diff_cell(_VS_GUIDANCE, definition, actual,
                                    ctx.operand(period, at, key, "guidance"),
                                    printed.actual_vs_guidance if printed else None),
    }
    if growth:
        growth_printed = printed if printed is not None and not growth_is_guidance(line) else None
        year_before = ctx.operand(period, at, key, "actual", -4)
        quarter_before = ctx.operand(period, at, key, "actual", -1)
        cells[_YOY] = _diff_cell(_YOY, definition, actual, year_before,
                                    growth_printed.yoy if growth_printed else None)
        cells[_QOQ] = _diff_cell(_QOQ, definition, actual, quarter_before,
                                    growth_printed.qoq if growth_printed else None)
    return cells


def _outlook(ctx: _Context, definition: LineDef, nxt: Quarter, growth: bool = True) -> dict[Col, Cell]:
    """Quarter `nxt`'s guidance against its consensus and (with `growth`) against the actuals of the
    quarter before it and a year before it."""
    key, at = definition.key, nxt.index
    next_line = ctx.index.get((at, key))
    guide = ctx.operand(nxt, at, key, "guidance")
    next_printed = next_line.printed if next_line is not None else None
    cells = {_NEXT_DIFF: _diff_cell(_NEXT_DIFF, definition, guide,
                                       ctx.operand(nxt, at, key, "consensus"),
                                       next_printed.guidance_vs_consensus if next_printed else None)}
    if growth:
        next_growth = next_printed if next_printed is not None and growth_is_guidance(next_line) else None
        cells[_NEXT_QOQ] = _diff_cell(_NEXT_QOQ, definition, guide,
                                         ctx.operand(nxt, at, key, "actual", -1),
                                         next_growth.qoq if next_growth else None)
        cells[_NEXT_YOY] = _diff_cell(_NEXT_YOY, definition, guide,
                                         ctx.operand(nxt, at, key, "actual", -4),
                                         next_growth.yoy if next_growth else None)
    return cells


def _row(ctx: _Context, definition: LineDef, period: Quarter) -> ViewRow:
    key, nxt = definition.key, period.shifted(1)
    line, next_line = ctx.line(period, key), ctx.line(nxt, key)
    cells = {col: _value_cell(ctx, col, definition, period.shifted(offset))
             for col, (offset, _) in VALUE_COLUMNS.items()}
    cells.update(_results(ctx, definition, period))
    cells.update(_outlook(ctx, definition, nxt))
    return ViewRow(definition, period, line, next_line, {col: cells[col] for col in Col})


def build_view(
    definitions: Sequence[LineDef], lines: Iterable[ScorecardLine], period: Quarter
) -> list[Section]:
    """The sections of one company's scorecard for `period`: every defined line that has a stored
    line in the quarter or in the next one, in the company's line order, grouped by section."""
    lines = list(lines)
    ctx = _Context(definitions, lines)
    nxt = period.shifted(1)
    sections: list[Section] = []
    current: list[ViewRow] = []
    title = None
    for definition in sorted(definitions, key=lambda d: (d.position, d.key)):
        if ctx.line(period, definition.key) is None and ctx.line(nxt, definition.key) is None:
            continue
        if current and definition.section != title:
            sections.append(Section(title or "", tuple(current)))
            current = []
        title = definition.section
        current.append(_row(ctx, definition, period))
    if current:
        sections.append(Section(title or "", tuple(current)))
    return sections


# A stored line's comparisons and growth, by the names the workbook and the data API give them
FIGURE_NAMES = ("actual_vs_consensus", "actual_vs_guidance", "guidance_vs_consensus", "yoy", "qoq")


@dataclass(slots=True)  # not frozen, for speed: see Operand
class LineFigures:
    """The diffs of one stored line (one row of the workbook and of the data API's frame), each the
    very cell the window shows for it: actual vs consensus and vs guidance, YoY and QoQ in the
    quarter's own view, guidance vs consensus in the outlook of the quarter before (as are YoY and
    QoQ of a next-quarter block: a line with guidance and no actual yet)."""

    line: ScorecardLine
    definition: LineDef
    cells: dict[str, Cell]

    @property
    def is_next(self) -> bool:
        """A next-quarter block: its guidance, not an actual, is compared (with consensus and with
        the actuals before it)."""
        return self.line.actual is None and self.line.guidance is not None


def line_figures(
    definitions: Mapping[tuple[str, str], LineDef],
    lines: Sequence[ScorecardLine],
    fallback: Callable[[ScorecardLine], LineDef],
) -> Iterator[LineFigures]:
    """The figures of every stored line, one at a time (a big export need not hold them all), in
    the order of `lines`, computed and chosen (the note's
    print or the computed diff) exactly as the window's scorecard (`build_view`) does, so that the
    workbook, the data API, the tear sheet and the CLI show what the window shows. `definitions`
    by (company, line key); `fallback` gives the definition of a line that has none."""
    by_company: dict[str, list[ScorecardLine]] = {}
    for x in lines:
        by_company.setdefault(x.company, []).append(x)
    contexts = {company: _Context([d for (c, _), d in definitions.items() if c == company], own)
                for company, own in by_company.items()}
    for x in lines:
        definition = definitions.get((x.company, x.line)) or fallback(x)
        ctx = contexts[x.company]
        next_block = x.actual is None and x.guidance is not None
        own = _results(ctx, definition, x.period, growth=not next_block)
        outlook = _outlook(ctx, definition, x.period, growth=next_block)  # as the quarter before shows it
        cells = {
            "actual_vs_consensus": own[_DIFF],
            "actual_vs_guidance": own[_VS_GUIDANCE],
            "guidance_vs_consensus": outlook[_NEXT_DIFF],
            "yoy": outlook[_NEXT_YOY] if next_block else own[_YOY],
            "qoq": outlook[_NEXT_QOQ] if next_block else own[_QOQ],
        }
        yield LineFigures(x, definition, cells)


def latest_reported(lines: Iterable[ScorecardLine]) -> Quarter | None:
    """The latest quarter with at least one actual: the quarter a company has just reported."""
    reported = [x.period for x in lines if x.actual is not None]
    return max(reported) if reported else None
