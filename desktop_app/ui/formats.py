"""House number formats for tables: `76,441`, `(2)`, `44.9%`, `4.8 ppts`, `(0.2) ppts`.

Pure functions without Qt, so that the Excel export or a report can share them. A missing figure
(None) is always the empty string, never `0`. Printed figures keep the precision they were printed
with unless a number of places is given; diffs default to the one precision of their kind
(calc.diff_places: `4%`, `4.8 ppts`). A percent diff against a base of zero or below reads `n.m.`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.calc import NOT_MEANINGFUL, decimals_of, diff_places, round_half_up
from desktop_app.domain.metrics import Kind

if TYPE_CHECKING:  # the type only: scorecard_view is not start-up work
    from desktop_app.domain.scorecard_view import Cell

PPTS = "ppts"
_PLACEHOLDER = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """Put `values` in place of %1, %2… of a translated text, in one pass (so a value that itself
    contains `%2` is left as it is)."""
    return _PLACEHOLDER.sub(lambda m: str(values[int(m.group(1)) - 1])
                            if 0 < int(m.group(1)) <= len(values) else m.group(0), text)


def fmt_number(value: Decimal | None, places: int | None = None) -> str:
    """`76,441`; negatives in parentheses `(2)`; `places` defaults to the printed precision."""
    if value is None:
        return ""
    value = Decimal(value)
    if places is None:
        places = decimals_of(value)
    rounded = round_half_up(abs(value), places)
    text = f"{rounded:,.{places}f}"
    if value < 0 and rounded != 0:
        return f"({text})"
    return text


def fmt_percent(value: Decimal | None, places: int | None = None) -> str:
    """A percentage: `44.9%`, `(3.1)%`."""
    if value is None:
        return ""
    return f"{fmt_number(value, places)}%"


def fmt_ppts(value: Decimal | None, places: int | None = None) -> str:
    """Percentage points: `4.8 ppts`, `(0.2) ppts`."""
    if value is None:
        return ""
    return f"{fmt_number(value, places)} {PPTS}"


def fmt_value(value: Decimal | None, kind: Kind) -> str:
    """A scorecard figure: amounts and per-share figures as numbers, rates as percentages."""
    if kind.is_rate:
        return fmt_percent(value)
    return fmt_number(value)


def fmt_diff(value: Decimal | None, kind: Kind, places: int | None = None,
             not_meaningful: bool = False) -> str:
    """A difference, YoY or QoQ: percent for amounts, percentage points for rates, at the one
    precision of its kind unless `places` is given; `n.m.` where the base is zero or below."""
    if not_meaningful:
        return NOT_MEANINGFUL
    if places is None:
        places = diff_places(kind)
    if kind.is_rate:
        return fmt_ppts(value, places)
    return fmt_percent(value, places)


def fmt_with_unit(value: Decimal | None, unit: str) -> str:
    """A figure with the unit it was printed in: `91%`, `4 ppts`, `US$105bn`, `5 years`, `30x`."""
    if value is None:
        return ""
    number = fmt_number(value)
    if unit == "%":
        return f"{number}%"
    if unit == PPTS:
        return f"{number} {PPTS}"
    if unit in ("US$bn", "US$mn"):
        return f"US${number}{unit[3:]}"
    if unit == "US$":
        return f"US${number}"
    if unit == "x":
        return f"{number}x"
    if unit:
        return f"{number} {unit}"
    return number


STALE_MARK = "⚠"  # beside an upside whose share price is stale (or of unknown date)


_HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape_html(text: str) -> str:
    """`text` safe inside rich text: html.escape's result, without importing `html` (it loads
    html.entities, a cost the first paint need not pay)."""
    return text.translate(_HTML_ESCAPES)


def first_line(text: str) -> str:
    """The first non-blank line of a text, stripped."""
    for line in (text or "").splitlines():
        if line.strip():
            return line.strip()
    return ""


def join_nonempty(parts: list[str] | tuple[str, ...], sep: str = " · ") -> str:
    """Join the non-empty parts: `Delta · 台達電`."""
    return sep.join(p for p in parts if p)


def fmt_cell(cell: Cell) -> str:
    """A scorecard cell as the grid shows it (and the CLI prints it); empty where there is no figure;
    `n.m.` for a diff against a base of zero or below."""
    if cell.not_meaningful:
        return fmt_diff(None, cell.kind, not_meaningful=True)
    if cell.value is None:
        return ""
    if cell.is_diff:
        return fmt_diff(cell.value, cell.kind, cell.places)
    if cell.kind.is_rate:
        return f"{fmt_number(cell.value, cell.places)}%"
    return fmt_number(cell.value, cell.places)
