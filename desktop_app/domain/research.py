"""Research tables: KGI forecasts and targets (Figure 1), Taiwan supply chain (Figures 4-5)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.calc import diff, upside
from desktop_app.domain.companies import SourceRef
from desktop_app.domain.metrics import Kind


@dataclass(frozen=True)
class Forecast:
    """One KGI forecast figure, e.g. Amazon 2025 revenue, with its printed change vs the old one."""

    company: str
    year: str  # as printed: "2025" or "FY26"
    metric: str
    value: Decimal
    unit: str
    printed_change_pct: Decimal | None
    source: SourceRef


@dataclass(frozen=True)
class Target:
    """KGI rating, share price, market cap and target price change for one company."""

    company: str
    rating: str
    share_price: Decimal | None
    market_cap_bn: Decimal | None
    target_new: Decimal | None
    target_old: Decimal | None
    printed_upside: Decimal | None
    printed_target_change: Decimal | None
    valuation_new: str
    valuation_old: str
    remark: str
    source: SourceRef | None  # None: a covered company Figure 1 does not print (see research_view)

    @property
    def upside(self) -> Decimal | None:
        return upside(self.target_new, self.share_price)

    @property
    def target_change(self) -> Decimal | None:
        return diff(self.target_new, self.target_old, Kind.AMOUNT)


@dataclass(frozen=True)
class SupplyChainEntry:
    """A Taiwan-listed supplier of one CSP, as KGI lists it."""

    csp: str
    ticker: str  # e.g. "2301 TT"
    name_zh: str
    name_en: str
    analyst_zh: str
    rating_zh: str
    rating_en: str
    target_ntd: Decimal | None
    revenue_share: str  # as printed: "<10", "40-50", "" where not printed
    product_zh: str
    product_en: str
    source: SourceRef
