"""Hostile workbooks, made from a real export by replacing one part with generated XML.

Each is small on disk (repetitive XML compresses ~400:1) and huge or malformed inside. The parts
are written in pieces, so making one never holds its unpacked text in memory.

    python tests/hostile_books.py BOOK.xlsx OUT.xlsx KIND   (the kinds are in HOSTILE below)
"""

from __future__ import annotations

import re
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

SCORECARDS_PART = "xl/worksheets/sheet2.xml"  # the export's second sheet
STRINGS_PART = "xl/sharedStrings.xml"
STYLES_PART = "xl/styles.xml"
WORKBOOK_PART = "xl/workbook.xml"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
PIECE = 20_000


def replaced(book: Path, out: Path, part: str, pieces: Iterable[bytes]) -> Path:
    """`book` with `part` replaced by the concatenation of `pieces`."""
    with zipfile.ZipFile(book) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:  # fast to make
        for item in source.infolist():
            if item.filename == part:
                info = zipfile.ZipInfo(part, item.date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                with target.open(info, "w") as stream:
                    for piece in pieces:
                        stream.write(piece)
            else:
                target.writestr(item, source.read(item.filename), compress_type=zipfile.ZIP_DEFLATED)
    return out


def edited(book: Path, out: Path, part: str, edit: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(book) as source:
        data = source.read(part)
    return replaced(book, out, part, [edit(data)])


def repeated(head: bytes, item: Callable[[int], bytes] | bytes, count: int, tail: bytes) -> Iterator[bytes]:
    yield head
    if isinstance(item, bytes):
        block = item * PIECE
        for _ in range(count // PIECE):
            yield block
        yield item * (count % PIECE)
    else:
        for start in range(0, count, PIECE):
            yield b"".join(item(n) for n in range(start, min(start + PIECE, count)))
    yield tail


def shared_strings(count: int) -> Iterator[bytes]:
    """`count` one-letter shared strings: 17 bytes each unpacked."""
    head = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{count}" uniqueCount="{count}">'
    return repeated(head.encode(), b"<si><t>x</t></si>", count, b"</sst>")


def sheet_with(book: Path, out: Path, rows: Iterator[bytes], after: Iterable[bytes] = ()) -> Path:
    """The sheet as exported, then the generated `rows` and the `after` elements streamed in."""
    with zipfile.ZipFile(book) as source:
        data = source.read(SCORECARDS_PART)
    head, _, tail = data.partition(b"</sheetData>")
    return replaced(book, out, SCORECARDS_PART, [head, *rows, b"</sheetData>", *after, tail])


def cells_bomb(book: Path, out: Path, count: int = 40 * 16_384) -> Path:
    """`count` empty cells filling rows from row 200,001 on, all 16,384 columns (A to XFD) of each."""
    from desktop_app.io.excel_cells import column_letters

    row = b"".join(b'<c r="' + column_letters(n).encode() + b'%(row)d"/>' for n in range(1, 16_385))

    def rows() -> Iterator[bytes]:
        for n in range(count // 16_384):
            number = {b"row": n + 200_001}
            yield b'<row r="%d">' % number[b"row"] + row % number + b"</row>"
    return sheet_with(book, out, rows())


def merges_bomb(book: Path, out: Path, count: int = 100_000) -> Path:
    def merge(n: int) -> bytes:
        return b'<mergeCell ref="A%d:B%d"/>' % (n + 1, n + 1)
    body = repeated(b'<mergeCells count="%d">' % count, merge, count, b"</mergeCells>")
    return sheet_with(book, out, iter(()), body)


def styles_bomb(book: Path, out: Path, count: int = 1_000_000) -> Path:
    head = f'<?xml version="1.0"?><styleSheet xmlns="{MAIN}"><cellXfs count="{count}">'.encode()
    return replaced(book, out, STYLES_PART, repeated(head, b'<xf numFmtId="0"/>', count,
                                                     b"</cellXfs></styleSheet>"))


def sheets_bomb(book: Path, out: Path, count: int = 100_000) -> Path:
    with zipfile.ZipFile(book) as source:
        data = source.read(WORKBOOK_PART)

    def sheet(n: int) -> bytes:
        return b'<sheet name="S%d" sheetId="%d" r:id="rIdX%d"/>' % (n, n + 100, n)
    head, _, tail = data.partition(b"</sheets>")
    return replaced(book, out, WORKBOOK_PART, [head, *repeated(b"", sheet, count, b""), b"</sheets>", tail])


def elements_bomb(book: Path, out: Path, count: int = 10_000_000) -> Path:
    """Empty elements the reader has no use for, in the sheet after its data."""
    return sheet_with(book, out, iter(()), repeated(b"<extLst>", b"<ext/>", count, b"</extLst>"))


def quiet_bomb(book: Path, out: Path, size: int = 90 * 1024 * 1024) -> Path:
    """One attribute of `size` bytes: no tag ends for hundreds of megabytes."""
    return sheet_with(book, out, iter(()), repeated(b'<extLst><ext uri="', b"a" * 1024, size // 1024,
                                                    b'"/></extLst>'))


HOSTILE: dict[str, Callable[[Path, Path], Path]] = {
    "strings": lambda book, out: replaced(book, out, STRINGS_PART, shared_strings(22_000_000)),
    "strings-under-byte-caps": lambda book, out: replaced(book, out, STRINGS_PART, shared_strings(5_000_000)),
    "cells": cells_bomb,
    "merges": merges_bomb,
    "styles": styles_bomb,
    "sheets": sheets_bomb,
    "elements": elements_bomb,
    "quiet": quiet_bomb,
}


def once(data: bytes, old: bytes, new: bytes) -> bytes:
    """`data` with its first `old` replaced by `new` (which must be there)."""
    assert old in data, old
    return data.replace(old, new, 1)


def shared_string_index(data: bytes, ref: str, value: bytes) -> bytes:
    """The sheet with text cell `ref`'s shared-string index replaced by `value`."""
    data, n = re.subn(rb'(<c r="' + ref.encode() + rb'"[^>]*t="s"[^>]*><v>)[^<]*(</v>)',
                      rb"\g<1>" + value + rb"\g<2>", data)
    assert n == 1, ref
    return data


if __name__ == "__main__":
    HOSTILE[sys.argv[3]](Path(sys.argv[1]), Path(sys.argv[2]))
