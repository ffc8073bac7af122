"""One figure, one value, everywhere: every scorecard figure of the seed workspace reads the same,
with the same marking, in the window's scorecard model (display role, italic font), the exported
workbook (a real .xlsx read back with openpyxl, rendered by its number formats), the tear sheet
(its content and the HTML it prints), the data API frame and `csp-desk scorecard show`.

The rule: a diff the note prints is shown as printed (italic in the window, the workbook and the tear
sheet, origin "printed" in the frame, `*` in the CLI) where the workspace lacks its inputs or only
the note's unrounded inputs reproduce it; every other diff is computed from the figures by the one
domain function (scorecard_view) and marked computed. A print the figures cannot reproduce at all is
flagged, not shown.

A figure is keyed by (ticker, fiscal label of its quarter, line key, what): what is a stored field
(actual, consensus, guidance), a comparison (actual_vs_consensus, actual_vs_guidance,
guidance_vs_consensus) or growth of a field (yoy:actual, qoq:guidance, ...).
"""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop_app.api import open_workspace
from desktop_app.domain.calc import NOT_MEANINGFUL
from desktop_app.domain.metrics import Kind
from desktop_app.domain.number_input import parse_number
from desktop_app.domain.scorecard_view import Col, Origin, ViewRow, build_view
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.formats import fmt_diff
from desktop_app.ui.report.content import report_content
from desktop_app.ui.report.pages import first_page_html, second_page_html
from desktop_app.ui.scorecards import style
from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

PRINTED, COMPUTED, STORED, DERIVED, NM = "printed", "computed", "stored", "derived", "n.m."
Key = tuple[str, str, str, str]  # ticker, fiscal label, line key, what
Shown = tuple[str, str]  # the text as shown, its marking

# the window's columns: (quarters after the selected one, what)
_WINDOW = {
    Col.ACTUAL: (0, "actual"), Col.CONSENSUS: (0, "consensus"), Col.GUIDANCE: (0, "guidance"),
    Col.DIFF: (0, "actual_vs_consensus"), Col.VS_GUIDANCE: (0, "actual_vs_guidance"),
    Col.YOY: (0, "yoy:actual"), Col.QOQ: (0, "qoq:actual"),
    Col.NEXT_GUIDANCE: (1, "guidance"), Col.NEXT_CONSENSUS: (1, "consensus"),
    Col.NEXT_DIFF: (1, "guidance_vs_consensus"), Col.NEXT_QOQ: (1, "qoq:guidance"),
    Col.NEXT_YOY: (1, "yoy:guidance"),
}
_VERDICT_WORDS = (" beat", " miss", " in line", " above", " below")


@pytest.fixture(scope="module")
def seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "seed.cspdesk"
    Workspace.open(path).close()
    return path


def _number(value: object, kind: Kind | None = None) -> str:
    """A stored figure as a plain number (stored units: a rate in percent), whatever surface gave
    it: the window's or the CLI's text, the workbook's number (a rate as a fraction) or the frame's
    float. The stored figures are compared by value: the window shows a rate at its printed precision
    (`39%`), the workbook at one decimal (`39.0%`)."""
    if value is None or value == "" or value != value:
        return ""
    if isinstance(value, str):
        number = parse_number(value)
        assert number is not None
    else:
        number = Decimal(repr(float(value)))  # type: ignore[arg-type]
        if kind is not None and kind.is_rate:
            number *= 100
    return format(round(number, 9).normalize(), "f")


def _label(label: str) -> str:
    """`F4Q25 · 2Q25` / `F4Q25 (2Q25)` -> `F4Q25`."""
    return label.split()[0]


# ------------------------------------------------------------------------------------------ window

