"""`csp-desk scorecard`: one company's quarter as the window shows it, or set its figures.

    csp-desk scorecard show TICKER PERIOD
    csp-desk scorecard set TICKER PERIOD LINE [--actual X] [--consensus X] [--guidance X]
                           [--source NOTE_ID [--where TEXT]]

PERIOD is the company's fiscal label (F2Q26) or a calendar quarter (4Q25). `show` prints every line
with the window's columns: the quarter's actual, consensus, the diffs, YoY, QoQ, guidance and vs
guidance, then the next quarter's outlook (guidance, consensus, guidance vs consensus, QoQ, YoY),
computed as in the window (the same view and the same formatter), with beat / miss where the line's
direction judges it; a figure shown as the note printed it (italic in the window) ends in `*`.
`set` takes numbers as typed in the grid (`1,234`, `(15)`, `4.8%`; an empty value clears the
figure) and writes them in one transaction; the quarter's row is created if the line has none yet.
The figures set carry "entered by <user>, <date>"; with --source they are cited to that note
(--where: the figure, table or page within it), as `price set --source` does.
Bad input (unknown company, quarter label, line, number or note; no figure given) exits with
status 2 and changes nothing.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop_app.cli_commands import Command
from desktop_app.cli_commands._common import company_of, open_workspace, source_text, usage, workspace_option
from desktop_app.cli_translations import (
    company_name,
    display_width,
    error_message,
    line_label,
    pad,
    section_title,
    translated,
)
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop_app.domain.companies import Company
    from desktop_app.domain.periods import Quarter
    from desktop_app.domain.scorecard_view import Cell
    from desktop_app.storage.workspace import Workspace

FIELDS = ("actual", "consensus", "guidance")
PRINTED_MARK = "*"


def _configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="scorecard_action", metavar="ACTION",
                                    title=translated(QT_TRANSLATE_NOOP("CliCommands", "actions")))
    actions.required = True
    ticker_help = translated(QT_TRANSLATE_NOOP("CliCommands", "a covered company's ticker, e.g. MSFT"))
    period_help = translated(QT_TRANSLATE_NOOP("CliCommands", "fiscal (F2Q26) or calendar (4Q25) quarter"))
    show = actions.add_parser("show", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "a company's quarter: figures and computed diffs")))
    show.add_argument("ticker", metavar="TICKER", help=ticker_help)
    show.add_argument("period", metavar="PERIOD", help=period_help)
    workspace_option(show)
    set_ = actions.add_parser("set", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "set a line's actual, consensus or guidance")))
    set_.add_argument("ticker", metavar="TICKER", help=ticker_help)
    set_.add_argument("period", metavar="PERIOD", help=period_help)
    set_.add_argument("line", metavar="LINE", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the line key (see `csp-desk line list TICKER`)")))
    for name in FIELDS:
        set_.add_argument(f"--{name}", metavar="X", default=None, help=translated(QT_TRANSLATE_NOOP(
            "CliCommands", "a number as typed in the grid; an empty value clears it")))
    set_.add_argument("--source", default=None, metavar="NOTE_ID", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "the note that gives the figures")))
    set_.add_argument("--where", default=None, metavar="TEXT", help=translated(QT_TRANSLATE_NOOP(
        "CliCommands", "figure, table or page within the note (\"Figure 3\", \"p. 2\"); needs --source")))
    workspace_option(set_)


def _period(company: Company, text: str) -> Quarter:
    from desktop_app.domain.periods import parse_period

    fiscal_text, _, calendar_text = text.partition("·")
    try:
        period = parse_period(fiscal_text, company.fy_end_month)
    except ValueError as exc:
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1.").arg(error_message(exc))) from exc
    calendar = company.calendar_of(period).calendar_label()
    if calendar_text.strip() and calendar != calendar_text.strip().upper():
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1 of %2 is calendar %3, not %4.").arg(
            fiscal_text.strip(), company.ticker, calendar, calendar_text.strip()))
    return period


_TITLES = {  # scorecard_view.Col's values -> the window's column titles (ui/models/scorecard.py)
    "actual": QT_TRANSLATE_NOOP("CliMessages", "Actual"),
    "consensus": QT_TRANSLATE_NOOP("CliMessages", "Consensus"),
    "diff": QT_TRANSLATE_NOOP("CliMessages", "Diff"),
    "yoy": QT_TRANSLATE_NOOP("CliMessages", "YoY"),
    "qoq": QT_TRANSLATE_NOOP("CliMessages", "QoQ"),
    "guidance": QT_TRANSLATE_NOOP("CliMessages", "Guidance"),
    "vs_guidance": QT_TRANSLATE_NOOP("CliMessages", "vs guidance"),
    "next_guidance": QT_TRANSLATE_NOOP("CliMessages", "Guidance"),
    "next_consensus": QT_TRANSLATE_NOOP("CliMessages", "Consensus"),
    "next_diff": QT_TRANSLATE_NOOP("CliMessages", "Diff"),
    "next_qoq": QT_TRANSLATE_NOOP("CliMessages", "QoQ"),
    "next_yoy": QT_TRANSLATE_NOOP("CliMessages", "YoY"),
}

_VERDICTS = {  # domain.calc.Verdict's values, in the command line's language
    "beat": QT_TRANSLATE_NOOP("CliMessages", " beat"),
    "in line": QT_TRANSLATE_NOOP("CliMessages", " in line"),
    "miss": QT_TRANSLATE_NOOP("CliMessages", " miss"),
    "above": QT_TRANSLATE_NOOP("CliMessages", " above"),
    "below": QT_TRANSLATE_NOOP("CliMessages", " below"),
}


def _mark(cell: Cell) -> str:
    """`*` after a figure shown as the note printed it (not computed from the figures shown)."""
    return PRINTED_MARK if cell.value is not None and cell.shows_printed else ""


def _verdict(cell: Cell) -> str:
    if cell.verdict is None or cell.value is None:
        return ""
    word = _VERDICTS.get(cell.verdict.value)
    return translated(word) if word is not None else " " + cell.verdict.value


def _show(workspace: Workspace, company: Company, period: Quarter) -> int:
    from desktop_app.domain.scorecard_view import Col, build_view
    from desktop_app.ui.formats import fmt_cell

    if period not in workspace.periods(company.ticker):
        have = ", ".join(company.period_label(p) for p in workspace.periods(company.ticker)) or translated(
            QT_TRANSLATE_NOOP("CliMessages", "none"))
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1 has no %2 (quarters: %3).").arg(
            company.ticker, company.period_label(period), have))
    sections = build_view(workspace.line_defs(company.ticker), workspace.scorecard_lines(company.ticker),
                          period)
    columns = tuple(Col)  # the window's numeric columns, in its order: the quarter, then the outlook
    titles = tuple(translated(_TITLES[c.value]) for c in columns)
    table: list[tuple[str, list[str] | None]] = []
    for section in sections:  # data labels in the chosen language, as the window shows them
        table.append((section_title(section.title), None))
        for row in section.rows:
            cells = [fmt_cell(row.cells[c]) + _mark(row.cells[c])
                     + (_verdict(row.cells[c]) if c.judged else "") for c in columns]
            label = line_label(row.definition.label, row.definition.label_zh)
            unit = f" ({row.definition.unit})" if row.definition.unit else ""
            table.append((f"  {label}{unit}", cells))
    line_title = translated(QT_TRANSLATE_NOOP("CliMessages", "Line"))
    width = max([display_width(label) for label, _ in table] + [display_width(line_title)])
    widths = [max([display_width(t)] + [display_width(cells[i]) for _, cells in table if cells])
              for i, t in enumerate(titles)]
    print(translated(QT_TRANSLATE_NOOP(
        "CliMessages", "%1 (%2) %3 — US$ mn unless a line says otherwise; diffs in % for amounts, ppts "
        "for rates").arg(company_name(company.name_en, company.name_zh), company.ticker,
                                    company.period_label(period))))
    # the two groups' titles over their columns, as the window's header shows them (the line starts
    # with a word, as the column titles' line does: a line that starts with spaces is a figure row)
    results = sum(1 for c in columns if not c.is_next)
    groups = [translated(QT_TRANSLATE_NOOP("CliMessages", "%1 results").arg(company.period_label(period))),
              translated(QT_TRANSLATE_NOOP("CliMessages", "%1 outlook").arg(
                  company.period_label(period.shifted(1))))]
    spans = [sum(widths[:results]) + 2 * (results - 1),
             sum(widths[results:]) + 2 * (len(widths) - results - 1)]
    quarter_title = translated(QT_TRANSLATE_NOOP("CliMessages", "Quarter"))
    width = max(width, display_width(quarter_title))
    print("  ".join([pad(quarter_title, width), *(pad(g, w) for g, w in zip(groups, spans))]).rstrip())
    for label, shown in [(line_title, list(titles)), *table]:
        text = label if shown is None else "  ".join(
            [pad(label, width), *(pad(c, w, right=True) for c, w in zip(shown, widths))])
        print(text)  # a table of translated titles, labels and formatted numbers
    if any(PRINTED_MARK in c for _, cells in table if cells for c in cells):
        print(translated(QT_TRANSLATE_NOOP(
            "CliMessages", "%1 as printed in the note (italic in the window): the workspace lacks the "
            "figures to compute it, or only the note's unrounded figures give it (rounding, not an "
            "error).").arg(PRINTED_MARK)))
    return 0


def _set(workspace: Workspace, company: Company, period: Quarter, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from desktop_app.cli_commands._market_args import existing_note
    from desktop_app.domain.number_input import NumberInputError, parse_number
    from desktop_app.domain.scorecard import ScorecardValue
    from desktop_app.storage.provenance import entered_now
    from desktop_app.user import current_user

    definitions = {d.key: d for d in workspace.line_defs(company.ticker)}
    if args.line not in definitions:
        raise usage(QT_TRANSLATE_NOOP("CliMessages", "%1 has no line %2 (see `csp-desk line list %1`).").arg(
            company.ticker, repr(args.line)))
    given = {name: getattr(args, name) for name in FIELDS if getattr(args, name) is not None}
    if not given:
        raise usage(QT_TRANSLATE_NOOP(
            "CliMessages", "Give at least one of --actual, --consensus, --guidance."))
    changes = []
    for name, text in given.items():
        try:
            value = parse_number(text)
        except NumberInputError as exc:
            raise usage(QT_TRANSLATE_NOOP("CliMessages", "--%1: %2.").arg(name, error_message(exc))) from exc
        changes.append(ScorecardValue(company.ticker, period, args.line, name, value))
    if args.where is not None and args.source is None:
        raise usage(QT_TRANSLATE_NOOP(
            "CliMessages", "--where names a place within a note: give the note with --source too."))
    provenance = replace(entered_now(current_user(), (args.where or "").strip()),
                         note_id=existing_note(workspace, args.source))
    label = company.period_label(period)
    summary = f"{company.ticker} {label} {definitions[args.line].label}: set " + ", ".join(given) \
        + " (command line)"
    count = workspace.apply_scorecard_changes(changes, summary, provenance=provenance,
                                              origin={"kind": "command line"})
    print(translated(QT_TRANSLATE_NOOP("CliMessages", "%1 %2 %3: %4 figure(s) changed (source: %5).").arg(
        company.ticker, label, definitions[args.line].label, count, source_text(provenance))))
    return _show(workspace, company, period)


def _run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args.workspace)
    try:
        company = company_of(workspace, args.ticker)
        period = _period(company, args.period)
        if args.scorecard_action == "set":
            return _set(workspace, company, period, args)
        return _show(workspace, company, period)
    finally:
        workspace.close()


COMMAND = Command(
    name="scorecard",
    help=QT_TRANSLATE_NOOP("CliCommands", "show a company's quarter, or set its figures"),
    description=QT_TRANSLATE_NOOP(
        "CliCommands", "Show a company's scorecard for a quarter (figures and computed diffs, as in the "
        "window) or set a line's actual, consensus or guidance."),
    configure=_configure,
    run=_run,
)
