"""The layout of the Excel summary workbook, shared by the export and the import so that they agree.

The Scorecards sheet is one table: a title row, a note row, a hidden row of column keys
(`KEY_ROW`, `COLUMN_KEYS`), the header on row `HEADER_ROW` (in the workbook's language) and one
row per company, quarter and line below it. The import finds its columns by their keys (a PM may
move or add columns; a workbook without the key row, exported before it existed, by the English or
Chinese header text), reads the key columns (ticker, quarter, line key) and the editable figures
(actual, consensus, guidance), and ignores the rest: the diffs are recomputed from the figures.

Rates (margins, growth rates, tax rates) are written as Excel percentages, i.e. fractions
(44.9% is the number 0.449); `to_cell` and `from_cell` convert between the two.
"""

from __future__ import annotations

import math
from decimal import Decimal

from desktop_app.domain.metrics import Kind

SUMMARY = "Summary"
SCORECARDS = "Scorecards"
CAPEX = "Capex"
CAPEX_POINTS = "Capex points"
RESEARCH = "Forecasts & targets"
FORECASTS = "Forecasts"
SUPPLY_CHAIN = "Supply chain"
HISTORY = "Ranking history"
SOURCES = "Sources"
CITATIONS = "Citations"
NOTE_POINTS = "Points from the notes"
# One long table per sheet, so that each sheet's printout repeats its own header on every page.
SHEETS = (SUMMARY, SCORECARDS, CAPEX, CAPEX_POINTS, RESEARCH, FORECASTS, SUPPLY_CHAIN, HISTORY, SOURCES,
          CITATIONS, NOTE_POINTS)

TITLE_ROW = 1
NOTE_ROW = 2
KEY_ROW = 3  # Scorecards: a hidden row naming each column (COLUMN_KEYS), whatever the header's language
HEADER_ROW = 4  # the first table of every sheet has its header here; data starts below it

# Scorecards columns, in export order. The import looks them up by this header text.
COL_TICKER = "Ticker"
COL_COMPANY = "Company"
COL_QUARTER = "Quarter"
COL_CALENDAR = "Calendar"
COL_BLOCK = "Block"
COL_SECTION = "Section"
COL_LINE = "Line"
COL_UNIT = "Unit"
COL_ACTUAL = "Actual"
COL_CONSENSUS = "Consensus"
COL_DIFF = "Diff"
COL_YOY = "YoY"
COL_QOQ = "QoQ"
COL_GUIDANCE = "Guidance"
COL_VS_GUIDANCE = "vs guidance"
COL_REMARK = "Remark"
COL_SOURCE = "Source"
COL_LINE_KEY = "Line key"

SCORECARD_COLUMNS = (
    COL_TICKER, COL_QUARTER, COL_LINE, COL_UNIT,
    COL_ACTUAL, COL_CONSENSUS, COL_DIFF, COL_YOY, COL_QOQ, COL_GUIDANCE, COL_VS_GUIDANCE,
    COL_REMARK, COL_SOURCE, COL_SECTION, COL_BLOCK, COL_CALENDAR, COL_COMPANY, COL_LINE_KEY,
)
# Printed: the figures (through vs guidance) fill the first pages, one company per page; the notes
# (remark, source) and the other columns print on the pages after them, with ticker, quarter and
# line repeated on the left.
PRINT_FIGURES_LAST = COL_VS_GUIDANCE
PRINT_TITLE_COLUMNS = 3  # ticker, quarter, line
# The hidden key of each Scorecards column: the import finds its columns by these, so a workbook
# exported in any language (or with its header retyped) is read the same way.
COLUMN_KEYS = {
    COL_TICKER: "ticker", COL_COMPANY: "company", COL_QUARTER: "quarter", COL_CALENDAR: "calendar",
    COL_BLOCK: "block", COL_SECTION: "section", COL_LINE: "line", COL_UNIT: "unit", COL_ACTUAL: "actual",
    COL_CONSENSUS: "consensus", COL_DIFF: "diff", COL_YOY: "yoy", COL_QOQ: "qoq", COL_GUIDANCE: "guidance",
    COL_VS_GUIDANCE: "vs_guidance", COL_REMARK: "remark", COL_SOURCE: "source", COL_LINE_KEY: "line_key",
}
COLUMN_OF_KEY = {key: name for name, key in COLUMN_KEYS.items()}
KEY_COLUMNS = (COL_TICKER, COL_QUARTER, COL_LINE_KEY)
# Editable figure columns and the scorecard field each holds.
VALUE_COLUMNS = {COL_ACTUAL: "actual", COL_CONSENSUS: "consensus", COL_GUIDANCE: "guidance"}
REQUIRED_COLUMNS = (*KEY_COLUMNS, *VALUE_COLUMNS)

BLOCK_REPORTED = "Reported"
BLOCK_NEXT = "Next quarter"

MAX_IMPORT_BYTES = 20 * 1024 * 1024  # refused before the file is opened
MAX_ABS_FIGURE = Decimal("1e12")
_SIGNIFICANT = 12  # digits kept from an Excel float: drops binary noise like 0.30000000000000004

HUNDRED = Decimal(100)


def to_cell(value: Decimal | None, kind: Kind) -> float | int | None:
    """A workspace figure as the number written to its cell: rates become fractions."""
    if value is None:
        return None
    if kind.is_rate:
        return float(value / HUNDRED)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def clean_decimal(value: Decimal) -> Decimal:
    """`Decimal('44.900')` → `44.9`, `Decimal('76441.0')` → `76441`; never an exponent form."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1)) + 0
    return Decimal(format(value.normalize(), "f"))


def from_cell(number: int | float, kind: Kind) -> Decimal:
    """The inverse of `to_cell`: the figure a cell's number stands for, as a clean Decimal."""
    if isinstance(number, float):
        if not math.isfinite(number):
            raise ValueError("not a finite number")  # caught by the import, which says so in its words
        value = Decimal(format(number, f".{_SIGNIFICANT}g"))
    else:
        value = Decimal(int(number))
    if kind.is_rate:
        value *= HUNDRED
    return clean_decimal(value)
