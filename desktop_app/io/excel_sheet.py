"""A sheet described as rows of (value, style key) cells, then written in one pass.

Building the whole sheet first lets the column widths be fitted to what is in them and the row
heights to wrapped text before a single cell is written. openpyxl (write-only mode) writes the
sheet's settings, comments and charts; the cells are written as XML text by `excel_xml`.
Every sheet gets frozen header rows, an autofilter over its main table, a landscape print setup
with its own header repeated on each page, and a page footer.

Printing: every sheet prints at PRINT_SCALE (80 %) on A4 or Letter landscape, where the smallest
text of the workbook (10 pt) prints at 8 pt; shrinking a wide sheet to one page width would print
it at 4–5 pt. A sheet wider than a page is split into page-wide column groups (column breaks,
computed from the column widths for the narrower paper, Letter), each page repeating the sheet's
key columns on the left (`title_columns`) and its header rows at the top (`print_rows`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from desktop_app.io.excel_labels import Translate, translator
from desktop_app.io.excel_styles import (
    BASE_FORMATS,
    LINE_HEIGHT,
    MAX_WIDTH,
    MIN_WIDTH,
    WRAP_WIDTH,
    StyleBook,
    shown_width,
    text_width,
)
from desktop_app.io.excel_xml import SheetCells

Cell = tuple[Any, str | None]  # (value, style key); a value of None is an empty cell
Progress = Callable[[int], None]  # rows written so far in this sheet
_UNFITTED = ("title", "subtitle", "note")  # these overflow into the empty cells on their right
PROGRESS_EVERY = 2000
COMMENT_SIZE = (240, 96)  # points
CHARS_PER_UNIT = 1.25
PRINT_SCALE = 80  # percent: 10-point text prints at 8 points
MARGIN_SIDE, MARGIN_TOP, MARGIN_EDGE = 0.4, 0.6, 0.3  # inches: left/right, top/bottom, header/footer
# Width of a landscape Letter page inside the margins, in Excel's column pixels (7 per width unit
# plus 5) at PRINT_SCALE, with a little room to spare (LibreOffice measured within 2 % of it).
PAGE_PIXELS = int((11.0 - 2 * MARGIN_SIDE) * 96 / (PRINT_SCALE / 100) * 0.98)


@dataclass
class SheetSpec:
    title: str
    rows: list[list[Cell]] = field(default_factory=list)
    freeze: str | None = None  # top-left cell of the scrolling area, e.g. "A5"
    autofilter: str | None = None  # e.g. "A4:R120"
    print_rows: str | None = None  # rows repeated on every printed page, e.g. "4:4"
    hidden_columns: set[int] = field(default_factory=set)
    widths: dict[int, float] = field(default_factory=dict)  # fixed widths, by 1-based column
    comments: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, column) → text
    charts: list[tuple[Callable[[Any], Any], str]] = field(default_factory=list)  # factory, anchor
    gridlines: bool = True
    title_columns: int = 0  # the first N columns repeat on the left of every printed page
    col_breaks: set[int] = field(default_factory=set)  # a printed page ends after these columns
    row_breaks: list[int] = field(default_factory=list)  # a printed page ends after these rows
    hidden_rows: set[int] = field(default_factory=set)
    language: str = "en"  # of the sheet's name, titles, headers and labels (excel_labels)

    @property
    def t(self) -> Translate:
        """English → this sheet's language."""
        return translator(self.language)

    @property
    def name(self) -> str:
        """The sheet's name in its language (`title` is the English name, the sheet's identity)."""
        return self.t(self.title)

    @property
    def next_row(self) -> int:
        return len(self.rows) + 1

    def add(self, *cells: Cell | None) -> int:
        """Append a row; returns its 1-based row number."""
        self.rows.append([c if c is not None else (None, None) for c in cells])
        return len(self.rows)

    def blank(self) -> int:
        return self.add()

    def title_rows(self, title: str, note: str = "") -> None:
        """Row 1: the sheet title; row 2: a note on units and colours; row 3: blank. In the sheet's
        language."""
        self.add((self.t(title), "title"))
        self.add((self.t(note), "note") if note else None)
        self.blank()

    def header(self, names: list[str] | tuple[str, ...], numeric: set[str] | None = None) -> int:
        """A header row of `names` (English, translated here); `numeric` names are right-aligned."""
        numeric = numeric or set()
        return self.add(*[(self.t(n), "header_num" if n in numeric else "header") for n in names])

    def table_ref(self, header_row: int, last_row: int, columns: int) -> str:
        from openpyxl.utils import get_column_letter

        return f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"


def fitted_widths(spec: SheetSpec) -> dict[int, float]:
    """Each column as wide as its widest cell (wide CJK characters count double), within limits."""
    widest: dict[int, int] = {}
    wraps: set[int] = set()
    for row in spec.rows:
        for col, (value, key) in enumerate(row, start=1):
            if value is None or key is None:
                continue
            base = key.split("|", 1)[0]
            if base in _UNFITTED or key.endswith("|free"):
                continue
            width = shown_width(value, base) + (0 if base in BASE_FORMATS else 1)  # text is indented
            if base in ("header", "header_num"):
                width = min(width, max(text_width(w) for w in str(value).split() or [""]) + 4)
            if base == "wrap":
                wraps.add(col)
            widest[col] = max(widest.get(col, 0), width)
    widths = {}
    for col, width in widest.items():
        limit = WRAP_WIDTH if col in wraps else MAX_WIDTH
        widths[col] = round(min(max(width + 2.0, MIN_WIDTH), limit), 1)
    widths.update(spec.widths)
    return widths


