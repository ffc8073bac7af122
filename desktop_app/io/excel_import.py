"""Read figures typed into an exported workbook back into the workspace: the import round trip.

`read_import(path, workspace)` opens a workbook in the layout the export writes, reads the
Scorecards sheet's key columns (Ticker, Quarter, Line key) and figure columns (Actual, Consensus,
Guidance), and returns the changes against the workspace, old → new per cell, without writing
anything. Applying them is `Workspace.apply_scorecard_changes(plan.values(), plan.summary())`,
one transaction.

Nothing is read from a file that is too big, not an .xlsx, damaged, or unsafe (openpyxl and
`excel_cells` parse with defusedxml, which refuses XML bombs). A file with any bad cell (text in
a number cell, a formula without a saved result, merged cells, an unknown company or line, a
duplicate row, a missing sheet or header) is refused as a whole: `ExcelImportError` lists each
problem with its sheet and cell.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import Kind, LineDef
from desktop_app.domain.periods import Quarter, display_label, parse_period
from desktop_app.domain.scorecard import ScorecardValue
from desktop_app.domain.workspace_reader import WorkspaceReader
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_cells import RawCell, iter_rows, read_cells, sheet_source

MAX_PROBLEMS = 30
MAX_UNZIPPED_BYTES = 400 * 1024 * 1024  # a zip bomb is refused before it is inflated
MAX_RATE_PERCENT = Decimal(1000)
_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class Problem:
    sheet: str  # "" for the file as a whole
    cell: str  # "E7", "A4:R4", or ""
    reason: str

    def __str__(self) -> str:
        if self.sheet and self.cell:
            return f"{self.sheet}!{self.cell}: {self.reason}"
        if self.sheet:
            return f"sheet {self.sheet}: {self.reason}"
        return self.reason


class ExcelImportError(ValueError):
    """The workbook cannot be imported; nothing was changed. `problems` lists what is wrong."""

    def __init__(self, path: Path, problems: list[Problem], more: int = 0) -> None:
        self.path = Path(path)
        self.problems = problems
        lines = [f"Nothing was imported from {self.path.name}:"] + [f"  {p}" for p in problems]
        if more:
            lines.append(f"  … and {more} more problems")
        super().__init__("\n".join(lines))


@dataclass(frozen=True)
class CellChange:
    """One figure the import changes: where it is in the workbook, what it was, what it becomes."""

    sheet: str
    cell: str
    company: str
    period: Quarter
    period_label: str
    line: str
    line_label: str
    field: str
    kind: Kind
    old: Decimal | None
    new: Decimal | None
    created: bool  # the workspace has no row for this company, quarter and line yet

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"

    @property
    def what(self) -> str:
        return f"{self.company} {self.period_label} {self.line_label}, {self.field}"


@dataclass(frozen=True)
class ImportPlan:
    path: Path
    changes: tuple[CellChange, ...]
    rows: int  # data rows read

    def values(self, forward: bool = True) -> list[ScorecardValue]:
        """The changes as workspace edits: the new figures, or with `forward=False` the old ones."""
        return [ScorecardValue(c.company, c.period, c.line, c.field, c.new if forward else c.old)
                for c in self.changes]

    def created_rows(self) -> list[tuple[str, Quarter, str]]:
        return sorted({(c.company, c.period, c.line) for c in self.changes if c.created},
                      key=lambda k: (k[0], k[1], k[2]))

    def summary(self) -> str:
        n = len(self.changes)
        return f"Imported {n} scorecard figure{'s' if n != 1 else ''} from {self.path.name}"


def show(value: Decimal | None, kind: Kind) -> str:
    """A figure in the house style for the preview: `76,441`, `(15)`, `44.9%`, or `empty`."""
    if value is None:
        return "empty"
    text = f"{abs(value):,f}"
    text = f"({text})" if value < 0 else text
    return f"{text}%" if kind.is_rate else text


# ------------------------------------------------------------------------------------ opening

def _refuse(path: Path, reason: str) -> ExcelImportError:
    return ExcelImportError(path, [Problem("", "", reason)])


def check_file(path: Path) -> None:
    """Size, type and zip integrity, before openpyxl sees the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _refuse(path, f"{path} cannot be read: {exc.strerror or exc}") from exc
    if path.is_dir():
        raise _refuse(path, f"{path} is a folder, not a workbook.")
    if size > L.MAX_IMPORT_BYTES:
        raise _refuse(path, f"{path.name} is {size / 1024 / 1024:.1f} MB; workbooks over "
                            f"{L.MAX_IMPORT_BYTES // 1024 // 1024} MB are not imported.")
    if head.startswith(_XLS_MAGIC):
        raise _refuse(path, f"{path.name} is an old-style .xls workbook: save it as an Excel "
                            "Workbook (.xlsx) and import that.")
    if not head.startswith(b"PK"):
        raise _refuse(path, f"{path.name} is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" not in names:
                raise _refuse(path, f"{path.name} is a zip file but not an Excel workbook (.xlsx).")
            if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise _refuse(path, f"{path.name} unpacks to more than "
                                    f"{MAX_UNZIPPED_BYTES // 1024 // 1024} MB; it is not imported.")
            broken = archive.testzip()
            if broken:
                raise _refuse(path, f"{path.name} is damaged: its part {broken} is corrupt.")
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        if isinstance(exc, ExcelImportError):
            raise
        raise _refuse(path, f"{path.name} is damaged or incomplete (not a readable .xlsx): {exc}") from exc


def _load(path: Path, source: BinaryIO, data_only: bool, read_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(source, data_only=data_only, read_only=read_only, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        causes: list[str] = []
        seen: BaseException | None = exc
        while seen is not None and len(causes) < 10:
            causes.append(type(seen).__name__)
            seen = seen.__cause__ or seen.__context__
        unsafe = [n for n in causes if "Forbidden" in n]  # defusedxml: DTD, entities, external refs
        if unsafe:
            reason = (f"{path.name} contains unsafe XML (DTD or entity declarations: {unsafe[0]}); "
                      "it was refused without being read.")
        else:
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            reason = f"{path.name} cannot be read as a workbook: {first}"
        raise _refuse(path, reason) from exc


# ------------------------------------------------------------------------------------ reading

class _Reader:
    """Walks the Scorecards sheet, collecting problems and changes."""

    def __init__(self, path: Path, workspace: WorkspaceReader) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.more = 0
        self.companies: dict[str, Company] = {c.ticker: c for c in workspace.companies(include_removed=True)}
        self.defs: dict[tuple[str, str], LineDef] = {
            (t, d.key): d for t in self.companies for d in workspace.line_defs(t)}
        self.stored = {line.key: line for line in workspace.scorecard_lines()}

    def problem(self, cell: str, reason: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(L.SCORECARDS, cell, reason))
        else:
            self.more += 1

    def fail_if_any(self) -> None:
        if self.problems:
            raise ExcelImportError(self.path, self.problems, self.more)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _columns(reader: _Reader, header: list[Any]) -> dict[str, int]:
    from openpyxl.utils import get_column_letter

    found: dict[str, int] = {}
    last = 0
    for column, value in enumerate(header, start=1):
        name = _text(value)
        if not name:
            continue
        last = column
        if name in found and name in L.REQUIRED_COLUMNS:
            reader.problem(f"{get_column_letter(column)}{L.HEADER_ROW}",
                           f"a second column headed '{name}'; keep one.")
        found.setdefault(name, column)
    span = f"A{L.HEADER_ROW}:{get_column_letter(max(last, 1))}{L.HEADER_ROW}"
    for name in L.REQUIRED_COLUMNS:
        if name not in found:
            reader.problem(span, f"the header row (row {L.HEADER_ROW}) has no column '{name}'.")
    return found


def _number(reader: _Reader, coord: str, value: Any, kind: Kind) -> tuple[bool, Decimal | None]:
    """(ok, figure) for a figure cell's value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True, None
    if isinstance(value, bool):
        reader.problem(coord, f"{value} is TRUE/FALSE, not a number.")
        return False, None
    if isinstance(value, datetime | date | time):
        reader.problem(coord, "a date or time, not a number (check the cell's format).")
        return False, None
    if isinstance(value, str):
        reader.problem(coord, f"'{value.strip()[:40]}' is text, not a number. Type the number itself "
                              "(a number stored as text is not read).")
        return False, None
    if not isinstance(value, int | float):
        reader.problem(coord, f"{type(value).__name__} is not a number.")
        return False, None
    try:
        figure = L.from_cell(value, kind)
    except ValueError:
        reader.problem(coord, "not a finite number.")
        return False, None
    if abs(figure) >= L.MAX_ABS_FIGURE:
        reader.problem(coord, f"{value:g} is too large for a figure in US$ mn.")
        return False, None
    if kind.is_rate and abs(figure) >= MAX_RATE_PERCENT:
        reader.problem(coord, f"{figure:,f}% is not a plausible rate: rates are percentages (type 45% "
                              "or 0.45 for 45%).")
        return False, None
    return True, figure


def read_import(path: Path, workspace: WorkspaceReader) -> ImportPlan:
    """The changes the workbook at `path` makes to the workspace's scorecards; writes nothing."""
    path = Path(path)
    check_file(path)
    reader = _Reader(path, workspace)
    # Our own handle, closed here: openpyxl leaves a sheet's stream open when it fails halfway
    # through loading (a DTD in a sheet), which would keep the file open until garbage collection.
    try:
        source = path.open("rb")
    except OSError as exc:  # gone since check_file
        raise _refuse(path, f"{path} cannot be read: {exc.strerror or exc}") from exc
    with source:
        workbook = _load(path, source, data_only=False, read_only=True)
        try:
            columns, rows = _scan(path, workbook, reader)
        finally:
            workbook.close()
    changes = _changes(reader, rows, [columns[name] for name in L.REQUIRED_COLUMNS])
    reader.fail_if_any()
    return ImportPlan(path, tuple(changes), len(rows))


def _scan(path: Path, workbook: Any, reader: _Reader
          ) -> tuple[dict[str, int], list[tuple[int, dict[int, RawCell]]]]:
    """The header's columns and the non-empty rows of the Scorecards sheet; merged cells refused."""
    from openpyxl.utils.cell import range_boundaries

    if L.SCORECARDS not in workbook.sheetnames:
        raise ExcelImportError(path, [Problem(L.SCORECARDS, "", "the workbook has no sheet with this "
                                              f"name (it has: {', '.join(workbook.sheetnames)}).")])
    def pick(header: dict[int, RawCell]) -> set[int]:
        wanted = {c for c, cell in header.items() if _text(cell.value) in L.REQUIRED_COLUMNS}
        return wanted or set(header)

    try:
        source, strings, dates = sheet_source(workbook, L.SCORECARDS)
        with source:
            cells = read_cells(source, strings, dates, from_row=L.HEADER_ROW, pick=pick)
    except Exception as exc:  # noqa: BLE001 - a damaged sheet fails inside the XML parser
        name = type(exc).__name__
        if "Forbidden" in name or "Forbidden" in str(exc):
            raise _refuse(path, f"{path.name} contains unsafe XML (DTD or entity declarations: {name}); "
                                "it was refused without being read.") from exc
        raise _refuse(path, f"{path.name}: the sheet {L.SCORECARDS} cannot be read ({name}: {exc}).") from exc
    header = cells.rows.get(L.HEADER_ROW, {})
    columns = _columns(reader, [header[c].value if c in header else None
                                for c in range(1, max(header, default=0) + 1)])
    reader.fail_if_any()
    for ref in cells.merged:
        bottom = range_boundaries(ref)[3] if ref else 0
        if bottom is None or bottom >= L.HEADER_ROW:  # None: whole columns
            reader.problem(ref, "merged cells in the table; unmerge them so that every row has its "
                                "own cells.")
    reader.fail_if_any()
    wanted = {columns[name] for name in L.REQUIRED_COLUMNS}
    rows = [(number, row) for number, row in iter_rows(cells) if number > L.HEADER_ROW
            and any(c in row and (_text(row[c].value) or row[c].formula or row[c].error) for c in wanted)]
    return columns, rows


def _changes(reader: _Reader, rows: list[tuple[int, dict[int, RawCell]]], wanted: list[int]
             ) -> list[CellChange]:
    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(c) for c in wanted]
    seen: dict[tuple[str, Quarter, str], int] = {}
    changes: list[CellChange] = []
    for number, row in rows:
        coords = [f"{letter}{number}" for letter in letters]
        resolved = []
        bad = False
        for i, column in enumerate(wanted):
            cell = row.get(column)
            if cell is not None and cell.error:
                reader.problem(coords[i], f"the cell shows the error {cell.error}, not a number.")
                bad = True
            elif cell is not None and cell.formula is not None and cell.value is None:
                reader.problem(coords[i], f"the formula {cell.formula[:40]} has no saved result; "
                                          "open the file in Excel, let it calculate, save it and "
                                          "import again.")
                bad = True
            resolved.append(cell.value if cell is not None else None)
        if bad:
            continue
        ticker, quarter_text, line_key = (_text(v) for v in resolved[:3])
        if not ticker or not quarter_text or not line_key:
            for i, name in enumerate(L.KEY_COLUMNS):
                if not _text(resolved[i]):
                    reader.problem(coords[i], f"'{name}' is empty; every row needs its ticker, quarter "
                                              "and line key.")
            continue
        company = reader.companies.get(ticker.upper())
        if company is None:
            reader.problem(coords[0], f"unknown company '{ticker}'.")
            continue
        period = _period(reader, coords[1], quarter_text, company)
        definition = reader.defs.get((company.ticker, line_key))
        if definition is None:
            reader.problem(coords[2], f"{company.ticker} has no scorecard line '{line_key}' "
                                      "(unknown metric).")
        if period is None or definition is None:
            continue
        key = (company.ticker, period, line_key)
        if key in seen:
            reader.problem(coords[0], f"duplicate row: {company.ticker} {quarter_text} {line_key} is "
                                      f"also on row {seen[key]}.")
            continue
        seen[key] = number
        stored = reader.stored.get(key)
        for i, field in enumerate(L.VALUE_COLUMNS.values(), start=3):
            ok, new = _number(reader, coords[i], resolved[i], definition.kind)
            old = getattr(stored, field) if stored is not None else None
            if ok and new != old:
                changes.append(CellChange(
                    L.SCORECARDS, coords[i], company.ticker, period,
                    display_label(period, company.fy_end_month), line_key, definition.label, field,
                    definition.kind, old, new, stored is None))
    return changes


def _period(reader: _Reader, coord: str, text: str, company: Company) -> Quarter | None:
    fiscal_text, _, calendar_text = text.partition("·")
    try:
        period = parse_period(fiscal_text.strip(), company.fy_end_month)
    except ValueError:
        reader.problem(coord, f"'{text}' is not a quarter (expected e.g. F4Q25 · 2Q25, or 2Q25).")
        return None
    calendar = company.calendar_of(period).calendar_label()
    if calendar_text.strip() and calendar_text.strip().upper() != calendar:
        reader.problem(coord, f"'{text}': {fiscal_text.strip()} of {company.ticker} is calendar {calendar}, "
                              f"not {calendar_text.strip()}.")
        return None
    return period
