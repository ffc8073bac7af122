"""The Scorecards and Capex sheets of the summary workbook, built from workspace reads.

Scorecards: one row per company, quarter and line, the columns of the Scorecards tab (Actual |
Consensus | Diff | YoY | QoQ | Guidance | vs guidance). Diffs are computed from the figures where
both exist (so a figure changed in the workspace moves them), else shown as printed in the note in
italics; where a printed figure disagrees with the computed one the cell carries a comment.
Beat / miss fills follow the line's polarity; capex is neutral and never coloured.

Capex: the quarterly table on calendar quarters (one column per CSP) with a native bar chart of
it, then every capex point with its basis (reported, from the text, derived, guidance).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop_app.domain.calc import (
    HUNDRED,
    NOT_MEANINGFUL,
    Verdict,
    diff_places,
    round_half_up,
)
from desktop_app.domain.capex import CapexPoint, annual_outlooks, build_capex, computed_yoy
from desktop_app.domain.checks import Agreement, Check
from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter, calendar_to_fiscal, display_label, is_calendar_fiscal_year
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import LineFigures, line_figures
from desktop_app.domain.statements import Statement
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_labels import company_name, line_label
from desktop_app.io.excel_sheet import Cell, SheetSpec
from desktop_app.io.excel_styles import COLOR_DERIVED_FILL, SERIES_COLORS

_PRINTED_NAMES = {
    "actual_vs_consensus": "diff vs consensus",
    "actual_vs_guidance": "diff vs guidance",
    "guidance_vs_consensus": "guidance vs consensus",
    "yoy": "YoY",
    "qoq": "QoQ",
}


@dataclass(frozen=True)
class ScorecardData:
    companies: Sequence[Company]
    definitions: dict[tuple[str, str], LineDef]
    lines: Sequence[ScorecardLine]
    statements: Sequence[Statement]


def _value_style(kind: Kind) -> str:
    return {Kind.AMOUNT: "amount", Kind.PER_SHARE: "amount2", Kind.RATE: "pct"}[kind]


def diff_cell_value(value: Decimal | None, kind: Kind) -> float | None:
    """A diff as written: a fraction for a percent diff, a number of points for a ppt diff."""
    if value is None:
        return None
    return float(value) if kind.is_rate else float(value / HUNDRED)


def _shown(value: Decimal, kind: Kind) -> str:
    """A diff in a comment, at the one precision of its kind, as the window shows it."""
    places = diff_places(kind)
    rounded = round_half_up(abs(value), places)
    text = f"{rounded:,.{places}f}"
    text = f"({text})" if value < 0 and rounded != 0 else text
    return f"{text} ppts" if kind.is_rate else f"{text}%"


def diff_style(kind: Kind) -> str:
    """The style of a diff cell: ppts for rates, whole percent for amounts (calc.diff_places)."""
    return "ppts" if kind.is_rate else "pctdiff"


def _verdict_mod(verdict: Verdict | None) -> str:
    if verdict is Verdict.BEAT:
        return "|beat"
    if verdict is Verdict.MISS:
        return "|miss"
    return ""


def _fallback_def(line: ScorecardLine) -> LineDef:
    return LineDef(line.company, line.line, line.line, line.line, "", Kind.AMOUNT, Polarity.NEUTRAL, 10**6)


_COLUMN_OF = {"actual_vs_consensus": L.COL_DIFF, "guidance_vs_consensus": L.COL_DIFF,
              "actual_vs_guidance": L.COL_VS_GUIDANCE, "yoy": L.COL_YOY, "qoq": L.COL_QOQ}
_COLUMN_NUMBER = {name: i for i, name in enumerate(L.SCORECARD_COLUMNS, start=1)}


@dataclass(frozen=True)
class _Row:
    """What the derived cells of one scorecard row need."""

    spec: SheetSpec
    number: int
    figures: LineFigures  # the cells the window shows for this line (scorecard_view.line_figures)
    top: str  # "|top" on the first row of a company-quarter block

    def figure(self, name: str, coloured: bool = True) -> Cell:
        """A diff, YoY or QoQ cell as the window shows it: computed from the figures, or the note's
        print in italics (no figures to compute it from, or only the note's unrounded figures give
        it: a comment says so); the text n.m. where the base of a percent diff is zero or below."""
        kind = self.figures.definition.kind
        base = diff_style(kind)
        cell = self.figures.cells[name]
        mod = _verdict_mod(cell.verdict) if coloured else ""
        if cell.not_meaningful:
            return (NOT_MEANINGFUL, "rtext" + mod + self.top)
        if cell.value is None:
            return (None, base + self.top)  # styled: the row's borders run through empty cells
        italic = "|italic" if cell.shows_printed else ""
        check = cell.check
        t = self.spec.t
        where = (self.number, _COLUMN_NUMBER[_COLUMN_OF[name]])
        if check is not None and check.agreement is Agreement.MISMATCH:
            mod = mod or "|flag"
            self.spec.comments[where] = t(
                "Printed {what}: {printed}; computed from the figures: {computed}.").format(
                what=t(_PRINTED_NAMES[name]), printed=_shown(check.printed, kind),
                computed=_shown(check.computed, kind))
        elif check is not None and cell.shows_printed:
            self.spec.comments[where] = t(
                "Shown as printed in the note: {printed}. Computed from the rounded figures shown: "
                "{computed}; the note worked from unrounded figures, so the difference is rounding, "
                "not an error.").format(printed=_shown(check.printed, kind),
                                        computed=_shown(check.computed, kind))
        return (diff_cell_value(cell.value, kind), base + mod + italic + self.top)


def _checks(figures: LineFigures) -> dict[str, Check]:
    """The check of every print of the line against the diff computed from its figures."""
    return {name: cell.check for name, cell in figures.cells.items() if cell.check is not None}


def scorecards_sheet(data: ScorecardData, language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.SCORECARDS, language=language)
    t = spec.t
    spec.title_rows(
        "Earnings scorecards: actual vs consensus vs guidance",
        "US$ mn unless Unit says otherwise. Diff, YoY, QoQ and vs guidance are computed from the figures; "
        "italic: the note's printed figure (no figures to compute it from, or only the note's unrounded "
        "figures give it: see the cell's comment). Green = beat, red = miss by the line's "
        "direction (capex is neutral). Edit Actual, Consensus or Guidance and use Import from Excel.",
    )
    header = spec.header(L.SCORECARD_COLUMNS, numeric={
        L.COL_ACTUAL, L.COL_CONSENSUS, L.COL_DIFF, L.COL_YOY, L.COL_QOQ, L.COL_GUIDANCE,
        L.COL_VS_GUIDANCE})
    by_ticker = {c.ticker: c for c in data.companies}
    reported = {(x.company, x.period) for x in data.lines if x.actual is not None}
    previous_block: tuple[str, Quarter] | None = None
    for figures in line_figures(data.definitions, data.lines, _fallback_def):
        line, definition = figures.line, figures.definition
        company = by_ticker.get(line.company)
        fy_end = company.fy_end_month if company else 12
        kind = definition.kind
        block = (line.company, line.period)
        top = "|top" if block != previous_block else ""
        previous_block = block
        row = _Row(spec, spec.next_row, figures, top)
        diff = row.figure("guidance_vs_consensus" if figures.is_next else "actual_vs_consensus")
        remarks = [line.remark] if line.remark else []
        for name, check in _checks(figures).items():
            if check.agreement is Agreement.MISMATCH:
                remarks.append(t("Printed {what} {printed} vs computed {computed}.").format(
                    what=t(_PRINTED_NAMES[name]), printed=_shown(check.printed, kind),
                    computed=_shown(check.computed, kind)))
        vstyle = _value_style(kind)
        calendar = company.calendar_of(line.period).calendar_label() if company else ""
        cells: dict[str, Cell] = {
            L.COL_TICKER: (line.company, "text" + top),
            L.COL_QUARTER: (display_label(line.period, fy_end), "text" + top),
            L.COL_LINE: (line_label(definition, language), "wrap" + top),
            L.COL_UNIT: (definition.unit_text, "text" + top),
            L.COL_ACTUAL: (L.to_cell(line.actual, kind), vstyle + top),
            L.COL_CONSENSUS: (L.to_cell(line.consensus, kind), vstyle + top),
            L.COL_DIFF: diff,
            L.COL_YOY: row.figure("yoy", coloured=False),
            L.COL_QOQ: row.figure("qoq", coloured=False),
            L.COL_GUIDANCE: (L.to_cell(line.guidance, kind), vstyle + top),
            L.COL_VS_GUIDANCE: row.figure("actual_vs_guidance"),
            L.COL_SECTION: (definition.section, "text" + top),
            L.COL_BLOCK: (t(L.BLOCK_REPORTED if block in reported else L.BLOCK_NEXT), "text" + top),
            L.COL_CALENDAR: (calendar or None, "text" + top),
            L.COL_COMPANY: (company_name(company, line.company, language), "text" + top),
            L.COL_REMARK: (" ".join(remarks) or None, "wrap" + top),
            L.COL_SOURCE: (line.source.describe() if line.source else None, "wrap" + top),
            L.COL_LINE_KEY: (line.line, "key" + top),
        }
        spec.add(*[cells[name] for name in L.SCORECARD_COLUMNS])
    last = spec.next_row - 1
    col = _COLUMN_NUMBER
    spec.row_breaks = [number - 1 for number, company in enumerate(
        (row[0][0] for row in spec.rows[header:]), start=header + 1)
        if number > header + 1 and company != spec.rows[number - 2][0][0]]  # one company per page
    spec.title_columns = L.PRINT_TITLE_COLUMNS
    spec.col_breaks = {col[L.PRINT_FIGURES_LAST]}
    spec.widths[col[L.COL_SOURCE]] = 30.0
    spec.widths[col[L.COL_LINE]] = 36.0  # long labels wrap: the figures fit one printed page width
    spec.freeze = "D5"
    spec.autofilter = spec.table_ref(header, last, len(L.SCORECARD_COLUMNS))
    spec.print_rows = f"{header}:{header}"
    spec.hidden_columns = {col[L.COL_LINE_KEY]}
    spec.widths[col[L.COL_REMARK]] = 90.0  # printed on a page of its own beside ticker, quarter, line
    spec.comments[(header, col[L.COL_DIFF])] = t(
        "Actual vs consensus; where a line has no actual yet (next-quarter block), guidance vs consensus. "
        "Percent for amounts, percentage points for rates.")
    spec.comments[(header, col[L.COL_LINE_KEY])] = t(
        "Used by Import from Excel to find the line; do not edit.")
    # The hidden key row: what each column is, whatever the language of the header (the import reads it).
    spec.rows[L.KEY_ROW - 1] = [(L.COLUMN_KEYS[name], "key") for name in L.SCORECARD_COLUMNS]
    spec.hidden_rows.add(L.KEY_ROW)
    return spec


# ---------------------------------------------------------------------------------------- capex

_BASIS = {"reported": "Reported", "text": "From the note's text", "derived": "Derived from printed YoY"}


def _basis(point: CapexPoint) -> str:
    """The English label of a point's basis (translated by the sheet)."""
    if point.actual is None:
        return "Company guidance" if point.guidance is not None else ""
    return _BASIS.get(point.actual_origin, point.actual_origin)


