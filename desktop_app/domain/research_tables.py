"""Research tables the Research tab shows: KGI forecasts (Figure 1) and the Taiwan supply chain
(Figures 4-5). Apart from domain/research.py (the targets, which the Ranking tab shows) so that the
first paint does not create these classes; `domain.research` still names both (loaded on first use).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.companies import SourceRef


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
