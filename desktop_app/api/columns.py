"""Typed pandas columns from lists of domain values: numbers as float64 with NaN for what is missing
(a Decimal is converted once, at the edge), counts as nullable Int64, quarters as pandas Periods,
dates as datetime64 (NaT where a date is unknown or only partly known), repeated words as
categories, free text as strings with <NA>."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

import pandas as pd

from desktop_app.domain.periods import Quarter

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


_NAN = float("nan")


def floats(values: Sequence[Decimal | int | float | None]) -> pd.Series:
    return pd.Series([_NAN if v is None else float(v) for v in values], dtype="float64")


def ints(values: Sequence[object]) -> pd.Series:
    return pd.Series(values, dtype="Int64")


def texts(values: Sequence[object]) -> pd.Series:
    return pd.Series([v if v not in (None, "") else None for v in values], dtype="string")


def category(values: Sequence[object], categories: Sequence[str] | None = None) -> pd.Series:
    """A categorical column; `categories` fixes the possible values and their order."""
    if categories is None:  # in order of first appearance
        categories = list(dict.fromkeys(str(v) for v in values if v is not None and v != ""))
    code = {name: number for number, name in enumerate(categories)}
    codes = [code.get(v, -1) if isinstance(v, str) else -1 for v in values]  # -1: missing
    return pd.Series(pd.Categorical.from_codes(codes, categories=list(categories)))


def calendar_quarters(values: Sequence[object]) -> pd.Series:
    """Calendar quarters as a `period[Q-DEC]` column (2025Q2)."""
    missing = -(2**63)  # pandas' NaT ordinal
    ordinals = [(q.year - 1970) * 4 + q.quarter - 1 if isinstance(q, Quarter) else missing for q in values]
    return pd.Series(pd.PeriodIndex.from_ordinals(ordinals, freq="Q-DEC"))


def dates(values: Sequence[object]) -> pd.Series:
    """Days as datetime64; a text date counts only when complete (`2025-02` is NaT, not Feb 1)."""
    days: list[object] = []
    for v in values:
        if isinstance(v, str):
            v = v.strip()
            days.append(v if _FULL_DATE.match(v) else None)
        else:
            days.append(v.isoformat() if isinstance(v, date) else None)
    return pd.Series(pd.to_datetime(days, format="%Y-%m-%d"), dtype="datetime64[ns]")


def timestamps(values: Sequence[str | None]) -> pd.Series:
    """ISO-8601 UTC times (as the workspace stores them) as datetime64 in UTC; NaT where empty."""
    return pd.Series(pd.to_datetime([v or None for v in values], utc=True, format="ISO8601"),
                     dtype="datetime64[ns, UTC]")
