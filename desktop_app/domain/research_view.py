"""Derived figures of the research tables: upside and target change beside their prints, the
forecast table laid out as in Figure 1 (with a row for each covered company Figure 1 does not print
but that has a recorded price or target), and sort keys for the supply-chain lists."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop_app.domain.calc import check_printed, diff, upside
from desktop_app.domain.checks import Check
from desktop_app.domain.market import MarketView
from desktop_app.domain.metrics import Kind
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

# KGI's rating abbreviations as the notes print them (Figure 1: "OP").
# Their names are marked for translation (the window shows them in its language).
RATINGS = {"OP": QT_TRANSLATE_NOOP("Ratings", "Outperform"), "N": QT_TRANSLATE_NOOP("Ratings", "Neutral"),
           "U": QT_TRANSLATE_NOOP("Ratings", "Underperform")}

_SHARE = re.compile(r"^\s*(<|>)?\s*(\d+(?:\.\d+)?)\s*(?:-\s*(\d+(?:\.\d+)?))?\s*$")


@dataclass(frozen=True)
class TargetView:
    """A target with its upside (target / price - 1) and target change (new / old - 1) computed,
    each checked against the printed figure."""

    target: Target
    upside: Decimal | None
    upside_check: Check | None
    change: Decimal | None
    change_check: Check | None

    @property
    def rating_name(self) -> str:
        return RATINGS.get(self.target.rating.strip().upper(), "")


def figure1_targets(printed: Sequence[Target], covered: Sequence[str],
                    markets: Mapping[str, MarketView]) -> list[Target]:
    """Figure 1's printed rows, then one row per covered company (in coverage order) that Figure 1
    does not print but that has a recorded share price or target: nothing printed, no source; its
    latest price, target, rating and upside come from its market view."""
    rows = list(printed)
    shown = {t.company for t in printed}
    for ticker in covered:
        view = markets.get(ticker)
        if ticker in shown or view is None or (view.price is None and view.target is None):
            continue
        rows.append(Target(company=ticker, rating="", share_price=None, market_cap_bn=None, target_new=None,
                           target_old=None, printed_upside=None, printed_target_change=None,
                           valuation_new="", valuation_old="", remark="", source=None))
    return rows


def target_view(target: Target) -> TargetView:
    computed_upside = upside(target.target_new, target.share_price)
    computed_change = diff(target.target_new, target.target_old, Kind.AMOUNT)
    upside_check = change_check = None
    if target.printed_upside is not None and target.target_new is not None and target.share_price:
        upside_check = check_printed(target.printed_upside, target.target_new, target.share_price,
                                     Kind.AMOUNT)
    if target.printed_target_change is not None and target.target_new is not None and target.target_old:
        change_check = check_printed(target.printed_target_change, target.target_new, target.target_old,
                                     Kind.AMOUNT)
    return TargetView(target, computed_upside, upside_check, computed_change, change_check)


@dataclass(frozen=True)
class ForecastBlock:
    """One company's forecasts as Figure 1 prints them: metrics down, the two years across."""

    company: str
    years: tuple[str, ...]
    rows: tuple[tuple[str, str, dict[str, Forecast]], ...] = field(default_factory=tuple)  # metric, unit


def forecast_blocks(forecasts: Iterable[Forecast]) -> list[ForecastBlock]:
    """Group forecasts by company (in order of appearance), metrics in order, years in order."""
    by_company: dict[str, dict[tuple[str, str], dict[str, Forecast]]] = {}
    years: dict[str, list[str]] = {}
    for f in forecasts:
        by_company.setdefault(f.company, {}).setdefault((f.metric, f.unit), {})[f.year] = f
        company_years = years.setdefault(f.company, [])
        if f.year not in company_years:
            company_years.append(f.year)
    return [ForecastBlock(company, tuple(years[company]),
                          tuple((metric, unit, cells) for (metric, unit), cells in metrics.items()))
            for company, metrics in by_company.items()]


def revenue_share_key(text: str) -> tuple[Decimal, Decimal] | None:
    """Sort key of a printed revenue share: `<10` → (0, 10), `40-50` → (40, 50), `10` → (10, 10);
    None where nothing (or something unreadable) is printed."""
    match = _SHARE.match(text or "")
    if not match:
        return None
    low, high = Decimal(match.group(2)), Decimal(match.group(3) or match.group(2))
    if match.group(1) == "<":
        return Decimal(0), low
    if match.group(1) == ">":
        return low, Decimal(100)
    return low, high


def other_csps(entries: Sequence[SupplyChainEntry]) -> dict[tuple[str, str], tuple[str, ...]]:
    """For each (csp, ticker): the other CSPs whose list also names the supplier."""
    by_ticker: dict[str, list[str]] = {}
    for e in entries:
        by_ticker.setdefault(e.ticker, [])
        if e.csp not in by_ticker[e.ticker]:
            by_ticker[e.ticker].append(e.csp)
    return {(e.csp, e.ticker): tuple(c for c in by_ticker[e.ticker] if c != e.csp) for e in entries}
