"""Why a workbook is not imported: each problem (sheet, cell, reason) and the error that lists
them. Every reason is a marked Text (domain/texts.py): the window and the command line show the
list in the user's language, each problem translated on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text, joined, plural


@dataclass(frozen=True)
class Problem:
    sheet: str  # "" for the file as a whole
    cell: str  # "E7", "A4:R4", or ""
    reason: str

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        """`Scorecards!E7: <reason>`, as a Text translated where it is shown (its reason too)."""
        if self.sheet and self.cell:
            return Text("", "%1!%2: %3").arg(self.sheet, self.cell, self.reason)
        if self.sheet:
            return QT_TRANSLATE_NOOP("ExcelErrors", "sheet %1: %2").arg(self.sheet, self.reason)
        return self.reason


class ExcelImportError(ValueError):
    """The workbook cannot be imported; nothing was changed. `problems` lists what is wrong."""

    def __init__(self, path: Path, problems: list[Problem], more: int = 0) -> None:
        self.path = Path(path)
        self.problems = problems
        lines: list[str] = [QT_TRANSLATE_NOOP("ExcelErrors", "Nothing was imported from %1:").arg(
            self.path.name), *(Text("", "  %1").arg(p.message()) for p in problems)]
        if more:
            lines.append(plural(more, QT_TRANSLATE_NOOP("ExcelErrors", "  … and %1 more problem"),
                                QT_TRANSLATE_NOOP("ExcelErrors", "  … and %1 more problems")).arg(more))
        super().__init__(joined("\n", lines))


class ImportCancelled(ExcelImportError):
    """`progress` asked to stop: the workbook was not read to the end and nothing was changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, [Problem("", "", QT_TRANSLATE_NOOP(
            "ExcelErrors", "the import was cancelled."))])