def _point_style(point: CapexPoint) -> str:
    if point.actual is None and point.guidance is not None:
        return "amount|guidance"
    if point.is_derived:
        return "amount|derived"
    if point.actual_origin == "text":
        return "amount|italic"
    return "amount"


def capex_sheet(data: ScorecardData, language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.CAPEX, language=language)
    t = spec.t
    points = build_capex(data.companies, data.lines, data.statements)
    spec.title_rows(
        "Quarterly capex on calendar quarters (US$ mn)",
        "Bars: the actual where reported, else company guidance (blue cells, outlined bars). Yellow italic: "
        "derived by CSP Desk from a printed YoY, not reported. Italic: stated in the note's text.",
    )
    tickers = [c.ticker for c in data.companies if any(p.company == c.ticker for p in points)]
    names = {c.ticker: company_name(c, c.ticker, language) for c in data.companies}
    fy_end = {c.ticker: c.fy_end_month for c in data.companies}
    quarters: list[Quarter] = []
    if points:
        first = min(p.calendar for p in points)
        last_q = max(p.calendar for p in points)
        quarters = [Quarter.from_index(i) for i in range(first.index, last_q.index + 1)]
    at = {(p.company, p.calendar): p for p in points}
    header = spec.header(["Quarter", *[names[x] for x in tickers]], numeric={names[x] for x in tickers})
    for quarter in quarters:
        fiscal = sorted({calendar_to_fiscal(quarter, fy_end[t]).fiscal_label() for t in tickers
                         if not is_calendar_fiscal_year(fy_end[t])})  # as the chart labels it
        label = " / ".join([quarter.calendar_label(), *fiscal])
        row: list[Cell] = [(label, "text")]
        for column, ticker in enumerate(tickers, start=2):
            point = at.get((ticker, quarter))
            if point is None or point.value is None:
                row.append((None, "amount"))
                continue
            row.append((L.to_cell(point.value, Kind.AMOUNT), _point_style(point)))
            if point.is_derived:
                spec.comments[(spec.next_row, column)] = t("Derived: {how}").format(how=point.derivation)
        spec.add(*row)
    wide_last = spec.next_row - 1
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, wide_last, 1 + len(tickers))
    spec.print_rows = f"{header}:{header}"
    if tickers and quarters:
        spec.charts.append((_chart_factory(header, wide_last, tickers, names, quarters, at, t),
                            _anchor(len(tickers) + 3, header)))
    spec.widths[1] = 18.0

    outlooks = annual_outlooks(data.statements)
    if outlooks:  # below the chart, on a page of its own (the quarterly table's header is not its header)
        while spec.next_row < max(wide_last + 3, header + 20):
            spec.blank()
        spec.row_breaks.append(spec.next_row - 1)
        spec.print_rows = None
        spec.add((t("Annual outlook stated in the notes"), "subtitle"))
        spec.header(["Company", "Period", "Capex outlook", "vs consensus", "Source"],
                    numeric={"Capex outlook", "vs consensus"})
        for o in outlooks:
            spec.add((names.get(o.company, o.company), "text"), (o.period, "text"),
                     (L.to_cell(o.value, Kind.AMOUNT), "amount"),
                     (diff_cell_value(o.vs_consensus, Kind.AMOUNT), "pctdiff"), (o.source, "text"))
    return spec


