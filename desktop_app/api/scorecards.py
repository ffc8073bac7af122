"""The scorecards as one tidy frame: a row per company, fiscal quarter and line, as the Scorecards
sheet of the workbook has them (io/excel_scorecards.py), with the same figures.

Diffs are the domain's (`scorecard.derive`): computed from the stored figures where both exist,
else the figure the note printed (origin "printed"); a percent diff against a base of zero or below
has no value (origin "n.m."). `printed_*` hold what the note printed, wherever it printed a diff:
the window shows that print instead of the computed diff where only unrounded inputs reproduce it
(calc.Agreement.WITHIN_INPUT_ROUNDING; the workbook and these columns show the computed one).
Amount and per-share diffs are in percent, rate diffs in percentage points (`diff_unit`). Stored
figures are as entered: US$ mn, US$ per share, or percent for rates.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

import pandas as pd

from desktop_app.api.columns import calendar_quarters, category, floats, ints, texts
from desktop_app.domain.calc import Agreement, Verdict, classify
from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import Kind, LineDef, Polarity
from desktop_app.domain.periods import Quarter, period_labels
from desktop_app.domain.scorecard import ScorecardLine, derive, printed_checks

DIFFS = ("actual_vs_consensus", "actual_vs_guidance", "guidance_vs_consensus", "yoy", "qoq")
COMPUTED, PRINTED, NOT_MEANINGFUL = "computed", "printed", "n.m."
REPORTED, NEXT_QUARTER = "reported", "next quarter"


def _fallback(line: ScorecardLine) -> LineDef:
    """As the workbook does for a line without a definition: an amount, neutral."""
    return LineDef(line.company, line.line, line.line, line.line, "", Kind.AMOUNT, Polarity.NEUTRAL, 10**6)


_COLUMNS = ("company", "company_name", "fiscal_period", "fiscal_year", "fiscal_quarter", "calendar",
            "block", "section", "line", "line_label", "unit", "kind", "actual", "consensus", "guidance",
            *DIFFS, *(f"{d}_origin" for d in DIFFS), *(f"printed_{d}" for d in DIFFS), "diff_unit",
            "verdict_vs_consensus", "verdict_vs_guidance", "printed_mismatch", "remark", "note_id", "source")
_JUDGED = {"actual_vs_consensus": "verdict_consensus", "actual_vs_guidance": "verdict_guidance",
           "guidance_vs_consensus": "verdict_guidance_vs_consensus"}


def scorecard_frame(companies: Sequence[Company], definitions: dict[tuple[str, str], LineDef],
                    lines: Sequence[ScorecardLine]) -> pd.DataFrame:
    by_ticker = {c.ticker: c for c in companies}
    index = {(x.company, x.period.index, x.line): x for x in lines}  # ints hash faster than Quarters
    reported = {(x.company, x.period.index) for x in lines if x.actual is not None}
    labels: dict[tuple[str, int], tuple[str, Quarter]] = {}  # (fiscal label, calendar quarter)
    rows: list[tuple[object, ...]] = []
    for line in lines:
        company = by_ticker.get(line.company)
        definition = definitions.get((line.company, line.line)) or _fallback(line)
        kind, polarity = definition.kind, definition.polarity
        at = line.period.index
        prior_q = index.get((line.company, at - 1, line.line))
        prior_y = index.get((line.company, at - 4, line.line))
        derived = derive(line, definition, prior_q, prior_y)
        checks = printed_checks(line, definition, prior_q, prior_y)
        values: list[Decimal | None] = []
        origins: list[str | None] = []
        verdicts: dict[str, Verdict | None] = {}
        for name in DIFFS:
            value, origin = _figure(name, getattr(derived, name), getattr(line.printed, name),
                                    derived.not_meaningful)
            values.append(value)
            origins.append(origin)
            if name in _JUDGED:  # a print is coloured by its own sign, as the workbook does
                verdicts[name] = classify(value, kind, polarity) if origin == PRINTED \
                    else getattr(derived, _JUDGED[name])
        label = labels.get((line.company, at))
        if label is None:
            fy_end = company.fy_end_month if company else 12
            calendar = company.calendar_of(line.period) if company else line.period
            label = labels[(line.company, at)] = (period_labels(line.period, fy_end)[0], calendar)
        judged = line.actual is not None or line.guidance is None  # else a next-quarter block
        shown = verdicts["actual_vs_consensus" if judged else "guidance_vs_consensus"]
        vs_guidance = verdicts["actual_vs_guidance"]
        rows.append((
            line.company, company.name_en if company else line.company, label[0], line.period.year,
            line.period.quarter, label[1],
            REPORTED if (line.company, at) in reported else NEXT_QUARTER,
            definition.section, line.line, definition.label, definition.unit_text, kind.value,
            line.actual, line.consensus, line.guidance, *values, *origins,
            *(getattr(line.printed, name) for name in DIFFS),
            "ppt" if kind.is_rate else "%",
            shown.value if shown is not None else None,
            vs_guidance.value if vs_guidance is not None else None,
            any(c.agreement is Agreement.MISMATCH for c in checks.values()),
            line.remark or None,
            line.source.note_id if line.source else None,
            line.source.describe() if line.source else None,
        ))
    cols = dict(zip(_COLUMNS, zip(*rows))) if rows else {name: () for name in _COLUMNS}
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
        **{f"printed_{name}": floats(cols[f"printed_{name}"]) for name in DIFFS},
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
