"""Every derived figure the notes print, recomputed from the printed inputs.

A computed diff must equal the printed one after the same rounding. Where the printed inputs are
themselves rounded too coarsely to tell (39% vs 34% printed, 4.8 ppts diff), the print must at least
be reachable from inputs that round to the printed ones. The lines where the print cannot be
reproduced at all are listed here by name: the app flags them, it does not "fix" them.
"""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from desktop_app.domain.calc import decimals_of, round_half_up
from desktop_app.domain.checks import Agreement
from desktop_app.domain.scorecard import printed_checks, ratio_from_amounts
from desktop_app.io.seed_data import load_seed

# (company, fiscal label, line, printed field) -> why the print cannot be reproduced
NOT_REPRODUCIBLE = {
    ("MSFT", "F1Q26", "capex", "qoq"): "printed 76%; 30,000 / 24,200 - 1 = 24%",
}

# Rates printed to whole percent whose diff the note prints to 0.1 ppt from unrounded figures, and
# EPS / net margin diffs computed by the note from unrounded inputs.
WITHIN_INPUT_ROUNDING = {
    ("MSFT", "F4Q25", "azure_growth", "actual_vs_consensus"),
    ("MSFT", "F4Q25", "m365_commercial_growth", "actual_vs_consensus"),
    ("MSFT", "F4Q25", "gross_margin", "actual_vs_guidance"),
    ("MSFT", "F1Q26", "azure_growth", "guidance_vs_consensus"),
    ("MSFT", "F1Q26", "m365_commercial_growth", "guidance_vs_consensus"),
    ("MSFT", "F1Q26", "m365_commercial_growth", "qoq"),
    ("MSFT", "F1Q26", "search_ads_growth", "guidance_vs_consensus"),
    ("MSFT", "F1Q26", "search_ads_growth", "qoq"),
    ("AMZN", "F2Q25", "eps", "actual_vs_consensus"),
    ("AMZN", "F2Q25", "net_margin", "actual_vs_consensus"),
}


def _all_checks():
    seed = load_seed()
    defs = {(d.company, d.key): d for d in seed.lines}
    index = {row.key: row for row in seed.scorecard}
    results = {}
    for row in seed.scorecard:
        prior_q = index.get((row.company, row.period.shifted(-1), row.line))
        prior_y = index.get((row.company, row.period.shifted(-4), row.line))
        for name, check in printed_checks(row, defs[(row.company, row.line)], prior_q, prior_y).items():
            results[(row.company, row.period.fiscal_label(), row.line, name)] = check
    return results


CHECKS = _all_checks()


def test_enough_printed_figures_are_checked() -> None:
    # 2 blocks x 2 companies: diffs vs consensus / guidance plus next-quarter QoQ where printed.
    assert len(CHECKS) >= 80


@pytest.mark.parametrize("key", sorted(CHECKS), ids=lambda k: "-".join(k))
def test_printed_diff_reproduces(key) -> None:
    check = CHECKS[key]
    if key in NOT_REPRODUCIBLE:
        assert check.agreement is Agreement.MISMATCH, f"{key} now reproduces: remove it from the list"
    elif key in WITHIN_INPUT_ROUNDING:
        assert check.agreement is Agreement.WITHIN_INPUT_ROUNDING
    else:
        assert check.agreement is Agreement.MATCH, (
            f"{key}: printed {check.printed}, computed {check.computed:.3f}"
        )


def test_listed_exceptions_all_exist() -> None:
    assert set(NOT_REPRODUCIBLE) <= set(CHECKS)
    assert WITHIN_INPUT_ROUNDING <= set(CHECKS)


def test_ratio_lines_agree_with_their_amount_lines() -> None:
    """Margins and tax rates printed in the figures equal the ratio of the printed amounts."""
    seed = load_seed()
    defs = {(d.company, d.key): d for d in seed.lines}
    by_quarter: dict = {}
    for row in seed.scorecard:
        by_quarter.setdefault((row.company, row.period), {})[row.line] = row
    checked = 0
    for (company, _period), lines in by_quarter.items():
        for key, row in lines.items():
            definition = defs[(company, key)]
            for field in ("actual", "consensus", "guidance"):
                printed = getattr(row, field)
                computed = ratio_from_amounts(definition, lines, field)
                if printed is None or computed is None:
                    continue
                checked += 1
                assert round_half_up(computed, decimals_of(printed)) == printed, (company, key, field, computed)
    assert checked >= 40


def test_next_quarter_qoq_uses_this_quarter_actual() -> None:
    """Guidance QoQ is computed against the current quarter's actual (MSFT revenue: 75,250 / 76,441)."""
    check = CHECKS[("MSFT", "F1Q26", "revenue", "qoq")]
    assert check.printed == D("-2") and round_half_up(check.computed, 2) == D("-1.56")
