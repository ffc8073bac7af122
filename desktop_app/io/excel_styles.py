"""House styles of the Excel workbook: number formats, fonts, fills and the width of cell text.

A cell's style is named by a key such as `"amount"` or `"pct|beat|top"`: a base (the number
format and alignment) followed by modifiers. `StyleBook` turns a key into one openpyxl style,
registered once per workbook, and gives its cell-format index to the cell writer.
"""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Any

# Number formats (Excel syntax). Amounts in the house style: 76,441 and (2).
FMT_AMOUNT = "#,##0;(#,##0)"
FMT_AMOUNT_2 = "#,##0.00;(#,##0.00)"
FMT_PERCENT = "0.0%;(0.0)%"  # rates and upside, stored as fractions
FMT_PCT_DIFF = "0%;(0)%"  # percent diffs, YoY, QoQ (calc.PCT_DIFF_PLACES), stored as fractions
FMT_PPTS = '0.0" ppts";(0.0)" ppts"'
FMT_MOVE = '"▲"0;"▼"0;"="'  # places moved since the last snapshot
FMT_INTEGER = "0"
FMT_DATE = "yyyy-mm-dd"
FMT_DATETIME = "yyyy-mm-dd hh:mm"

FONT_NAME = "Calibri"
COLOR_TEXT = "1F1F1F"
COLOR_MUTED = "5F6368"
COLOR_HEADER_FILL = "1F3864"
COLOR_HEADER_TEXT = "FFFFFF"
COLOR_BORDER = "BFBFBF"
COLOR_BLOCK = "1F3864"
COLOR_BEAT_FILL = "E6F4EA"
COLOR_BEAT_TEXT = "137333"
COLOR_MISS_FILL = "FCE8E6"
COLOR_MISS_TEXT = "A50E0E"
COLOR_DERIVED_FILL = "FFF4CE"  # a figure computed by CSP Desk rather than printed
COLOR_GUIDANCE_FILL = "EEF3FB"  # company guidance standing in for an actual
COLOR_FLAG_TEXT = "B3261E"

# Per-company series colours (chart and legend), in coverage order; more companies cycle.
SERIES_COLORS = ("2F6FB7", "E8871E", "2E9E5B", "8E5BB5", "C0392B", "7F8C8D")

BASE_FORMATS = {
    "amount": FMT_AMOUNT,
    "amount2": FMT_AMOUNT_2,
    "pct": FMT_PERCENT,
    "pctdiff": FMT_PCT_DIFF,
    "ppts": FMT_PPTS,
    "move": FMT_MOVE,
    "int": FMT_INTEGER,
    "date": FMT_DATE,
    "datetime": FMT_DATETIME,
}
TEXT_BASES = ("text", "rtext", "wrap", "title", "subtitle", "note", "header", "header_num", "label", "key")
MODIFIERS = ("beat", "miss", "derived", "guidance", "italic", "bold", "top", "flag", "center", "free")
# "free": the cell may overflow into empty neighbours, so it does not widen its column.

MIN_WIDTH = 6.0
MAX_WIDTH = 60.0
WRAP_WIDTH = 48.0
LINE_HEIGHT = 15.0


def amount_format(places: int) -> str:
    """`#,##0;(#,##0)` with `places` decimals."""
    if places <= 0:
        return FMT_AMOUNT
    digits = "0" * places
    return f"#,##0.{digits};(#,##0.{digits})"


def decimals(value: Decimal | None) -> int:
    if value is None:
        return 0
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


@lru_cache(maxsize=65536)
def text_width(text: str) -> int:
    """Display width of a text in character cells: East Asian wide characters count double."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def _digits(number: float) -> int:
    """Characters of a number's integer part with thousands separators: 76441 → 6 (`76,441`)."""
    digits = len(str(int(number)))
    return digits + (digits - 1) // 3


