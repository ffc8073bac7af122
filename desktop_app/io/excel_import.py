"""Read figures typed into an exported workbook back into the workspace: the import round trip.

`read_import(path, workspace)` opens a workbook in the layout the export writes, reads the
Scorecards sheet's key columns (Ticker, Quarter, Line key) and figure columns (Actual, Consensus,
Guidance), and returns the changes against the workspace, old → new per cell, without writing
anything. Applying them is `Workspace.apply_scorecard_changes(plan.values(), plan.summary(),
new_lines=plan.new_lines)`, one transaction.

A quarter the company does not have yet is created (its rows, for the lines the workbook fills),
and so is a line the company lacks when the workbook names a line key another company of the
workspace defines (a recognised line: its kind, polarity and section are taken from there, its
label from the workbook's Line column; a ratio's numerator and denominator are not carried over).
Both are listed in the plan (`new_quarters`, `new_lines`) for the preview. A key no company
defines is still refused: its kind and polarity would be guesses.

Nothing is read from a file that is not a regular file (a named pipe would hang the read), too
big, not an .xlsx, damaged or unsafe. The parts are streamed through expat by `excel_parts` and
`excel_cells` with every count bounded (shared strings, styles, sheets, rows, cells, merged ranges,
characters) as well as every size, and DTDs and entities refused, so a hostile file is refused
after a bounded amount of work. A file with any bad cell (text in a number cell, a formula without
a saved result, merged cells, an unknown company or line, a duplicate row or cell, a number Excel
would not have written, a missing sheet or header) is refused as a whole: `ExcelImportError` lists
each problem with its sheet and cell.

`read_workbook(path, basis, progress)` is the same without the workspace: `ImportBasis.of(workspace)`
takes what the check needs on the workspace's thread, and the workbook can then be read on another
thread; `progress(done, total)` returning False cancels it (`ImportCancelled`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter, display_label, parse_period
from desktop_app.domain.scorecard import ScorecardLine, ScorecardValue
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text
from desktop_app.domain.workspace_reader import WorkspaceReader
from desktop_app.io import excel_file
from desktop_app.io import excel_layout as L
from desktop_app.io import excel_parts as parts
from desktop_app.io.excel_cells import (
    MAX_PROBLEMS,
    RawCell,
    SheetCells,
    column_letters,
    iter_rows,
    read_cells,
)
from desktop_app.io.excel_labels import LANGUAGES, sheet_names, translator
from desktop_app.io.excel_refusals import ExcelImportError as ExcelImportError
from desktop_app.io.excel_refusals import ImportCancelled as ImportCancelled
from desktop_app.io.excel_refusals import Problem as Problem

FIGURE_WORDS = {  # a figure's word in a change's description (CellChange.what)
    "actual": QT_TRANSLATE_NOOP("ImportPreview", "actual"),
    "consensus": QT_TRANSLATE_NOOP("ImportPreview", "consensus"),
    "guidance": QT_TRANSLATE_NOOP("ImportPreview", "guidance"),
}
KIND_WORDS = {Kind.AMOUNT: QT_TRANSLATE_NOOP("ImportPreview", "amount"),
              Kind.RATE: QT_TRANSLATE_NOOP("ImportPreview", "rate"),
              Kind.PER_SHARE: QT_TRANSLATE_NOOP("ImportPreview", "per_share")}
POLARITY_WORDS = {Polarity.HIGHER_IS_BETTER: QT_TRANSLATE_NOOP("ImportPreview", "higher"),
                  Polarity.LOWER_IS_BETTER: QT_TRANSLATE_NOOP("ImportPreview", "lower"),
                  Polarity.NEUTRAL: QT_TRANSLATE_NOOP("ImportPreview", "neutral")}
# Header text in any language → the column's English name (workbooks written before the key row).
_HEADER_NAMES = {translator(language)(name): name for language in LANGUAGES for name in L.SCORECARD_COLUMNS}
CHECK_EVERY = 100  # rows checked between two questions to `progress`
MAX_RATE_PERCENT = Decimal(1000)


@dataclass(frozen=True)
class ImportBasis:
    """What a workbook is checked against: the workspace's companies, line definitions and
    scorecard rows, read once on the workspace's own thread."""

    companies: dict[str, Company]
    defs: dict[tuple[str, str], LineDef]
    stored: dict[tuple[str, Quarter, str], ScorecardLine]
    periods: dict[str, set[Quarter]]

    @classmethod
    def of(cls, workspace: WorkspaceReader) -> ImportBasis:
        companies = {c.ticker: c for c in workspace.companies(include_removed=True)}
        return cls(companies=companies,
                   defs={(t, d.key): d for t in companies for d in workspace.line_defs(t)},
                   stored={line.key: line for line in workspace.scorecard_lines()},
                   periods={t: set(workspace.periods(t)) for t in companies})


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
    line_label_zh: str = ""  # the line's Chinese label where the data holds one

    @property
    def where(self) -> str:
        return f"{self.sheet}!{self.cell}"

    def what(self, label: str) -> Text:
        """`MSFT F4Q25 Revenue, actual`, with the line named `label` (the caller's language: see
        domain/data_labels.line_label); the figure's word is marked for translation."""
        return QT_TRANSLATE_NOOP("ImportPreview", "%1 %2 %3, %4").arg(
            self.company, self.period_label, label, FIGURE_WORDS.get(self.field, self.field))


