"""Quarterly capex per CSP on calendar quarters: actuals, consensus, guidance and derived points.

Capex is the scorecard line `capex`: one record shared with the scorecards. Points the notes give
only in the text (Amazon 4Q24 ~US$26.3bn) come from statements. A prior-year or prior-quarter
figure is derived from a printed growth rate (Amazon 2Q24 = 32,183 / 1.83) and marked derived;
nothing else is filled in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from desktop_app.domain.calc import HUNDRED, check_printed, diff, ratio_percent
from desktop_app.domain.checks import Agreement
from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import Quarter, parse_period
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.statements import Statement
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text

CAPEX_LINE = "capex"
REVENUE_LINE = "revenue"
THOUSAND = Decimal(1000)


@dataclass(frozen=True)
class CapexPoint:
    company: str
    fiscal: Quarter
    calendar: Quarter
    actual: Decimal | None = None
    actual_origin: str = ""  # "reported", "text" or "derived"
    # how a derived actual was computed, "32,183 (2Q25 actual) / (1 + 83% YoY)": a marked Text
    derivation: str = ""

    consensus: Decimal | None = None
    guidance: Decimal | None = None
    printed_yoy: Decimal | None = None
    revenue: Decimal | None = None  # actual revenue, or guided revenue for a guided quarter
    sources: tuple[str, ...] = field(default_factory=tuple)  # "001: Figure 3, line 210" (marked Texts)
    printed_vs_consensus: Decimal | None = None  # of the actual, or of the guidance where no actual
    printed_qoq: Decimal | None = None
    remarks: tuple[str, ...] = field(default_factory=tuple)  # what does not add up, as the data says

    @property
    def is_derived(self) -> bool:
        return self.actual_origin == "derived"

    @property
    def value(self) -> Decimal | None:
        """The bar's height: the actual where there is one, else the guidance."""
        return self.actual if self.actual is not None else self.guidance

    @property
    def vs_consensus(self) -> Decimal | None:
        return diff(self.value, self.consensus, Kind.AMOUNT)

    @property
    def intensity(self) -> Decimal | None:
        """Capex / revenue in percent, where both exist for the quarter."""
        return ratio_percent(self.value, self.revenue)


@dataclass(frozen=True)
class AnnualOutlook:
    company: str
    period: str  # as the note labels it: "2025"
    value: Decimal  # US$ mn
    vs_consensus: Decimal | None
    source: str  # a marked Text, as CapexPoint.sources


