"""Table models of the research tables: Figure 1 targets (upside computed beside the print) and
forecasts (laid out as the note prints them) and the Taiwan supply chain (the notes' statements:
models/statements.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from desktop_app.domain.calc import UPSIDE_PLACES
from desktop_app.domain.checks import Agreement, Check
from desktop_app.domain.companies import Company, Source
from desktop_app.domain.market import MarketView
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.research_view import (
    RATINGS,
    ForecastBlock,
    TargetView,
    forecast_blocks,
    other_csps,
    revenue_share_key,
    target_view,
)
from desktop_app.ui.data_text import company_name, metric_name, provenance_text
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import (
    STALE_MARK,
    fmt_number,
    fmt_percent,
    join_nonempty,
)
from desktop_app.ui.models.table import Column, RowTableModel, source_text, source_tooltip
from desktop_app.ui.scorecards import style

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def company_or_sector(companies: dict[str, Company], ticker: str | None) -> str:
    """The company's name in the window's language; "Sector" for a row about no one company."""
    if not ticker:
        return QCoreApplication.translate("ResearchModels", "Sector")
    company = companies.get(ticker)
    return company_name(company, ticker)


def _source_column(sources: dict[str, Source], get: Any) -> Column[Any]:
    return Column(QCoreApplication.translate("ResearchModels", "Source"), lambda r: source_text(get(r)),
                  tooltip=lambda r: source_tooltip(get(r), sources))


class MarkedTableModel(RowTableModel[T]):
    """A RowTableModel whose columns may be flagged (amber corner), italic (as printed) or sortable."""

    def __init__(self, rows: Sequence[T], columns: Sequence[Column[T]], parent: Any = None,
                 flagged: dict[int, Callable[[T], bool]] | None = None,
                 italic: Sequence[int] = (), sort_keys: dict[int, Callable[[T], Any]] | None = None,
                 groups: dict[int, str] | None = None) -> None:
        super().__init__(rows, columns, parent)
        self.flagged = flagged or {}
        self.italic = set(italic)
        self.sort_keys = sort_keys or {}
        self.groups = groups or {}

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == style.GROUP_ROLE:
            return self.groups.get(section) if orientation == Qt.Orientation.Horizontal else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role == style.FLAG_ROLE:
            test = self.flagged.get(index.column())
            return "mismatch" if test is not None and test(self.row(index.row())) else None
        if role == Qt.ItemDataRole.FontRole and index.column() in self.italic:
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)


def _check_tip(label: str, formula: str, computed: Decimal | None, check: Check | None) -> str:
    if computed is None:
        return QCoreApplication.translate(
            "ResearchModels", "%1: not computed (a figure is missing)").replace("%1", label)
    text = f"{label} = {formula} = {fmt_percent(computed, 2)}"
    if check is None:
        return text
    printed = fmt_percent(check.printed)
    if check.agreement is Agreement.MISMATCH:
        return text + "\n" + QCoreApplication.translate(
            "ResearchModels", "Printed %1: differs beyond rounding").replace("%1", printed)
    return text + "\n" + QCoreApplication.translate(
        "ResearchModels", "Printed %1: agrees after rounding").replace("%1", printed)


class TargetsModel(MarkedTableModel[TargetView]):
    """Figure 1: rating, price, market cap, target old → new, change and upside beside the printed
    figures (amber corner where they differ beyond rounding), valuation basis. Rating, price and
    upside follow the latest recorded price and target (`markets`): the price's date stands beside
    it, and an upside on a stale price is marked."""

    def __init__(
        self, targets: Sequence[Target], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None, markets: dict[str, MarketView] | None = None, stale_days: int = 7,
    ) -> None:
        self._market: dict[str, Any] = {"views": dict(markets or {}), "days": stale_days}

        def market(v: TargetView) -> MarketView | None:
            found = self._market["views"].get(v.target.company)
            return found if found is not None and found.price is not None else None

        def rating(v: TargetView) -> str:
            latest = self._market["views"].get(v.target.company)
            code = latest.rating_text if latest is not None and latest.rating_text else v.target.rating
            name = translated(RATINGS.get(code.strip().upper(), ""))
            return f"{code} · {name}" if name else code

        def price(v: TargetView) -> str:
            m = market(v)
            return fmt_number(m.price.price) if m is not None and m.price is not None \
                else fmt_number(v.target.share_price)

        def price_date(v: TargetView) -> str:
            m = market(v)
            if m is None or m.price is None:
                return ""
            text = m.price.as_of.isoformat() if m.price.as_of else QCoreApplication.translate(
                "ResearchModels", "not given")
            return f"{text} {STALE_MARK}" if m.stale else text

        def price_tip(v: TargetView) -> str:
            from desktop_app.ui.models.market_text import price_date_text, stale_text

            m = market(v)
            if m is None or m.price is None:
                return QCoreApplication.translate("ResearchModels", "Share price as printed in Figure 1")
            tip = QCoreApplication.translate(
                "ResearchModels", "Latest share price %1, %2 (%3). Figure 1 printed %4.").replace(
                "%1", fmt_number(m.price.price)).replace("%2", price_date_text(m.price.as_of)).replace(
                "%3", provenance_text(m.price.provenance)).replace("%4", fmt_number(v.target.share_price))
            if m.stale:
                tip += "\n" + (QCoreApplication.translate(
                    "ResearchModels", "Stale: the date of this price is not known.") if m.age is None
                               else QCoreApplication.translate("ResearchModels", "Stale: %1.").replace(
                                   "%1", stale_text(m.age, self._market["days"])))
            return tip

        def upside_text(v: TargetView) -> str:
            m = market(v)
            if m is not None and m.upside is not None:
                text = fmt_percent(m.upside, UPSIDE_PLACES)
                return f"{text} {STALE_MARK}" if m.stale else text
            return fmt_percent(v.upside, UPSIDE_PLACES)

        def old_new(v: TargetView) -> str:
            t = v.target
            if t.target_new is None and t.source is None:  # not in Figure 1: the latest recorded target
                latest = self._market["views"].get(t.company)
                return fmt_number(latest.target.target) if latest is not None and latest.target else ""
            if t.target_old is None:
                return fmt_number(t.target_new)
            return f"{fmt_number(t.target_old)} → {fmt_number(t.target_new)}"

        def upside_tip(v: TargetView) -> str:
            m = market(v)
            if m is not None and m.upside is not None:
                from desktop_app.ui.models.market_text import market_upside_tip

                tip = market_upside_tip(m, self._market["days"])
                if _same_as_note(v, m) and v.upside_check is not None:
                    tip += "\n" + _check_tip(QCoreApplication.translate(
                        "ResearchModels", "Figure 1"), "", v.upside, v.upside_check).split("\n")[-1]
                return tip
            t = v.target
            formula = f"{fmt_number(t.target_new)} / {fmt_number(t.share_price)} − 1"
            return _check_tip(QCoreApplication.translate(
                "ResearchModels", "Upside: target / share price − 1"), formula, v.upside, v.upside_check)

        def upside_flag(v: TargetView) -> bool:
            m = market(v)
            if m is not None and not _same_as_note(v, m):
                return False  # a later price or target: the print is of another pair
            return v.upside_check is not None and not v.upside_check.ok

        def change_tip(v: TargetView) -> str:
            t = v.target
            formula = f"{fmt_number(t.target_new)} / {fmt_number(t.target_old)} − 1"
            return _check_tip(QCoreApplication.translate(
                "ResearchModels", "Target change: new / old − 1"), formula, v.change, v.change_check)

        columns = [
            Column(QCoreApplication.translate("ResearchModels", "Company"),
                   lambda v: f"{company_or_sector(companies, v.target.company)} ({v.target.company})",
                   tooltip=lambda v: v.target.remark),
            Column(QCoreApplication.translate("ResearchModels", "Rating"), rating,
                   tooltip=lambda v: QCoreApplication.translate(
                       "ResearchModels", "KGI rating as printed: %1").replace(
                "%1", v.target.rating)),
            Column(QCoreApplication.translate(
                "ResearchModels", "Price (US$)"), price, numeric=True, tooltip=price_tip),
            Column(QCoreApplication.translate(
                "ResearchModels", "Price date"), price_date, numeric=True, tooltip=price_tip,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "The date the share price is as of; ⚠ stale")),
            Column(QCoreApplication.translate("ResearchModels", "Mkt cap (US$bn)"),
                   lambda v: fmt_number(v.target.market_cap_bn), numeric=True),
            Column(QCoreApplication.translate(
                "ResearchModels", "Target old → new (US$)"), old_new, numeric=True),
            Column(QCoreApplication.translate(
                "ResearchModels", "computed"), lambda v: fmt_percent(v.change, UPSIDE_PLACES), numeric=True,
                   tooltip=change_tip, header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "New target / old target − 1, computed")),
            Column(QCoreApplication.translate("ResearchModels", "printed"),
                   lambda v: fmt_percent(v.target.printed_target_change), numeric=True,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "Target change as printed in Figure 1")),
            Column(QCoreApplication.translate(
                "ResearchModels", "computed"), upside_text, numeric=True, tooltip=upside_tip,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "Latest target price / latest share price − 1, computed")),
            Column(QCoreApplication.translate(
                "ResearchModels", "printed"), lambda v: fmt_percent(v.target.printed_upside), numeric=True,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "Upside as printed in Figure 1")),
            Column(QCoreApplication.translate(
                "ResearchModels", "Valuation (new)"), lambda v: v.target.valuation_new,
                   tooltip=lambda v: v.target.remark),
            Column(QCoreApplication.translate(
                "ResearchModels", "Valuation (old)"), lambda v: v.target.valuation_old,
                   tooltip=lambda v: v.target.remark),
            _source_column(sources, lambda v: v.target.source),
        ]
        super().__init__(
            [target_view(t) for t in targets], columns, parent,
            flagged={6: lambda v: v.change_check is not None and not v.change_check.ok,
                     8: upside_flag},
            italic=(7, 9),
            groups={6: QCoreApplication.translate("ResearchModels", "Target change"),
                    7: QCoreApplication.translate("ResearchModels", "Target change"),
                    8: QCoreApplication.translate("ResearchModels", "Upside"),
                    9: QCoreApplication.translate("ResearchModels", "Upside")})

    def set_targets(self, targets: Sequence[Target]) -> None:
        """The rows changed (a company covered, or its first price or target recorded)."""
        self.set_rows([target_view(t) for t in targets])

    def set_markets(self, markets: dict[str, MarketView], stale_days: int) -> None:
        """New prices or targets recorded: repaint rating, price, its date and the upside."""
        self._market["views"], self._market["days"] = dict(markets), stale_days
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))


def _same_as_note(view: TargetView, market: MarketView) -> bool:
    """Whether the latest price and target are the ones Figure 1 printed (so its print applies)."""
    t = view.target
    return (market.price is not None and market.target is not None and market.price.price == t.share_price
            and market.target.target == t.target_new)


class ForecastsModel(QAbstractTableModel):
    """Figure 1 KGI forecasts: per company a title row with its two years, then one row per metric
    with the forecast for each year and the printed change against the previous forecast."""

    def __init__(
        self, forecasts: Sequence[Forecast], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._companies, self._sources = companies, sources
        self._items: list[ForecastBlock | tuple[ForecastBlock, str, str, dict[str, Forecast]]] = []
        self.entered: dict[Any, tuple[str, str]] = {}  # (company, year, metric) → who entered it, when
        self._fill(forecasts)
        self._headers = [QCoreApplication.translate("ResearchModels", "KGI forecast"),
                         QCoreApplication.translate("ResearchModels", "Year 1"),
                         QCoreApplication.translate("ResearchModels", "Year 2"),
                         QCoreApplication.translate("ResearchModels", "Year 1"),
                         QCoreApplication.translate("ResearchModels", "Year 2"),
                         QCoreApplication.translate("ResearchModels", "Source")]

    def _fill(self, forecasts: Sequence[Forecast]) -> None:
        self._items = []
        for block in forecast_blocks(forecasts):
            self._items.append(block)
            self._items.extend((block, metric, unit, cells) for metric, unit, cells in block.rows)

    def set_forecasts(self, forecasts: Sequence[Forecast], entered: dict[Any, tuple[str, str]]) -> None:
        """A forecast was added or changed: show the workspace's forecasts and who entered them."""
        self.beginResetModel()
        self.entered = dict(entered)
        self._fill(forecasts)
        self.endResetModel()

    def source_of(self, f: Forecast) -> str:
        """The note it was taken from, or who entered it; both where both apply."""
        who = self.entered.get((f.company, f.year, f.metric))
        by = QCoreApplication.translate("ResearchModels", "entered by %1, %2").replace(
            "%1", who[0]).replace("%2", who[1][:10]) if who else ""
        return join_nonempty([source_text(f.source) if f.source else "", by], " · ")

    def is_title(self, row: int) -> bool:
        return isinstance(self._items[row], ForecastBlock)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def _title(self, block: ForecastBlock) -> str:
        company = self._companies.get(block.company)
        name = company_name(company, block.company)
        if company is not None and company.fy_end_month != 12:
            from desktop_app.ui.months import month_name

            return QCoreApplication.translate("ResearchModels", "%1 (FY ends %2)").replace(
                "%1", name).replace("%2", month_name(company.fy_end_month))
        return name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        if isinstance(item, ForecastBlock):
            years = [*item.years, "", ""][:2]
            if role == Qt.ItemDataRole.DisplayRole:
                return [self._title(item), *years, *years, ""][column]
            if (section := style.section_row(role)) is not None:
                return section
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _LEFT if column in (0, 5) else _RIGHT
            return None
        block, metric, unit, cells = item
        years = [*block.years, "", ""][:2]
        found = [cells.get(y) for y in years]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"{metric_name(metric)} ({unit})" if unit else metric_name(metric)
            if column in (1, 2):
                f = found[column - 1]
                return fmt_number(f.value) if f else ""
            if column in (3, 4):
                f = found[column - 3]
                return fmt_percent(f.printed_change_pct) if f else ""
            return join_nonempty(list(dict.fromkeys(self.source_of(f) for f in found if f is not None)), "; ")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column in (0, 5) else _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= column <= 4:
            f = found[(column - 1) % 2]
            if f is None:
                return None
            what = QCoreApplication.translate("ResearchModels", "forecast") if column <= 2 else (
                QCoreApplication.translate("ResearchModels", "change vs the previous forecast, as printed"))
            where = source_tooltip(f.source, self._sources) if f.source else self.source_of(f)
            return f"{self._title(block)} {f.year} {metric}: {what}\n{where}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if section in (0, 5) else _RIGHT
        if role == style.GROUP_ROLE:
            return {1: QCoreApplication.translate("ResearchModels", "Forecast"),
                    2: QCoreApplication.translate("ResearchModels", "Forecast"),
                    3: QCoreApplication.translate("ResearchModels", "Chg. vs previous (%)"),
                    4: QCoreApplication.translate("ResearchModels", "Chg. vs previous (%)")}.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_title(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _ticker_key(entry: SupplyChainEntry) -> tuple[int, str]:
    digits = "".join(ch for ch in entry.ticker if ch.isdigit())
    return (int(digits) if digits else 0, entry.ticker)


class SupplyChainModel(MarkedTableModel[SupplyChainEntry]):
    """Figures 4-5: the Taiwan-listed suppliers of each CSP (targets in NT$, revenue share as printed)."""

    CSP, TICKER, NAME_ZH, NAME_EN, TARGET, SHARE = 0, 1, 2, 3, 6, 7

    def __init__(
        self, entries: Sequence[SupplyChainEntry], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        also = other_csps(entries)
        columns = [
            Column(QCoreApplication.translate("ResearchModels", "CSP"),
                   lambda e: company_or_sector(companies, e.csp),
                   tooltip=lambda e: e.source.figure if e.source else ""),
            Column(QCoreApplication.translate("ResearchModels", "Ticker"), lambda e: e.ticker),
            Column(QCoreApplication.translate("ResearchModels", "Company (中文)"), lambda e: e.name_zh),
            Column(QCoreApplication.translate("ResearchModels", "Company (English)"), lambda e: e.name_en,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "English names are our rendering; the notes print the Chinese")),
            Column(QCoreApplication.translate("ResearchModels", "Analyst"), lambda e: e.analyst_zh),
            Column(QCoreApplication.translate(
                "ResearchModels", "Rating"), lambda e: join_nonempty((e.rating_en, e.rating_zh)) or "",
                   tooltip=lambda e: e.rating_zh),
            Column(QCoreApplication.translate(
                "ResearchModels", "Target (NT$)"), lambda e: fmt_number(e.target_ntd), numeric=True),
            Column(QCoreApplication.translate(
                "ResearchModels", "Rev. share (%)"), lambda e: e.revenue_share, numeric=True,
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "Share of the supplier's revenue, as printed (e.g. <10, 40-50)")),
            Column(QCoreApplication.translate("ResearchModels", "Product / service"),
                   lambda e: join_nonempty((e.product_en, e.product_zh))),
            Column(QCoreApplication.translate("ResearchModels", "Also supplies"),
                   lambda e: ", ".join(company_or_sector(companies, c) for c in also[(e.csp, e.ticker)]),
                   header_tooltip=QCoreApplication.translate(
                       "ResearchModels", "The other CSP lists that name the same supplier")),
            _source_column(sources, lambda e: e.source),
        ]
        super().__init__(entries, columns, parent, sort_keys={
            self.TICKER: _ticker_key,
            self.TARGET: lambda e: e.target_ntd,
            self.SHARE: lambda e: revenue_share_key(e.revenue_share),
        })