@dataclass(frozen=True)
class ImportPlan:
    path: Path
    changes: tuple[CellChange, ...]
    rows: int  # data rows read
    new_lines: tuple[LineDef, ...] = ()  # recognised lines the companies get (added first)
    new_quarters: tuple[tuple[str, Quarter, str], ...] = ()  # (ticker, fiscal quarter, label)

    def additions(self, label: Callable[[LineDef], str] = lambda line: line.label) -> list[Text]:
        """What the import creates besides figures, one marked phrase each, for the preview; a new
        line named by `label` (the caller's language)."""
        out = [QT_TRANSLATE_NOOP("ImportPreview", "new quarter %1 %2").arg(ticker, quarter)
               for ticker, _, quarter in self.new_quarters]
        out += [QT_TRANSLATE_NOOP("ImportPreview", "new line %1 %2 (%3, %4, %5)").arg(
            line.company, label(line), line.key, KIND_WORDS[line.kind], POLARITY_WORDS[line.polarity])
            for line in self.new_lines]
        return out

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
        return QT_TRANSLATE_NOOP("ImportPreview", "empty")  # translated where it is printed
    text = f"{abs(value):,f}"
    text = f"({text})" if value < 0 else text
    return f"{text}%" if kind.is_rate else text


# ------------------------------------------------------------------------------------ opening

def _refuse(path: Path, reason: str) -> ExcelImportError:
    return ExcelImportError(path, [Problem("", "", reason)])


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file (a folder, a named pipe, a device) before it is opened."""
    try:
        excel_file.check_regular(Path(path))
    except excel_file.FileRefused as exc:
        raise _refuse(Path(path), exc.reason) from exc


# ------------------------------------------------------------------------------------ reading

class _Reader:
    """Walks the Scorecards sheet, collecting problems and changes."""

    def __init__(self, path: Path, basis: ImportBasis, progress: parts.Progress | None) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.more = 0
        self.companies, self.defs, self.stored = basis.companies, basis.defs, basis.stored
        self.periods = basis.periods
        self.progress = progress
        self.read = 0  # bytes of the workbook read, all of them once the sheet is read
        self.known_keys: dict[str, LineDef] = {}  # line key -> the first company's definition of it
        for definition in self.defs.values():
            self.known_keys.setdefault(definition.key, definition)
        self.new_lines: dict[tuple[str, str], LineDef] = {}
        self.new_quarters: dict[tuple[str, Quarter], str] = {}

    def go_on(self) -> None:
        """Ask `progress` whether to go on while the rows are checked (the bar stays full)."""
        if self.progress is not None and self.progress(self.read, self.read) is False:
            raise ImportCancelled(self.path)

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


def _column_names(values: list[Any], keyed: bool) -> list[str]:
    """Each column's (English) name: from the hidden key row, or from header texts in any language."""
    if keyed:
        return [L.COLUMN_OF_KEY.get(_text(v), "") for v in values]
    return [_HEADER_NAMES.get(_text(v), "") for v in values]


def _is_key_row(values: list[Any]) -> bool:
    return any(_text(v) in L.COLUMN_OF_KEY for v in values)


