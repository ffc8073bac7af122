"""Table models under the capex chart: one row per bar drawn, with the same numbers.

Rows are the chart's bars (`desktop_app.ui.capex.series.Bar`), so the table cannot disagree with
the chart. The quarterly table carries each point's basis (reported, from the text, derived,
guidance), consensus, YoY, capex intensity, how a derived figure was computed, and its source.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.capex import CAPEX_LINE, CapexPoint
from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import is_calendar_fiscal_year
from desktop_app.ui.capex.series import DERIVED, GUIDANCE, OUTLOOK, TEXT, TOTAL, Bar, ChartData, qoq_text
from desktop_app.ui.data_text import company_name
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import fmt_diff, fmt_number, fmt_percent
from desktop_app.ui.models.table import Column, RowTableModel

__all__ = ["CAPEX_LINE", "CapexAnnualModel", "CapexModel", "capex_rows"]


def capex_rows(data: ChartData) -> list[Bar]:
    """The chart's bars in reading order: by quarter (or year), then the CSPs left to right."""
    return sorted(data.bars(), key=lambda b: (b.group, b.x))


def _name(companies: dict[str, Company], ticker: str) -> str:
    company = companies.get(ticker)
    return company_name(company, ticker)


def _fiscal(companies: dict[str, Company], p: CapexPoint) -> str:
    company = companies.get(p.company)
    if company is None or is_calendar_fiscal_year(company.fy_end_month):
        return ""
    return p.fiscal.fiscal_label()


def _basis(bar: Bar) -> str:
    return {
        DERIVED: QCoreApplication.translate("CapexModel", "Derived"),
        GUIDANCE: QCoreApplication.translate("CapexModel", "Guidance"),
        TEXT: QCoreApplication.translate("CapexModel", "Note's text"),
        TOTAL: QCoreApplication.translate("CapexModel", "Sum of 4 quarters"),
        OUTLOOK: QCoreApplication.translate("CapexModel", "Outlook"),
    }.get(bar.style, QCoreApplication.translate("CapexModel", "Reported"))


def _basis_tip(bar: Bar) -> str:
    return {
        DERIVED: QCoreApplication.translate(
            "CapexModel", "Not printed: computed from a printed YoY and marked derived"
        ),
        GUIDANCE: QCoreApplication.translate(
            "CapexModel", "Company guidance for a quarter with no actual yet"
        ),
        TEXT: QCoreApplication.translate("CapexModel", "Stated in the text of the note, not in a table"),
        TOTAL: QCoreApplication.translate("CapexModel", "Four reported quarters added up"),
        OUTLOOK: QCoreApplication.translate("CapexModel", "The annual outlook as the note states it"),
    }.get(bar.style, QCoreApplication.translate("CapexModel", "Printed in the note's scorecard table"))


def _yoy(bar: Bar) -> str:
    if bar.yoy is None:
        return ""
    from decimal import Decimal

    value = bar.point.printed_yoy if bar.point is not None and bar.yoy_origin == "printed" else None
    return fmt_percent(value) if value is not None else fmt_diff(Decimal(repr(bar.yoy)), Kind.AMOUNT)


def _yoy_tip(bar: Bar) -> str:
    if bar.yoy is None:
        return QCoreApplication.translate("CapexModel", "No prior-year figure to compare with")
    return (
        QCoreApplication.translate("CapexModel", "As printed in the note")
        if bar.yoy_origin == "printed"
        else QCoreApplication.translate("CapexModel", "Computed against the prior year's figure")
    )


def _vs_consensus(bar: Bar) -> str:
    p = bar.point
    if p is None:
        return ""
    if p.vs_consensus is not None:
        return fmt_diff(p.vs_consensus, Kind.AMOUNT)
    return fmt_percent(p.printed_vs_consensus)


def _vs_tip(bar: Bar) -> str:
    p = bar.point
    if p is None or (p.vs_consensus is None and p.printed_vs_consensus is None):
        return ""
    parts = []
    if p.vs_consensus is not None:
        parts.append(
            QCoreApplication.translate("CapexModel", "Computed: %1 / consensus - 1").replace(
                "%1",
                QCoreApplication.translate("CapexModel", "guidance")
                if p.actual is None
                else QCoreApplication.translate("CapexModel", "actual"),
            )
        )
    if p.printed_vs_consensus is not None:
        parts.append(
            QCoreApplication.translate("CapexModel", "Printed: %1").replace(
                "%1", fmt_percent(p.printed_vs_consensus)
            )
        )
    return "\n".join(parts)


def _qoq(bar: Bar) -> str:
    growth = bar.qoq
    if growth is None:
        return ""
    if growth.computed is None:
        return fmt_percent(growth.printed)
    text = fmt_diff(growth.computed, Kind.AMOUNT)
    if growth.disagrees:
        text += QCoreApplication.translate("CapexModel", " (printed %1)").replace(
            "%1", fmt_percent(growth.printed)
        )
    return text


def _qoq_tip(bar: Bar) -> str:
    return "\n".join(t for t in (qoq_text(bar.qoq) if bar.qoq else "", _remarks(bar)) if t)