def _window(qtbot, path: Path) -> tuple[dict[Key, Shown], dict[Key, str]]:
    """Every numeric cell of every company and quarter the window offers, as a user sees it; and
    the kind of each figure's line."""
    shown: dict[Key, Shown] = {}
    kinds: dict[Key, str] = {}
    with Workspace.open(path) as ws:
        tab = ScorecardsTab(ws)
        qtbot.addWidget(tab)
        model = tab.model
        for c in range(tab.company_box.count()):
            tab.company_box.setCurrentIndex(c)
            company = tab.current_company()
            assert company is not None
            for p in range(tab.period_box.count()):
                tab.period_box.setCurrentIndex(p)
                period = tab.current_period()
                assert period is not None and model.rowCount() > 0
                for row in range(model.rowCount()):
                    item = model.item(row)
                    if not isinstance(item, ViewRow):
                        continue
                    for col, (offset, what) in _WINDOW.items():
                        index = model.index(row, model.column_of(col))
                        text = model.data(index, Qt.ItemDataRole.DisplayRole)
                        font = model.data(index, Qt.ItemDataRole.FontRole)
                        cell = model.data(index, style.CELL_ROLE)
                        if col.is_value:
                            mark = DERIVED if cell.origin is Origin.DERIVED else STORED
                            text = _number(text)
                        elif text == NOT_MEANINGFUL:
                            mark = NM
                        else:
                            mark = PRINTED if font is not None and font.italic() else COMPUTED
                        key = (company.ticker, company.period_label(period.shifted(offset)).split()[0],
                               item.key, what)
                        if text == "":
                            mark = ""
                        if mark == PRINTED and cell.origin is Origin.COMPUTED:  # a print beside its inputs
                            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                            assert "not an error" in tip and f"Shown as printed: {text}" in tip, tip
                        # the same figure in two quarters' views (a next quarter's consensus, say) reads alike
                        assert shown.setdefault(key, (text, mark)) == (text, mark), key
                        kinds[key] = item.definition.kind.value
    return shown, kinds


# ---------------------------------------------------------------------------------------- workbook

def _excel_text(value: object, number_format: str) -> str:
    """A number as Excel shows it with its format (the formats the workbook uses: `#,##0;(#,##0)`,
    `0.0%;(0.0)%`, `0%;(0)%`, `0.0" ppts";(0.0)" ppts"`); text as it is."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    number = Decimal(repr(float(value)))  # type: ignore[arg-type]
    positive, _, negative = number_format.partition(";")
    part = negative if number < 0 and negative else positive
    if number < 0 and negative:
        number = -number
    if "%" in part:
        number *= 100
    found = re.search(r"[#,]*0(?:\.(0+))?", part)
    assert found is not None, number_format
    places = len(found.group(1) or "")
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    digits = f"{rounded:,.{places}f}" if "," in found.group(0) else f"{rounded:.{places}f}"
    return (part[: found.start()] + digits + part[found.end():]).replace('"', "")


def _workbook(path: Path, folder: Path) -> tuple[dict[Key, Shown], dict[Key, str]]:
    """Every figure of the Scorecards sheet as Excel shows it, with its marking (italic: the note's
    print); and the comment on each diff cell that has one."""
    book = folder / "book.xlsx"
    with Workspace.open(path) as ws:
        export_workbook(ws, book)
    sheet = openpyxl.load_workbook(book)[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    shown: dict[Key, Shown] = {}
    comments: dict[Key, str] = {}
    with Workspace.open(path) as ws:
        kinds = {(c.ticker, d.key): d.kind for c in ws.companies() for d in ws.line_defs(c.ticker)}
    for cells in sheet.iter_rows(min_row=L.HEADER_ROW + 1):
        row = {h: c for h, c in zip(header, cells) if h}
        if row[L.COL_TICKER].value is None:
            break
        ticker, quarter, line = row[L.COL_TICKER].value, _label(row[L.COL_QUARTER].value), row[L.COL_LINE_KEY].value
        actual, guidance = row[L.COL_ACTUAL].value, row[L.COL_GUIDANCE].value
        which = "actual" if actual is not None or guidance is None else "guidance"
        figures = {L.COL_ACTUAL: "actual", L.COL_CONSENSUS: "consensus", L.COL_GUIDANCE: "guidance",
                   L.COL_DIFF: "actual_vs_consensus" if which == "actual" else "guidance_vs_consensus",
                   L.COL_VS_GUIDANCE: "actual_vs_guidance", L.COL_YOY: f"yoy:{which}",
                   L.COL_QOQ: f"qoq:{which}"}
        for column, what in figures.items():
            cell = row[column]
            text = _excel_text(cell.value, cell.number_format)
            if column in (L.COL_ACTUAL, L.COL_CONSENSUS, L.COL_GUIDANCE):
                text, mark = _number(cell.value, kinds[(ticker, line)]), STORED
            elif text == NOT_MEANINGFUL:
                mark = NM
            else:
                mark = PRINTED if cell.font.i else COMPUTED
            key = (ticker, quarter, line, what)
            shown[key] = (text, mark if text else "")
            if cell.comment is not None:
                comments[key] = cell.comment.text
    return shown, comments


# ------------------------------------------------------------------------------------------ frame

def _frame(path: Path) -> dict[Key, Shown]:
    """The data API's figures, formatted by the shared formatter, with their origin."""
    with open_workspace(path) as data:
        cards = data.scorecards()
    shown: dict[Key, Shown] = {}
    for _, r in cards.iterrows():
        kind = Kind(r.kind)
        which = "actual" if not (r.actual != r.actual) or r.guidance != r.guidance else "guidance"
        base = (r.company, r.fiscal_period, r.line)
        for name in ("actual", "consensus", "guidance"):
            text = _number(r[name])
            shown[(*base, name)] = (text, STORED if text else "")
        for name, what in (("actual_vs_consensus", "actual_vs_consensus"),
                           ("guidance_vs_consensus", "guidance_vs_consensus"),
                           ("actual_vs_guidance", "actual_vs_guidance"),
                           ("yoy", f"yoy:{which}"), ("qoq", f"qoq:{which}")):
            value, origin = r[name], r[f"{name}_origin"]
            if origin == NM:
                shown[(*base, what)] = (NOT_MEANINGFUL, NM)
            elif value != value:
                shown[(*base, what)] = ("", "")
            else:
                shown[(*base, what)] = (fmt_diff(Decimal(repr(value)), kind), str(origin))
    return shown


