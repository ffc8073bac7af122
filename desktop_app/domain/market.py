"""Market data with dates: share prices and rating / target-price history per company, and the
upside computed from the latest of each, with the price's date and whether it is stale.

A price or target whose date the source does not give has `as_of` None: it sorts before every
dated one and a price without a date is always stale (its age cannot be known).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from desktop_app.domain.calc import upside
from desktop_app.domain.provenance import Provenance
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

DEFAULT_STALE_DAYS = 7


@dataclass(frozen=True)
class PricePoint:
    """A share price with its as-of date and where it came from."""
    company: str
    price: Decimal  # US$ per share
    as_of: date | None
    provenance: Provenance
    id: int | None = None


@dataclass(frozen=True)
class TargetPoint:
    """A target price (and rating, when stated) with its date and where it came from."""
    company: str
    as_of: date | None
    rating: str  # empty: not stated with this target (the latest stated rating stands)
    target: Decimal
    provenance: Provenance
    id: int | None = None


def _order(point: PricePoint | TargetPoint) -> tuple[date, int]:
    return (point.as_of or date.min, point.id or 0)


def latest_price(points: Iterable[PricePoint], company: str) -> PricePoint | None:
    own = [p for p in points if p.company == company]
    return max(own, key=_order) if own else None


def latest_target(points: Iterable[TargetPoint], company: str) -> TargetPoint | None:
    own = [p for p in points if p.company == company]
    return max(own, key=_order) if own else None


def latest_rating(points: Iterable[TargetPoint], company: str) -> TargetPoint | None:
    """The latest target record that states a rating."""
    own = [p for p in points if p.company == company and p.rating.strip()]
    return max(own, key=_order) if own else None


def age_days(as_of: date | None, today: date) -> int | None:
    return None if as_of is None else (today - as_of).days


def is_stale(as_of: date | None, today: date, stale_days: int = DEFAULT_STALE_DAYS) -> bool:
    """Older than `stale_days` days, or of an unknown date."""
    return as_of is None or (today - as_of).days > stale_days


@dataclass(frozen=True)
class MarketView:
    """One company's latest price, target and rating and the upside between them."""

    company: str
    price: PricePoint | None
    target: TargetPoint | None
    rating: TargetPoint | None
    stale: bool
    age: int | None  # days since the price's date; None without a price or its date

    @property
    def upside(self) -> Decimal | None:
        if self.price is None or self.target is None:
            return None
        return upside(self.target.target, self.price.price)

    @property
    def rating_text(self) -> str:
        return self.rating.rating if self.rating is not None else ""


def market_view(company: str, prices: Sequence[PricePoint], targets: Sequence[TargetPoint],
                today: date, stale_days: int = DEFAULT_STALE_DAYS) -> MarketView:
    price = latest_price(prices, company)
    as_of = price.as_of if price is not None else None
    return MarketView(company, price, latest_target(targets, company), latest_rating(targets, company),
                      stale=price is not None and is_stale(as_of, today, stale_days),
                      age=age_days(as_of, today) if price is not None else None)


def parse_date(text: str) -> date:
    """A date typed as YYYY-MM-DD; ValueError with a readable reason otherwise."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(QT_TRANSLATE_NOOP(
            "DateErrors", "not a date (YYYY-MM-DD): %1").arg(repr(text))) from None
