"""Reading one sheet's cells in a single pass: values, formulas with their saved results, merges.

The sheet's XML is streamed through expat by `excel_parts.Book.parse` (bounded: every count is
checked while reading). One pass gives what openpyxl needs two loads for (a formula and its saved
result) and what its read-only mode does not give at all (the merged ranges), several times faster
than openpyxl's cell objects.

Every cell the import reads is checked as Excel writes it, and a cell Excel would not have written
is a problem naming its cell, never a silent guess: a reference outside A1:XFD1048576 or given twice,
a shared-string index that is not in the table, a style that does not exist, and a number with
anything Python's int()/float() accept but Excel never writes (`77_000`, `nan`, `inf`, `+5`, ` 5`,
non-ASCII digits). A merged range that is not a range of cells is a problem naming the range.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.io.excel_parts import MAX_CELL_CHARS, MAX_TEXT_CHARS, Book, Refused, Styles, index

MAX_ROWS = 100_000  # <row> elements in the sheet
MAX_CELLS = 400_000  # <c> elements in the sheet, read or not
MAX_MERGED = 10_000  # merged ranges in the sheet
MAX_COLUMN = 16_384  # XFD: Excel's last column
MAX_ROW = 1_048_576  # Excel's last row
MAX_PROBLEMS = 30
_OUTSIDE = QT_TRANSLATE_NOOP("ExcelErrors", "the cell is outside the sheet (A1:XFD1048576).")

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"  # expat's "namespace}name"
_CELL, _VALUE, _FORMULA, _ROW = f"{_NS}c", f"{_NS}v", f"{_NS}f", f"{_NS}row"
_INLINE, _TEXT, _MERGE = f"{_NS}is", f"{_NS}t", f"{_NS}mergeCell"
_REF = re.compile(r"([A-Za-z]{1,3})([1-9][0-9]{0,6})")
_RANGE = re.compile(r"([A-Za-z]{1,3})([1-9][0-9]{0,6})(?::([A-Za-z]{1,3})([1-9][0-9]{0,6}))?")
# A number as Excel (and LibreOffice, openpyxl) write one: ASCII digits, an optional minus, point
# and exponent. Python's int()/float() also take '77_000', 'nan', 'inf', '+5', ' 5 ', '٥'.
_NUMBER = re.compile(r"-?(?:[0-9]{1,30}(?:\.[0-9]{0,30})?|\.[0-9]{1,30})(?:[eE][-+]?[0-9]{1,3})?")
_TYPES = frozenset(("n", "s", "str", "b", "e", "d", "inlineStr"))
_EPOCH = datetime(1899, 12, 30)


@dataclass(frozen=True, slots=True)
class RawCell:
    """A cell as stored: its value (number, text, bool, datetime or None), and for a formula its text.

    For a formula, `value` is the result the spreadsheet program saved with it (None if none)."""

    value: Any
    formula: str | None = None
    error: str | None = None  # "#DIV/0!", "#N/A"…


@dataclass
class SheetCells:
    rows: dict[int, dict[int, RawCell]]  # row number → column number → cell (only non-empty cells)
    merged: list[tuple[str, int]]  # ("E5:F5", its last row), …
    problems: list[tuple[str, str]] = field(default_factory=list)  # (cell or "", reason): refuse
    more: int = 0  # problems beyond those listed


def column_letters(number: int) -> str:
    """1 → A, 28 → AB."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def number(text: str) -> int | float | None:
    """The number a cell's <v> holds, or None if Excel would not have written it so."""
    if not _NUMBER.fullmatch(text):
        return None
    if "." in text or "e" in text or "E" in text:
        value = float(text)
        return value if math.isfinite(value) else None
    return int(text)


def read_cells(book: Book, part: str, sheet: str, strings: list[str], styles: Styles, text_chars: int = 0,
               from_row: int = 1, pick: Callable[[dict[int, RawCell]], set[int] | None] | None = None
               ) -> SheetCells:
    """Every non-empty cell from row `from_row` on, and the merged ranges, of the sheet `sheet` in
    `part`. With `pick`, row `from_row` (the header) is read whole and `pick(its cells)` names the
    columns to keep below (None: all of them). `text_chars` is the text already read (the shared
    strings): the sheet's
    own text counts on towards MAX_TEXT_CHARS. Raises `Refused` when a count is over its limit."""
    state = _State(sheet, strings, styles, text_chars, from_row, pick)
    book.parse(part, state)
    return SheetCells(state.rows, state.merged, state.problems, state.more)


