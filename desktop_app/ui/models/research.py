"""Table models for the research tables: targets and forecasts (Figure 1), supply chain, statements."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.research import Forecast, SupplyChainEntry, Target
from desktop_app.domain.statements import Statement
from desktop_app.ui.formats import fmt_number, fmt_percent, fmt_with_unit, join_nonempty
from desktop_app.ui.models.table import Column, RowTableModel, source_text, source_tooltip


def _t(text: str) -> str:
    return QCoreApplication.translate("ResearchModels", text)


def _name(companies: dict[str, Company], ticker: str | None) -> str:
    if not ticker:
        return _t("Sector")
    company = companies.get(ticker)
    return company.name_en if company else ticker


def _source_column(sources: dict[str, Source], get: Any) -> Column[Any]:
    return Column(_t("Source"), lambda r: source_text(get(r)),
                  tooltip=lambda r: source_tooltip(get(r), sources))


class TargetsModel(RowTableModel[Target]):
    """KGI rating, share price, market cap, target price new/old, upside and valuation."""

    def __init__(
        self, targets: Sequence[Target], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        columns = [
            Column(_t("Company"), lambda t: _name(companies, t.company)),
            Column(_t("Rating"), lambda t: t.rating),
            Column(_t("Price (US$)"), lambda t: fmt_number(t.share_price), numeric=True),
            Column(_t("Mkt cap (US$bn)"), lambda t: fmt_number(t.market_cap_bn), numeric=True),
            Column(_t("Target (US$)"), lambda t: fmt_number(t.target_new), numeric=True),
            Column(_t("Old target"), lambda t: fmt_number(t.target_old), numeric=True),
            Column(_t("Upside"), lambda t: fmt_percent(t.printed_upside), numeric=True,
                   header_tooltip=_t("Target / share price - 1, as printed")),
            Column(_t("Target chg."), lambda t: fmt_percent(t.printed_target_change), numeric=True,
                   header_tooltip=_t("New target vs old, as printed")),
            Column(_t("Valuation"), lambda t: t.valuation_new,
                   tooltip=lambda t: _t("Before: %1").replace("%1", t.valuation_old) if t.valuation_old
                   else ""),
            _source_column(sources, lambda t: t.source),
            Column(_t("Remark"), lambda t: t.remark, tooltip=lambda t: t.remark),
        ]
        super().__init__(targets, columns, parent)


class ForecastsModel(RowTableModel[Forecast]):
    """KGI forecasts by company, year and metric, with the printed change against the old one."""

    def __init__(
        self, forecasts: Sequence[Forecast], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        columns = [
            Column(_t("Company"), lambda f: _name(companies, f.company)),
            Column(_t("Year"), lambda f: f.year),
            Column(_t("Metric"), lambda f: f.metric),
            Column(_t("Forecast"), lambda f: fmt_number(f.value), numeric=True),
            Column(_t("Unit"), lambda f: f.unit),
            Column(_t("Chg. vs old"), lambda f: fmt_percent(f.printed_change_pct), numeric=True,
                   header_tooltip=_t("Change against the previous forecast, as printed")),
            _source_column(sources, lambda f: f.source),
        ]
        super().__init__(forecasts, columns, parent)


class SupplyChainModel(RowTableModel[SupplyChainEntry]):
    """The Taiwan-listed suppliers of each CSP (targets in NT$)."""

    def __init__(
        self, entries: Sequence[SupplyChainEntry], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        columns = [
            Column(_t("CSP"), lambda e: _name(companies, e.csp)),
            Column(_t("Ticker"), lambda e: e.ticker),
            Column(_t("Supplier"), lambda e: join_nonempty((e.name_en, e.name_zh))),
            Column(_t("Analyst"), lambda e: e.analyst_zh),
            Column(_t("Rating"), lambda e: e.rating_en or e.rating_zh, tooltip=lambda e: e.rating_zh),
            Column(_t("Target (NT$)"), lambda e: fmt_number(e.target_ntd), numeric=True),
            Column(_t("Rev. share (%)"), lambda e: e.revenue_share, numeric=True,
                   header_tooltip=_t("Share of the supplier's revenue, as printed")),
            Column(_t("Product"), lambda e: e.product_en, tooltip=lambda e: e.product_zh),
            _source_column(sources, lambda e: e.source),
        ]
        super().__init__(entries, columns, parent)


class StatementsModel(RowTableModel[Statement]):
    """Points the notes make (capex, risks, cloud read…), with the figure stated where there is one."""

    def __init__(
        self, statements: Sequence[Statement], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        columns = [
            Column(_t("Topic"), lambda s: s.topic.replace("_", " ")),
            Column(_t("Company"), lambda s: _name(companies, s.company)),
            Column(_t("Period"), lambda s: s.period),
            Column(_t("Figure"), lambda s: fmt_with_unit(s.value, s.unit), numeric=True),
            Column(_t("Statement"), lambda s: s.text_en, tooltip=lambda s: f"{s.text_en}\n\n{s.text_zh}"),
            Column(_t("Original (中文)"), lambda s: s.text_zh, tooltip=lambda s: s.text_zh,
                   header_tooltip=_t("As written in the note")),
            _source_column(sources, lambda s: s.source),
        ]
        super().__init__(statements, columns, parent)
