"""The scorecards as one tidy frame: a row per company, fiscal quarter and line, as the Scorecards
sheet of the workbook has them (io/excel_scorecards.py), with the same figures.

Diffs are the domain's (`scorecard.derive`): computed from the stored figures where both exist,
else the figure the note printed (origin "printed"); a percent diff against a base of zero or below
has no value (origin "n.m."). Amount and per-share diffs are in percent, rate diffs in percentage
points (`diff_unit`). Stored figures are as entered: US$ mn, US$ per share, or percent for rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pandas as pd

from desktop_app.api.columns import calendar_quarters, category, floats, ints, texts
from desktop_app.domain.calc import Agreement, Verdict, classify
from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import Kind, LineDef, Polarity
from desktop_app.domain.periods import period_labels
from desktop_app.domain.scorecard import ScorecardLine, derive, printed_checks

DIFFS = ("actual_vs_consensus", "actual_vs_guidance", "guidance_vs_consensus", "yoy", "qoq")
COMPUTED, PRINTED, NOT_MEANINGFUL = "computed", "printed", "n.m."
REPORTED, NEXT_QUARTER = "reported", "next quarter"


def _fallback(line: ScorecardLine) -> LineDef:
    """As the workbook does for a line without a definition: an amount, neutral."""
    return LineDef(line.company, line.line, line.line, line.line, "", Kind.AMOUNT, Polarity.NEUTRAL, 10**6)


def scorecard_frame(companies: Sequence[Company], definitions: dict[tuple[str, str], LineDef],
                    lines: Sequence[ScorecardLine]) -> pd.DataFrame:
    by_ticker = {c.ticker: c for c in companies}
    index = {line.key: line for line in lines}
    reported = {(x.company, x.period) for x in lines if x.actual is not None}
    cols: dict[str, list[object]] = {name: [] for name in (
        "company", "company_name", "fiscal_period", "fiscal_year", "fiscal_quarter", "calendar",
        "block", "section", "line", "line_label", "unit", "kind", "actual", "consensus", "guidance",
        *DIFFS, *(f"{d}_origin" for d in DIFFS), "diff_unit", "verdict_vs_consensus",
        "verdict_vs_guidance", "printed_mismatch", "remark", "note_id", "source")}
    for line in lines:
        company = by_ticker.get(line.company)
        fy_end = company.fy_end_month if company else 12
        definition = definitions.get((line.company, line.line)) or _fallback(line)
        kind, polarity = definition.kind, definition.polarity
        prior_q = index.get((line.company, line.period.shifted(-1), line.line))
        prior_y = index.get((line.company, line.period.shifted(-4), line.line))
        derived = derive(line, definition, prior_q, prior_y)
        checks = printed_checks(line, definition, prior_q, prior_y)
        verdicts: dict[str, Verdict | None] = {
            "actual_vs_consensus": derived.verdict_consensus,
            "actual_vs_guidance": derived.verdict_guidance,
            "guidance_vs_consensus": derived.verdict_guidance_vs_consensus,
        }
        for name in DIFFS:
            value, origin = _figure(name, getattr(derived, name), getattr(line.printed, name),
                                    derived.not_meaningful)
            cols[name].append(value)
            cols[f"{name}_origin"].append(origin)
            if name in verdicts and origin == PRINTED:
                verdicts[name] = classify(value, kind, polarity)  # as the workbook colours a print
        calendar = company.calendar_of(line.period) if company else line.period
        cols["company"].append(line.company)
        cols["company_name"].append(company.name_en if company else line.company)
        cols["fiscal_period"].append(period_labels(line.period, fy_end)[0])
        cols["fiscal_year"].append(line.period.year)
        cols["fiscal_quarter"].append(line.period.quarter)
        cols["calendar"].append(calendar)
        cols["block"].append(REPORTED if (line.company, line.period) in reported else NEXT_QUARTER)
        cols["section"].append(definition.section)
        cols["line"].append(line.line)
        cols["line_label"].append(definition.label)
        cols["unit"].append(definition.unit_text)
        cols["kind"].append(kind.value)
        cols["actual"].append(line.actual)
        cols["consensus"].append(line.consensus)
        cols["guidance"].append(line.guidance)
        cols["diff_unit"].append("ppt" if kind.is_rate else "%")
        judged = line.actual is not None or line.guidance is None
        cols["verdict_vs_consensus"].append(_word(verdicts["actual_vs_consensus"] if judged
                                                  else verdicts["guidance_vs_consensus"]))
        cols["verdict_vs_guidance"].append(_word(verdicts["actual_vs_guidance"]))
        cols["printed_mismatch"].append(any(c.agreement is Agreement.MISMATCH for c in checks.values()))
        cols["remark"].append(line.remark or None)
        cols["note_id"].append(line.source.note_id if line.source else None)
        cols["source"].append(line.source.describe() if line.source else None)
    frame = pd.DataFrame({
        "company": category(cols["company"]),
        "company_name": category(cols["company_name"]),
        "fiscal_period": texts(cols["fiscal_period"]),
        "fiscal_year": ints(cols["fiscal_year"]),
        "fiscal_quarter": ints(cols["fiscal_quarter"]),
        "calendar_quarter": calendar_quarters(cols["calendar"]),
        "block": category(cols["block"], [REPORTED, NEXT_QUARTER]),
        "section": category(cols["section"]),
        "line": category(cols["line"]),
        "line_label": texts(cols["line_label"]),
        "unit": category(cols["unit"]),
        "kind": category(cols["kind"], [k.value for k in Kind]),
        "actual": floats(cols["actual"]),
        "consensus": floats(cols["consensus"]),
        "guidance": floats(cols["guidance"]),
        **{name: floats(cols[name]) for name in DIFFS},
        "diff_unit": category(cols["diff_unit"], ["%", "ppt"]),
        **{f"{name}_origin": category(cols[f"{name}_origin"], [COMPUTED, PRINTED, NOT_MEANINGFUL])
           for name in DIFFS},
        "verdict_vs_consensus": category(cols["verdict_vs_consensus"], [v.value for v in Verdict]),
        "verdict_vs_guidance": category(cols["verdict_vs_guidance"], [v.value for v in Verdict]),
        "printed_mismatch": pd.Series(cols["printed_mismatch"], dtype="bool"),
        "remark": texts(cols["remark"]),
        "note_id": category(cols["note_id"]),
        "source": texts(cols["source"]),
    })
    return frame


def _figure(name: str, computed: Decimal | None, printed: Decimal | None,
            not_meaningful: frozenset[str]) -> tuple[Decimal | None, str | None]:
    """A diff as the workbook writes it: n.m., else computed, else the note's print, else empty."""
    if name in not_meaningful:
        return None, NOT_MEANINGFUL
    if computed is not None:
        return computed, COMPUTED
    if printed is not None:
        return printed, PRINTED
    return None, None


def _word(verdict: Verdict | None) -> str | None:
    return verdict.value if verdict is not None else None
