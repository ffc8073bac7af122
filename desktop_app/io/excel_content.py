"""The Summary, Forecasts & targets, Supply chain, Ranking history and Sources sheets.

Each function takes domain objects read from the workspace and returns a `SheetSpec`; nothing
here touches openpyxl or the workspace file. Computed figures (upside, target change, moves) are
computed from the stored figures with the domain's functions; printed ones are labelled printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.market import DEFAULT_STALE_DAYS, MarketView
from desktop_app.domain.metrics import Kind
from desktop_app.domain.ranking import RankEntry, Snapshot, moves
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.statements import CloudRead, Statement
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_labels import company_name
from desktop_app.io.excel_scorecards import diff_cell_value
from desktop_app.io.excel_sheet import Cell, SheetSpec
from desktop_app.io.excel_styles import decimals

_NUMBER = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class SummaryData:
    companies: Sequence[Company]
    ranking: Sequence[RankEntry]
    snapshots: Sequence[Snapshot]
    targets: Sequence[Target]
    exported_at: datetime
    workspace: str  # the workspace's name (never a folder: the workbook is sent around)
    author: str  # CSP_DESK_USER, or "—" when not set (never the OS login)
    markets: dict[str, MarketView] = field(default_factory=dict)  # latest price, target, rating
    stale_days: int = DEFAULT_STALE_DAYS
    language: str = "en"


def _name(companies: dict[str, Company], ticker: str, language: str = "en") -> str:
    return company_name(companies.get(ticker), ticker, language)


def _price(value: Decimal | None) -> Cell:
    if value is None:
        return (None, "amount")
    return (L.to_cell(value, Kind.AMOUNT), "amount2" if decimals(value) else "amount")


def _pct(value: Decimal | None) -> Cell:
    return (diff_cell_value(value, Kind.AMOUNT), "pct")


def _printed_pct(value: Decimal | None) -> Cell:
    """A percentage as the note printed it, at its printed precision (whole or one decimal)."""
    return (diff_cell_value(value, Kind.AMOUNT), "pct|italic" if value is not None and decimals(value)
            else "pctdiff|italic")


def _source(ref: SourceRef | None) -> Cell:
    return (ref.describe() if ref else None, "text")


def summary_sheet(data: SummaryData) -> SheetSpec:
    language = data.language
    spec = SheetSpec(L.SUMMARY, gridlines=False, language=language)
    t = spec.t
    stamp = data.exported_at.strftime("%Y-%m-%d %H:%M")
    spec.title_rows("CSP Desk: preference ranking of the cloud service providers")
    spec.rows[L.NOTE_ROW - 1] = [(t("Exported {stamp} from {workspace}").format(
        stamp=stamp, workspace=data.workspace), "note")]
    by_ticker = {c.ticker: c for c in data.companies}
    targets = {t.company: t for t in data.targets}
    last = data.snapshots[-1] if data.snapshots else None
    moved = moves(last.order, [e.ticker for e in data.ranking]) if last else {}
    columns = ["Rank", "Company", "Ticker", "Rating", "Share price (US$)", "Price date", "Target (US$)",
               "Upside", "Move", "Rationale"]
    header = spec.header(columns, numeric={"Rank", "Share price (US$)", "Price date", "Target (US$)",
                                           "Upside", "Move"})
    for rank, entry in enumerate(data.ranking, start=1):
        target = targets.get(entry.ticker)
        market = data.markets.get(entry.ticker)
        move = moved.get(entry.ticker) if last else None
        move_cell: Cell = ((move, "move") if move is not None
                           else ((t("new") if last else None), "text|center"))
        row = spec.next_row
        if market is not None and market.price is not None:
            price = market.price
            rating = market.rating_text or (target.rating if target else "")
            when = price.as_of.isoformat() if price.as_of else t("not given")
            stale = t(" (stale)") if market.stale else ""
            cells: list[Cell] = [
                (rating or None, "text"), _price(price.price),
                (when + stale, "rtext|flag" if stale else "rtext"),
                _price(market.target.target if market.target else None),
                (diff_cell_value(market.upside, Kind.AMOUNT), "pct|flag" if stale else "pct")]
            if market.stale and market.upside is not None:
                age = (t("its date is not given") if price.as_of is None
                       else t("{age} days old").format(age=market.age))
                spec.comments[(row, 8)] = t(
                    "Stale price: {age} (stale after {days} days). Upside = latest target / latest price - 1."
                ).format(age=age, days=data.stale_days)
        else:
            cells = [(target.rating if target else None, "text"),
                     _price(target.share_price if target else None), (None, "rtext"),
                     _price(target.target_new if target else None), _pct(target.upside if target else None)]
        spec.add(
            (rank, "int|bold"),
            (_name(by_ticker, entry.ticker, language), "label"),
            (entry.ticker, "text"),
            *cells,
            move_cell,
            (entry.rationale or None, "wrap"),
        )
    last_row = spec.next_row - 1
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, last_row, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.widths[10] = 40.0
    spec.title_columns = 2
    spec.comments[(header, 6)] = t("The date the share price is as of; (stale) when older than {days} days "
                                   "or not given.").format(days=data.stale_days)
    spec.comments[(header, 8)] = t("Latest target price / latest share price - 1, computed.")
    spec.comments[(header, 9)] = t("Places moved since the last snapshot: ▲ up, ▼ down, = unchanged.")

    spec.blank()
    order = " > ".join(_name(by_ticker, e.ticker, language) for e in data.ranking)
    since = (t("{label} ({date})").format(label=last.label, date=last.taken_on or t("undated")) if last
             else t("no snapshot yet"))
    for label, value in (
        ("Order", (order, "text|free")),
        ("Moves since", (since, "text|free")),
        ("Exported", (data.exported_at.replace(microsecond=0, tzinfo=None), "datetime")),  # "###" if cramped
        ("Workspace", (data.workspace, "text|free")),
        ("Exported by", (data.author, "text|free")),
    ):
        spec.add((t(label), "label"), value)
    return spec


def research_sheet(companies: Sequence[Company], targets: Sequence[Target],
                   language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.RESEARCH, language=language)
    spec.title_rows("KGI forecasts and target prices (Figure 1)",
                    "Upside and target change are computed from the figures; the printed ones are "
                    "beside them.")
    by_ticker = {c.ticker: c for c in companies}
    columns = ["Ticker", "Company", "Rating", "Share price (US$)", "Market cap (US$ bn)",
               "Target new (US$)", "Target old (US$)", "Target change", "Target change (printed)",
               "Upside", "Upside (printed)", "Valuation (new)", "Valuation (old)", "Remark", "Source"]
    numeric = set(columns[3:11])
    header = spec.header(columns, numeric=numeric)
    for t in targets:
        spec.add(
            (t.company, "text"), (_name(by_ticker, t.company, language), "label"), (t.rating or None, "text"),
            _price(t.share_price), _price(t.market_cap_bn), _price(t.target_new), _price(t.target_old),
            _pct(t.target_change), _printed_pct(t.printed_target_change),
            _pct(t.upside), _printed_pct(t.printed_upside),
            (t.valuation_new or None, "text"), (t.valuation_old or None, "text"),
            (t.remark or None, "wrap"), _source(t.source),
        )
    last = spec.next_row - 1
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, last, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.widths[14] = 40.0
    spec.widths[15] = 26.0
    spec.title_columns = 2
    return spec


def forecasts_sheet(companies: Sequence[Company], forecasts: Sequence[Forecast],
                    language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.FORECASTS, language=language)
    spec.title_rows("KGI forecasts", "As printed in the notes; the change vs the previous forecast is the "
                                     "note's own figure.")
    by_ticker = {c.ticker: c for c in companies}
    columns = ["Ticker", "Company", "Year", "Metric", "Unit", "Forecast", "Change vs previous (printed)",
               "Source"]
    header = spec.header(columns, numeric={"Forecast", "Change vs previous (printed)"})
    for f in forecasts:
        spec.add((f.company, "text"), (_name(by_ticker, f.company, language), "label"), (f.year, "text"),
                 (f.metric, "text"), (f.unit, "text"), _price(f.value),
                 _printed_pct(f.printed_change_pct), _source(f.source))
    spec.freeze = "C5"
    spec.autofilter = spec.table_ref(header, spec.next_row - 1, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.title_columns = 2
    return spec


def supply_chain_sheet(companies: Sequence[Company], entries: Sequence[SupplyChainEntry],
                       language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.SUPPLY_CHAIN, language=language)
    spec.title_rows("Taiwan supply chain of the CSPs (Figures 4–5)",
                    "Target prices in NT$. Share of revenue as printed in the note (%).")
    by_ticker = {c.ticker: c for c in companies}
    columns = ["CSP", "Ticker", "公司", "Company", "Analyst", "評等", "Rating", "Target (NT$)",
               "Share of revenue (%)", "產品", "Product", "Source"]
    if language != "en":  # beside the Chinese columns, the English ones say they are English
        columns = [{"Company": "Company (English)", "Rating": "Rating (English)",
                    "Product": "Product (English)"}.get(c, c) for c in columns]
    header = spec.header(columns, numeric={"Target (NT$)", "Share of revenue (%)"})
    for e in entries:
        share: Cell = (int(e.revenue_share), "int") if _NUMBER.match(e.revenue_share) and "." not in \
            e.revenue_share else (e.revenue_share or None, "rtext")
        spec.add((_name(by_ticker, e.csp, language), "text"), (e.ticker, "text"), (e.name_zh or None, "text"),
                 (e.name_en or None, "text"), (e.analyst_zh or None, "text"), (e.rating_zh or None, "text"),
                 (e.rating_en or None, "text"), _price(e.target_ntd), share,
                 (e.product_zh or None, "text"), (e.product_en or None, "text"), _source(e.source))
    last = spec.next_row - 1
    spec.freeze = "C5"
    spec.autofilter = spec.table_ref(header, last, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.title_columns = 2
    return spec


def history_sheet(companies: Sequence[Company], snapshots: Sequence[Snapshot],
                  ranking: Sequence[RankEntry], language: str = "en") -> SheetSpec:
    spec = SheetSpec(L.HISTORY, language=language)
    t = spec.t
    spec.title_rows("Ranking history: every snapshot side by side",
                    "Each snapshot's order, the places moved since the snapshot before it (▲ up, ▼ down) "
                    "and the rationale; the last group is the current order against the last snapshot.")
    by_ticker = {c.ticker: c for c in companies}
    groups: list[tuple[str, Snapshot | None, list[str], dict[str, str]]] = [
        (t("{label} ({date})").format(label=s.label, date=s.taken_on or t("undated")), s, s.order,
         {e.ticker: e.rationale for e in s.entries}) for s in snapshots]
    groups.append((t("Current"), None, [e.ticker for e in ranking], {e.ticker: e.rationale for e in ranking}))
    names = ["Rank"]
    for label, *_ in groups:
        names += [label, "Move", "Rationale"]
    header = spec.header(names, numeric={"Rank", "Move"})
    depth = max((len(order) for _, _, order, _ in groups), default=0)
    for rank in range(depth):
        number = spec.next_row
        row: list[Cell] = [(rank + 1, "int|bold|center")]
        for i, (_, snapshot, order, rationale) in enumerate(groups):
            if rank >= len(order):
                row += [(None, None)] * 3
                continue
            ticker = order[rank]
            row.append((f"{_name(by_ticker, ticker, language)} ({ticker})", "label"))
            move = moves(groups[i - 1][2], order).get(ticker) if i else None
            if i == 0:
                row.append((None, "text"))
            else:
                row.append((move, "move") if move is not None else (t("new"), "text|center"))
            row.append((rationale.get(ticker) or None, "wrap"))
            reasons = {e.ticker: e.reason_zh for e in snapshot.entries} if snapshot else {}
            if reasons.get(ticker):
                spec.comments[(number, len(row))] = t("Reason in the note: {reason}").format(
                    reason=reasons[ticker])
        spec.add(*row)
    last = spec.next_row - 1
    notes: list[Cell] = [(t("Note"), "label")]
    for _, snapshot, _, _ in groups:
        notes += [(None, None), (None, None), ((snapshot.note if snapshot else "") or None, "wrap|italic")]
    if any(value for value, _ in notes[1:]):
        spec.add(*notes)
    spec.freeze = "B5"
    spec.title_columns = 1
    spec.autofilter = spec.table_ref(header, last, len(names))
    spec.print_rows = f"{header}:{header}"
    for i in range(len(groups)):
        spec.widths[2 + 3 * i + 2] = 36.0
    return spec


def _ranges(numbers: Iterable[int]) -> str:
    """`[103, 104, 105, 119]` → `103–105, 119`."""
    out: list[str] = []
    values = sorted(set(numbers))
    start: int | None = None
    prev: int | None = None
    for n in [*values, None]:
        if start is not None and prev is not None and (n is None or n != prev + 1):
            out.append(f"{start}" if start == prev else f"{start}–{prev}")
            start = None
        if n is not None and start is None:
            start = n
        prev = n
    return ", ".join(out)


def sources_sheet(sources: Sequence[Source], language: str = "en") -> SheetSpec:
    """The notes every figure was transcribed from."""
    spec = SheetSpec(L.SOURCES, language=language)
    spec.title_rows("Sources", "The broker notes every figure was transcribed from; the figures and "
                               "passages cited are on the Citations sheet, the points of the notes' text on "
                               "Points from the notes.")
    columns = ["Note", "Broker", "Published", "Title", "標題", "File"]
    header = spec.header(columns)
    for s in sources:
        spec.add((s.note_id, "label"), (s.broker, "text"), (s.published or spec.t("not printed"), "text"),
                 (s.title_en, "wrap"), (s.title_zh, "wrap"), (s.file, "text"))
    last = spec.next_row - 1
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, last, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.widths.update({4: 56.0, 5: 40.0})
    spec.title_columns = 1
    return spec


def citations_sheet(cited: dict[tuple[str, str], tuple[set[int], int, set[str]]],
                    language: str = "en") -> SheetSpec:
    """`cited`: (note, figure) → (lines, number of figures, sheets they appear on)."""
    spec = SheetSpec(L.CITATIONS, language=language)
    spec.title_rows("Figures and passages cited", "Each figure or passage of a note that the workbook "
                                                  "cites, with its lines in the note's text file.")
    columns = ["Note", "Figures cited", "Shown on", "Figure or passage", "Lines"]
    header = spec.header(columns, numeric={"Figures cited"})
    for (note, figure), (lines, count, sheets) in sorted(cited.items()):
        where: Cell = (next(iter(lines)), "int") if len(lines) == 1 else (_ranges(lines) or None, "wrap")
        shown = ", ".join(spec.t(x) for x in L.SHEETS if x in sheets)
        spec.add((note, "label"), (count, "int"), (shown, "wrap"),
                 (figure, "wrap"), where)
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, spec.next_row - 1, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.widths.update({3: 36.0, 4: 50.0, 5: 30.0})
    spec.title_columns = 1
    return spec


def note_points_sheet(statements: Sequence[Statement] = (), reads: Sequence[CloudRead] = (),
                      language: str = "en") -> SheetSpec:
    """The points of the notes' text: cloud reads and statements, in English and the original."""
    spec = SheetSpec(L.NOTE_POINTS, language=language)
    spec.title_rows("Points from the notes' text", "Each point in English and as the note wrote it (原文), "
                                                   "with its figure where the note gives one.")
    columns = ["Note", "Topic", "Company", "Point", "原文", "Figure", "Unit", "Period", "Where"]
    header = spec.header(columns, numeric={"Figure"})
    for r in reads:
        spec.add((r.note_id, "label"), (spec.t("cloud read"), "text"), (r.company, "text"),
                 (f"{r.position}. {r.segment}: {r.growth_trend_en}", "wrap"), (r.growth_trend_zh, "wrap"),
                 _price(r.vs_consensus), (r.vs_consensus_unit or None, "text"), (r.period, "text"),
                 (r.source.describe() if r.source else None, "wrap"))
    for x in statements:
        spec.add((x.source.note_id, "label"), (x.topic, "text"), (x.company, "text"),
                 (x.text_en, "wrap"), (x.text_zh, "wrap"), _price(x.value), (x.unit or None, "text"),
                 (x.period or None, "text"), (x.source.describe(), "wrap"))
    spec.freeze = "A5"
    spec.autofilter = spec.table_ref(header, spec.next_row - 1, len(columns))
    spec.print_rows = f"{header}:{header}"
    spec.widths.update({4: 40.0, 5: 30.0, 9: 26.0})
    spec.title_columns = 1
    return spec


