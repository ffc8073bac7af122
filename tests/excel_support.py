"""Helpers for tests that edit an exported workbook as a PM would in a spreadsheet program."""

from __future__ import annotations

from typing import Any

from desktop_app.io import excel_layout as L


def type_over(sheet: Any, ticker: str, quarter: str, line: str, column: str, value: object) -> None:  # noqa: ANN401
    """Type `value` into the Scorecards `sheet`'s `column` on the row of `ticker`, the quarter whose
    label starts with `quarter` (e.g. "F4Q25") and the line key `line`."""
    header = {c.value: c.column for c in sheet[L.HEADER_ROW] if c.value}
    for row in range(L.HEADER_ROW + 1, sheet.max_row + 1):
        if (sheet.cell(row, header[L.COL_TICKER]).value == ticker
                and str(sheet.cell(row, header[L.COL_QUARTER]).value).startswith(quarter)
                and sheet.cell(row, header[L.COL_LINE_KEY]).value == line):
            sheet.cell(row, header[column], value)
