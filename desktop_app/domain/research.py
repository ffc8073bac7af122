"""Research tables: KGI forecasts and targets (Figure 1), Taiwan supply chain (Figures 4-5).

The targets (rating, price, target: the Ranking tab shows them) are here; the forecasts and the
supply chain are in domain/research_tables.py, which the first paint does not load.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.calc import diff, upside
from desktop_app.domain.companies import SourceRef
from desktop_app.domain.metrics import Kind


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