def _columns(reader: _Reader, header: list[Any], keyed: bool = False) -> dict[str, int]:
    """Column name → column, from the key row (`keyed`) or the header row. A workbook exported with
    the key row is read by its keys whatever the language or text of its header."""
    row = L.KEY_ROW if keyed else L.HEADER_ROW
    what = (QT_TRANSLATE_NOOP("ExcelErrors", "the hidden key row (row %1)") if keyed
            else QT_TRANSLATE_NOOP("ExcelErrors", "the header row (row %1)")).arg(row)
    found: dict[str, int] = {}
    last = 0
    for column, (value, name) in enumerate(zip(header, _column_names(header, keyed)), start=1):
        if _text(value):
            last = column
        if not name:
            continue
        if name in found and name in L.REQUIRED_COLUMNS:
            reader.problem(f"{column_letters(column)}{row}", QT_TRANSLATE_NOOP(
                "ExcelErrors", "a second column headed '%1'; keep one.").arg(name))
        found.setdefault(name, column)
    span = f"A{row}:{column_letters(max(last, 1))}{row}"
    for name in L.REQUIRED_COLUMNS:
        if name not in found:
            reader.problem(span, QT_TRANSLATE_NOOP("ExcelErrors", "%1 has no column '%2'.").arg(what, name))
    return found


def _number(reader: _Reader, coord: str, value: Any, kind: Kind) -> tuple[bool, Decimal | None]:
    """(ok, figure) for a figure cell's value."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True, None
    if isinstance(value, bool):
        reader.problem(coord, QT_TRANSLATE_NOOP("ExcelErrors", "%1 is TRUE/FALSE, not a number.").arg(value))
        return False, None
    if isinstance(value, datetime | date | time):
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "a date or time, not a number (check the cell's format)."))
        return False, None
    if isinstance(value, str):
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "'%1' is text, not a number. Type the number itself (a number stored as text is "
            "not read).").arg(value.strip()[:40]))
        return False, None
    if not isinstance(value, int | float):
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "%1 is not a number.").arg(type(value).__name__))
        return False, None
    try:
        figure = L.from_cell(value, kind)
    except ValueError:
        reader.problem(coord, QT_TRANSLATE_NOOP("ExcelErrors", "not a finite number."))
        return False, None
    if abs(figure) >= L.MAX_ABS_FIGURE:
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "%1 is too large for a figure in US$ mn.").arg(f"{value:g}"))
        return False, None
    if kind.is_rate and abs(figure) >= MAX_RATE_PERCENT:
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "%1% is not a plausible rate: rates are percentages (type 45% or 0.45 for "
            "45%).").arg(f"{figure:,f}"))
        return False, None
    return True, figure


def read_import(path: Path, workspace: WorkspaceReader, progress: parts.Progress | None = None) -> ImportPlan:
    """The changes the workbook at `path` makes to the workspace's scorecards; writes nothing."""
    return read_workbook(path, ImportBasis.of(workspace), progress)


def read_workbook(path: Path, basis: ImportBasis, progress: parts.Progress | None = None) -> ImportPlan:
    """The changes the workbook at `path` makes to the scorecards of `basis`. Touches no workspace,
    so it can run on any thread; `progress(done, total)` returning False raises `ImportCancelled`."""
    path = Path(path)
    reader = _Reader(path, basis, progress)
    try:
        with excel_file.open_workbook(path) as archive:
            book = parts.Book(archive, progress)
            columns, rows = _scan(path, book, reader)
            reader.read = book.done
    except excel_file.FileRefused as exc:  # raised only by the checks before any XML is read
        raise _refuse(path, exc.reason) from exc
    changes = _changes(reader, rows, [columns[name] for name in L.REQUIRED_COLUMNS], columns.get(L.COL_LINE))
    reader.fail_if_any()
    created = {(c.company, c.line) for c in changes}
    new_lines = tuple(d for key, d in reader.new_lines.items() if key in created)
    quarters_used = {(c.company, c.period) for c in changes}
    new_quarters = tuple((t, q, label) for (t, q), label in reader.new_quarters.items()
                         if (t, q) in quarters_used)
    return ImportPlan(path, tuple(changes), len(rows), new_lines, new_quarters)


