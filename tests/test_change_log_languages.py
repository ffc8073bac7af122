"""Every kind of change-log row the storage layer writes reads in zh_TW in the window (and in English),
rendered from its stored kind and detail, never from the English sentence stored with it."""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.domain.companies import Company
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard import ScorecardValue
from desktop_app.storage.change_log_entry import ChangeLogEntry
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.change_log_text import describe
from desktop_app.ui.models.ranking import ChangeLogModel

# Words that are data, not language: tickers and the names and rating typed below.
DATA_WORDS = {"MSFT", "AMZN", "GOOGL", "META", "ORCL", "Oracle", "OP", "FY"}
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def _one_change_of_each_kind(ws: Workspace) -> None:
    order = ws.ranking()
    ws.set_ranking([order[1], order[0], *order[2:]], "order")  # ranking: a move
    ws.set_rationale(order[2].ticker, "新的理由", order[2].rationale, "rationale")  # ranking: rationale
    snapshot = ws.save_snapshot("第三季回顧", "", "2025-10-30")  # snapshot
    ws.delete_snapshot(snapshot.snapshot_id)
    ws.set_stale_days(45)  # setting
    ws.add_price("MSFT", Decimal("512.3"), datetime.date(2025, 8, 4), "pm")  # price
    ws.add_target("MSFT", Decimal("600"), datetime.date(2025, 8, 4), "pm", rating="OP")  # target
    note = ws.add_note("摩根", datetime.date(2025, 8, 1), "雲端報告", "pm")  # note
    ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, ""))  # coverage
    line = LineDef("ORCL", "cloud_rev", "雲端營收", "雲端營收", "營收", Kind("amount"), Polarity.parse("higher"), 0)
    ws.add_line(line)  # lines: added
    ws.update_line(replace(ws.line_defs("ORCL")[0], label="雲端總營收"))  # lines: changed
    ws.add_line(replace(line, key="db_rev", label="資料庫營收", printed_label="資料庫營收"))
    ws.reorder_lines("ORCL", ["db_rev", "cloud_rev"])  # lines: reordered
    ws.add_quarter("ORCL", Quarter(2026, 1))  # scorecard: a new quarter
    ws.set_scorecard_value("ORCL", Quarter(2026, 1), "cloud_rev", "actual", Decimal("7000"))  # one figure
    ws.apply_scorecard_changes([ScorecardValue("ORCL", Quarter(2026, 1), "db_rev", "actual", Decimal("1")),
                                ScorecardValue("ORCL", Quarter(2026, 1), "db_rev", "consensus", Decimal("2"))],
                               "pasted")  # scorecard: a pasted block
    ws.set_scorecard_value("ORCL", Quarter(2026, 1), "cloud_rev", "actual", None)
    ws.apply_scorecard_changes([ScorecardValue("ORCL", Quarter(2026, 1), "db_rev", f, None)
                                for f in ("actual", "consensus")], "cleared")
    ws.remove_empty_quarter("ORCL", Quarter(2026, 1))  # scorecard: the empty quarter removed
    ws.remove_line("ORCL", "db_rev")  # lines: removed
    ws.remove_company("ORCL")  # coverage: removed
    ws.set_forecast("MSFT", "2026", "營收", Decimal("300000"), "US$mn", "pm")  # forecast
    key = ws.add_statement("risk", "MSFT", "供應吃緊", "pm", note_id=note)  # statement: added
    previous = ws.edit_statement(key, "供應仍吃緊", "供應吃緊", "pm")  # statement: edited
    ws.restore_statement(key, previous, "供應仍吃緊")  # statement: restored
    ws.remove_statement(key)  # statement: removed
    ws.remove_note(note)  # note removed


