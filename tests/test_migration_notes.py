"""A workspace written by the released version (schema 1, tests/data/released_v1_notes.cspdesk,
made by the unmodified code with one scorecard edit and one snapshot) opens in this build, is
migrated in one step and keeps every row; Figure 1's prices and targets become the first dated
history (dates not invented)."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal as D
from pathlib import Path

from desktop_app.domain.periods import Quarter
from desktop_app.storage import schema
from desktop_app.storage.workspace import Workspace

FIXTURE = Path(__file__).parent / "data" / "released_v1_notes.cspdesk"
V1_TABLES = ("sources", "companies", "line_defs", "scorecard_lines", "forecasts", "targets", "supply_chain",
             "statements", "cloud_reads", "snapshots", "snapshot_entries", "ranking", "change_log")


def _rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        out = {}
        for table in V1_TABLES:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            v1 = [c for c in columns if c not in ("analyst", "added_by", "added_at", "entered_by",
                                                  "entered_at", "label_zh", "unit", "author")]  # later columns
            out[table] = conn.execute(f"SELECT {', '.join(v1)} FROM {table} ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def test_released_workspace_migrates_keeping_all_data(tmp_path: Path) -> None:
    path = tmp_path / "old.cspdesk"
    shutil.copyfile(FIXTURE, path)
    before = _rows(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    with Workspace.open(path) as ws:
        assert ws.schema_version == len(schema.MIGRATIONS)
        assert ws.scorecard_line("MSFT", Quarter(2025, 4), "revenue").actual == D("76500")  # the v1 edit
        assert ws.snapshots()[-1].label == "v1 review"
        assert [(p.company, p.price, p.as_of) for p in ws.prices()] == [("AMZN", D("234"), None),
                                                                          ("MSFT", D("534"), None)]
        assert [(t.company, t.rating, t.target) for t in ws.target_history()] == [
            ("AMZN", "OP", D("280")), ("MSFT", "OP", D("660"))]
        assert ws.change_log(1)[0].kind == "migrate"
    after = _rows(path)
    for table in V1_TABLES:
        if table == "change_log":
            assert after[table][:len(before[table])] == before[table]  # appended to, never rewritten
        elif table == "line_defs":  # migration 2 appends Alphabet's and Meta's (empty) segment lines
            assert after[table][:len(before[table])] == before[table]
            assert {r[0] for r in after[table][len(before[table]):]} == {"GOOGL", "META"}
        else:
            assert after[table] == before[table], table
    with Workspace.open(path) as ws:  # opening again runs nothing
        assert [e.kind for e in ws.change_log()].count("migrate") == 1