def _remarks(bar: Bar) -> str:
    return "\n".join(bar.point.remarks) if bar.point is not None else ""


class CapexModel(RowTableModel[Bar]):
    """Quarter | Company | Capex | Basis | Consensus | vs Cons. | YoY | QoQ | Revenue | Intensity |
    How derived | Source, one row per bar of the quarterly chart."""

    def __init__(self, rows: Sequence[Bar], companies: dict[str, Company], parent: Any = None) -> None:
        def point(get: Any) -> Any:
            return lambda b: get(b.point) if b.point is not None else ""

        columns = [
            Column(
                QCoreApplication.translate("CapexModel", "Quarter"),
                point(lambda p: p.calendar.calendar_label()),
                header_tooltip=QCoreApplication.translate("CapexModel", "Calendar quarter"),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Company"), lambda b: _name(companies, b.company)
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Fiscal"),
                point(lambda p: _fiscal(companies, p)),
                header_tooltip=QCoreApplication.translate(
                    "CapexModel", "The company's fiscal quarter, where its year is not the calendar one"
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Capex"),
                lambda b: fmt_number(b.value, 0),
                numeric=True,
                tooltip=_remarks,
                header_tooltip=QCoreApplication.translate("CapexModel", "US$ mn: the bar's height"),
            ),
            Column(QCoreApplication.translate("CapexModel", "Basis"), _basis, tooltip=_basis_tip),
            Column(
                QCoreApplication.translate("CapexModel", "Consensus"),
                point(lambda p: fmt_number(p.consensus, 0)),
                numeric=True,
                header_tooltip=QCoreApplication.translate("CapexModel", "US$ mn; the black mark on the bar"),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "vs Cons."),
                _vs_consensus,
                numeric=True,
                tooltip=_vs_tip,
                header_tooltip=QCoreApplication.translate("CapexModel", "Capex vs consensus, %"),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "YoY"),
                _yoy,
                numeric=True,
                tooltip=_yoy_tip,
                header_tooltip=QCoreApplication.translate(
                    "CapexModel", "Year on year, % (the line on the right-hand axis)"
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "QoQ"),
                _qoq,
                numeric=True,
                tooltip=_qoq_tip,
                header_tooltip=QCoreApplication.translate(
                    "CapexModel",
                    "Quarter on quarter, %: computed against the prior quarter's "
                    "actual where there is one, else as printed",
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Revenue"),
                point(lambda p: fmt_number(p.revenue, 0)),
                numeric=True,
                header_tooltip=QCoreApplication.translate(
                    "CapexModel", "US$ mn: the actual, or the guidance for a guided quarter"
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Intensity"),
                point(lambda p: fmt_percent(p.intensity, 1)),
                numeric=True,
                header_tooltip=QCoreApplication.translate("CapexModel", "Capex / revenue, %"),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "How derived"),
                point(lambda p: translated(p.derivation)),
                tooltip=point(lambda p: translated(p.derivation)),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Source"),
                point(lambda p: "; ".join(map(translated, p.sources))),
                tooltip=lambda b: "\n".join(map(translated, b.point.sources)) if b.point is not None else "",
            ),
        ]
        super().__init__(rows, columns, parent)


class CapexAnnualModel(RowTableModel[Bar]):
    """Year | Company | Capex | Basis | vs Cons. | YoY | Source, one row per bar of the annual chart."""

    def __init__(self, rows: Sequence[Bar], companies: dict[str, Company], parent: Any = None) -> None:
        def outlook_vs(b: Bar) -> str:
            return fmt_percent(b.outlook.vs_consensus) if b.outlook is not None else ""

        def yoy(b: Bar) -> str:
            from decimal import Decimal

            return "" if b.yoy is None else fmt_diff(Decimal(repr(b.yoy)), Kind.AMOUNT)

        columns = [
            Column(QCoreApplication.translate("CapexModel", "Year"), lambda b: b.label),
            Column(
                QCoreApplication.translate("CapexModel", "Company"), lambda b: _name(companies, b.company)
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Capex"),
                lambda b: fmt_number(b.value, 0),
                numeric=True,
                header_tooltip=QCoreApplication.translate("CapexModel", "US$ mn: the bar's height"),
            ),
            Column(QCoreApplication.translate("CapexModel", "Basis"), _basis, tooltip=_basis_tip),
            Column(
                QCoreApplication.translate("CapexModel", "Outlook vs Cons."),
                outlook_vs,
                numeric=True,
                header_tooltip=QCoreApplication.translate(
                    "CapexModel", "The outlook vs consensus, as printed"
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "YoY"),
                yoy,
                numeric=True,
                header_tooltip=QCoreApplication.translate(
                    "CapexModel", "Computed against the prior year's total"
                ),
            ),
            Column(
                QCoreApplication.translate("CapexModel", "Source"),
                lambda b: translated(b.outlook.source) if b.outlook is not None else "",
                tooltip=lambda b: translated(b.outlook.source) if b.outlook is not None else "",
            ),
        ]
        super().__init__(rows, columns, parent)