def column_pixels(width: float) -> float:
    """A column's width on screen and paper, in pixels (Excel: 7 per unit of the default font, +5)."""
    return 7 * width + 5


def column_breaks(spec: SheetSpec, widths: dict[int, float], columns: int) -> list[int]:
    """The columns after which a printed page ends: page-wide groups, the title columns repeated on
    each page, and the sheet's own breaks (`col_breaks`) kept."""
    def px(col: int) -> float:
        return 0.0 if col in spec.hidden_columns else column_pixels(widths.get(col, 8.43))

    titles = sum(px(c) for c in range(1, spec.title_columns + 1))
    breaks: list[int] = []
    used = titles
    for col in range(spec.title_columns + 1, columns + 1):
        width = px(col)
        if used > titles and used + width > PAGE_PIXELS:
            breaks.append(col - 1)
            used = titles
        used += width
        if col in spec.col_breaks and col < columns:
            breaks.append(col)
            used = titles
    return sorted(set(breaks))


def row_heights(spec: SheetSpec, widths: dict[int, float]) -> dict[int, float]:
    """Heights for rows whose wrapped text needs more than one line (Excel does not fit them)."""
    heights = {}
    for number, row in enumerate(spec.rows, start=1):
        lines = 1
        for col, (value, key) in enumerate(row, start=1):
            if not isinstance(value, str) or key is None:
                continue
            base = key.split("|", 1)[0]
            if base not in ("wrap", "header", "header_num"):
                continue
            # A width unit is one digit of the default font; 10-point text fits ~1.25 characters in it.
            room = max((widths.get(col, MIN_WIDTH) - 2.0) * CHARS_PER_UNIT, 1.0)
            needed = 0
            for part in value.split("\n"):
                if base == "wrap":
                    needed += max(1, math.ceil(text_width(part) / room))
                else:
                    words, used, count = part.split(), 0.0, 1
                    for word in words:
                        w = text_width(word)
                        if used and used + 1 + w > room:
                            count, used = count + 1, float(w)
                        else:
                            used += (1 if used else 0) + w
                    needed += count
            lines = max(lines, needed)
        if lines > 1:
            heights[number] = lines * LINE_HEIGHT + 2
    return heights


def render(workbook: Any, spec: SheetSpec, styles: StyleBook, progress: Progress | None = None,
           strings: dict[str, int] | None = None) -> tuple[Any, SheetCells]:
    """Add `spec` as a new sheet of a write-only `workbook`: everything but the cells, which come
    back as `<sheetData>` XML for `excel_xml.patch` to put in once openpyxl has saved the file."""
    from openpyxl.cell.cell import Cell as OpenpyxlCell
    from openpyxl.comments import Comment
    from openpyxl.comments.comment_sheet import CommentRecord
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.pagebreak import Break
    from openpyxl.worksheet.properties import PageSetupProperties

    from desktop_app.io.excel_xml import sheet_data

    sheet = workbook.create_sheet(spec.name)
    styles.bind(sheet)
    widths = fitted_widths(spec)
    for col, width in widths.items():
        dim = sheet.column_dimensions[get_column_letter(col)]
        dim.width = width
        if col in spec.hidden_columns:
            dim.hidden = True
    if spec.freeze:
        sheet.freeze_panes = spec.freeze
    if spec.autofilter:
        sheet.auto_filter.ref = spec.autofilter
    sheet.sheet_view.showGridLines = spec.gridlines
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.scale = PRINT_SCALE
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    sheet.page_margins = PageMargins(left=MARGIN_SIDE, right=MARGIN_SIDE, top=MARGIN_TOP, bottom=MARGIN_TOP,
                                     header=MARGIN_EDGE, footer=MARGIN_EDGE)
    if spec.print_rows:
        sheet.print_title_rows = spec.print_rows
    if spec.title_columns:
        sheet.print_title_cols = f"A:{get_column_letter(spec.title_columns)}"
    columns = max((len(row) for row in spec.rows), default=0)
    for col in column_breaks(spec, widths, columns):
        sheet.col_breaks.append(Break(id=col))
    for row in spec.row_breaks:
        sheet.row_breaks.append(Break(id=row))
    sheet.oddFooter.left.text = "CSP Desk"
    sheet.oddFooter.center.text = "&A"
    sheet.oddFooter.right.text = spec.t("Page &P of &N")
    # The sheet's writer starts here (it writes the settings above and resets the comment list).
    sheet._get_writer()
    for (row, col), text in sorted(spec.comments.items()):
        anchor = OpenpyxlCell(sheet, row=row, column=col)
        anchor.comment = Comment(text, "CSP Desk", height=COMMENT_SIZE[1], width=COMMENT_SIZE[0])
        sheet._comments.append(CommentRecord.from_cell(anchor))  # what openpyxl does per cell it writes
    for factory, anchor_ref in spec.charts:
        sheet.add_chart(factory(sheet), anchor_ref)
    cells = sheet_data(spec.rows, styles.style_id, row_heights(spec, widths), strings, progress,
                       PROGRESS_EVERY, hidden=spec.hidden_rows)
    return sheet, cells
