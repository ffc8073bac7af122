"""Table model for every capex figure on the scorecards, lined up on calendar quarters."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import Quarter, is_calendar_fiscal_year
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.ui.formats import fmt_diff, fmt_value
from desktop_app.ui.models.table import Column, RowTableModel, source_text, source_tooltip

CAPEX_LINE = "capex"


def _t(text: str) -> str:
    return QCoreApplication.translate("CapexModel", text)


@dataclass(frozen=True)
class CapexRow:
    company: Company
    line: ScorecardLine
    kind: Kind = Kind.AMOUNT

    @property
    def calendar(self) -> Quarter:
        return self.company.calendar_of(self.line.period)

    @property
    def fiscal_label(self) -> str:
        if is_calendar_fiscal_year(self.company.fy_end_month):
            return ""
        return self.line.period.fiscal_label()


def capex_rows(
    companies: Sequence[Company], lines: Sequence[ScorecardLine], kinds: dict[str, Kind] | None = None
) -> list[CapexRow]:
    """Capex lines of all companies, by calendar quarter, then in coverage order."""
    order = {c.ticker: i for i, c in enumerate(companies)}
    by_ticker = {c.ticker: c for c in companies}
    kinds = kinds or {}
    rows = [
        CapexRow(by_ticker[line.company], line, kinds.get(line.company, Kind.AMOUNT))
        for line in lines
        if line.line == CAPEX_LINE and line.company in by_ticker
    ]
    return sorted(rows, key=lambda r: (r.calendar, order[r.company.ticker]))


class CapexModel(RowTableModel[CapexRow]):
    """Calendar quarter | company | fiscal quarter | actual, consensus, guidance (US$mn) | diffs."""

    def __init__(self, rows: Sequence[CapexRow], sources: dict[str, Source], parent: Any = None) -> None:
        def diff_col(header: str, name: str) -> Column[CapexRow]:
            return Column(header, lambda r: fmt_diff(getattr(r.line.printed, name), r.kind), numeric=True,
                          header_tooltip=_t("As printed in the note"))

        columns = [
            Column(_t("Quarter"), lambda r: r.calendar.calendar_label(),
                   header_tooltip=_t("Calendar quarter")),
            Column(_t("Company"), lambda r: f"{r.company.name_en} ({r.company.ticker})"),
            Column(_t("Fiscal"), lambda r: r.fiscal_label, header_tooltip=_t("The company's fiscal quarter")),
            Column(_t("Actual"), lambda r: fmt_value(r.line.actual, r.kind), numeric=True,
                   header_tooltip=_t("US$ millions")),
            Column(_t("Consensus"), lambda r: fmt_value(r.line.consensus, r.kind), numeric=True,
                   header_tooltip=_t("US$ millions")),
            Column(_t("Guidance"), lambda r: fmt_value(r.line.guidance, r.kind), numeric=True,
                   header_tooltip=_t("US$ millions, midpoint")),
            diff_col(_t("vs Cons."), "actual_vs_consensus"),
            diff_col(_t("Guid. vs Cons."), "guidance_vs_consensus"),
            diff_col(_t("YoY"), "yoy"),
            diff_col(_t("QoQ"), "qoq"),
            Column(_t("Source"), lambda r: source_text(r.line.source),
                   tooltip=lambda r: source_tooltip(r.line.source, sources)),
        ]
        super().__init__(rows, columns, parent)
