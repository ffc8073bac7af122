"""Load and validate the seed data set in `data/` (UTF-8 CSV files a person can review in a diff).

Every malformed cell fails with `file:row:column: reason` (row 1 is the header row).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.domain.calc import to_decimal
from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.metrics import Kind, LineDef, Polarity
from desktop_app.domain.periods import Quarter, parse_period
from desktop_app.domain.ranking import Snapshot, SnapshotEntry
from desktop_app.domain.research import Forecast, SupplyChainEntry, Target
from desktop_app.domain.scorecard import Printed, ScorecardLine
from desktop_app.domain.statements import TOPICS, CloudRead, Statement

FILES = {
    "sources": "sources.csv",
    "companies": "companies.csv",
    "lines": "lines.csv",
    "scorecards": "scorecards.csv",
    "forecasts": "forecasts.csv",
    "targets": "targets.csv",
    "supply_chain": "supply_chain.csv",
    "statements": "statements.csv",
    "cloud_read": "cloud_read.csv",
    "rankings": "rankings.csv",
}

COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("note_id", "file", "broker", "published", "title_zh", "title_en"),
    "companies": ("ticker", "name_en", "name_zh", "fy_end_month", "cloud_segment", "source"),
    "lines": (
        "company", "key", "label", "printed_label", "section", "kind", "polarity", "position",
        "numerator", "denominator",
    ),
    "scorecards": (
        "company", "period", "line", "actual", "consensus", "guidance",
        "printed_actual_vs_consensus", "printed_actual_vs_guidance",
        "printed_guidance_vs_consensus", "printed_yoy", "printed_qoq",
        "note_id", "figure", "source_line", "remark",
    ),
    "forecasts": (
        "company", "year", "metric", "value", "unit", "printed_change_pct",
        "note_id", "figure", "source_line",
    ),
    "targets": (
        "company", "rating", "share_price", "market_cap_bn", "target_new", "target_old",
        "printed_upside", "printed_target_change", "valuation_new", "valuation_old",
        "note_id", "figure", "source_line", "remark",
    ),
    "supply_chain": (
        "csp", "ticker", "name_zh", "name_en", "analyst_zh", "rating_zh", "rating_en",
        "target_ntd", "revenue_share", "product_zh", "product_en", "note_id", "figure",
        "source_line",
    ),
    "statements": (
        "key", "topic", "company", "period", "metric", "value", "unit", "text_zh", "text_en",
        "note_id", "figure", "source_line",
    ),
    "cloud_read": (
        "note_id", "period", "position", "company", "segment", "growth_trend_zh",
        "growth_trend_en", "vs_consensus", "vs_consensus_unit", "figure", "source_line",
    ),
    "rankings": (
        "snapshot", "label", "taken_on", "note_id", "snapshot_note", "rank", "ticker",
        "reason_zh", "reason_en", "source_line",
    ),
}

UNITS = {"", "%", "ppts", "US$bn", "US$mn", "US$", "years", "x", "mn", "GW"}


class DataFileError(ValueError):
    """A malformed seed data file: `file:row:column: reason`."""

    def __init__(self, file: str, row: int, column: str, reason: str) -> None:
        super().__init__(f"{file}:{row}:{column}: {reason}")
        self.file, self.row, self.column, self.reason = file, row, column, reason


@dataclass
class SeedData:
    sources: list[Source]
    companies: list[Company]
    lines: list[LineDef]
    scorecard: list[ScorecardLine]
    forecasts: list[Forecast]
    targets: list[Target]
    supply_chain: list[SupplyChainEntry]
    statements: list[Statement]
    cloud_reads: list[CloudRead]
    snapshots: list[Snapshot]  # oldest first


class _Row:
    """One CSV row with typed, located accessors."""

    def __init__(self, file: str, number: int, values: dict[str, str]) -> None:
        self.file, self.row_no, self.values = file, number, values

    def fail(self, column: str, reason: str) -> DataFileError:
        return DataFileError(self.file, self.row_no, column, reason)

    def text(self, column: str, required: bool = False) -> str:
        value = (self.values.get(column) or "").strip()
        if required and not value:
            raise self.fail(column, "required value is empty")
        return value

    def number(self, column: str, required: bool = False) -> Decimal | None:
        text = self.text(column, required)
        try:
            value = to_decimal(text)
        except ValueError:
            raise self.fail(column, f"not a number: {text!r}") from None
        if value is not None and not value.is_finite():
            raise self.fail(column, f"not a finite number: {text!r}")
        return value

    def integer(self, column: str, required: bool = False) -> int | None:
        text = self.text(column, required)
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            raise self.fail(column, f"not a whole number: {text!r}") from None

    def choice(self, column: str, allowed: set[str] | tuple[str, ...], required: bool = True) -> str:
        text = self.text(column, required)
        if text not in allowed and (required or text):
            raise self.fail(column, f"{text!r} is not one of {', '.join(sorted(allowed))}")
        return text

    def convert(self, column: str, parse: Callable[[str], Any]) -> Any:
        text = self.text(column, True)
        try:
            return parse(text)
        except ValueError as exc:
            raise self.fail(column, str(exc)) from None


def _rows(folder: Path, kind: str) -> Iterator[_Row]:
    name = FILES[kind]
    path = folder / name
    if not path.is_file():
        raise DataFileError(name, 0, "-", f"file missing in {folder}")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        expected = COLUMNS[kind]
        if header is None:
            raise DataFileError(name, 1, "-", "file is empty")
        if tuple(h.strip() for h in header) != expected:
            missing = [c for c in expected if c not in header]
            extra = [c for c in header if c not in expected]
            detail = "; ".join(
                p for p in (
                    f"missing {', '.join(missing)}" if missing else "",
                    f"unexpected {', '.join(extra)}" if extra else "",
                ) if p
            ) or "columns out of order"
            raise DataFileError(name, 1, "-", f"header must be {','.join(expected)} ({detail})")
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(expected):
                raise DataFileError(
                    name, number, "-", f"{len(cells)} cells, expected {len(expected)}"
                )
            yield _Row(name, number, dict(zip(expected, cells)))


def _ref(row: _Row, notes: set[str], figure_column: str = "figure") -> SourceRef:
    note = row.text("note_id", True)
    if note not in notes:
        raise row.fail("note_id", f"unknown note {note!r}")
    return SourceRef(note, row.text(figure_column, True), row.integer("source_line"))


def _unique(row: _Row, seen: set, key: object, column: str) -> None:
    if key in seen:
        raise row.fail(column, f"duplicate row for {key}")
    seen.add(key)


def load_seed(folder: Path | None = None) -> SeedData:
    """Read and validate every seed file; raise DataFileError on the first malformed cell."""
    if folder is None:
        from desktop_app.paths import data_dir

        folder = data_dir()
    folder = Path(folder)

    sources = [
        Source(r.text("note_id", True), r.text("file", True), r.text("broker", True),
               r.text("published"), r.text("title_zh", True), r.text("title_en", True))
        for r in _rows(folder, "sources")
    ]
    notes = {s.note_id for s in sources}

    companies: list[Company] = []
    for r in _rows(folder, "companies"):
        month = r.integer("fy_end_month", True)
        if month not in (3, 6, 9, 12):
            raise r.fail("fy_end_month", f"must be 3, 6, 9 or 12, not {month}")
        ticker = r.text("ticker", True)
        _unique(r, {c.ticker for c in companies}, ticker, "ticker")
        companies.append(Company(ticker, r.text("name_en", True), r.text("name_zh", True),
                                 month, r.text("cloud_segment")))
    by_ticker = {c.ticker: c for c in companies}

    def company_of(row: _Row, column: str = "company") -> Company:
        ticker = row.text(column, True)
        if ticker not in by_ticker:
            raise row.fail(column, f"unknown company {ticker!r}")
        return by_ticker[ticker]

    lines: list[LineDef] = []
    seen: set = set()
    for r in _rows(folder, "lines"):
        company = company_of(r)
        key = r.text("key", True)
        _unique(r, seen, (company.ticker, key), "key")
        kind = r.convert("kind", Kind)
        numerator, denominator = r.text("numerator"), r.text("denominator")
        if bool(numerator) != bool(denominator):
            raise r.fail("denominator", "numerator and denominator go together")
        lines.append(LineDef(company.ticker, key, r.text("label", True), r.text("printed_label", True),
                             r.text("section", True), kind, r.convert("polarity", Polarity.parse),
                             r.integer("position", True) or 0, numerator or None, denominator or None))
    line_keys = {(d.company, d.key) for d in lines}
    for d in lines:
        for part in (d.numerator, d.denominator):
            if part and (d.company, part) not in line_keys:
                raise DataFileError(FILES["lines"], 0, "numerator", f"{d.company} {d.key}: unknown line {part!r}")

    scorecard: list[ScorecardLine] = []
    seen = set()
    for r in _rows(folder, "scorecards"):
        company = company_of(r)
        period: Quarter = r.convert("period", lambda t: parse_period(t, company.fy_end_month))
        line = r.text("line", True)
        if (company.ticker, line) not in line_keys:
            raise r.fail("line", f"unknown line {line!r} for {company.ticker}")
        _unique(r, seen, (company.ticker, period, line), "line")
        values = {f: r.number(f) for f in ("actual", "consensus", "guidance")}
        if all(v is None for v in values.values()):
            raise r.fail("actual", "a scorecard row needs an actual, a consensus or a guidance")
        printed = Printed(
            actual_vs_consensus=r.number("printed_actual_vs_consensus"),
            actual_vs_guidance=r.number("printed_actual_vs_guidance"),
            guidance_vs_consensus=r.number("printed_guidance_vs_consensus"),
            yoy=r.number("printed_yoy"),
            qoq=r.number("printed_qoq"),
        )
        scorecard.append(ScorecardLine(company.ticker, period, line, printed=printed,
                                       source=_ref(r, notes), remark=r.text("remark"), **values))

    forecasts: list[Forecast] = []
    seen = set()
    for r in _rows(folder, "forecasts"):
        company = company_of(r)
        key = (company.ticker, r.text("year", True), r.text("metric", True))
        _unique(r, seen, key, "metric")
        forecasts.append(Forecast(company.ticker, key[1], key[2], r.number("value", True),  # type: ignore[arg-type]
                                  r.choice("unit", UNITS), r.number("printed_change_pct"), _ref(r, notes)))

    targets: list[Target] = []
    seen = set()
    for r in _rows(folder, "targets"):
        company = company_of(r)
        _unique(r, seen, company.ticker, "company")
        targets.append(Target(
            company.ticker, r.text("rating"), r.number("share_price"), r.number("market_cap_bn"),
            r.number("target_new"), r.number("target_old"), r.number("printed_upside"),
            r.number("printed_target_change"), r.text("valuation_new"), r.text("valuation_old"),
            r.text("remark"), _ref(r, notes)))

    supply: list[SupplyChainEntry] = []
    seen = set()
    for r in _rows(folder, "supply_chain"):
        csp = company_of(r, "csp")
        ticker = r.text("ticker", True)
        _unique(r, seen, (csp.ticker, ticker), "ticker")
        supply.append(SupplyChainEntry(
            csp.ticker, ticker, r.text("name_zh", True), r.text("name_en", True),
            r.text("analyst_zh", True), r.text("rating_zh"), r.text("rating_en"),
            r.number("target_ntd"), r.text("revenue_share"), r.text("product_zh", True),
            r.text("product_en", True), _ref(r, notes)))

    statements: list[Statement] = []
    seen = set()
    for r in _rows(folder, "statements"):
        key = r.text("key", True)
        _unique(r, seen, key, "key")
        ticker = r.text("company")
        if ticker and ticker not in by_ticker:
            raise r.fail("company", f"unknown company {ticker!r}")
        value, unit = r.number("value"), r.choice("unit", UNITS, required=False)
        if value is not None and not unit:
            raise r.fail("unit", "a figure needs its unit")
        statements.append(Statement(
            key, r.choice("topic", TOPICS), ticker or None, r.text("period"), r.text("metric"),
            value, unit, r.text("text_zh", True), r.text("text_en", True), _ref(r, notes)))

    reads: list[CloudRead] = []
    seen = set()
    for r in _rows(folder, "cloud_read"):
        company = company_of(r)
        note = r.text("note_id", True)
        _unique(r, seen, (note, company.ticker), "company")
        reads.append(CloudRead(
            note, r.text("period", True), r.integer("position", True) or 0, company.ticker,
            r.text("segment", True), r.text("growth_trend_zh", True), r.text("growth_trend_en", True),
            r.number("vs_consensus"), r.choice("vs_consensus_unit", {"", "%", "ppts"}, required=False),
            _ref(r, notes)))

    snapshots = _snapshots(folder, notes, by_ticker)
    return SeedData(sources, companies, lines, scorecard, forecasts, targets, supply,
                    statements, reads, snapshots)


def _snapshots(folder: Path, notes: set[str], by_ticker: dict[str, Company]) -> list[Snapshot]:
    grouped: dict[int, dict[str, Any]] = {}
    for r in _rows(folder, "rankings"):
        number = r.integer("snapshot", True)
        ticker = r.text("ticker", True)
        if ticker not in by_ticker:
            raise r.fail("ticker", f"unknown company {ticker!r}")
        note = r.text("note_id", True)
        if note not in notes:
            raise r.fail("note_id", f"unknown note {note!r}")
        head = grouped.setdefault(number, {"label": r.text("label", True), "taken_on": r.text("taken_on"),
                                           "note": r.text("snapshot_note"), "note_id": note, "entries": []})
        if head["label"] != r.text("label", True):
            raise r.fail("label", f"snapshot {number} has two labels")
        rank = r.integer("rank", True)
        if any(e.rank == rank or e.ticker == ticker for e in head["entries"]):
            raise r.fail("rank", f"snapshot {number} repeats rank {rank} or {ticker}")
        head["entries"].append(SnapshotEntry(rank, ticker, r.text("reason_en", True), r.text("reason_zh", True)))  # type: ignore[arg-type]
    snapshots = []
    for number in sorted(grouped):
        head = grouped[number]
        ranks = sorted(e.rank for e in head["entries"])
        if ranks != list(range(1, len(ranks) + 1)):
            raise DataFileError(FILES["rankings"], 0, "rank", f"snapshot {number} ranks are not 1..{len(ranks)}")
        snapshots.append(Snapshot(number, head["label"], head["taken_on"], head["note"],
                                  tuple(sorted(head["entries"], key=lambda e: e.rank)), head["note_id"]))
    return snapshots