def capex_points_sheet(data: ScorecardData, language: str = "en") -> SheetSpec:
    """Every capex point, long form: basis, consensus, guidance, YoY computed and printed, intensity."""
    spec = SheetSpec(L.CAPEX_POINTS, language=language)
    t = spec.t
    points = build_capex(data.companies, data.lines, data.statements)
    derived = {(p.company, p.fiscal) for p in points if p.is_derived}
    # A YoY against a prior year derived from the printed YoY would only give that YoY back.
    growth = {key: value for key, value in computed_yoy(points).items()
              if (key[0], key[1].shifted(-4)) not in derived}
    names = {c.ticker: company_name(c, c.ticker, language) for c in data.companies}
    spec.title_rows("Every capex point (US$ mn)",
                    "Basis: reported, stated in the note's text, derived by CSP Desk from a printed YoY, or "
                    "company guidance. YoY (computed) from the figures; YoY (printed) as the note printed "
                    "it.")
    columns = ["Calendar", "Company", "Fiscal", "Capex", "Basis", "Consensus", "vs consensus", "Guidance",
               "YoY (computed)", "YoY (printed)", "Capex / revenue", "How derived", "Source"]
    header = spec.header(columns, numeric={"Capex", "Consensus", "vs consensus", "Guidance", "YoY (computed)",
                                           "YoY (printed)", "Capex / revenue"})
    for p in points:
        yoy = growth.get((p.company, p.fiscal))
        spec.add(
            (p.calendar.calendar_label(), "text"),
            (names.get(p.company, p.company), "text"),
            (p.fiscal.fiscal_label() if p.fiscal != p.calendar else None, "text"),
            (L.to_cell(p.value, Kind.AMOUNT), _point_style(p) if p.value is not None else "amount"),
            (t(_basis(p)) or None, "text"),
            (L.to_cell(p.consensus, Kind.AMOUNT), "amount"),
            (diff_cell_value(p.vs_consensus, Kind.AMOUNT), "pctdiff"),
            (L.to_cell(p.guidance, Kind.AMOUNT), "amount"),
            (diff_cell_value(yoy, Kind.AMOUNT), "pctdiff"),
            (diff_cell_value(p.printed_yoy, Kind.AMOUNT), "pctdiff|italic"),
            (diff_cell_value(p.intensity, Kind.AMOUNT), "pct"),
            (p.derivation or None, "wrap"),
            ("; ".join(p.sources) or None, "wrap"),
        )
    spec.freeze = "C5"
    spec.autofilter = spec.table_ref(header, spec.next_row - 1, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.title_columns = 2
    spec.widths.update({12: 36.0, 13: 30.0})
    return spec


def _anchor(column: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(column)}{row}"


def _chart_factory(header: int, last: int, tickers: list[str], names: dict[str, str],
                   quarters: list[Quarter], at: dict[tuple[str, Quarter], CapexPoint],
                   t: Any = str) -> Any:
    def build(sheet: Any) -> Any:
        from openpyxl.chart import BarChart, Reference
        from openpyxl.chart.marker import DataPoint
        from openpyxl.chart.shapes import GraphicalProperties

        chart = BarChart()
        chart.type = "col"
        chart.grouping = "clustered"
        chart.title = t("Quarterly capex (US$ mn)")
        chart.y_axis.title = t("US$ mn")
        chart.y_axis.numFmt = "#,##0"
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.legend.position = "b"
        chart.width, chart.height = 18.0, 8.5  # type: ignore[assignment]  # cm; the stubs say int, openpyxl takes floats
        chart.gapWidth = 60
        data = Reference(sheet, min_col=2, max_col=1 + len(tickers), min_row=header, max_row=last)
        categories = Reference(sheet, min_col=1, min_row=header + 1, max_row=last)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(categories)
        for number, (series, ticker) in enumerate(zip(chart.series, tickers)):
            color = SERIES_COLORS[number % len(SERIES_COLORS)]
            series.graphicalProperties = GraphicalProperties(solidFill=color)
            series.graphicalProperties.line.solidFill = color
            for idx, quarter in enumerate(quarters):
                point = at.get((ticker, quarter))
                if point is None or point.value is None:
                    continue
                if point.actual is None:  # guidance: outlined bar
                    props = GraphicalProperties(noFill=True)
                    props.line.solidFill = color
                    props.line.width = 22000
                    series.dPt.append(DataPoint(idx=idx, spPr=props))
                elif point.is_derived:  # derived: pale bar with a coloured outline
                    props = GraphicalProperties(solidFill=COLOR_DERIVED_FILL)
                    props.line.solidFill = color
                    props.line.prstDash = "dash"
                    series.dPt.append(DataPoint(idx=idx, spPr=props))
        return chart

    return build