def citations(lines: Sequence[ScorecardLine], forecasts: Sequence[Forecast], targets: Sequence[Target],
              supply: Sequence[SupplyChainEntry], statements: Sequence[Statement],
              reads: Sequence[CloudRead], snapshots: Sequence[Snapshot]
              ) -> dict[tuple[str, str], tuple[set[int], int, set[str]]]:
    """Every (note, figure) cited by a record of the workspace, with its lines and where it shows."""
    found: dict[tuple[str, str], tuple[set[int], int, set[str]]] = {}

    def cite(ref: SourceRef | None, *sheets: str) -> None:
        if ref is None:
            return
        lines_, count, where = found.get((ref.note_id, ref.figure), (set(), 0, set()))
        if ref.line:
            lines_.add(ref.line)
        where.update(sheets)
        found[(ref.note_id, ref.figure)] = (lines_, count + 1, where)

    for x in lines:
        cite(x.source, L.SCORECARDS, *([L.CAPEX, L.CAPEX_POINTS] if x.line == "capex" else []))
    for f in forecasts:
        cite(f.source, L.FORECASTS)
    for t in targets:
        cite(t.source, L.RESEARCH, L.SUMMARY)
    for e in supply:
        cite(e.source, L.SUPPLY_CHAIN)
    for s in statements:
        cite(s.source, L.NOTE_POINTS, *([L.CAPEX] if s.topic == "capex" else []))
    for r in reads:
        cite(r.source, L.NOTE_POINTS)
    for snap in snapshots:
        if snap.source_note:
            for _ in snap.entries:
                cite(SourceRef(snap.source_note, "Preference order (投資建議)", None), L.HISTORY)
    return found