def _fmt(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral() else f"{value:,}"


def _bn_to_mn(value: Decimal, unit: str) -> Decimal:
    return value * THOUSAND if unit == "US$bn" else value


def _with(items: tuple[str, ...], item: str) -> tuple[str, ...]:
    """`items` plus `item`, once: one line of a note may state several figures."""
    return items if not item or item in items else (*items, item)


def build_capex(
    companies: Iterable[Company],
    lines: Iterable[ScorecardLine],
    statements: Iterable[Statement] = (),
) -> list[CapexPoint]:
    """Every capex point the data holds, sorted by company then calendar quarter."""
    by_ticker = {c.ticker: c for c in companies}
    points: dict[tuple[str, Quarter], CapexPoint] = {}
    revenue: dict[tuple[str, Quarter], Decimal | None] = {}
    capex_lines = []
    for line in lines:
        if line.company not in by_ticker:
            continue
        if line.line == REVENUE_LINE:
            revenue[(line.company, line.period)] = line.reference_figure()
        elif line.line == CAPEX_LINE:
            capex_lines.append(line)

    def point(ticker: str, fiscal: Quarter) -> CapexPoint:
        key = (ticker, fiscal)
        if key not in points:
            company = by_ticker[ticker]
            points[key] = CapexPoint(ticker, fiscal, company.calendar_of(fiscal))
        return points[key]

    def put(p: CapexPoint) -> None:
        points[(p.company, p.fiscal)] = p

    for line in capex_lines:
        p = point(line.company, line.period)
        source = line.source.marked() if line.source else ""
        printed_vs = line.printed.actual_vs_consensus if line.actual is not None else None
        if printed_vs is None and line.actual is None:
            printed_vs = line.printed.guidance_vs_consensus
        put(
            replace(
                p,
                actual=line.actual if line.actual is not None else p.actual,
                actual_origin="reported" if line.actual is not None else p.actual_origin,
                consensus=line.consensus,
                guidance=line.guidance,
                printed_yoy=line.printed.yoy,
                printed_vs_consensus=printed_vs,
                printed_qoq=line.printed.qoq,
                remarks=_with(p.remarks, line.remark),
                sources=_with(p.sources, source),
            )
        )

    for s in statements:
        if s.topic != "capex" or s.company not in by_ticker or s.value is None:
            continue
        try:
            fiscal = parse_period(s.period, by_ticker[s.company].fy_end_month)
        except ValueError:
            continue  # an annual or half-year statement: not a quarterly point
        p = point(s.company, fiscal)
        source = s.source.marked()
        if s.metric in ("capex_actual", "capex_quarterly_run_rate") and p.actual is None:
            put(replace(p, actual=_bn_to_mn(s.value, s.unit), actual_origin="text",
                        sources=_with(p.sources, source)))
        elif s.metric == "capex_yoy" and p.printed_yoy is None:
            put(replace(p, printed_yoy=s.value, sources=_with(p.sources, source)))
        elif s.metric == "capex_vs_consensus" and p.printed_vs_consensus is None:
            put(replace(p, printed_vs_consensus=s.value, sources=_with(p.sources, source)))

    _derive_prior_years(points, by_ticker)
    result = []
    for (ticker, fiscal), p in points.items():
        result.append(replace(p, revenue=revenue.get((ticker, fiscal))))
    return sorted(result, key=lambda p: (list(by_ticker).index(p.company), p.calendar))


def _derive_prior_years(points: dict[tuple[str, Quarter], CapexPoint], by_ticker: dict[str, Company]) -> None:
    """Prior-year actuals from a printed YoY: value / (1 + YoY). Only where no actual exists."""
    for (ticker, fiscal), p in list(points.items()):
        base = p.value
        if base is None or p.printed_yoy is None or p.printed_yoy <= -HUNDRED:
            continue
        prior = fiscal.shifted(-4)
        existing = points.get((ticker, prior))
        if existing is not None and existing.actual is not None:
            continue
        value = base / (1 + p.printed_yoy / HUNDRED)
        how = _derivation(_fmt(base), p.calendar.calendar_label(), p.actual is not None, p.printed_yoy)
        company = by_ticker[ticker]
        points[(ticker, prior)] = replace(
            existing or CapexPoint(ticker, prior, company.calendar_of(prior)),
            actual=value.quantize(Decimal(1)),
            actual_origin="derived",
            derivation=how,
            sources=p.sources,
        )


def _derivation(base: str, quarter: str, actual: bool, yoy: Decimal) -> Text:
    """`24,200 (2Q25 actual) / (1 + 27% YoY)`, marked: the window shows it in its language."""
    if actual:
        return QT_TRANSLATE_NOOP("CapexDerivation", "%1 (%2 actual) / (1 + %3% YoY)").arg(base, quarter, yoy)
    return QT_TRANSLATE_NOOP("CapexDerivation", "%1 (%2 guidance) / (1 + %3% YoY)").arg(base, quarter, yoy)


def computed_yoy(points: Iterable[CapexPoint]) -> dict[tuple[str, Quarter], Decimal]:
    """YoY growth of each point's value against the prior-year actual, where both exist."""
    index = {(p.company, p.fiscal): p for p in points}
    out = {}
    for (ticker, fiscal), p in index.items():
        prior = index.get((ticker, fiscal.shifted(-4)))
        if prior is not None and p.value is not None and prior.actual is not None:
            growth = diff(p.value, prior.actual, Kind.AMOUNT)
            if growth is not None:
                out[(ticker, fiscal)] = growth
    return out


def yoy_with_origin(points: Iterable[CapexPoint]) -> dict[tuple[str, Quarter], tuple[Decimal, str]]:
    """The YoY to show for each point: the printed one ("printed"), else the one computed against a
    prior-year actual that is not itself derived ("computed"; a derived prior would only give back
    the YoY it was derived from)."""
    index = {(p.company, p.fiscal): p for p in points}
    out: dict[tuple[str, Quarter], tuple[Decimal, str]] = {}
    for key, p in index.items():
        if p.printed_yoy is not None:
            out[key] = (p.printed_yoy, "printed")
            continue
        prior = index.get((key[0], key[1].shifted(-4)))
        if prior is None or prior.is_derived or prior.actual is None:
            continue
        growth = diff(p.value, prior.actual, Kind.AMOUNT)
        if growth is not None:
            out[key] = (growth, "computed")
    return out


@dataclass(frozen=True)
class QoQ:
    """Quarter-on-quarter growth of a point: computed where the prior quarter has a reported (or
    stated) actual, and the printed figure beside it with whether the two agree."""

    computed: Decimal | None
    printed: Decimal | None
    agreement: Agreement | None  # None unless both exist

    @property
    def disagrees(self) -> bool:
        return self.agreement is Agreement.MISMATCH


def qoq_of(p: CapexPoint, index: dict[tuple[str, Quarter], CapexPoint]) -> QoQ | None:
    """QoQ of `p` against the prior quarter's actual in `index` ((company, fiscal) -> point), if it
    is not a derived one, with the printed QoQ; MSFT F1Q26 guidance: 30,000 / 24,200 - 1 = 24%,
    where the note prints 76."""
    prior = index.get((p.company, p.fiscal.shifted(-1)))
    base = prior.actual if prior is not None and not prior.is_derived else None
    computed = diff(p.value, base, Kind.AMOUNT)
    if computed is None and p.printed_qoq is None:
        return None
    check = None
    if computed is not None and p.printed_qoq is not None and p.value is not None and base is not None:
        check = check_printed(p.printed_qoq, p.value, base, Kind.AMOUNT)
    return QoQ(computed, p.printed_qoq, check.agreement if check else None)


def annual_outlooks(statements: Iterable[Statement]) -> list[AnnualOutlook]:
    """Annual capex outlooks stated in the notes (Amazon 2025 ~US$105bn)."""
    items = list(statements)
    vs = {(s.company, s.period): s.value for s in items if s.metric == "capex_annual_outlook_vs_consensus"}
    return [
        AnnualOutlook(
            s.company or "",
            s.period,
            _bn_to_mn(s.value, s.unit),
            vs.get((s.company, s.period)),
            s.source.marked(),
        )
        for s in items
        if s.topic == "capex" and s.metric == "capex_annual_outlook" and s.value is not None
    ]


def annual_totals(points: Iterable[CapexPoint], calendar: bool = True) -> dict[tuple[str, int], Decimal]:
    """Sum of the four quarters of each year whose four actuals all exist (reported or text)."""
    groups: dict[tuple[str, int], list[CapexPoint]] = {}
    for p in points:
        year = p.calendar.year if calendar else p.fiscal.year
        groups.setdefault((p.company, year), []).append(p)
    return {
        key: sum((p.actual for p in group if p.actual is not None), Decimal(0))
        for key, group in groups.items()
        if len(group) == 4 and all(p.actual is not None and not p.is_derived for p in group)
    }
