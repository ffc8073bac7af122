"""Table model for one company's scorecard in one quarter: actual, consensus, guidance, printed diffs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Source
from desktop_app.domain.metrics import Kind, LineDef, Polarity
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.ui.formats import fmt_diff, fmt_value
from desktop_app.ui.models.table import Column, RowTableModel, source_text, source_tooltip


def _t(text: str) -> str:
    return QCoreApplication.translate("ScorecardModel", text)


@dataclass(frozen=True)
class ScorecardRow:
    definition: LineDef
    line: ScorecardLine
    starts_section: bool  # the first line of its section: the section name is shown on it

    @property
    def kind(self) -> Kind:
        return self.definition.kind


def _fallback_def(line: ScorecardLine) -> LineDef:
    """A stand-in definition for a line the workspace defines nowhere (shown, never hidden)."""
    return LineDef(line.company, line.line, line.line, line.line, "", Kind.AMOUNT, Polarity.NEUTRAL, 10**6)


def scorecard_rows(lines: Sequence[ScorecardLine], definitions: Sequence[LineDef]) -> list[ScorecardRow]:
    """Lines in the company's line order (by position), marking where each section starts."""
    by_key = {d.key: d for d in definitions}
    pairs = sorted(((by_key.get(line.line) or _fallback_def(line), line) for line in lines),
                   key=lambda p: (p[0].position, p[0].key))
    rows: list[ScorecardRow] = []
    for definition, line in pairs:
        starts = not rows or rows[-1].definition.section != definition.section
        rows.append(ScorecardRow(definition, line, starts))
    return rows


class ScorecardModel(RowTableModel[ScorecardRow]):
    """Section | Line | Unit | Actual | Consensus | Guidance | printed diffs | source."""

    def __init__(
        self,
        rows: Sequence[ScorecardRow],
        sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        def line_tip(r: ScorecardRow) -> str:
            parts = [r.definition.label, _t("Printed as: %1").replace("%1", r.definition.printed_label)]
            if r.line.remark:
                parts.append(r.line.remark)
            return "\n".join(parts)

        def diff_col(header: str, name: str, tip: str) -> Column[ScorecardRow]:
            return Column(header, lambda r: fmt_diff(getattr(r.line.printed, name), r.kind), numeric=True,
                          header_tooltip=tip)

        columns = [
            Column(_t("Section"), lambda r: r.definition.section if r.starts_section else "",
                   tooltip=lambda r: r.definition.section),
            Column(_t("Line"), lambda r: r.definition.label, tooltip=line_tip),
            Column(_t("Unit"), lambda r: r.kind.unit),
            Column(_t("Actual"), lambda r: fmt_value(r.line.actual, r.kind), numeric=True),
            Column(_t("Consensus"), lambda r: fmt_value(r.line.consensus, r.kind), numeric=True),
            Column(_t("Guidance"), lambda r: fmt_value(r.line.guidance, r.kind), numeric=True,
                   header_tooltip=_t("Company guidance, midpoint")),
            diff_col(_t("vs Cons."), "actual_vs_consensus", _t("Actual vs consensus, as printed")),
            diff_col(_t("vs Guid."), "actual_vs_guidance", _t("Actual vs guidance, as printed")),
            diff_col(_t("Guid. vs Cons."), "guidance_vs_consensus", _t("Guidance vs consensus, as printed")),
            diff_col(_t("YoY"), "yoy", _t("Year on year, as printed")),
            diff_col(_t("QoQ"), "qoq", _t("Quarter on quarter, as printed")),
            Column(_t("Source"), lambda r: source_text(r.line.source),
                   tooltip=lambda r: source_tooltip(r.line.source, sources)),
        ]
        super().__init__(rows, columns, parent)
