"""Paste a block from a spreadsheet into the scorecard grid: which figures it sets, or why not.

The block lands cell for cell from the current cell rightwards and downwards, as in a spreadsheet.
Every non-empty value must land on an editable figure (Actual, Consensus, Guidance of the quarter;
Guidance and Consensus of the next) and be a number the typed-input parser accepts (`1,234`,
`(15)`, `4.8%`). An empty cell (or `#N/A`) changes nothing, so a block with gaps leaves those
figures as they are; to clear a figure, delete it in the grid. One bad value, or a block that
does not fit the grid, refuses the whole block with a message naming the cell; nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt

from desktop_app.domain.number_input import NumberInputError, parse_number
from desktop_app.domain.paste import block_size, is_blank, split_block
from desktop_app.domain.scorecard_view import ViewRow
from desktop_app.ui.commands.scorecard import CellRef
from desktop_app.ui.data_text import line_label, section_title
from desktop_app.ui.errors import error_text
from desktop_app.ui.models.scorecard import ScorecardModel
from desktop_app.ui.scorecards.style import GROUP_ROLE


class PasteError(ValueError):
    """The block is refused whole; the message names the cell and the reason."""


@dataclass(frozen=True)
class PastePlan:
    values: tuple[tuple[CellRef, Decimal], ...]  # the figures the block sets (unchanged ones left out)
    cells: int  # non-empty cells in the block


def _where(model: ScorecardModel, row: int, column: int, i: int, j: int) -> str:
    item = model.item(row)
    line = (
        line_label(item.definition)
        if isinstance(item, ViewRow)
        else QCoreApplication.translate("ScorecardPaste", "section title “%1”").replace(
            "%1", section_title(str(item))
        )
    )
    header = model.headerData(column, Qt.Orientation.Horizontal) or ""
    group = model.headerData(column, Qt.Orientation.Horizontal, GROUP_ROLE) or ""
    place = f"{line} · {header}" + (f" ({group})" if group else "")
    return (
        QCoreApplication.translate("ScorecardPaste", "%1 (row %2, column %3 of the pasted block)")
        .replace("%1", place)
        .replace("%2", str(i + 1))
        .replace("%3", str(j + 1))
    )


def plan_paste(model: ScorecardModel, text: str, row: int, column: int) -> PastePlan:
    """What pasting `text` at (`row`, `column`) sets; PasteError (naming the cell) if refused."""
    company = model.company
    block = split_block(text)
    height, width = block_size(block)
    if company is None or not height or not width:
        raise PasteError(
            QCoreApplication.translate("ScorecardPaste", "Nothing to paste: the clipboard holds no cells.")
        )
    if row < 0 or column < 0 or row + height > model.rowCount() or column + width > model.columnCount():
        raise PasteError(
            QCoreApplication.translate(
                "ScorecardPaste",
                "The pasted block (%1 rows × %2 columns) does not fit the grid from the "
                "current cell; select the cell for its top-left corner.",
            )
            .replace("%1", str(height))
            .replace("%2", str(width))
        )
    values: list[tuple[CellRef, Decimal]] = []
    cells = 0
    for i, cells_of_row in enumerate(block):
        for j, raw in enumerate(cells_of_row):
            if is_blank(raw):
                continue
            cells += 1
            r, c = row + i, column + j
            index = model.index(r, c)
            cell = model.cell(index)
            item = model.item(r)
            if cell is None or cell.field is None or cell.period is None or not isinstance(item, ViewRow):
                raise PasteError(
                    QCoreApplication.translate(
                        "ScorecardPaste",
                        "Not pasted: %1 is not an editable figure (only Actual, Consensus "
                        "and Guidance are; leave the other cells of the block empty).",
                    ).replace("%1", _where(model, r, c, i, j))
                )
            try:
                value = parse_number(raw, allow_empty=False)
            except NumberInputError as exc:
                raise PasteError(
                    QCoreApplication.translate("ScorecardPaste", "Not pasted: %1: %2. Nothing was changed.")
                    .replace("%1", _where(model, r, c, i, j))
                    .replace("%2", error_text(exc))
                ) from None
            assert value is not None
            values.append((CellRef(company.ticker, cell.period, item.key, cell.field), value))
    return PastePlan(tuple(values), cells)
