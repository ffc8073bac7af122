"""Research tables: KGI forecasts and targets (Figure 1), Taiwan supply chain (Figures 4-5).

The targets (rating, price, target: the Ranking tab shows them) are here; the forecasts and the
supply chain are in domain/research_tables.py, which is loaded when one of them is first named
(`from desktop_app.domain.research import Forecast` still works): the first paint needs neither.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from desktop_app.domain.calc import diff, upside
from desktop_app.domain.companies import SourceRef
from desktop_app.domain.metrics import Kind

if TYPE_CHECKING:
    from desktop_app.domain.research_tables import Forecast, SupplyChainEntry

__all__ = ["Forecast", "SupplyChainEntry", "Target"]
_TABLES = ("Forecast", "SupplyChainEntry")


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


def __getattr__(name: str) -> object:
    """Forecast and SupplyChainEntry, loaded from domain/research_tables.py when first named."""
    if name not in _TABLES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from desktop_app.domain import research_tables

    value = getattr(research_tables, name)
    globals()[name] = value
    return value
