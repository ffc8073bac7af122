"""Export the workspace to the Excel summary workbook, written safely.

`export_workbook(workspace, path)` reads everything it needs from the workspace, builds the
sheets (see `excel_layout.SHEETS`) and writes them (openpyxl's write-only mode for the workbook,
`excel_xml` for the cells) to a temporary file in the target's folder, which then replaces the
target in one rename. If anything fails
(a read-only folder, a file open in Excel, a full disk) the temporary file is removed, any
existing workbook is left exactly as it was, and `ExcelExportError` says why in plain words.

openpyxl is imported only here and in the modules this one calls, never at start-up.
"""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app import APP_NAME, __version__
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.domain.workspace_reader import WorkspaceReader
from desktop_app.files import fsync_file, fsync_folder, remove_dead_temps, workspace_file_hit
from desktop_app.io import excel_content as content
from desktop_app.io import excel_xml
from desktop_app.io.excel_labels import LANGUAGES, translator
from desktop_app.io.excel_scorecards import ScorecardData, capex_points_sheet, capex_sheet, scorecards_sheet
from desktop_app.io.excel_sheet import SheetSpec, render
from desktop_app.io.excel_styles import StyleBook

# progress(done, total, what): called as the export goes; return False to cancel it.
ProgressFn = Callable[[int, int, str], "bool | None"]
SAVE_SHARE = 0.35  # share of the progress bar given to compressing and writing the file


class ExcelExportError(Exception):
    """The workbook could not be written; the message says why and what was left as it was."""


class ExportCancelled(ExcelExportError):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sheets: tuple[str, ...]
    cells: int  # non-empty cells written
    seconds: float


NO_AUTHOR = "—"


def default_author() -> str:
    """`CSP_DESK_USER` when set; else "—": the workbook is sent around, and the OS login name of
    whoever exported it is not an author a PM would put on it."""
    return os.environ.get("CSP_DESK_USER", "").strip() or NO_AUTHOR


def workspace_name(path: Path | str) -> str:
    """The workspace's name as a PM calls it: its file's name without folder or suffix (for a
    server workspace, the last part of its address: the database name)."""
    return Path(str(path).split("?", 1)[0]).stem or str(path)


def build_specs(workspace: WorkspaceReader, exported_at: datetime, author: str,
                language: str = "en") -> list[SheetSpec]:
    """Every sheet of the workbook, in order, from the workspace's current state, in `language`
    ("en" or "zh_TW": sheet names, titles, headers, labels; see excel_labels)."""
    if language not in LANGUAGES:
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Unknown workbook language %1: choose one of %2.").arg(
                repr(language), ", ".join(LANGUAGES)))
    companies = workspace.companies(include_removed=True)
    definitions = {(c.ticker, d.key): d for c in companies for d in workspace.line_defs(c.ticker)}
    lines = workspace.scorecard_lines()
    statements = workspace.statements()
    ranking = workspace.ranking()
    snapshots = workspace.snapshots()
    targets = workspace.targets()
    forecasts = workspace.forecasts()
    supply = workspace.supply_chain()
    scorecards = ScorecardData(companies, definitions, lines, statements)
    where = workspace.location if workspace.is_remote else workspace.path
    summary = content.SummaryData(companies, ranking, snapshots, targets, exported_at,
                                  workspace_name(where), author,
                                  markets=workspace.market_views(exported_at.date()),
                                  stale_days=workspace.stale_days(), language=language)
    reads = workspace.cloud_reads()
    cited = content.citations(lines, forecasts, targets, supply, statements, reads, snapshots)
    return [
        content.summary_sheet(summary),
        scorecards_sheet(scorecards, language),
        capex_sheet(scorecards, language),
        capex_points_sheet(scorecards, language),
        content.research_sheet(companies, targets, language),
        content.forecasts_sheet(companies, forecasts, language),
        content.supply_chain_sheet(companies, supply, language),
        content.history_sheet(companies, snapshots, ranking, language),
        content.sources_sheet(workspace.sources(), language),
        content.citations_sheet(cited, language),
        content.note_points_sheet(statements, reads, language),
    ]


def count_cells(specs: list[SheetSpec]) -> int:
    return sum(1 for spec in specs for row in spec.rows for value, _ in row if value is not None)


def build_workbook(specs: list[SheetSpec], exported_at: datetime, author: str,
                   progress: Callable[[int], None] | None = None, holder: list[Any] | None = None,
                   language: str = "en"
                   ) -> tuple[Any, list[tuple[Any, excel_xml.SheetCells]], dict[str, int]]:
    """A write-only openpyxl workbook with every sheet's settings, comments and charts, and each
    sheet's cells as XML (see `excel_xml`). `holder` receives the workbook at once, so that a
    caller can discard it if building fails half-way."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    if holder is not None:
        holder.append(workbook)
    styles = StyleBook()
    strings: dict[str, int] = {}
    done = 0
    sheets = []
    for spec in specs:
        base = done

        def sheet_progress(rows: int, base: int = base) -> None:
            if progress is not None:
                progress(base + rows)

        sheets.append(render(workbook, spec, styles, sheet_progress, strings))
        done += len(spec.rows)
        if progress is not None:
            progress(done)
    props = workbook.properties
    stamp = exported_at.strftime("%Y-%m-%d")
    t = translator(language)
    props.title = t("CSP Desk summary {date}").format(date=stamp)
    props.subject = t("Preference ranking, earnings scorecards and capex of the cloud service providers")
    props.creator = author if author != NO_AUTHOR else APP_NAME
    props.lastModifiedBy = props.creator
    props.keywords = "CSP Desk; cloud; capex; scorecards; ranking"
    props.description = f"Written by {APP_NAME} {__version__}."
    naive = exported_at.astimezone(UTC).replace(tzinfo=None, microsecond=0)
    props.created = naive
    props.modified = naive
    return workbook, sheets, strings


def save_workbook(workbook: Any, sheets: list[tuple[Any, excel_xml.SheetCells]], strings: dict[str, int],
                  path: Path) -> None:
    """openpyxl saves the workbook in memory; the file at `path` gets it with every sheet's cells."""
    buffer = io.BytesIO()
    workbook.save(buffer)
    excel_xml.patch(buffer.getvalue(), {sheet.path.lstrip("/"): cells for sheet, cells in sheets}, path,
                    strings=strings)