class _State:
    """The expat handlers: follows <row>, <c>, <v>, <f>, <is><t> and <mergeCell> elements."""

    def __init__(self, sheet: str, strings: list[str], styles: Styles, text_chars: int, from_row: int,
                 pick: Callable[[dict[int, RawCell]], set[int] | None] | None) -> None:
        self.sheet, self.strings, self.styles = sheet, strings, styles
        self.from_row, self.pick = from_row, pick
        self.columns: set[int] | None = None
        self.rows: dict[int, dict[int, RawCell]] = {}
        self.merged: list[tuple[str, int]] = []
        self.problems: list[tuple[str, str]] = []
        self.more = 0
        self.elements = self.cells = self.row_elements = self.merges = 0
        self.chars = text_chars
        self._parser: Any = None  # expat's parser (bind): end() and text() handle a cell only
        self._cache: dict[str, int] = {}
        self._styles: dict[str | None, int | str] = {}  # a cell's s attribute → index, or a problem
        self._row = 0  # the row whose cells are being read, and the columns seen in it
        self._here: set[int] = set()
        self._rows_done: set[int] = set()
        self._last = "the first cell"
        self._cell: tuple[int, int, str, str | None, str] | None = None  # row, column, type, style, ref
        self._buffer: list[str] | None = None  # text being collected
        self._value: str | None = None
        self._formula: str | None = None
        self._inline: list[str] | None = None

    def problem(self, cell: str, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append((cell, reason))
        else:
            self.more += 1

    def check(self) -> None:
        for count, limit, text in (
                (self.cells, MAX_CELLS, QT_TRANSLATE_NOOP(
                    "ExcelErrors", "more than %1 cells; the workbook is not read.")),
                (self.row_elements, MAX_ROWS, QT_TRANSLATE_NOOP(
                    "ExcelErrors", "more than %1 rows; the workbook is not read.")),
                (self.merges, MAX_MERGED, QT_TRANSLATE_NOOP(
                    "ExcelErrors", "more than %1 merged ranges; the workbook is not read."))):
            if count > limit:
                raise Refused(text.arg(f"{limit:,}"), self.sheet)
        if self.chars > MAX_TEXT_CHARS:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "more than %1 characters of text with the shared strings; the workbook is "
                "not read.").arg(f"{MAX_TEXT_CHARS:,}"), self.sheet)

    def bind(self, parser: Any) -> None:  # noqa: ANN401 - pyexpat's parser has no public type
        """Book.parse's expat parser. expat calls end() and text() only while a cell is read (start()
        sets them, the cell's end unsets them): every other element, a count bomb's million empty
        tags included, costs one Python call instead of two."""
        self._parser = parser
        parser.EndElementHandler = None
        parser.CharacterDataHandler = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if name == _CELL:  # the hot path: every cell of the sheet, read or not, comes here
            self.cells += 1
            self._cell = None
            ref = attrs.get("r") or ""
            match = _REF.fullmatch(ref)
            if match is None:  # optional in the format, but written by Excel, LibreOffice and openpyxl
                self.problem("", QT_TRANSLATE_NOOP(
                    "ExcelErrors", "the cell after %1 has no valid reference (%2); save the workbook from "
                    "Excel and import that.").arg(self._last, repr(ref[:20])))
                return
            letters, digits = match.groups()
            column = self._cache.get(letters)
            if column is None:
                column = self._cache[letters] = column_number(letters)
            row = int(digits)
            self._last = ref
            if row != self._row and not self._next_row(ref, row):
                return
            here = self._here
            if column in here or column > MAX_COLUMN:
                self.problem(ref, _OUTSIDE if column > MAX_COLUMN else QT_TRANSLATE_NOOP(
                    "ExcelErrors", "two cells have this reference; a sheet has one of each cell."))
                return
            here.add(column)
            if row > self.from_row and self.pick is not None:
                self.columns, self.pick = self.pick(self.rows.get(self.from_row, {})), None
            if row < self.from_row or (self.columns is not None and column not in self.columns):
                return
            self._cell = (row, column, attrs.get("t", "n"), attrs.get("s"), ref)
            self._value = self._formula = self._inline = None
            if self._parser is not None:
                self._parser.EndElementHandler = self.end
                self._parser.CharacterDataHandler = self.text
        elif self._cell is None:
            if name == _ROW:
                self.row_elements += 1
            elif name == _MERGE:
                self.merges += 1
                self._merge(attrs.get("ref", ""))
        elif name in (_VALUE, _FORMULA) or (name == _TEXT and self._inline is not None):
            self._buffer = []
        elif name == _INLINE:
            self._inline = []

    def _next_row(self, ref: str, row: int) -> bool:
        """A cell of another row than the one before: False (and a problem) if it cannot be."""
        if row > MAX_ROW:
            self.problem(ref, _OUTSIDE)
            return False
        if row in self._rows_done:
            self.problem(ref, QT_TRANSLATE_NOOP(
                "ExcelErrors", "the cells of row %1 are in two places; a sheet has one of each row.").arg(
                    row))
            return False
        self._rows_done.add(self._row)
        self._row = row
        self._here.clear()
        return True

    def _merge(self, ref: str) -> None:
        match = _RANGE.fullmatch(ref)
        last = 0
        if match:
            first_col, first_row, last_col, last_row = match.groups()
            rows = (int(first_row), int(last_row or first_row))
            columns = (column_number(first_col), column_number(last_col or first_col))
            last = max(rows) if max(rows) <= MAX_ROW and max(columns) <= MAX_COLUMN else 0
        if not last:
            self.problem("", QT_TRANSLATE_NOOP(
                "ExcelErrors", "the merged range %1 is not a range of cells like E5:F5; unmerge it (or save "
                "the workbook from Excel) and import again.").arg(repr(ref[:40])))
            return
        self.merged.append((ref, last))

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
            row, column, kind, style, ref = self._cell
            self._cell = None
            if self._parser is not None:
                self._parser.EndElementHandler = self._parser.CharacterDataHandler = None
            cell = self._read(kind, style)
            if isinstance(cell, str):
                self.problem(ref, cell)
            elif cell is not None:
                self.rows.setdefault(row, {})[column] = cell

    def _read(self, kind: str, style_text: str | None) -> RawCell | str | None:
        """The cell just read, or why Excel would not have written it so."""
        raw, formula, inline = self._value, self._formula, self._inline
        style = self._styles.get(style_text)
        if style is None:
            style = self._styles[style_text] = self._style(style_text)
        if isinstance(style, str):
            return style
        if kind not in _TYPES:
            return QT_TRANSLATE_NOOP(
                "ExcelErrors", "the cell's type %1 is not one Excel writes.").arg(repr(kind[:20]))
        if formula is not None or inline is not None or (raw is not None and kind != "s"):
            for text in (raw if kind != "s" else None, formula, *(inline or ())):  # "s": an index
                if text is not None:
                    if len(text) > MAX_CELL_CHARS:
                        return QT_TRANSLATE_NOOP(
                            "ExcelErrors", "the cell holds %1 characters; a cell holds at most %2.").arg(
                                f"{len(text):,}", f"{MAX_CELL_CHARS:,}")
                    self.chars += len(text)
        if kind == "inlineStr":
            text = "".join(inline) if inline is not None else None
            return RawCell(text, formula) if text is not None or formula else None
        if raw is None or raw == "":
            return RawCell(None, formula) if formula else None
        if kind == "s":
            at = int(raw) if len(raw) < 10 and raw.isascii() and raw.isdigit() else -1  # not '-1', '1_0'
            if not 0 <= at < len(self.strings):
                return QT_TRANSLATE_NOOP(
                    "ExcelErrors", "the text cell refers to shared string %1, but the workbook has %2 "
                    "(numbered from 0).").arg(repr(raw[:20]), f"{len(self.strings):,}")
            return RawCell(self.strings[at], formula)
        if kind == "str":
            return RawCell(raw, formula)
        if kind == "b":
            if raw not in ("0", "1", "true", "false"):
                return QT_TRANSLATE_NOOP(
                    "ExcelErrors", "%1 is not TRUE or FALSE as Excel writes them (1 or 0).").arg(
                        repr(raw[:20]))
            return RawCell(raw in ("1", "true"), formula)
        if kind == "e":
            return RawCell(None, formula, error=raw)
        if kind == "d":
            try:
                return RawCell(datetime.fromisoformat(raw), formula)
            except ValueError:
                return QT_TRANSLATE_NOOP(
                    "ExcelErrors", "%1 is not a date as Excel writes one.").arg(repr(raw[:40]))
        value = number(raw)
        if value is None:
            return QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 is not a number as Excel writes one (digits, '.', '-', 'E').").arg(
                    repr(raw[:40]))
        if style in self.styles.dates:
            try:
                return RawCell(_EPOCH + timedelta(days=value), formula)
            except OverflowError:
                return QT_TRANSLATE_NOOP(
                    "ExcelErrors", "%1 is formatted as a date but is no date Excel can show.").arg(
                        repr(raw[:40]))
        return RawCell(value, formula)


    def _style(self, text: str | None) -> int | str:
        """A cell's style index, or why it is not one."""
        style = 0 if text is None else index(text)
        if style is None:
            return QT_TRANSLATE_NOOP("ExcelErrors", "the cell's style %1 is not a style number.").arg(
                repr(str(text)[:20]))
        if style and style >= self.styles.count:
            return QT_TRANSLATE_NOOP(
                "ExcelErrors", "the cell's style %1 does not exist (the workbook has %2).").arg(
                    style, self.styles.count)
        return style


def iter_rows(cells: SheetCells) -> Iterator[tuple[int, dict[int, RawCell]]]:
    """Rows in order."""
    for number in sorted(cells.rows):
        yield number, cells.rows[number]
