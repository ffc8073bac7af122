"""Load and validate the seed data set in `data/` (UTF-8 CSV files a person can review in a diff).

Every malformed cell fails with `file:row:column: reason` (row 1 is the header row).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter, parse_period
from desktop_app.domain.ranking import Snapshot, SnapshotEntry
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.scorecard import Printed, ScorecardLine
from desktop_app.domain.statements import TOPICS, CloudRead, Statement
from desktop_app.io.seed_files import COLUMNS, FILES, UNITS, DataFileError, Row, check_unique, read_rows

__all__ = ["COLUMNS", "FILES", "DataFileError", "SeedData", "load_seed"]


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


def _ref(row: Row, notes: set[str], figure_column: str = "figure") -> SourceRef:
    note = row.text("note_id", True)
    if note not in notes:
        raise row.fail("note_id", f"unknown note {note!r}")
    return SourceRef(note, row.text(figure_column, True), row.integer("source_line"))


def load_seed(folder: Path | None = None) -> SeedData:
    """Read and validate every seed file; raise DataFileError on the first malformed cell."""
    if folder is None:
        from desktop_app.paths import data_dir

        folder = data_dir()
    folder = Path(folder)

    sources = [
        Source(
            r.text("note_id", True),
            r.text("file", True),
            r.text("broker", True),
            r.text("published"),
            r.text("title_zh", True),
            r.text("title_en", True),
        )
        for r in read_rows(folder, "sources")
    ]
    notes = {s.note_id for s in sources}

    companies: list[Company] = []
    for r in read_rows(folder, "companies"):
        month = r.integer("fy_end_month", True)
        if month is None or not 1 <= month <= 12:
            raise r.fail("fy_end_month", f"must be a month 1-12, not {month}")
        ticker = r.text("ticker", True)
        check_unique(r, {c.ticker for c in companies}, ticker, "ticker")
        companies.append(
            Company(ticker, r.text("name_en", True), r.text("name_zh", True), month, r.text("cloud_segment"))
        )
    by_ticker = {c.ticker: c for c in companies}

    def company_of(row: Row, column: str = "company") -> Company:
        ticker = row.text(column, True)
        if ticker not in by_ticker:
            raise row.fail(column, f"unknown company {ticker!r}")
        return by_ticker[ticker]

    lines: list[LineDef] = []
    seen: set[object] = set()
    for r in read_rows(folder, "lines"):
        company = company_of(r)
        key = r.text("key", True)
        check_unique(r, seen, (company.ticker, key), "key")
        kind = r.convert("kind", Kind)
        numerator, denominator = r.text("numerator"), r.text("denominator")
        if bool(numerator) != bool(denominator):
            raise r.fail("denominator", "numerator and denominator go together")
        lines.append(
            LineDef(
                company.ticker,
                key,
                r.text("label", True),
                r.text("printed_label", True),
                r.text("section", True),
                kind,
                r.convert("polarity", Polarity.parse),
                r.integer("position", True) or 0,
                numerator or None,
                denominator or None,
                label_zh=r.text("label_zh"),
                unit=r.text("unit"),
            )
        )
    line_keys = {(d.company, d.key) for d in lines}
    for d in lines:
        for part in (d.numerator, d.denominator):
            if part and (d.company, part) not in line_keys:
                raise DataFileError(
                    FILES["lines"], 0, "numerator", f"{d.company} {d.key}: unknown line {part!r}"
                )

    scorecard: list[ScorecardLine] = []
    seen = set()
    for r in read_rows(folder, "scorecards"):
        company = company_of(r)
        fy_end = company.fy_end_month
        period: Quarter = r.convert("period", partial(parse_period, fy_end_month=fy_end))
        line = r.text("line", True)
        if (company.ticker, line) not in line_keys:
            raise r.fail("line", f"unknown line {line!r} for {company.ticker}")
        check_unique(r, seen, (company.ticker, period, line), "line")
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
        scorecard.append(
            ScorecardLine(
                company.ticker,
                period,
                line,
                printed=printed,
                source=_ref(r, notes),
                remark=r.text("remark"),
                **values,
            )
        )

    forecasts: list[Forecast] = []
    seen = set()
    for r in read_rows(folder, "forecasts"):
        company = company_of(r)
        metric = (company.ticker, r.text("year", True), r.text("metric", True))
        check_unique(r, seen, metric, "metric")
        forecasts.append(
            Forecast(
                company.ticker,
                metric[1],
                metric[2],
                r.number("value", True),
                r.choice("unit", UNITS),
                r.number("printed_change_pct"),
                _ref(r, notes),
            )
        )

    targets: list[Target] = []
    seen = set()
    for r in read_rows(folder, "targets"):
        company = company_of(r)
        check_unique(r, seen, company.ticker, "company")
        targets.append(
            Target(
                company.ticker,
                r.text("rating"),
                r.number("share_price"),
                r.number("market_cap_bn"),
                r.number("target_new"),
                r.number("target_old"),
                r.number("printed_upside"),
                r.number("printed_target_change"),
                r.text("valuation_new"),
                r.text("valuation_old"),
                r.text("remark"),
                _ref(r, notes),
            )
        )

    supply: list[SupplyChainEntry] = []
    seen = set()
    for r in read_rows(folder, "supply_chain"):
        csp = company_of(r, "csp")
        ticker = r.text("ticker", True)
        check_unique(r, seen, (csp.ticker, ticker), "ticker")
        supply.append(
            SupplyChainEntry(
                csp.ticker,
                ticker,
                r.text("name_zh", True),
                r.text("name_en", True),
                r.text("analyst_zh", True),
                r.text("rating_zh"),
                r.text("rating_en"),
                r.number("target_ntd"),
                r.text("revenue_share"),
                r.text("product_zh", True),
                r.text("product_en", True),
                _ref(r, notes),
            )
        )

    statements: list[Statement] = []
    seen = set()
    for r in read_rows(folder, "statements"):
        key = r.text("key", True)
        check_unique(r, seen, key, "key")
        ticker = r.text("company")
        if ticker and ticker not in by_ticker:
            raise r.fail("company", f"unknown company {ticker!r}")
        value, unit = r.number("value"), r.choice("unit", UNITS, required=False)
        if value is not None and not unit:
            raise r.fail("unit", "a figure needs its unit")
        statements.append(
            Statement(
                key,
                r.choice("topic", TOPICS),
                ticker or None,
                r.text("period"),
                r.text("metric"),
                value,
                unit,
                r.text("text_zh", True),
                r.text("text_en", True),
                _ref(r, notes),
            )
        )

    reads: list[CloudRead] = []
    seen = set()
    for r in read_rows(folder, "cloud_read"):
        company = company_of(r)
        note = r.text("note_id", True)
        check_unique(r, seen, (note, company.ticker), "company")
        reads.append(
            CloudRead(
                note,
                r.text("period", True),
                r.integer("position", True) or 0,
                company.ticker,
                r.text("segment", True),
                r.text("growth_trend_zh", True),
                r.text("growth_trend_en", True),
                r.number("vs_consensus"),
                r.choice("vs_consensus_unit", {"", "%", "ppts"}, required=False),
                _ref(r, notes),
            )
        )

    snapshots = _snapshots(folder, notes, by_ticker)
    return SeedData(
        sources, companies, lines, scorecard, forecasts, targets, supply, statements, reads, snapshots
    )


def _snapshots(folder: Path, notes: set[str], by_ticker: dict[str, Company]) -> list[Snapshot]:
    grouped: dict[int, dict[str, Any]] = {}
    for r in read_rows(folder, "rankings"):
        number = r.integer("snapshot", True)
        ticker = r.text("ticker", True)
        if ticker not in by_ticker:
            raise r.fail("ticker", f"unknown company {ticker!r}")
        note = r.text("note_id", True)
        if note not in notes:
            raise r.fail("note_id", f"unknown note {note!r}")
        head = grouped.setdefault(
            number,
            {
                "label": r.text("label", True),
                "taken_on": r.text("taken_on"),
                "note": r.text("snapshot_note"),
                "note_id": note,
                "entries": [],
            },
        )
        if head["label"] != r.text("label", True):
            raise r.fail("label", f"snapshot {number} has two labels")
        rank = r.integer("rank", True)
        if any(e.rank == rank or e.ticker == ticker for e in head["entries"]):
            raise r.fail("rank", f"snapshot {number} repeats rank {rank} or {ticker}")
        head["entries"].append(
            SnapshotEntry(rank, ticker, r.text("reason_en", True), r.text("reason_zh", True))
        )
    snapshots = []
    for number in sorted(grouped):
        head = grouped[number]
        ranks = sorted(e.rank for e in head["entries"])
        if ranks != list(range(1, len(ranks) + 1)):
            raise DataFileError(
                FILES["rankings"], 0, "rank", f"snapshot {number} ranks are not 1..{len(ranks)}"
            )
        snapshots.append(
            Snapshot(
                number,
                head["label"],
                head["taken_on"],
                head["note"],
                tuple(sorted(head["entries"], key=lambda e: e.rank)),
                head["note_id"],
            )
        )
    return snapshots
