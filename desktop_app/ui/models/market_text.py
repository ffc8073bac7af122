"""How a name's share price, target and upside are described in tooltips (the Ranking list, the
Research tab's Figure 1): the dates they carry and how stale the price is."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.calc import UPSIDE_PLACES
from desktop_app.domain.market import MarketView
from desktop_app.ui.data_text import provenance_text
from desktop_app.ui.formats import fmt_number, fmt_percent


def price_date_text(as_of: date | None) -> str:
    """`as of 2025-08-04`, or `date not given` where the source gives no date."""
    return (
        QCoreApplication.translate("RankListModel", "as of %1").replace("%1", as_of.isoformat())
        if as_of is not None
        else QCoreApplication.translate("RankListModel", "date not given")
    )


def days_text(days: int) -> str:
    """`1 day`, `9 days` (Chinese: `1 天`, `9 天`)."""
    if days == 1:
        return QCoreApplication.translate("RankListModel", "1 day")
    return QCoreApplication.translate("RankListModel", "%1 days").replace("%1", f"{days:,}")


def stale_text(age: int, stale_days: int) -> str:
    """Why a dated price is marked stale: `9 days old (stale after 5 days)`."""
    return (
        QCoreApplication.translate("RankListModel", "%1 old (stale after %2)")
        .replace("%1", days_text(age))
        .replace("%2", days_text(stale_days))
    )


def market_upside_tip(market: MarketView, stale_days: int) -> str:
    """How a name's upside was computed from its latest target and price, with both dates."""
    assert market.price is not None and market.target is not None
    price, target = market.price, market.target
    lines = [
        (
            QCoreApplication.translate("RankListModel", "Upside: target %1 / share price %2 − 1 = %3")
            .replace("%1", fmt_number(target.target))
            .replace("%2", fmt_number(price.price))
            .replace("%3", fmt_percent(market.upside, UPSIDE_PLACES))
        ),
        (
            QCoreApplication.translate("RankListModel", "Share price %1, %2 (%3)")
            .replace("%1", fmt_number(price.price))
            .replace("%2", price_date_text(price.as_of))
            .replace("%3", provenance_text(price.provenance))
        ),
        (
            QCoreApplication.translate("RankListModel", "Target %1, %2 (%3)")
            .replace("%1", fmt_number(target.target))
            .replace("%2", price_date_text(target.as_of))
            .replace("%3", provenance_text(target.provenance))
        ),
    ]
    if market.stale:
        lines.append(
            QCoreApplication.translate(
                "RankListModel", "Stale price: its date is not known (the source gives none)"
            )
            if market.age is None  # the price's date is not known
            else QCoreApplication.translate("RankListModel", "Stale price: %1").replace(
                "%1", stale_text(market.age, stale_days))
        )
    return "\n".join(lines)