# ------------------------------------------------------------------------------------------ CLI

def _cli(path: Path, window: dict[Key, Shown]) -> dict[Key, Shown]:
    """`csp-desk scorecard show` of every company and quarter, its columns (the window's: the quarter
    and the next quarter's outlook) cut at the header's right-aligned titles; a figure shown as the
    note printed it ends in `*`."""
    shown: dict[Key, Shown] = {}
    with Workspace.open(path) as ws:  # each quarter's rows in the order shown: (label as shown, key)
        plan = [(c, [(p, [("  " + r.definition.label + (f" ({r.definition.unit})" if r.definition.unit else ""),
                           r.key) for section in build_view(ws.line_defs(c.ticker), ws.scorecard_lines(c.ticker), p)
                          for r in section.rows]) for p in ws.periods(c.ticker)]) for c in ws.companies()]
    # the window's columns, in its order: the quarter's, then the next quarter's outlook (offset 1)
    titles = ("Actual", "Consensus", "Diff", "YoY", "QoQ", "Guidance", "vs guidance",
              "Guidance", "Consensus", "Diff", "QoQ", "YoY")
    whats = ((0, "actual"), (0, "consensus"), (0, "actual_vs_consensus"), (0, "yoy:actual"),
             (0, "qoq:actual"), (0, "guidance"), (0, "actual_vs_guidance"),
             (1, "guidance"), (1, "consensus"), (1, "guidance_vs_consensus"), (1, "qoq:guidance"),
             (1, "yoy:guidance"))
    assert [_WINDOW[c] for c in Col] == list(whats)  # every column of the window, in its order
    for company, periods in plan:
        for period, rows in periods:
            labels = [company.period_label(period.shifted(n)).split()[0] for n in (0, 1)]
            label = labels[0]
            out = subprocess.run([sys.executable, "-m", "desktop_app", "scorecard", "show", company.ticker,
                                  label, "--workspace", str(path)], capture_output=True, text=True,
                                 encoding="utf-8", check=True).stdout.splitlines()
            header = next(i for i, text in enumerate(out) if text.startswith("Line "))
            ends, at = [], 0
            for title in titles:
                at = out[header].index(title, at) + len(title)
                ends.append(at)
            lines = [text for text in out[header + 1:] if text.startswith("  ")]  # not a section title
            assert len(lines) == len(rows), (company.ticker, label)
            # two lines may share a label (a segment's revenue and its operating income): by position
            for text, (prefix, line_key) in zip(lines, rows, strict=True):
                assert text.startswith(prefix) and text[len(prefix):len(prefix) + 1] in (" ", ""), (prefix, text)
                starts = [len(prefix), *(end + 2 for end in ends[:-1])]
                for i, (offset, what) in enumerate(whats):
                    cell = text[starts[i]: ends[i]].strip()
                    for word in _VERDICT_WORDS:
                        cell = cell.removesuffix(word)
                    mark = PRINTED if cell.endswith("*") else (NM if cell == NOT_MEANINGFUL else COMPUTED)
                    cell = cell.removesuffix("*")
                    if what in ("actual", "consensus", "guidance"):
                        cell, mark = _number(cell), STORED
                    key = (company.ticker, labels[offset], line_key, what)
                    # the same figure in two quarters' tables (a next quarter's consensus) reads alike
                    assert shown.setdefault(key, (cell, mark if cell else "")) == (cell, mark if cell else ""), key
    assert shown and set(shown) <= set(window)
    assert {k[3] for k in shown} == {w for _, w in whats}
    return shown


