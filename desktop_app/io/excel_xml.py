"""The cells of each sheet as SpreadsheetML, written straight to text, and the patch that puts them
into the workbook openpyxl saved.

openpyxl builds everything else of the workbook (styles, column widths, frozen panes, filters, print
setup, comments, charts, document properties) and writes each sheet with an empty `<sheetData>`;
creating an openpyxl cell object per value costs ~60 µs, which is 6 s for 100,000 cells. Here a cell
is one formatted string: a number `<c r="E5" s="7"><v>76441</v></c>`, a text as an index into the
shared string table (as Excel writes them), a date as its serial number, each with the style index
openpyxl registered for its style key. Excel, LibreOffice, openpyxl and pandas read the result like
any workbook.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # not allowed in XML 1.0
_EMPTY_SHEET_DATA = re.compile(rb"<sheetData\s*/>|<sheetData>\s*</sheetData>")
_EPOCH = datetime(1899, 12, 30)


def _letters(count: int) -> list[str]:
    from openpyxl.utils import get_column_letter

    return [""] + [get_column_letter(i) for i in range(1, count + 1)]


def _text(value: str) -> str:
    value = _ILLEGAL.sub("", value)
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if value != value.strip() or "\n" in value:
        return f'<t xml:space="preserve">{escaped}</t>'
    return f"<t>{escaped}</t>"


def _serial(value: date) -> float:
    """Excel's serial day number (1900 date system) of a date or naive datetime."""
    moment = value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
    delta = moment.replace(tzinfo=None) - _EPOCH
    return delta.days + delta.seconds / 86400


def cell_xml(ref: str, value: Any, style: int | None, strings: dict[str, int] | None = None) -> str:
    """One `<c>` element; None with a style is a styled empty cell, None without one is nothing.
    Texts go to the shared string table `strings` (text → index) when one is given."""
    s = f' s="{style}"' if style else ""
    if value is None:
        return f'<c r="{ref}"{s}/>' if s else ""
    if isinstance(value, bool):
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int):
        return f'<c r="{ref}"{s}><v>{value}</v></c>'
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{ref}: not a finite number ({value})")  # a bug of the writer: never shown
        return f'<c r="{ref}"{s}><v>{value!r}</v></c>'
    if isinstance(value, date):
        return f'<c r="{ref}"{s}><v>{_serial(value)!r}</v></c>'
    text = _ILLEGAL.sub("", str(value))
    if strings is None:
        return f'<c r="{ref}"{s} t="inlineStr"><is>{_text(text)}</is></c>'
    index = strings.get(text)
    if index is None:
        index = strings[text] = len(strings)
    return f'<c r="{ref}"{s} t="s"><v>{index}</v></c>'


def sheet_data(rows: Sequence[Sequence[tuple[Any, str | None]]], style_id: Callable[[str], int],
               heights: dict[int, float], strings: dict[str, int] | None = None,
               progress: Callable[[int], None] | None = None, every: int = 2000,
               hidden: set[int] | frozenset[int] = frozenset()) -> SheetCells:
    """`<sheetData>` for rows of (value, style key) cells; row numbers start at 1."""
    width = max((len(r) for r in rows), default=0)
    letters = _letters(width)
    last_row = max((n for n, r in enumerate(rows, start=1) if any(v is not None for v, _ in r)), default=1)
    ids: dict[str, int] = {}
    parts = ["<sheetData>"]
    for number, row in enumerate(rows, start=1):
        cells = []
        for col, (value, key) in enumerate(row, start=1):
            if value is None and key is None:
                continue
            style = None
            if key:
                style = ids.get(key)
                if style is None:
                    style = ids[key] = style_id(key)
            cells.append(cell_xml(f"{letters[col]}{number}", value, style, strings))
        height = heights.get(number)
        if cells or height or number in hidden:
            attrs = f' ht="{height:g}" customHeight="1"' if height else ""
            if number in hidden:
                attrs += ' hidden="1"'
            parts.append(f'<row r="{number}"{attrs}>{"".join(cells)}</row>')
        if progress is not None and number % every == 0:
            progress(number)
    parts.append("</sheetData>")
    return SheetCells("".join(parts).encode("utf-8"), f"A1:{letters[max(width, 1)]}{last_row}")


@dataclass(frozen=True)
class SheetCells:
    xml: bytes  # the <sheetData> element
    dimension: str  # "A1:R108": readers size the sheet from it instead of scanning every row


def _fill(data: bytes, cells: SheetCells, name: str) -> bytes:
    data, count = _EMPTY_SHEET_DATA.subn(lambda _m: cells.xml, data, count=1)
    if count != 1:
        raise ValueError(f"{name}: no empty sheetData to fill")  # a bug of the template: never shown
    if b"<dimension" not in data:
        data = data.replace(b"<sheetViews", f'<dimension ref="{cells.dimension}"/><sheetViews'.encode(), 1)
    return data


SST_PART = "xl/sharedStrings.xml"
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def shared_strings_xml(strings: dict[str, int]) -> bytes:
    items = "".join(f"<si>{_text(text)}</si>" for text in strings)  # dicts keep insertion order
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{_MAIN_NS}" '
            f'uniqueCount="{len(strings)}">{items}</sst>').encode()


def _register_strings(name: str, data: bytes) -> bytes:
    """Declare the shared string table in the content types and the workbook's relationships."""
    if name == "[Content_Types].xml":
        entry = f'<Override PartName="/{SST_PART}" ContentType="{_SST_TYPE}"/></Types>'
        return data.replace(b"</Types>", entry.encode(), 1)
    if name == "xl/_rels/workbook.xml.rels":
        entry = (f'<Relationship Id="rIdSharedStrings" Type="{_SST_REL}" Target="/{SST_PART}"/>'
                 "</Relationships>")
        return data.replace(b"</Relationships>", entry.encode(), 1)
    return data


def patch(saved: bytes, sheet_data_by_part: dict[str, SheetCells], out: Path, level: int = 6,
          strings: dict[str, int] | None = None) -> None:
    """Write the workbook `saved` (as openpyxl saved it) to `out`, each sheet part given its cells,
    and the shared string table the cells refer to."""
    done = set()
    with zipfile.ZipFile(io.BytesIO(saved)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            cells = sheet_data_by_part.get(item.filename)
            if cells is not None:
                data = _fill(data, cells, item.filename)
                done.add(item.filename)
            if strings is not None:
                if item.filename == SST_PART:
                    raise ValueError("the workbook already has a shared string table")  # a bug: never shown
                data = _register_strings(item.filename, data)
            info = zipfile.ZipInfo(item.filename, date_time=item.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            target.writestr(info, data, compresslevel=level)
        if strings is not None:
            info = zipfile.ZipInfo(SST_PART, date_time=info.date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, shared_strings_xml(strings), compresslevel=level)
    missing = set(sheet_data_by_part) - done
    if missing:
        # A bug of the template or the writer (the tests write every sheet): never shown to a user.
        raise ValueError(f"sheet parts not found in the workbook: {', '.join(sorted(missing))}")
