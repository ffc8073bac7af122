"""The seed data files: their names and columns, and typed, located access to their rows.

Every malformed cell fails with `file:row:column: reason` (row 1 is the header row).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal, overload

from desktop_app.domain.calc import to_decimal

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
        "company",
        "key",
        "label",
        "printed_label",
        "section",
        "kind",
        "polarity",
        "position",
        "numerator",
        "denominator",
        "label_zh",
        "unit",
    ),
    "scorecards": (
        "company",
        "period",
        "line",
        "actual",
        "consensus",
        "guidance",
        "printed_actual_vs_consensus",
        "printed_actual_vs_guidance",
        "printed_guidance_vs_consensus",
        "printed_yoy",
        "printed_qoq",
        "note_id",
        "figure",
        "source_line",
        "remark",
    ),
    "forecasts": (
        "company",
        "year",
        "metric",
        "value",
        "unit",
        "printed_change_pct",
        "note_id",
        "figure",
        "source_line",
    ),
    "targets": (
        "company",
        "rating",
        "share_price",
        "market_cap_bn",
        "target_new",
        "target_old",
        "printed_upside",
        "printed_target_change",
        "valuation_new",
        "valuation_old",
        "note_id",
        "figure",
        "source_line",
        "remark",
    ),
    "supply_chain": (
        "csp",
        "ticker",
        "name_zh",
        "name_en",
        "analyst_zh",
        "rating_zh",
        "rating_en",
        "target_ntd",
        "revenue_share",
        "product_zh",
        "product_en",
        "note_id",
        "figure",
        "source_line",
    ),
    "statements": (
        "key",
        "topic",
        "company",
        "period",
        "metric",
        "value",
        "unit",
        "text_zh",
        "text_en",
        "note_id",
        "figure",
        "source_line",
    ),
    "cloud_read": (
        "note_id",
        "period",
        "position",
        "company",
        "segment",
        "growth_trend_zh",
        "growth_trend_en",
        "vs_consensus",
        "vs_consensus_unit",
        "figure",
        "source_line",
    ),
    "rankings": (
        "snapshot",
        "label",
        "taken_on",
        "note_id",
        "snapshot_note",
        "rank",
        "ticker",
        "reason_zh",
        "reason_en",
        "source_line",
    ),
}

UNITS = {"", "%", "ppts", "US$bn", "US$mn", "US$", "years", "x", "mn", "GW"}


class DataFileError(ValueError):
    """A malformed seed data file: `file:row:column: reason`. Its reasons stay English: they are for
    whoever maintains the shipped data set (data/*.csv), which a user never edits
    (tests/test_error_texts.py lists them)."""

    def __init__(self, file: str, row: int, column: str, reason: str) -> None:
        super().__init__(f"{file}:{row}:{column}: {reason}")
        self.file, self.row, self.column, self.reason = file, row, column, reason


class Row:
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

    @overload
    def number(self, column: str, required: Literal[True]) -> Decimal: ...

    @overload
    def number(self, column: str, required: bool = False) -> Decimal | None: ...

    def number(self, column: str, required: bool = False) -> Decimal | None:
        text = self.text(column, required)
        try:
            value = to_decimal(text)
        except ValueError:
            raise self.fail(column, f"not a number: {text!r}") from None
        if value is not None and not value.is_finite():
            raise self.fail(column, f"not a finite number: {text!r}")
        return value

    @overload
    def integer(self, column: str, required: Literal[True]) -> int: ...

    @overload
    def integer(self, column: str, required: bool = False) -> int | None: ...

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


def read_rows(folder: Path, kind: str) -> Iterator[Row]:
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
            detail = (
                "; ".join(
                    p
                    for p in (
                        f"missing {', '.join(missing)}" if missing else "",
                        f"unexpected {', '.join(extra)}" if extra else "",
                    )
                    if p
                )
                or "columns out of order"
            )
            raise DataFileError(name, 1, "-", f"header must be {','.join(expected)} ({detail})")
        for number, cells in enumerate(reader, start=2):
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(expected):
                raise DataFileError(name, number, "-", f"{len(cells)} cells, expected {len(expected)}")
            yield Row(name, number, dict(zip(expected, cells)))


def check_unique(row: Row, seen: set[object], key: object, column: str) -> None:
    if key in seen:
        raise row.fail(column, f"duplicate row for {key}")
    seen.add(key)
