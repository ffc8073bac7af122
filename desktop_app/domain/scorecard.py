"""Scorecard lines: actual vs consensus vs guidance for one company, quarter and line.

A quarter's next-quarter guidance block is stored as that next quarter's line with no actual yet;
when the actual arrives it is judged against the guidance given for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import NamedTuple

from desktop_app.domain.calc import Verdict, check_printed, diff, judge, not_meaningful, ratio_percent
from desktop_app.domain.checks import Check
from desktop_app.domain.companies import SourceRef
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.periods import Quarter

VALUE_FIELDS = ("actual", "consensus", "guidance")
PRINTED_FIELDS = (
    "actual_vs_consensus",
    "actual_vs_guidance",
    "guidance_vs_consensus",
    "yoy",
    "qoq",
)


@dataclass(frozen=True)
class Printed:
    """Derived figures as the note printed them, kept beside the raw values."""

    actual_vs_consensus: Decimal | None = None
    actual_vs_guidance: Decimal | None = None
    guidance_vs_consensus: Decimal | None = None
    yoy: Decimal | None = None
    qoq: Decimal | None = None


@dataclass(frozen=True)
class ScorecardLine:
    company: str
    period: Quarter  # fiscal quarter of the company
    line: str  # LineDef.key
    actual: Decimal | None = None
    consensus: Decimal | None = None
    guidance: Decimal | None = None
    printed: Printed = field(default_factory=Printed)
    source: SourceRef | None = None
    remark: str = ""

    @property
    def key(self) -> tuple[str, Quarter, str]:
        return (self.company, self.period, self.line)

    def with_value(self, name: str, value: Decimal | None) -> ScorecardLine:
        if name == "actual":
            return replace(self, actual=value)
        if name == "consensus":
            return replace(self, consensus=value)
        if name == "guidance":
            return replace(self, guidance=value)
        raise ValueError(f"not an editable field: {name}")  # a programming error: never shown

    def reference_figure(self) -> Decimal | None:
        """The figure this line stands on for the quarter: the actual, else the guidance."""
        return self.actual if self.actual is not None else self.guidance


@dataclass(frozen=True)
class Derived:
    """Figures computed from a line's values and its neighbours (prior quarter, prior year)."""

    actual_vs_consensus: Decimal | None
    actual_vs_guidance: Decimal | None
    guidance_vs_consensus: Decimal | None
    yoy: Decimal | None
    qoq: Decimal | None
    verdict_consensus: Verdict | None
    verdict_guidance: Verdict | None
    verdict_guidance_vs_consensus: Verdict | None
    not_meaningful: frozenset[str] = frozenset()  # fields whose percent base is zero or below ("n.m.")


def derive(
    line: ScorecardLine,
    definition: LineDef,
    prior_quarter: ScorecardLine | None = None,
    prior_year: ScorecardLine | None = None,
) -> Derived:
    """Compute the diffs of one line; YoY and QoQ need the earlier quarters' lines."""
    kind, polarity = definition.kind, definition.polarity
    figure = line.reference_figure()
    vs_cons = diff(line.actual, line.consensus, kind)
    vs_guid = diff(line.actual, line.guidance, kind)
    guid_vs_cons = diff(line.guidance, line.consensus, kind)
    qoq = diff(figure, prior_quarter.actual, kind) if prior_quarter else None
    yoy = diff(figure, prior_year.actual, kind) if prior_year else None
    pairs = {
        "actual_vs_consensus": (line.actual, line.consensus),
        "actual_vs_guidance": (line.actual, line.guidance),
        "guidance_vs_consensus": (line.guidance, line.consensus),
        "qoq": (figure, prior_quarter.actual if prior_quarter else None),
        "yoy": (figure, prior_year.actual if prior_year else None),
    }
    return Derived(
        actual_vs_consensus=vs_cons,
        actual_vs_guidance=vs_guid,
        guidance_vs_consensus=guid_vs_cons,
        yoy=yoy,
        qoq=qoq,
        verdict_consensus=judge(line.actual, line.consensus, kind, polarity),
        verdict_guidance=judge(line.actual, line.guidance, kind, polarity),
        verdict_guidance_vs_consensus=judge(line.guidance, line.consensus, kind, polarity),
        not_meaningful=frozenset(name for name, (a, b) in pairs.items() if not_meaningful(a, b, kind)),
    )


def printed_checks(
    line: ScorecardLine,
    definition: LineDef,
    prior_quarter: ScorecardLine | None = None,
    prior_year: ScorecardLine | None = None,
) -> dict[str, Check]:
    """For every printed derived figure whose inputs exist: the printed vs computed check."""
    kind = definition.kind
    figure = line.reference_figure()
    pairs = {
        "actual_vs_consensus": (line.actual, line.consensus),
        "actual_vs_guidance": (line.actual, line.guidance),
        "guidance_vs_consensus": (line.guidance, line.consensus),
        "qoq": (figure, prior_quarter.actual if prior_quarter else None),
        "yoy": (figure, prior_year.actual if prior_year else None),
    }
    checks: dict[str, Check] = {}
    for name, (a, b) in pairs.items():
        printed = getattr(line.printed, name)
        if printed is None or a is None or b is None:
            continue
        result = check_printed(printed, a, b, kind)
        if result is not None:
            checks[name] = result
    return checks


def ratio_from_amounts(
    definition: LineDef, lines: dict[str, ScorecardLine], field_name: str
) -> Decimal | None:
    """A ratio line (margin, tax rate) recomputed from its amount lines, for one value field."""
    if not definition.is_ratio:
        return None
    top, bottom = lines.get(definition.numerator or ""), lines.get(definition.denominator or "")
    if top is None or bottom is None:
        return None
    return ratio_percent(getattr(top, field_name), getattr(bottom, field_name))


class ScorecardValue(NamedTuple):
    """One stored figure to set: a company's line in a fiscal quarter; None clears it."""

    company: str
    period: Quarter
    line: str
    field: str  # "actual", "consensus" or "guidance"
    value: Decimal | None
