"""Tooltips of scorecard cells: the formula, its inputs, the printed figure, the source and remark."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.calc import DEFAULT_BAND_PCT, DEFAULT_BAND_PPT, Verdict
from desktop_app.domain.checks import Agreement
from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.provenance import Provenance, where_text
from desktop_app.domain.scorecard_view import Cell, Col, Operand, Origin, ViewRow
from desktop_app.ui.data_text import line_label, note_title, provenance_text
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import fill, fmt_diff, fmt_number, fmt_value


def field_word(name: str) -> str:
    return {
        "actual": QCoreApplication.translate("ScorecardTooltips", "actual"),
        "consensus": QCoreApplication.translate("ScorecardTooltips", "consensus"),
        "guidance": QCoreApplication.translate("ScorecardTooltips", "guidance"),
    }.get(name, name)


def column_title(col: Col) -> str:
    return {
        Col.ACTUAL: QCoreApplication.translate("ScorecardTooltips", "Actual"),
        Col.CONSENSUS: QCoreApplication.translate("ScorecardTooltips", "Consensus"),
        Col.GUIDANCE: QCoreApplication.translate("ScorecardTooltips", "Guidance (midpoint)"),
        Col.DIFF: QCoreApplication.translate("ScorecardTooltips", "Actual vs consensus"),
        Col.VS_GUIDANCE: QCoreApplication.translate("ScorecardTooltips", "Actual vs guidance"),
        Col.YOY: QCoreApplication.translate("ScorecardTooltips", "Actual YoY"),
        Col.QOQ: QCoreApplication.translate("ScorecardTooltips", "Actual QoQ"),
        Col.NEXT_GUIDANCE: QCoreApplication.translate(
            "ScorecardTooltips", "Next-quarter guidance (midpoint)"
        ),
        Col.NEXT_CONSENSUS: QCoreApplication.translate("ScorecardTooltips", "Next-quarter consensus"),
        Col.NEXT_DIFF: QCoreApplication.translate("ScorecardTooltips", "Guidance vs consensus"),
        Col.NEXT_QOQ: QCoreApplication.translate(
            "ScorecardTooltips", "Guidance vs this quarter's actual (QoQ)"
        ),
        Col.NEXT_YOY: QCoreApplication.translate(
            "ScorecardTooltips", "Guidance vs the actual a year earlier (YoY)"
        ),
    }[col]


def polarity_text(definition: LineDef) -> str:
    return {
        Polarity.HIGHER_IS_BETTER: QCoreApplication.translate("ScorecardTooltips", "higher is better"),
        Polarity.LOWER_IS_BETTER: QCoreApplication.translate("ScorecardTooltips", "lower is better"),
        Polarity.NEUTRAL: QCoreApplication.translate(
            "ScorecardTooltips", "neutral line: shown, not judged good or bad"
        ),
    }[definition.polarity]


def verdict_word(verdict: Verdict) -> str:
    return {
        Verdict.BEAT: QCoreApplication.translate("ScorecardTooltips", "Beat"),
        Verdict.MISS: QCoreApplication.translate("ScorecardTooltips", "Miss"),
        Verdict.IN_LINE: QCoreApplication.translate("ScorecardTooltips", "In line"),
        Verdict.ABOVE: QCoreApplication.translate("ScorecardTooltips", "Above"),
        Verdict.BELOW: QCoreApplication.translate("ScorecardTooltips", "Below"),
    }[verdict]


def verdict_text(verdict: Verdict, definition: LineDef) -> str:
    band = (
        fill(QCoreApplication.translate("ScorecardTooltips", "±%1 ppt"), DEFAULT_BAND_PPT)
        if definition.kind.is_rate
        else fill(QCoreApplication.translate("ScorecardTooltips", "±%1%"), DEFAULT_BAND_PCT)
    )
    return fill(
        QCoreApplication.translate("ScorecardTooltips", "%1 (%2; in line within %3)"),
        verdict_word(verdict),
        polarity_text(definition),
        band,
    )


def _precise(value: Decimal | None, kind: Kind, is_diff: bool) -> str:
    if is_diff:
        return fmt_diff(value, kind, 2)
    return fmt_value(value, kind) if not kind.is_rate else f"{fmt_number(value, 2)}%"


def _shown_value(value: Decimal | None, kind: Kind) -> str:
    if value is None:
        return "—"
    return f"{fmt_number(value, 2)}%" if kind.is_rate and len(str(value)) > 8 else fmt_value(value, kind)


class TooltipBuilder:
    """Builds the HTML tooltip of any numeric cell of one company's scorecard."""

    def __init__(
        self,
        company: Company,
        definitions: dict[str, LineDef],
        sources: dict[str, Source],
        provenance: dict[tuple[str, Quarter, str, str], Provenance] | None = None,
    ) -> None:
        self.company = company
        self.definitions = definitions
        self.sources = sources
        self.provenance = provenance or {}

    def entered_text(self, row: ViewRow, cell: Cell) -> str:
        """`Entered by ana, 2025-08-05 (Excel import book.xlsx)` for a figure changed after the seed."""
        if cell.period is None or cell.field is None:
            return ""
        found = self.provenance.get((self.company.ticker, cell.period, row.key, cell.field))
        if found is None:
            return ""
        if found.note_id:
            return fill(
                QCoreApplication.translate("ScorecardTooltips", "Source of this figure: %1"),
                provenance_text(found),
            )
        text = fill(
            QCoreApplication.translate("ScorecardTooltips", "Entered by %1, %2"),
            found.entered_by,
            found.entered_on,
        )
        return f"{text} ({translated(where_text(found.where))})" if found.where else text

    def operand_name(self, op: Operand) -> str:
        definition = self.definitions.get(op.line)
        line = line_label(definition) if definition else op.line
        return fill(
            QCoreApplication.translate("ScorecardTooltips", "%1 %2 (%3)"),
            line,
            field_word(op.field),
            self.company.period_label(op.period),
        )

    def source_text(self, ref: SourceRef | None) -> str:
        if ref is None:
            return ""
        note = self.sources.get(ref.note_id)
        where = (
            fill(
                QCoreApplication.translate("ScorecardTooltips", "%1 · %2 · line %3"),
                ref.note_id,
                ref.figure,
                ref.line,
            )
            if ref.line
            else fill(QCoreApplication.translate("ScorecardTooltips", "%1 · %2"), ref.note_id, ref.figure)
        )
        if note is None:
            return where
        return fill(
            QCoreApplication.translate("ScorecardTooltips", "%1 (%2: %3)"),
            where,
            note.broker,
            note_title(note),
        )

    def tooltip(self, row: ViewRow, cell: Cell) -> str:
        definition = row.definition
        head = f"<b>{html.escape(line_label(definition))}</b> · {html.escape(column_title(cell.column))}"
        if cell.column.is_value and cell.period is not None:
            head += f" · {html.escape(self.company.period_label(cell.period))}"
        parts = [head]
        parts += self._value_lines(cell) if cell.column.is_value else self._diff_lines(row, cell)
        line = row.next_line if cell.column.is_next else row.line
        source = self.source_text(line.source if line is not None else None)
        entered = self.entered_text(row, cell) if cell.column.is_value else ""
        if entered:
            parts.append(f"<b>{html.escape(entered)}</b>")
            if source:
                parts.append(
                    fill(
                        QCoreApplication.translate("ScorecardTooltips", "The line was transcribed from: %1"),
                        html.escape(source),
                    )
                )
        elif source:
            parts.append(
                fill(QCoreApplication.translate("ScorecardTooltips", "Source: %1"), html.escape(source))
            )
        if line is not None and line.remark:
            parts.append(
                fill(QCoreApplication.translate("ScorecardTooltips", "Remark: %1"), html.escape(line.remark))
            )
        if cell.field is not None:
            hint = QCoreApplication.translate(
                "ScorecardTooltips",
                "Double-click or start typing to edit. Accepted: 1234, 1,234, (15), -15, 4.8, "
                "4.8%; empty clears the figure.",
            )
            parts.append(f"<i>{hint}</i>")
        return "<br>".join(parts)

    def _value_lines(self, cell: Cell) -> list[str]:
        kind = cell.kind
        if cell.origin is Origin.DERIVED and len(cell.operands) == 2:
            top, bottom = cell.operands
            return [
                fill(
                    QCoreApplication.translate("ScorecardTooltips", "Derived (nothing stored): %1 / %2"),
                    html.escape(self.operand_name(top)),
                    html.escape(self.operand_name(bottom)),
                ),
                fill(
                    "= %1 / %2 = %3",
                    fmt_number(top.value),
                    fmt_number(bottom.value),
                    _precise(cell.value, kind, False),
                ),
            ]
        if cell.value is None:
            return [QCoreApplication.translate("ScorecardTooltips", "No figure: the note gives none.")]
        shown = fmt_value(cell.value, kind)
        lines = [
            fill(QCoreApplication.translate("ScorecardTooltips", "Stored figure: %1"), shown)
            if kind.is_rate
            else fill(
                QCoreApplication.translate("ScorecardTooltips", "Stored figure: %1 (%2)"), shown, kind.unit
            )
        ]
        if cell.check is not None and len(cell.operands) == 2:
            top, bottom = cell.operands
            ratio = fill(
                "%1 / %2 = %3",
                fmt_number(top.value),
                fmt_number(bottom.value),
                _precise(cell.check.computed, kind, False),
            )
            if cell.flagged:
                names = [html.escape(self.operand_name(op)) for op in (top, bottom)]
                lines.append(
                    fill(
                        QCoreApplication.translate(
                            "ScorecardTooltips",
                            "<b>Check:</b> %1 / %2 gives %3, not the stored %4. Clear the "
                            "stored figure to derive it from the amounts.",
                        ),
                        *names,
                        ratio,
                        fmt_value(cell.value, kind),
                    )
                )
            else:
                lines.append(fill(QCoreApplication.translate("ScorecardTooltips", "Agrees with %1"), ratio))
        return lines

    def _diff_lines(self, row: ViewRow, cell: Cell) -> list[str]:
        kind = cell.kind
        a, b = cell.operands
        if kind.is_rate:
            formula = fill(
                QCoreApplication.translate("ScorecardTooltips", "Formula: %1 − %2, in percentage points"),
                html.escape(self.operand_name(a)),
                html.escape(self.operand_name(b)),
            )
        else:
            formula = fill(
                QCoreApplication.translate("ScorecardTooltips", "Formula: %1 / %2 − 1"),
                html.escape(self.operand_name(a)),
                html.escape(self.operand_name(b)),
            )
        lines = [formula]
        check = cell.check
        if cell.not_meaningful:
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "ScorecardTooltips",
                        "n.m. (not meaningful): the base %1 is zero or below, so a percent "
                        "change means nothing. Difference: %2.",
                    ),
                    _shown_value(b.value, kind),
                    fmt_number(a.value - b.value) if a.value is not None and b.value is not None else "",
                )
            )
            if cell.printed is not None:
                lines.append(
                    fill(
                        QCoreApplication.translate("ScorecardTooltips", "Printed in the note: %1"),
                        fmt_diff(cell.printed, kind),
                    )
                )
            if cell.verdict is not None:
                lines.append(
                    html.escape(
                        fill(
                            QCoreApplication.translate(
                                "ScorecardTooltips", "%1, by the sign of the difference (%2)"
                            ),
                            verdict_word(cell.verdict),
                            polarity_text(row.definition),
                        )
                    )
                )
            return lines
        if cell.origin is Origin.COMPUTED:
            computed = check.computed if check is not None else cell.value
            sign = "−" if kind.is_rate else "/"
            tail = "" if kind.is_rate else " − 1"
            lines.append(
                fill(
                    "= %1 %2 %3%4 = %5",
                    _shown_value(a.value, kind),
                    sign,
                    _shown_value(b.value, kind),
                    tail,
                    _precise(computed, kind, True),
                )
            )
            if check is not None:
                printed = fmt_diff(check.printed, kind)
                if check.agreement is Agreement.MATCH:
                    lines.append(
                        fill(
                            QCoreApplication.translate(
                                "ScorecardTooltips", "Printed in the note: %1 (agrees after rounding)"
                            ),
                            printed,
                        )
                    )
                elif check.agreement is Agreement.WITHIN_INPUT_ROUNDING:
                    lines.append(
                        fill(
                            QCoreApplication.translate(
                                "ScorecardTooltips",
                                "Shown as printed: %1. The note worked from unrounded figures; "
                                "inputs that round to the printed ones can give it, so the "
                                "difference is rounding, not an error.",
                            ),
                            printed,
                        )
                    )
                else:
                    lines.append(
                        fill(
                            QCoreApplication.translate(
                                "ScorecardTooltips",
                                "<b>Printed in the note: %1; computed %2.</b> They differ "
                                "beyond rounding: the cell shows the computed figure.",
                            ),
                            printed,
                            _precise(check.computed, kind, True),
                        )
                    )
        elif cell.origin is Origin.PRINTED:
            missing = ", ".join(html.escape(self.operand_name(op)) for op in cell.missing)
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "ScorecardTooltips",
                        "As printed in the note (italic). Not computed: the workspace has no %1.",
                    ),
                    missing,
                )
            )
        else:
            missing = ", ".join(html.escape(self.operand_name(op)) for op in cell.missing)
            lines.append(
                fill(
                    QCoreApplication.translate(
                        "ScorecardTooltips", "Empty: no %1, and the note prints no figure."
                    ),
                    missing,
                )
            )
        if cell.verdict is not None:
            lines.append(html.escape(verdict_text(cell.verdict, row.definition)))
        return lines