def test_every_change_log_kind_reads_in_both_languages(tmp_path: Path, qapp: QApplication) -> None:
    ws = Workspace.open(tmp_path / "w.cspdesk")
    try:
        _one_change_of_each_kind(ws)
        entries = ws.change_log()
    finally:
        ws.close()
    # kinds a test cannot make on a file: an upgrade and a team workspace's creation, as storage writes them
    entries += [
        ChangeLogEntry(9001, "2025-01-01T00:00:00Z", "migrate", "Workspace upgraded from format 3 to 4",
                       json.dumps({"old": 3, "new": 4, "steps": ["x"]})),
        ChangeLogEntry(9002, "2025-01-01T00:00:00Z", "create", "Team workspace created, seeded with ...",
                       json.dumps({"old": None, "new": {"schema_version": 4, "from": None}})),
    ]
    kinds = {e.kind for e in entries}
    assert kinds == {"create", "migrate", "ranking", "snapshot", "setting", "price", "target", "note",
                     "coverage", "lines", "scorecard", "forecast", "statement"}
    english = {e.entry_id: describe(e) for e in entries}
    assert i18n.install(qapp, "zh_TW")
    try:
        chinese = {e.entry_id: describe(e) for e in entries}
        model = ChangeLogModel(entries)  # the window's Change log: Kind and What columns
        shown_rows = [[model.index(row, column).data() for column in (2, 3)] for row in range(model.rowCount())]
    finally:
        i18n.install(qapp, "en")
    for entry in entries:
        said = chinese[entry.entry_id]
        # ids, not words: a statement's key (u12-risk), a line's key (cloud_rev; the detail names the key)
        keys_gone = re.sub(r"\bu\d+-[a-z_]+|\b[a-z]+_[a-z_]+\b", "", said)
        leftover = [w for w in ENGLISH_WORD.findall(keys_gone) if w not in DATA_WORDS]
        assert not leftover, f"{entry.kind}: {said!r} (stored: {entry.summary!r})"
        assert said != entry.summary, entry.kind
        assert re.search(r"[\u4e00-\u9fff]", said), said
        assert english[entry.entry_id] == describe(entry)  # the cache is per language
    assert len(shown_rows) == len(entries)
    for (kind, what), entry in zip(shown_rows, entries, strict=True):
        assert re.search(r"[\u4e00-\u9fff]", kind) and not ENGLISH_WORD.search(kind), (entry.kind, kind)
        assert what == chinese[entry.entry_id]
    shown = {e.kind + ":" + english[e.entry_id] for e in entries}
    for expected in ("lines:ORCL: added the line 雲端營收", "lines:ORCL: reordered the lines",
                     "lines:ORCL: removed the line 資料庫營收", "forecast:MSFT 2026 營收 forecast — → 300000",
                     "statement:Statement added (risk, MSFT): 供應吃緊", "scorecard:ORCL F1Q26 · 3Q25: removed the empty quarter",
                     "create:Team workspace created, seeded with the data set",
                     "migrate:Workspace upgraded from format 3 to 4"):
        assert any(s.startswith(expected) for s in shown), (expected, sorted(shown))
    assert any(s.startswith("scorecard:2 scorecard figures changed (ORCL F1Q26 · 3Q25)") for s in shown), shown


def test_a_ranking_note_from_the_command_line_stays_with_the_rendered_move() -> None:
    """`csp-desk ranking set --note` keeps the user's words (stored in the summary only) beside the
    rendered move; a rationale whose first line holds " — " is not cut there."""
    from desktop_app.domain.change_log_text import describe as render

    def plain(text: str) -> str:
        return str(text)

    moved = json.dumps({"old": [{"ticker": "A"}, {"ticker": "B"}], "new": [{"ticker": "B"}, {"ticker": "A"}]})
    summary = "Moved A 1 → 2: B > A (command line) — AI demand — capex up"
    assert render("ranking", moved, summary, plain) == "Move B from 2 to 1 — AI demand — capex up"
    edited = json.dumps({"old": [{"ticker": "A", "rationale": "x"}], "new": [{"ticker": "A", "rationale": "y — z"}]})
    assert render("ranking", edited, "A rationale: y — z", plain) == "Rationale of A edited"
