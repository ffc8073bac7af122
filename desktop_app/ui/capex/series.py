"""What the capex chart draws, as plain data: bars per CSP grouped by calendar quarter (or year),
their style, consensus, YoY, capex intensity and the hover text of each bar.

No pyqtgraph here, so the chart's content can be built and tested without drawing it. Heights are
floats of the workspace's Decimals (US$ mn); nothing is filled in where the data has no figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache, partial

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.capex import AnnualOutlook, CapexPoint, QoQ, annual_totals, qoq_of, yoy_with_origin
from desktop_app.domain.companies import Company, Source
from desktop_app.domain.metrics import Kind
from desktop_app.domain.palette import company_colours
from desktop_app.domain.periods import Quarter, calendar_to_fiscal, is_calendar_fiscal_year
from desktop_app.ui.data_text import company_name
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import fmt_diff, fmt_number, fmt_percent, join_nonempty

QUARTERLY, ANNUAL = "quarterly", "annual"
REPORTED, TEXT, DERIVED = "reported", "text", "derived"
GUIDANCE, TOTAL, OUTLOOK = "guidance", "total", "outlook"
GROUP_WIDTH = 0.8  # share of a quarter's slot the bars of all CSPs take together
MAX_BAR_WIDTH = 0.4  # one or two CSPs shown: bars stay bars, not blocks


@dataclass(eq=False)  # not frozen: a frozen dataclass costs ~5x to build, and a redraw builds 160
class Bar:
    """One bar as drawn. Treat as read-only."""

    company: str
    group: int  # index into ChartData.groups
    x: float  # centre, in data coordinates (group index + offset within the group)
    width: float
    height: float  # US$ mn
    style: str  # REPORTED, TEXT, DERIVED, GUIDANCE, TOTAL or OUTLOOK
    consensus: float | None = None
    yoy: float | None = None  # percent
    intensity: float | None = None  # capex / revenue, percent
    describe: Callable[[], str] | None = field(default=None, compare=False, repr=False)  # the hover text
    value: Decimal | None = None  # the exact figure the height stands for
    yoy_origin: str = ""  # "printed" or "computed"
    point: CapexPoint | None = None  # quarterly: the point drawn
    outlook: AnnualOutlook | None = None  # annual: the outlook of the notes for the year, if any
    label: str = ""  # the group's label, e.g. "2Q25 / F4Q25" or "2025"
    qoq_of: Callable[[], QoQ | None] | None = field(default=None, compare=False, repr=False)

    @cached_property
    def qoq(self) -> QoQ | None:
        """Quarterly: growth on the prior quarter, computed and printed (made when first asked)."""
        return self.qoq_of() if self.qoq_of is not None else None

    @cached_property
    def hover(self) -> str:
        """What hovering the bar shows (made when first asked: a redraw does not pay for it)."""
        return self.describe() if self.describe is not None else ""

    @property
    def x0(self) -> float:
        return self.x - self.width / 2

    @property
    def x1(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class CompanySeries:
    ticker: str
    name: str
    colour: str
    bars: tuple[Bar, ...] = ()
    has_figures: bool = True  # False: the notes give no capex figure for it: drawn as nothing


@dataclass(frozen=True)
class ChartData:
    mode: str
    title: str
    groups: tuple[str, ...] = ()  # axis label of each group, at x = its index
    series: tuple[CompanySeries, ...] = ()  # the companies switched on, in coverage order
    message: str = ""  # said plainly inside the chart, e.g. why there are no annual totals
    notes: tuple[str, ...] = field(default_factory=tuple)  # extra lines under the message

    def bars(self) -> list[Bar]:
        return [bar for s in self.series for bar in s.bars]


# -- labels ------------------------------------------------------------------------------------------
def quarter_label(calendar: Quarter, companies: Sequence[Company]) -> str:
    """`2Q25`, or `2Q25 / F4Q25` when a company shown keeps a non-calendar fiscal year (several such
    companies with different year ends: `2Q25 / MSFT F4Q25 · XYZ F1Q26`)."""
    return _quarter_label(calendar, tuple((c.ticker, c.fy_end_month) for c in companies))


@lru_cache(maxsize=4096)
def _quarter_label(calendar: Quarter, companies: tuple[tuple[str, int], ...]) -> str:
    fiscal: dict[str, list[str]] = {}
    for ticker, fy_end_month in companies:
        if not is_calendar_fiscal_year(fy_end_month):
            label = calendar_to_fiscal(calendar, fy_end_month).fiscal_label()
            fiscal.setdefault(label, []).append(ticker)
    if not fiscal:
        return calendar.calendar_label()
    if len(fiscal) == 1:
        return f"{calendar.calendar_label()} / {next(iter(fiscal))}"
    parts = [f"{'/'.join(tickers)} {label}" for label, tickers in fiscal.items()]
    return f"{calendar.calendar_label()} / {' · '.join(parts)}"


def _mn(value: Decimal | None) -> str:
    return fmt_number(value, 0)


def _source_line(point_sources: Iterable[str], sources: dict[str, Source]) -> str:
    refs = list(point_sources)
    notes = []
    for ref in refs:
        note = sources.get(ref.split(":", 1)[0])
        if note is not None:
            text = join_nonempty([note.broker, note.published, note.file], " ")
            if text not in notes:
                notes.append(text)
    line = QCoreApplication.translate("CapexChart", "Source: %1").replace(
        "%1", "; ".join(map(translated, refs)) or QCoreApplication.translate("CapexChart", "not recorded")
    )
    return line + (f" ({'; '.join(notes)})" if notes else "")


# -- quarterly ---------------------------------------------------------------------------------------
def _style(p: CapexPoint) -> str:
    if p.actual is None:
        return GUIDANCE
    return {"derived": DERIVED, "text": TEXT}.get(p.actual_origin, REPORTED)


def qoq_text(growth: QoQ) -> str:
    """`QoQ: 24% (computed); the note prints 76%, which these figures do not give`."""
    if growth.computed is None:
        return QCoreApplication.translate("CapexChart", "QoQ: %1 (as printed)").replace(
            "%1", fmt_percent(growth.printed)
        )
    text = QCoreApplication.translate("CapexChart", "QoQ: %1 (computed)").replace(
        "%1", fmt_diff(growth.computed, Kind.AMOUNT)
    )
    if growth.disagrees:
        text += QCoreApplication.translate(
            "CapexChart", "; the note prints %1, which these figures do not give"
        ).replace("%1", fmt_percent(growth.printed))
    elif growth.printed is not None:
        text += QCoreApplication.translate("CapexChart", "; printed %1").replace(
            "%1", fmt_percent(growth.printed)
        )
    return text


def point_hover(
    company: Company,
    p: CapexPoint,
    yoy: tuple[Decimal, str] | None,
    sources: dict[str, Source],
    growth_qoq: Callable[[], QoQ | None] | None = None,
) -> str:
    """Company, quarter labels, value and how it is known, YoY, vs consensus, intensity, source."""
    fiscal = "" if is_calendar_fiscal_year(company.fy_end_month) else p.fiscal.fiscal_label()
    quarter = p.calendar.calendar_label()
    lines = [
        f"{company_name(company)} ({company.ticker})",
        QCoreApplication.translate("CapexChart", "%1 (calendar) / %2 (fiscal)")
        .replace("%1", quarter)
        .replace("%2", fiscal)
        if fiscal
        else QCoreApplication.translate("CapexChart", "%1 (calendar quarter)").replace("%1", quarter),
    ]
    style = _style(p)
    value = _mn(p.value)
    if style == GUIDANCE:
        lines.append(
            QCoreApplication.translate(
                "CapexChart", "Capex guidance: %1 US$ mn (company guidance, no actual yet)"
            ).replace("%1", value)
        )
    elif style == DERIVED:
        lines.append(
            QCoreApplication.translate(
                "CapexChart", "Capex: %1 US$ mn, DERIVED (not printed in the notes)"
            ).replace("%1", value)
        )
        how = translated(p.derivation)
        lines.append(QCoreApplication.translate("CapexChart", "How: %1").replace("%1", how))
    elif style == TEXT:
        lines.append(
            QCoreApplication.translate("CapexChart", "Capex: %1 US$ mn, stated in the note's text").replace(
                "%1", value
            )
        )
    else:
        lines.append(
            QCoreApplication.translate("CapexChart", "Capex: %1 US$ mn, reported").replace("%1", value)
        )
    if yoy is not None:
        how = (
            QCoreApplication.translate("CapexChart", "as printed")
            if yoy[1] == "printed"
            else QCoreApplication.translate("CapexChart", "computed")
        )
        shown = fmt_percent(yoy[0]) if yoy[1] == "printed" else fmt_diff(yoy[0], Kind.AMOUNT)
        lines.append(
            QCoreApplication.translate("CapexChart", "YoY: %1 (%2)").replace("%1", shown).replace("%2", how)
        )
    else:
        lines.append(QCoreApplication.translate("CapexChart", "YoY: not known"))
    quarter_growth = growth_qoq() if growth_qoq is not None else None
    if quarter_growth is not None:
        lines.append(qoq_text(quarter_growth))
    vs = p.vs_consensus
    if vs is not None:
        text = (
            QCoreApplication.translate("CapexChart", "vs consensus: %1 (consensus %2)")
            .replace("%1", fmt_diff(vs, Kind.AMOUNT))
            .replace("%2", _mn(p.consensus))
        )
        if p.printed_vs_consensus is not None:
            text += QCoreApplication.translate("CapexChart", "; printed %1").replace(
                "%1", fmt_percent(p.printed_vs_consensus)
            )
        lines.append(text)
    elif p.printed_vs_consensus is not None:
        lines.append(
            QCoreApplication.translate(
                "CapexChart", "vs consensus: %1 (as printed; no consensus figure in the notes)"
            ).replace("%1", fmt_percent(p.printed_vs_consensus))
        )
    else:
        lines.append(QCoreApplication.translate("CapexChart", "vs consensus: no consensus in the notes"))
    if p.intensity is not None:
        lines.append(
            QCoreApplication.translate("CapexChart", "Capex intensity: %1 of revenue (%2)")
            .replace("%1", fmt_percent(p.intensity, 1))
            .replace("%2", _mn(p.revenue))
        )
    lines.extend(
        QCoreApplication.translate("CapexChart", "Note: %1").replace("%1", remark) for remark in p.remarks
    )
    lines.append(_source_line(p.sources, sources))
    return "\n".join(lines)


def _f(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _layout(count: int) -> tuple[float, list[float]]:
    """Bar width and the offset of each of `count` CSPs within a group."""
    if count == 0:
        return GROUP_WIDTH, []
    width = min(GROUP_WIDTH / count, MAX_BAR_WIDTH)
    return width, [(i - (count - 1) / 2) * width for i in range(count)]


def _series_frame(companies: Sequence[Company], visible: set[str], having: set[str]) -> list[Company]:
    return [c for c in companies if c.ticker in visible and c.ticker in having]


def quarterly_chart(
    companies: Sequence[Company],
    points: Sequence[CapexPoint],
    visible: set[str],
    sources: dict[str, Source] | None = None,
) -> ChartData:
    """Bars per CSP on consecutive calendar quarters from the first to the last figure shown."""
    sources = sources or {}
    having = {p.company for p in points if p.value is not None}
    drawn = _series_frame(companies, visible, having)
    title = QCoreApplication.translate("CapexChart", "Quarterly capex by calendar quarter (US$ mn)")
    drawn_tickers = {c.ticker for c in drawn}
    shown_points = [p for p in points if p.company in drawn_tickers and p.value is not None]
    by_company: dict[str, list[CapexPoint]] = {}
    for p in shown_points:
        by_company.setdefault(p.company, []).append(p)
    groups: tuple[str, ...] = ()
    first = 0
    if shown_points:
        first = min(p.calendar.index for p in shown_points)
        last = max(p.calendar.index for p in shown_points)
        groups = tuple(quarter_label(Quarter.from_index(i), drawn) for i in range(first, last + 1))
    width, offsets = _layout(len(drawn))
    slot = {c.ticker: offsets[i] for i, c in enumerate(drawn)}
    yoy = yoy_with_origin(points)
    index = {(p.company, p.fiscal): p for p in points}
    series = []
    colours = company_colours(c.ticker for c in companies)
    for company in companies:
        if company.ticker not in visible:
            continue
        bars = []
        offset = slot.get(company.ticker, 0.0)
        for p in by_company.get(company.ticker, ()):
            group = p.calendar.index - first
            growth = yoy.get((p.company, p.fiscal))
            value = p.value
            if value is None:  # shown_points holds figures only
                continue
            quarter_growth = partial(qoq_of, p, index)
            bars.append(
                Bar(
                    company.ticker,
                    group,
                    group + offset,
                    width,
                    float(value),
                    _style(p),
                    _f(p.consensus),
                    _f(growth[0]) if growth else None,
                    _f(p.intensity),
                    partial(point_hover, company, p, growth, sources, quarter_growth),
                    value,
                    growth[1] if growth else "",
                    p,
                    None,
                    groups[group],
                    quarter_growth,
                )
            )
        series.append(
            CompanySeries(
                company.ticker,
                company_name(company),
                colours[company.ticker],
                tuple(bars),
                company.ticker in having,
            )
        )
    message = (
        ""
        if shown_points
        else QCoreApplication.translate("CapexChart", "No capex figures for the companies shown.")
    )
    return ChartData(QUARTERLY, title, groups, tuple(series), message)


# -- annual ------------------------------------------------------------------------------------------
_YEAR_RE = re.compile(r"^(FY)?(\d{2}|\d{4})$", re.IGNORECASE)


def outlook_year(outlook: AnnualOutlook, company: Company, calendar: bool) -> int | None:
    """The year an outlook is for on the chosen basis; None if it is on the other basis
    (`FY26` of a June year end is no calendar year; a plain `2025` is a calendar year)."""
    match = _YEAR_RE.match(outlook.period.strip())
    if not match:
        return None
    year = int(match.group(2))
    year = year + 2000 if year < 100 else year
    same = is_calendar_fiscal_year(company.fy_end_month)
    fiscal_label = bool(match.group(1))
    if same or fiscal_label != calendar:
        return year
    return None


def _year_label(year: int, calendar: bool) -> str:
    return str(year) if calendar else f"FY{year % 100:02d}"


def annual_chart(
    companies: Sequence[Company],
    points: Sequence[CapexPoint],
    outlooks: Sequence[AnnualOutlook],
    visible: set[str],
    calendar: bool = True,
    sources: dict[str, Source] | None = None,
) -> ChartData:
    """Totals of years with four non-derived quarters, and the annual outlooks of the notes."""
    sources = sources or {}
    basis = (
        QCoreApplication.translate("CapexChart", "calendar")
        if calendar
        else QCoreApplication.translate("CapexChart", "fiscal")
    )
    title = QCoreApplication.translate("CapexChart", "Annual capex by %1 year (US$ mn)").replace("%1", basis)
    by_ticker = {c.ticker: c for c in companies}
    totals = {k: v for k, v in annual_totals(points, calendar).items() if k[0] in visible}
    outlook_at: dict[tuple[str, int], AnnualOutlook] = {}
    for o in outlooks:
        company = by_ticker.get(o.company)
        year = outlook_year(o, company, calendar) if company else None
        if year is not None and o.company in visible:
            outlook_at[(o.company, year)] = o
    keys = set(totals) | set(outlook_at)
    having = {t for t, _ in keys}
    drawn = _series_frame(companies, visible, having)
    years = sorted({y for _, y in keys})
    groups = tuple(_year_label(y, calendar) for y in years)
    width, offsets = _layout(len(drawn))
    slot = {c.ticker: offsets[i] for i, c in enumerate(drawn)}
    quarter_having = {p.company for p in points if p.value is not None}
    series = []
    colours = company_colours(c.ticker for c in companies)
    for company in companies:
        if company.ticker not in visible:
            continue
        bars = []
        for group, year in enumerate(years):
            key = (company.ticker, year)
            if key not in keys:
                continue
            total, outlook = totals.get(key), outlook_at.get(key)
            prior = totals.get((company.ticker, year - 1))
            value = total if total is not None else outlook.value  # type: ignore[union-attr]
            growth = (value / prior - 1) * 100 if prior else None
            bars.append(
                Bar(
                    company.ticker,
                    group,
                    group + slot[company.ticker],
                    width,
                    float(value),
                    TOTAL if total is not None else OUTLOOK,
                    None,
                    _f(growth),
                    None,
                    partial(_annual_hover, company, groups[group], total, outlook, growth, sources),
                    value,
                    "computed" if growth is not None else "",
                    None,
                    outlook,
                    groups[group],
                )
            )
        has = company.ticker in having or company.ticker in quarter_having
        series.append(
            CompanySeries(company.ticker, company_name(company), colours[company.ticker], tuple(bars), has)
        )
    message, notes = "", []
    if not totals:
        message = QCoreApplication.translate(
            "CapexChart",
            "No %1 year has four reported quarters in the notes, so there are no annual totals to draw.",
        ).replace("%1", basis)
    for (ticker, year), o in sorted(outlook_at.items()):
        notes.append(_outlook_text(by_ticker[ticker], _year_label(year, calendar), o))
    if not keys and not notes:
        notes.append(
            QCoreApplication.translate(
                "CapexChart", "The notes give no annual capex outlook for the companies shown."
            )
        )
    return ChartData(ANNUAL, title, groups, tuple(series), message, tuple(notes))


def _outlook_text(company: Company, year: str, o: AnnualOutlook) -> str:
    text = (
        QCoreApplication.translate("CapexChart", "%1 %2 outlook: about US$%3bn (%4 US$ mn)")
        .replace("%1", company_name(company))
        .replace("%2", year)
        .replace("%3", fmt_number(o.value / 1000))
        .replace("%4", _mn(o.value))
    )
    if o.vs_consensus is not None:
        text += QCoreApplication.translate("CapexChart", ", %1 above consensus (as printed)").replace(
            "%1", fmt_percent(o.vs_consensus)
        )
    return text


def _annual_hover(
    company: Company,
    year: str,
    total: Decimal | None,
    outlook: AnnualOutlook | None,
    growth: Decimal | None,
    sources: dict[str, Source],
) -> str:
    lines = [f"{company_name(company)} ({company.ticker})", year]
    if total is not None:
        lines.append(
            QCoreApplication.translate(
                "CapexChart", "Capex: %1 US$ mn, sum of four reported quarters"
            ).replace("%1", _mn(total))
        )
    if outlook is not None:
        lines.append(_outlook_text(company, year, outlook))
    lines.append(
        QCoreApplication.translate("CapexChart", "YoY: %1 (computed)").replace(
            "%1", fmt_diff(growth, Kind.AMOUNT)
        )
        if growth is not None
        else QCoreApplication.translate("CapexChart", "YoY: not known")
    )
    if outlook is not None:
        lines.append(_source_line([outlook.source], sources))
    return "\n".join(lines)