def export_workbook(workspace: WorkspaceReader, path: Path, *, progress: ProgressFn | None = None,
                    exported_at: datetime | None = None, author: str | None = None,
                    language: str = "en") -> ExportResult:
    """Write the summary workbook of `workspace` to `path` (replacing it only once complete).

    A `path` that is the workspace itself or one of its side files (also through a link) is
    refused before anything is read or written."""
    hit = None if workspace.is_remote else workspace_file_hit(Path(path), Path(workspace.path))
    if hit is not None:
        if hit == Path(workspace.path):
            raise ExcelExportError(QT_TRANSLATE_NOOP(
                "ExcelErrors", "Cannot write %1: it is the open workspace. Choose another file name; "
                "nothing was written.").arg(path))
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write %1: it is a file of the workspace (%2). Choose another file "
            "name; nothing was written.").arg(path, hit.name))
    started = time.perf_counter()
    exported_at = exported_at or datetime.now().astimezone()
    author = author or default_author()
    specs = build_specs(workspace, exported_at, author, language)
    rows = sum(len(s.rows) for s in specs)
    total = rows + max(1, int(rows * SAVE_SHARE / (1 - SAVE_SHARE)))

    def report(done: int, what: str) -> None:
        if progress is not None and progress(done, total, what) is False:
            raise ExportCancelled("Export cancelled; no file was written.")

    report(0, "Building the workbook")
    holder: list[Any] = []
    try:
        workbook, sheets, strings = build_workbook(specs, exported_at, author,
                                                   lambda done: report(done, "Writing sheets"), holder,
                                                   language)

        def write(temp: Path) -> None:
            report(rows, "Saving the file")
            save_workbook(workbook, sheets, strings, temp)

        write_atomically(Path(path), write)
    except BaseException:
        for book in holder[:1]:
            _discard(book)
        raise
    report(total, "Saved")
    return ExportResult(Path(path), tuple(s.name for s in specs), count_cells(specs),
                        time.perf_counter() - started)


def _discard(workbook: Any) -> None:
    """Close a write-only workbook that will not be saved and delete its sheets' temporary files."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            if not sheet.closed:
                sheet.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


# ------------------------------------------------------------------------------ safe writing

_NAME_PART = 80  # of the target's name in the temporary file's name

def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):  # e.g. a name too long for the file system: not there
        return False


def _office_lock(target: Path) -> str | None:
    """The program holding `target` open, from the lock file it leaves beside it, if any."""
    if _exists(target.parent / f"~${target.name}"):
        return "Excel"
    if _exists(target.parent / f".~lock.{target.name}#"):
        return "LibreOffice"
    return None


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Run `write(temp)` on a new file beside `target`, then rename it over `target`.

    On any failure the temporary file is deleted and `target` is untouched. Temporary files of
    exports to the same name whose process was killed are deleted first.
    """
    target = Path(target).expanduser()
    if target.is_dir():
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write %1: it is a folder. Choose a file name.").arg(target))
    folder = target.parent
    if not folder.is_dir():
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write %1: the folder %2 does not exist.").arg(target, folder))
    holder = _office_lock(target)
    if holder:
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write %1: it is open in %2. Close it there and export again. Any "
            "existing file there was left as it was.").arg(target, holder))
    if target.exists() and not os.access(target, os.W_OK):
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write %1: the file is read-only. Any existing file there was left "
            "as it was.").arg(target))
    remove_dead_temps(folder, f".{target.name[:_NAME_PART]}.")  # what killed exports left behind
    # The target's name shortened: a 250-character name must still leave room for the suffixes.
    temp = folder / f".{target.name[:_NAME_PART]}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise ExcelExportError(QT_TRANSLATE_NOOP(
            "ExcelErrors", "Cannot write in the folder %1: %2. Any existing file there was left as it "
            "was.").arg(folder, _reason(exc))) from exc
    os.close(fd)
    try:
        write(temp)
        fsync_file(temp)
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            if isinstance(exc, PermissionError):
                raise ExcelExportError(QT_TRANSLATE_NOOP(
                    "ExcelErrors", "Could not write %1: %2 (is it open in another program?). Any "
                    "existing file there was left as it was.").arg(target, _reason(exc))) from exc
            raise ExcelExportError(QT_TRANSLATE_NOOP(
                "ExcelErrors", "Could not write %1: %2. Any existing file there was left as it "
                "was.").arg(target, _reason(exc))) from exc
        raise
    fsync_folder(folder)


__all__ = ["ExcelExportError", "ExportCancelled", "ExportResult", "export_workbook", "write_atomically"]
