"""One colour per company, the same in every chart and table (capex chart and its switches, rank
chart, the cross-CSP table).

Okabe-Ito colours: distinct for colour-blind readers and in greyscale print (their yellow, #F0E442,
is replaced by Paul Tol's olive: names drawn in it were hard to read on white). The four CSPs of the
first data set keep their fixed colours; any other covered company takes the next spare colour in
coverage order, so the same workspace always colours a company the same way in every view. A name
that is no longer covered (it still shows in the rank history) is drawn in FORMER grey.
"""

from __future__ import annotations

from collections.abc import Iterable

COLOURS = {"MSFT": "#0072B2", "AMZN": "#E69F00", "GOOGL": "#009E73", "META": "#CC79A7"}
SPARE_COLOURS = ("#D55E00", "#56B4E9", "#8C6D1F", "#999933", "#7B3294", "#4D4D4D")
FORMER = "#9E9E9E"


def company_colours(covered: Iterable[str]) -> dict[str, str]:
    """The colour of each covered ticker, given in coverage order."""
    out: dict[str, str] = {}
    spare = 0
    for ticker in covered:
        if ticker in out:
            continue
        if ticker in COLOURS:
            out[ticker] = COLOURS[ticker]
        else:
            out[ticker] = SPARE_COLOURS[spare % len(SPARE_COLOURS)]
            spare += 1
    return out


def colour_of(ticker: str, covered: Iterable[str]) -> str:
    """`ticker`'s colour among the covered tickers (coverage order); FORMER if it is not one."""
    return company_colours(covered).get(ticker, COLOURS.get(ticker, FORMER))