def shown_width(value: Any, base: str) -> int:
    """Roughly how many character cells a value takes once formatted."""
    if value is None:
        return 0
    if isinstance(value, str):
        if "\n" not in value:
            return text_width(value)
        return max(text_width(part) for part in value.split("\n"))
    if isinstance(value, bool):
        return 5
    if base in ("date", "datetime"):
        return 16
    if isinstance(value, int | float):
        number = abs(float(value))
        if base == "pct":
            return _digits(number * 100) + 5  # "(12.3)%"
        if base == "pctdiff":
            return _digits(number * 100) + 3  # "(12)%"
        if base == "ppts":
            return _digits(number) + 9  # "(4.8) ppts"
        if base == "amount2":
            return _digits(number) + 5  # "(3.65)"
        return _digits(number) + 2  # "(76,441)"
    return len(str(value))


class StyleBook:
    """Style keys → openpyxl style arrays of one workbook, built on first use."""

    def __init__(self) -> None:
        from openpyxl.cell import WriteOnlyCell

        self._cell_type = WriteOnlyCell
        self._styles: dict[str, Any] = {}
        self._ids: dict[str, int] = {}
        self._sheet: Any = None

    def bind(self, sheet: Any) -> None:
        """Style templates need a sheet of the workbook to be created on."""
        self._sheet = sheet

    def array(self, key: str) -> Any:
        found = self._styles.get(key)
        if found is None:
            found = self._styles[key] = self._build(key)
        return found

    def style_id(self, key: str) -> int:
        """The workbook's cell-format index for a style key (registered on first use)."""
        found = self._ids.get(key)
        if found is None:
            found = self._ids[key] = self._sheet.parent._cell_styles.add(self.array(key))
        return found

    def _build(self, key: str) -> Any:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        base, *mods = key.split("|")
        unknown = [m for m in mods if m not in MODIFIERS]
        if base not in BASE_FORMATS and base not in TEXT_BASES or unknown:
            raise ValueError(f"unknown style {key!r}")  # a programming error: never shown
        numeric = base in BASE_FORMATS or base in ("header_num", "rtext")
        font: dict[str, Any] = {"name": FONT_NAME, "size": 10, "color": COLOR_TEXT}
        fill = None
        horizontal = "right" if numeric and base not in ("date", "datetime") else "left"
        vertical = "top"
        wrap = base in ("wrap", "header", "header_num", "note")
        if base == "title":
            font.update(size=14, bold=True, color=COLOR_BLOCK)
            vertical = "center"
        elif base == "subtitle":
            font.update(size=11, bold=True, color=COLOR_BLOCK)
        elif base == "note":  # no text under 10 pt: the sheets print at 80 %, i.e. 8 pt
            font.update(italic=True, color=COLOR_MUTED)
            wrap = False
        elif base in ("header", "header_num"):
            font.update(bold=True, color=COLOR_HEADER_TEXT)
            fill = COLOR_HEADER_FILL
            vertical = "center"
        elif base == "label":
            font.update(bold=True)
        elif base == "key":
            font.update(color=COLOR_MUTED)
        if "beat" in mods:
            fill, font["color"] = COLOR_BEAT_FILL, COLOR_BEAT_TEXT
        if "miss" in mods:
            fill, font["color"] = COLOR_MISS_FILL, COLOR_MISS_TEXT
        if "derived" in mods:
            fill = COLOR_DERIVED_FILL
            font["italic"] = True
        if "guidance" in mods:
            fill = COLOR_GUIDANCE_FILL
        if "italic" in mods:
            font["italic"] = True
        if "bold" in mods:
            font["bold"] = True
        if "flag" in mods:
            font["color"] = COLOR_FLAG_TEXT
        if "center" in mods:
            horizontal = "center"
        cell = self._cell_type(self._sheet)
        cell.font = Font(**font)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        indent = 1 if horizontal == "left" and base not in ("title", "subtitle", "note") else 0
        cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap, indent=indent)
        thin = Side(style="thin", color=COLOR_BORDER)
        if base in ("header", "header_num"):
            cell.border = Border(bottom=Side(style="medium", color=COLOR_BLOCK))
        elif "top" in mods:
            cell.border = Border(top=Side(style="medium", color=COLOR_BLOCK), bottom=thin)
        elif base not in ("title", "subtitle", "note"):
            cell.border = Border(bottom=thin)
        if base in BASE_FORMATS:
            cell.number_format = BASE_FORMATS[base]
        return cell._style  # type: ignore[attr-defined]  # openpyxl's StyleArray slot, absent from the stubs