def _sheet_cells(path: Path, book: parts.Book, pick: Any) -> SheetCells:
    """The Scorecards sheet's cells, with the shared strings and styles they refer to."""
    try:
        workbook = book.workbook_part()
        sheets = book.sheets(workbook)
        found = [name for name in sheets if name in sheet_names(L.SCORECARDS)]
        if not found:
            names = [name[:40] for name in sheets]
            listed = ", ".join(names[:12])
            if len(names) > 12:
                listed = QT_TRANSLATE_NOOP("ExcelErrors", "%1 and %2 more").arg(listed, len(names) - 12)
            raise ExcelImportError(path, [Problem(L.SCORECARDS, "", QT_TRANSLATE_NOOP(
                "ExcelErrors", "the workbook has no sheet with this name (it has: %1).").arg(listed))])
        part = sheets[found[0]]
        strings_part = book.part_of_type(workbook, "/sharedStrings")
        styles_part = book.part_of_type(workbook, "/styles")
        book.done = 0
        book.total = sum(book.size(p) for p in (part, strings_part, styles_part) if p is not None)
        styles = parts.read_styles(book, styles_part)
        strings, chars = parts.read_shared_strings(book, strings_part)
        return read_cells(book, part, L.SCORECARDS, strings, styles, chars, from_row=L.KEY_ROW, pick=pick)
    except parts.Cancelled as exc:
        raise ImportCancelled(path) from exc
    except parts.Refused as exc:
        if exc.sheet:
            raise ExcelImportError(path, [Problem(exc.sheet, exc.cell, exc.reason)]) from exc
        raise _refuse(path, Text("", "%1 %2").arg(path.name, exc.reason)) from exc
    except ExcelImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - whatever else a damaged file makes fail: refused, never a crash
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "ExcelErrors", "%1: the sheet %2 cannot be read (%3).").arg(
                path.name, L.SCORECARDS, f"{type(exc).__name__}: {exc}")) from exc


def _scan(path: Path, book: parts.Book, reader: _Reader
          ) -> tuple[dict[str, int], list[tuple[int, dict[int, RawCell]]]]:
    """The header's columns and the non-empty rows of the Scorecards sheet; merged cells refused."""
    wanted_names = (*L.REQUIRED_COLUMNS, L.COL_LINE)  # Line: a new line's label

    def pick(keys: dict[int, RawCell]) -> set[int] | None:
        """The columns to read below the key row; None (all) for a workbook without one."""
        wanted = {c for c, cell in keys.items() if L.COLUMN_OF_KEY.get(_text(cell.value)) in wanted_names}
        return wanted or None

    cells = _sheet_cells(path, book, pick)
    if cells.problems:
        raise ExcelImportError(path, [Problem(L.SCORECARDS, cell, reason) for cell, reason in cells.problems],
                               cells.more)
    keys = cells.rows.get(L.KEY_ROW, {})
    keyed = _is_key_row([cell.value for cell in keys.values()])
    header = keys if keyed else cells.rows.get(L.HEADER_ROW, {})
    columns = _columns(reader, [header[c].value if c in header else None
                                for c in range(1, max(header, default=0) + 1)], keyed)
    reader.fail_if_any()
    for ref, last_row in cells.merged:
        if last_row >= L.HEADER_ROW:
            reader.problem(ref, QT_TRANSLATE_NOOP(
                "ExcelErrors", "merged cells in the table; unmerge them so that every row has its own "
                "cells."))
    reader.fail_if_any()
    wanted = {columns[name] for name in L.REQUIRED_COLUMNS}
    rows = [(number, row) for number, row in iter_rows(cells) if number > L.HEADER_ROW
            and any(c in row and (_text(row[c].value) or row[c].formula or row[c].error) for c in wanted)]
    return columns, rows


def _recognised(reader: _Reader, company: Company, key: str, label: str) -> LineDef | None:
    """A line `company` lacks but another company defines: the line to create, or None."""
    from dataclasses import replace

    if (company.ticker, key) in reader.new_lines:
        return reader.new_lines[(company.ticker, key)]
    model = reader.known_keys.get(key)
    if model is None:
        return None
    position = 1 + sum(1 for (t, _) in reader.defs if t == company.ticker) \
        + sum(1 for (t, _) in reader.new_lines if t == company.ticker)
    line = replace(model, company=company.ticker, label=label or model.label,
                   printed_label=label or model.label, position=position, numerator=None,
                   denominator=None)
    reader.new_lines[(company.ticker, key)] = line
    return line


