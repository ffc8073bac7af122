"""The parts of an .xlsx the import reads, with every count and size bounded while streaming.

An .xlsx is a zip of XML parts. The import reads five: the package's and the workbook's
relationships (where the parts are), the workbook (the sheet names), the styles (which cell
styles show dates) and the shared strings (the texts of text cells); `excel_cells` then reads the
one sheet it imports. A tiny file can unpack to an enormous amount of work (933 KB holding 22
million shared strings), so bytes alone are not a bound: each part is inflated and fed to expat
in chunks, the handlers count what they see, and between chunks the counts are checked against
the limits below and `progress(done, total)` is asked whether to go on (False cancels). A file
over any limit is refused with what it exceeded, after a bounded amount of work and memory.

The limits are generous for real use: the benchmark workbook of benchmarks/excel.py (116,000
cells, far more companies and quarters than a real workspace) has 994 shared strings, 41 cell
styles, 7 sheets, and 7,019 rows and 126,308 cells in its Scorecards sheet.

DTDs, entity declarations and external references are refused the way defusedxml refuses them.
Nothing here uses openpyxl, whose read-only loader reads every shared string and style unbounded.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn, Protocol

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

MAX_PART_BYTES = 100 * 1024 * 1024  # one part the import reads, unpacked (benchmark sheet: 4.8 MB)
MAX_ELEMENTS = 1_500_000  # XML elements in one part
MAX_QUIET_BYTES = 4 * 1024 * 1024  # XML without a single tag: one giant attribute, comment or text
MAX_SHEETS = 1_000
MAX_STYLES = 65_490  # cell formats: Excel's own limit
MAX_SHARED_STRINGS = 250_000
MAX_TEXT_CHARS = 16_000_000  # characters of text kept: shared strings and the sheet's text cells
MAX_CELL_CHARS = 32_767  # Excel's limit for the text of one cell
CHUNK = 64 * 1024

Progress = Callable[[int, int], bool]  # (bytes read, bytes to read) → False to cancel

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SI, _T, _RPH = f"{_MAIN}si", f"{_MAIN}t", f"{_MAIN}rPh"
_INDEX = re.compile(r"[0-9]{1,9}")  # an index or id as Excel writes it: ASCII digits only
# Which number formats show dates or times: openpyxl's rule (styles/numbers.py, is_date_format):
# outside quoted text and [colour]/[locale] brackets, a d m h y or s not escaped by \ or _.
_FORMAT_NOISE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_BUILTIN_DATE_FORMATS = frozenset((14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47))


class Refused(ValueError):
    """The workbook cannot be read as it is. Without a sheet, `reason` follows the file's name
    ("has more than 250,000 shared strings"); with one, it is said of that sheet and cell."""

    def __init__(self, reason: str, sheet: str = "", cell: str = "") -> None:
        super().__init__(reason)
        self.reason, self.sheet, self.cell = reason, sheet, cell


class Cancelled(Exception):
    """`progress` returned False: the reading stopped, nothing was kept."""


class UnsafeXMLError(Refused):
    """A DTD or an entity declaration: refused before anything is expanded."""


def _forbid(*_args: Any) -> NoReturn:
    raise UnsafeXMLError(QT_TRANSLATE_NOOP(
        "ExcelErrors", "contains unsafe XML (DTD or entity declarations: DTDForbidden); it was refused "
        "without being read."))


def index(text: str | None) -> int | None:
    """A non-negative integer written as Excel writes one ('12'), else None: no sign, no
    underscore, no space, no non-ASCII digit, which Python's int() would all accept."""
    return int(text) if text is not None and _INDEX.fullmatch(text) else None


class Handler(Protocol):
    elements: int  # start tags seen: the handler counts them

    def start(self, name: str, attrs: dict[str, str]) -> None: ...

    def end(self, name: str) -> None: ...

    def text(self, data: str) -> None: ...

    def check(self) -> None:
        """Raise `Refused` if a count is over its limit (called between chunks)."""


