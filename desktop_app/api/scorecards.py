"""The scorecards as one tidy frame: a row per company, fiscal quarter and line, as the Scorecards
sheet of the workbook has them (io/excel_scorecards.py), with the same figures.

Diffs are the window's (`scorecard_view.line_figures`, the cells `build_view` shows): computed from
the stored figures (origin "computed"), or the figure the note printed (origin "printed") where the
workspace lacks its inputs or only the note's unrounded inputs reproduce it
(calc.Agreement.WITHIN_INPUT_ROUNDING: not an error); a percent diff against a base of zero or below
has no value (origin "n.m."). `printed_*` hold what the note printed, wherever it printed a diff.
Amount and per-share diffs are in percent, rate diffs in percentage points (`diff_unit`). Stored
figures are as entered: US$ mn, US$ per share, or percent for rates.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pandas as pd

from desktop_app.api.columns import calendar_quarters, category, floats, ints, texts
from desktop_app.domain.calc import Verdict
from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter, period_labels
from desktop_app.domain.scorecard import ScorecardLine
from desktop_app.domain.scorecard_view import Cell, line_figures

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


# Enum `.value` is a Python-level property (some 0.3 µs a call): looked up once per member
_KIND_TEXT = {k: k.value for k in Kind}
_DIFF_UNIT = {k: "ppt" if k.is_rate else "%" for k in Kind}
_VERDICT_TEXT: dict[Verdict | None, str | None] = {v: v.value for v in Verdict}


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused while the rows are built: the ~60,000 objects made
    for them (cells, operands, rows) form no cycles and reference counting frees them, but they
    would set off a full collection over the whole heap on every call (~0.05 s in a process with
    pandas loaded). As the app does at start-up. The collector is left as the caller had it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def scorecard_frame(companies: Sequence[Company], definitions: dict[tuple[str, str], LineDef],
                    lines: Sequence[ScorecardLine]) -> pd.DataFrame:
    by_ticker = {c.ticker: c for c in companies}
    reported = {(x.company, x.period.index) for x in lines if x.actual is not None}
    labels: dict[tuple[str, int], tuple[str, Quarter]] = {}  # (fiscal label, calendar quarter)
    rows: list[tuple[object, ...]] = []
    with _collector_paused():
        for figures in line_figures(definitions, lines, _fallback):
            line, definition = figures.line, figures.definition
            company = by_ticker.get(line.company)
            kind = definition.kind
            at = line.period.index
            cells = [figures.cells[name] for name in DIFFS]  # in the order of DIFFS
            label = labels.get((line.company, at))
            if label is None:
                fy_end = company.fy_end_month if company else 12
                calendar = company.calendar_of(line.period) if company else line.period
                label = labels[(line.company, at)] = (period_labels(line.period, fy_end)[0], calendar)
            judged = line.actual is not None or line.guidance is None  # else a next-quarter block
            shown = cells[0 if judged else 2].verdict  # vs consensus: of the actual, else of the guidance
            printed = line.printed
            rows.append((
                line.company, company.name_en if company else line.company, label[0], line.period.year,
                line.period.quarter, label[1],
                REPORTED if (line.company, at) in reported else NEXT_QUARTER,
                definition.section, line.line, definition.label, definition.unit_text, _KIND_TEXT[kind],
                line.actual, line.consensus, line.guidance, *[c.value for c in cells], *map(_origin, cells),
                printed.actual_vs_consensus, printed.actual_vs_guidance, printed.guidance_vs_consensus,
                printed.yoy, printed.qoq,
                _DIFF_UNIT[kind],
                _VERDICT_TEXT.get(shown),
                _VERDICT_TEXT.get(cells[1].verdict),
                any(c.check is not None and c.flagged for c in cells),
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


def _origin(cell: Cell) -> str | None:
    """n.m., the note's print, computed, or None for an empty cell; as the window marks it."""
    if cell.not_meaningful:
        return NOT_MEANINGFUL
    if cell.value is None:
        return None
    return PRINTED if cell.shows_printed else COMPUTED