# ------------------------------------------------------------------------------------- tear sheet

def _tear_sheet(path: Path) -> tuple[dict[Key, Shown], str]:
    """The tear sheet's surprises and highlights (vs consensus), and the HTML it prints."""
    with Workspace.open(path) as ws:
        content = report_content(ws)
    shown: dict[Key, Shown] = {}
    found = [*content.sheet.surprises, *(s for _, _, lines in content.sheet.highlights for s in lines)]
    for s in found:
        key = (s.ticker, _label(s.quarter), s.line, "actual_vs_consensus")
        shown[key] = (fmt_diff(s.diff, s.kind), PRINTED if s.printed else COMPUTED)
    return shown, first_page_html(content) + second_page_html(content)


# ------------------------------------------------------------------------------------------ tests

@pytest.mark.slow
def test_every_scorecard_figure_reads_the_same_everywhere(qtbot, seed: Path, tmp_path: Path) -> None:
    window, kinds = _window(qtbot, seed)
    workbook, comments = _workbook(seed, tmp_path)
    frame = _frame(seed)
    cli = _cli(seed, window)
    sheet, html = _tear_sheet(seed)

    assert set(workbook) <= set(frame)  # one row per stored line in both; the frame has every diff
    problems = []
    for surface, figures in (("workbook", workbook), ("data API", frame)):
        for key, value in sorted(figures.items()):
            if key not in window:  # e.g. the first quarter's guidance vs consensus: no quarter before it
                if surface == "workbook" and value[0]:
                    problems.append(f"{key}: the workbook shows {value}, the window has no such cell")
                continue
            seen = window[key]
            if key[3] in ("actual", "consensus", "guidance") and seen[1] == DERIVED:
                seen = ("", "")  # a ratio the window derives; the workbook and the frame hold stored figures
            if value != seen:
                problems.append(f"{key}: window {seen}, {surface} {value}")
    for key, value in cli.items():
        if value != window[key]:
            problems.append(f"{key}: window {window[key]}, CLI {value}")
    for key, value in sheet.items():
        if value != window[key]:
            problems.append(f"{key}: window {window[key]}, tear sheet {value}")
    assert not problems, "\n".join(problems)

    printed_with_inputs = 0
    for key, (text, mark) in window.items():
        if mark != PRINTED or key not in workbook:
            continue
        with_inputs = key in comments  # the workbook says why a print with inputs is shown
        if with_inputs:
            printed_with_inputs += 1
            assert "not an error" in comments[key] and text in comments[key], (key, comments[key])
    # the seed's prints that only the note's unrounded inputs reproduce (tests/test_printed_figures.py)
    assert printed_with_inputs == 10
    # the tear sheet prints what it holds, a print in italics
    assert sheet
    for key, (text, mark) in sheet.items():
        pattern = re.escape(text) + r" (beat|miss)"
        if mark == PRINTED:
            pattern = r"<i>" + pattern
        assert re.search(pattern, html), (key, text, mark)
    assert any(mark == PRINTED for _, mark in sheet.values())  # AMZN 2Q25 EPS: printed 28%, computed 27%
    assert len(cli) > 150 and len(window) > 400 and kinds