class _Quiet:
    """A handler for parts read only for their structure: start tags, counted."""

    elements = 0

    def end(self, name: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass

    def check(self) -> None:
        pass


class Book:
    """An open workbook archive, read part by part within the limits. Once `total` is set (the
    bytes of the parts to come), `progress(done, total)` is asked after every chunk."""

    def __init__(self, archive: zipfile.ZipFile, progress: Progress | None = None) -> None:
        self.archive = archive
        self.progress = progress
        self.names = set(archive.namelist())
        self.done = 0
        self.total = 0
        self._relationships: dict[str, dict[str, tuple[str, str]]] = {}

    def size(self, part: str) -> int:
        size = self.archive.getinfo(part).file_size
        if size > MAX_PART_BYTES:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "has a part (%1) that unpacks to %2 MB; parts over %3 MB are not read.").arg(
                    part, f"{size / 1024 / 1024:.0f}", MAX_PART_BYTES // 1024 // 1024))
        return size

    def parse(self, part: str, handler: Handler) -> None:
        """Stream `part` through expat into `handler`, checking the limits between chunks."""
        from xml.parsers import expat

        self.size(part)
        parser = expat.ParserCreate(namespace_separator="}")
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartDoctypeDeclHandler = _forbid
        parser.EntityDeclHandler = _forbid
        parser.UnparsedEntityDeclHandler = _forbid
        parser.ExternalEntityRefHandler = _forbid
        parser.buffer_text = True
        parser.buffer_size = CHUNK
        parser.StartElementHandler = handler.start
        parser.EndElementHandler = handler.end
        parser.CharacterDataHandler = handler.text
        bind = getattr(handler, "bind", None)
        if bind is not None:  # the handler sets expat's handlers itself as it goes (excel_cells._State)
            bind(parser)
        quiet, seen = 0, handler.elements
        try:
            with self.archive.open(part) as stream:
                while True:
                    chunk = stream.read(CHUNK)
                    parser.Parse(chunk, not chunk)
                    self.done += len(chunk)
                    handler.check()
                    if handler.elements > MAX_ELEMENTS:
                        raise Refused(QT_TRANSLATE_NOOP(
                            "ExcelErrors", "has more than %1 XML elements in its part %2.").arg(
                                f"{MAX_ELEMENTS:,}", part))
                    quiet = quiet + len(chunk) if handler.elements == seen else 0
                    seen = handler.elements
                    if quiet > MAX_QUIET_BYTES:
                        raise Refused(QT_TRANSLATE_NOOP(
                            "ExcelErrors", "has more than %1 MB without a single XML tag in its part %2 (a "
                            "giant attribute, text or comment).").arg(MAX_QUIET_BYTES // 1024 // 1024, part))
                    if not chunk:
                        break
                    if self.total and self.progress is not None and not self.progress(self.done, self.total):
                        raise Cancelled()
        except expat.ExpatError as exc:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "is damaged: its part %1 is not well-formed XML (%2).").arg(
                    part, exc)) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "is damaged: its part %1 is corrupt (%2).").arg(part, exc)) from exc

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Id → (type, target part) of the relationships of `part` (external targets left out)."""
        if part in self._relationships:
            return self._relationships[part]
        folder, name = posixpath.split(part)
        rels = posixpath.join(folder, "_rels", f"{name}.rels")
        found = self._relationships[part] = {}
        if rels not in self.names:
            return found

        class Rels(_Quiet):
            def start(self, tag: str, attrs: dict[str, str]) -> None:
                self.elements += 1
                if tag == _PKG_REL and attrs.get("TargetMode") != "External":
                    target = attrs.get("Target", "")
                    path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                    found[attrs.get("Id", "")] = (attrs.get("Type", ""), posixpath.normpath(path))

        self.parse(rels, Rels())
        return found

    def workbook_part(self) -> str:
        for kind, target in self.relationships("").values():
            if kind.endswith("/officeDocument") and target in self.names:
                return target
        return "xl/workbook.xml"

    def sheets(self, workbook: str) -> dict[str, str]:
        """Sheet name → its part, in workbook order (a sheet whose part is missing is left out)."""
        listed: list[tuple[str, str]] = []

        class Sheets(_Quiet):
            def start(self, tag: str, attrs: dict[str, str]) -> None:
                self.elements += 1
                if tag == f"{_MAIN}sheet":
                    listed.append((attrs.get("name", ""), attrs.get(_REL, "")))

            def check(self) -> None:
                if len(listed) > MAX_SHEETS:
                    raise Refused(QT_TRANSLATE_NOOP(
                        "ExcelErrors", "has more than %1 sheets; it is not read.").arg(f"{MAX_SHEETS:,}"))

        self.parse(workbook, Sheets())
        rels = self.relationships(workbook)
        return {name: rels[rid][1] for name, rid in listed if rid in rels and rels[rid][1] in self.names}

    def part_of_type(self, workbook: str, suffix: str) -> str | None:
        for kind, target in self.relationships(workbook).values():
            if kind.endswith(suffix) and target in self.names:
                return target
        return None


@dataclass(frozen=True)
class Styles:
    count: int  # cell formats (<cellXfs><xf>); a cell's style index is below this
    dates: frozenset[int]  # the indices whose number format shows a date or time


def is_date_format(code: str) -> bool:
    return _DATE_LETTER.search(_FORMAT_NOISE.sub("", code.split(";")[0])) is not None


def read_styles(book: Book, part: str | None) -> Styles:
    """The cell formats of the styles part, and which of them show dates; none without the part."""
    if part is None:
        return Styles(0, frozenset())
    formats: list[int] = []
    custom: dict[int, str] = {}

    class Xfs(_Quiet):
        inside = False

        def start(self, tag: str, attrs: dict[str, str]) -> None:
            self.elements += 1
            if tag == f"{_MAIN}xf" and self.inside:
                number = index(attrs.get("numFmtId", "0"))
                if number is None:
                    raise Refused(QT_TRANSLATE_NOOP(
                        "ExcelErrors", "is damaged: its cell style %1 has the number format id %2, which is "
                        "not a number.").arg(len(formats), repr(attrs.get("numFmtId", "")[:20])))
                formats.append(number)
            elif tag == f"{_MAIN}cellXfs":
                self.inside = True
            elif tag == f"{_MAIN}numFmt":
                number = index(attrs.get("numFmtId"))
                if number is None:
                    raise Refused(QT_TRANSLATE_NOOP(
                        "ExcelErrors", "is damaged: it has a number format whose id %1 is not a number.").arg(
                            repr(attrs.get("numFmtId", "")[:20])))
                custom[number] = attrs.get("formatCode", "")

        def end(self, tag: str) -> None:
            if tag == f"{_MAIN}cellXfs":
                self.inside = False

        def check(self) -> None:
            if len(formats) > MAX_STYLES or len(custom) > MAX_STYLES:
                raise Refused(QT_TRANSLATE_NOOP(
                    "ExcelErrors", "has more than %1 cell styles or number formats; it is not read.").arg(
                        f"{MAX_STYLES:,}"))

    book.parse(part, Xfs())
    dates = frozenset(i for i, number in enumerate(formats) if (
        is_date_format(custom[number]) if number in custom else number in _BUILTIN_DATE_FORMATS))
    return Styles(len(formats), dates)


class _Strings:
    """The shared string table: each <si>'s text (its <t> runs, phonetic <rPh> runs left out)."""

    def __init__(self) -> None:
        self.elements = 0
        self.strings: list[str] = []
        self.chars = 0
        self._runs: list[str] = []
        self._buffer: list[str] | None = None
        self._phonetic = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if name == _T and not self._phonetic:
            self._buffer = []
        elif name == _SI:
            self._runs = []
        elif name == _RPH:
            self._phonetic += 1

    def text(self, data: str) -> None:
        if self._buffer is not None:
            self._buffer.append(data)

    def end(self, name: str) -> None:
        if name == _T and self._buffer is not None:
            self._runs.append("".join(self._buffer))
            self._buffer = None
        elif name == _SI:
            text = "".join(self._runs) if len(self._runs) != 1 else self._runs[0]
            if len(text) > MAX_CELL_CHARS:
                raise Refused(QT_TRANSLATE_NOOP(
                    "ExcelErrors", "has a shared string (number %1) of %2 characters; a cell holds at most "
                    "%3.").arg(len(self.strings), f"{len(text):,}", f"{MAX_CELL_CHARS:,}"))
            self.chars += len(text)
            self.strings.append(text)
        elif name == _RPH:
            self._phonetic -= 1

    def check(self) -> None:
        if len(self.strings) > MAX_SHARED_STRINGS:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "has more than %1 shared strings (texts); it is not read.").arg(
                    f"{MAX_SHARED_STRINGS:,}"))
        if self.chars > MAX_TEXT_CHARS:
            raise Refused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "has more than %1 characters of text in its shared strings; it is not "
                "read.").arg(f"{MAX_TEXT_CHARS:,}"))


def read_shared_strings(book: Book, part: str | None) -> tuple[list[str], int]:
    """(the shared strings, how many characters they hold); empty without the part."""
    if part is None:
        return [], 0
    handler = _Strings()
    book.parse(part, handler)
    return handler.strings, handler.chars
