"""Reading one sheet's cells in a single pass: values, formulas with their saved results, merges.

openpyxl opens the workbook (read-only: sheet names, where each sheet's XML is, the shared
strings, which cell styles are dates); the sheet's XML is then streamed here through expat, with
every DTD and entity declaration refused as defusedxml refuses them. One pass gives what openpyxl
needs two loads for (a formula and its saved result) and what its read-only mode does not give at
all (the merged ranges), several times faster than openpyxl's cell objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NoReturn

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's "namespace}name"
_CELL, _VALUE, _FORMULA = f"{_NS}c", f"{_NS}v", f"{_NS}f"
_INLINE, _TEXT, _MERGE = f"{_NS}is", f"{_NS}t", f"{_NS}mergeCell"
_REF = re.compile(r"^([A-Za-z]{1,3})(\d+)$")
_EPOCH = datetime(1899, 12, 30)


@dataclass(frozen=True)
class RawCell:
    """A cell as stored: its value (number, text, bool, datetime or None), and for a formula its text.

    For a formula, `value` is the result the spreadsheet program saved with it (None if none)."""

    value: Any
    formula: str | None = None
    error: str | None = None  # "#DIV/0!", "#N/A"…


@dataclass
class SheetCells:
    rows: dict[int, dict[int, RawCell]]  # row number → column number → cell (only non-empty cells)
    merged: list[str]  # "E5:F5", …


def _column_number(letters: str, cache: dict[str, int]) -> int:
    found = cache.get(letters)
    if found is None:
        number = 0
        for char in letters.upper():
            number = number * 26 + ord(char) - 64
        found = cache[letters] = number
    return found


def _number(text: str) -> int | float:
    if any(c in text for c in ".eE") or text.lower() in ("nan", "inf", "-inf"):
        return float(text)
    return int(text)


def _serial_to_datetime(serial: float) -> datetime:
    return _EPOCH + timedelta(days=float(serial))


def sheet_source(workbook: Any, name: str) -> tuple[Any, list[str], set[int]]:
    """(open XML stream, shared strings, date style indices) of sheet `name` of a read-only workbook.

    These are what openpyxl's own read-only sheet uses, read through its attributes; if a future
    openpyxl renamed them this fails (AttributeError) rather than read dates as plain numbers."""
    sheet = workbook[name]
    strings = list(sheet._shared_strings)
    dates = set(workbook._date_formats)
    return sheet._get_source(), strings, dates


class UnsafeXMLError(ValueError):
    """A DTD or an entity declaration in a sheet: refused before anything is expanded."""


def _forbid(*_args: Any) -> NoReturn:
    raise UnsafeXMLError("DTD or entity declarations are not allowed (DTDForbidden)")


def read_cells(source: Any, strings: list[str], date_styles: set[int], from_row: int = 1,
               pick: Callable[[dict[int, RawCell]], set[int]] | None = None) -> SheetCells:
    """Every non-empty cell from row `from_row` on, and the merged ranges of a sheet. With `pick`,
    row `from_row` (the header) is read whole and `pick(its cells)` names the columns to keep below.

    Parsed with expat directly (C speed; ElementTree's safe parsers are pure Python), refusing any
    DTD, entity declaration or external reference the way defusedxml does."""
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbid
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.buffer_text = True
    state = _State(strings, date_styles, from_row, pick)
    parser.StartElementHandler = state.start
    parser.EndElementHandler = state.end
    parser.CharacterDataHandler = state.text
    parser.ParseFile(source)
    return SheetCells(state.rows, state.merged)


class _State:
    """The expat handlers: follows <c>, <v>, <f>, <is><t> and <mergeCell> elements."""

    def __init__(self, strings: list[str], date_styles: set[int], from_row: int,
                 pick: Callable[[dict[int, RawCell]], set[int]] | None) -> None:
        self.strings, self.date_styles, self.from_row, self.pick = strings, date_styles, from_row, pick
        self.columns: set[int] | None = None
        self.rows: dict[int, dict[int, RawCell]] = {}
        self.merged: list[str] = []
        self._cache: dict[str, int] = {}
        self._cell: tuple[int, int, str, int] | None = None  # row, column, type, style
        self._buffer: list[str] | None = None  # text being collected
        self._value: str | None = None
        self._formula: str | None = None
        self._inline: list[str] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == _CELL:
            ref = attrs.get("r", "")
            match = _REF.match(ref)
            if not match:  # optional in the format, but written by Excel, LibreOffice and openpyxl
                raise ValueError(f"a cell without a valid reference ({ref!r})")
            column = _column_number(match.group(1), self._cache)
            row = int(match.group(2))
            if row > self.from_row and self.pick is not None:
                self.columns, self.pick = self.pick(self.rows.get(self.from_row, {})), None
            if row < self.from_row or (self.columns is not None and column not in self.columns):
                self._cell = None
                return
            self._cell = (row, column, attrs.get("t", "n"), int(attrs.get("s", "0") or 0))
            self._value = self._formula = self._inline = None
        elif self._cell is None:
            if name == _MERGE:
                self.merged.append(attrs.get("ref", ""))
        elif name in (_VALUE, _FORMULA) or (name == _TEXT and self._inline is not None):
            self._buffer = []
        elif name == _INLINE:
            self._inline = []

    def text(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer.append(data)

    def end(self, name: str) -> None:
        if self._cell is None:
            return
        if name == _VALUE and self._buffer is not None:
            self._value, self._buffer = "".join(self._buffer), None
        elif name == _FORMULA and self._buffer is not None:
            self._formula, self._buffer = "=" + "".join(self._buffer), None
        elif name == _TEXT and self._buffer is not None and self._inline is not None:
            self._inline.append("".join(self._buffer))
            self._buffer = None
        elif name == _CELL:
            row, column, kind, style = self._cell
            cell = _cell(kind, style, self._value, self._formula, self._inline, self.strings,
                         self.date_styles)
            if cell is not None:
                self.rows.setdefault(row, {})[column] = cell
            self._cell = None


def _cell(kind: str, style: int, raw: str | None, formula: str | None, inline: list[str] | None,
          strings: list[str], date_styles: set[int]) -> RawCell | None:
    if kind == "inlineStr":
        text = "".join(inline) if inline is not None else None
        return RawCell(text, formula) if text is not None or formula else None
    if raw is None or raw == "":
        return RawCell(None, formula) if formula else None
    if kind == "s":
        return RawCell(strings[int(raw)], formula)
    if kind == "str":
        return RawCell(raw, formula)
    if kind == "b":
        return RawCell(raw.strip() in ("1", "true"), formula)
    if kind == "e":
        return RawCell(None, formula, error=raw)
    if kind == "d":
        return RawCell(datetime.fromisoformat(raw), formula)
    value = _number(raw)
    if style in date_styles:
        return RawCell(_serial_to_datetime(value), formula)
    return RawCell(value, formula)


def iter_rows(cells: SheetCells) -> Iterator[tuple[int, dict[int, RawCell]]]:
    """Rows in order."""
    for number in sorted(cells.rows):
        yield number, cells.rows[number]