def _changes(reader: _Reader, rows: list[tuple[int, dict[int, RawCell]]], wanted: list[int],
             label_column: int | None = None) -> list[CellChange]:
    letters = [column_letters(c) for c in wanted]
    seen: dict[tuple[str, Quarter, str], int] = {}
    changes: list[CellChange] = []
    for count, (number, row) in enumerate(rows, start=1):
        if count % CHECK_EVERY == 0:
            reader.go_on()
        coords = [f"{letter}{number}" for letter in letters]
        resolved = []
        bad = False
        for i, column in enumerate(wanted):
            cell = row.get(column)
            if cell is not None and cell.error:
                reader.problem(coords[i], QT_TRANSLATE_NOOP(
                    "ExcelErrors", "the cell shows the error %1, not a number.").arg(cell.error[:20]))
                bad = True
            elif cell is not None and cell.formula is not None and cell.value is None:
                reader.problem(coords[i], QT_TRANSLATE_NOOP(
                    "ExcelErrors", "the formula %1 has no saved result; open the file in Excel, let it "
                    "calculate, save it and import again.").arg(cell.formula[:40]))
                bad = True
            resolved.append(cell.value if cell is not None else None)
        if bad:
            continue
        ticker, quarter_text, line_key = (_text(v) for v in resolved[:3])
        if not ticker or not quarter_text or not line_key:
            for i, name in enumerate(L.KEY_COLUMNS):
                if not _text(resolved[i]):
                    reader.problem(coords[i], QT_TRANSLATE_NOOP(
                        "ExcelErrors", "'%1' is empty; every row needs its ticker, quarter and line "
                        "key.").arg(name))
            continue
        company = reader.companies.get(ticker.upper())
        if company is None:
            reader.problem(coords[0], QT_TRANSLATE_NOOP(
                "ExcelErrors", "unknown company '%1'.").arg(ticker[:40]))
            continue
        period = _period(reader, coords[1], quarter_text, company)
        definition = reader.defs.get((company.ticker, line_key))
        if definition is None:
            label_cell = row.get(label_column) if label_column is not None else None
            definition = _recognised(reader, company, line_key,
                                     _text(label_cell.value) if label_cell is not None else "")
        if definition is None:
            reader.problem(coords[2], QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 has no scorecard line '%2' (unknown metric); no company defines it: add "
                "it first (Lines…, or `csp-desk line add`).").arg(company.ticker, line_key[:40]))
        if period is None or definition is None:
            continue
        key = (company.ticker, period, line_key)
        if key in seen:
            reader.problem(coords[0], QT_TRANSLATE_NOOP(
                "ExcelErrors", "duplicate row: %1 %2 %3 is also on row %4.").arg(
                    company.ticker, quarter_text, line_key, seen[key]))
            continue
        seen[key] = number
        if period not in reader.periods[company.ticker]:
            reader.new_quarters.setdefault((company.ticker, period),
                                           display_label(period, company.fy_end_month))
        stored = reader.stored.get(key)
        for i, field in enumerate(L.VALUE_COLUMNS.values(), start=3):
            ok, new = _number(reader, coords[i], resolved[i], definition.kind)
            old = getattr(stored, field) if stored is not None else None
            if ok and new != old:
                changes.append(CellChange(
                    L.SCORECARDS, coords[i], company.ticker, period,
                    display_label(period, company.fy_end_month), line_key, definition.label, field,
                    definition.kind, old, new, stored is None, definition.label_zh))
    return changes


def _period(reader: _Reader, coord: str, text: str, company: Company) -> Quarter | None:
    fiscal_text, _, calendar_text = text.partition("·")
    try:
        period = parse_period(fiscal_text.strip(), company.fy_end_month)
    except ValueError:
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "'%1' is not a quarter (expected e.g. F4Q25 · 2Q25, or 2Q25).").arg(text[:40]))
        return None
    calendar = company.calendar_of(period).calendar_label()
    if calendar_text.strip() and calendar_text.strip().upper() != calendar:
        reader.problem(coord, QT_TRANSLATE_NOOP(
            "ExcelErrors", "'%1': %2 of %3 is calendar %4, not %5.").arg(
                text[:40], fiscal_text.strip(), company.ticker, calendar, calendar_text.strip()[:20]))
        return None
    return period
