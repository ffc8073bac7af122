"""A block of cells pasted from a spreadsheet: tab-separated text as Excel, LibreOffice and
Bloomberg put it on the clipboard.

Rows end in `\\r\\n` (Excel, Windows), `\\n` or `\\r`; the line end after the last row is not a row.
Cells are separated by tabs; a cell that Excel quoted ("...", with "" for a quote) is unquoted.
Surrounding spaces are dropped. What a cell means is decided by the caller: in the scorecard grid
an empty cell (also `#N/A`-style error values, which a spreadsheet copies for a missing figure)
changes nothing, anything else must be a number `parse_number` accepts.
"""

from __future__ import annotations

import re

_ERROR_VALUE = re.compile(r"^#(N/A|NA|VALUE!|REF!|DIV/0!|NUM!|NAME\?|NULL!)", re.IGNORECASE)


def split_block(text: str) -> list[list[str]]:
    """The rows of a pasted block, each a list of cell texts (stripped, unquoted)."""
    if not text:
        return []
    rows = re.split(r"\r\n|\n|\r", text)
    if rows and rows[-1] == "":
        rows.pop()  # the line end after the last row
    return [[_cell(c) for c in row.split("\t")] for row in rows]


def _cell(raw: str) -> str:
    text = raw.strip()
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1].replace('""', '"').strip()
    return text


def is_blank(cell: str) -> bool:
    """A cell that carries no figure: empty, or a spreadsheet error value such as `#N/A N/A`."""
    return not cell or bool(_ERROR_VALUE.match(cell))


def block_size(rows: list[list[str]]) -> tuple[int, int]:
    """(rows, columns) of the block; ragged rows count as padded with empty cells."""
    return len(rows), max((len(r) for r in rows), default=0)
