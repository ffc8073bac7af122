"""Migration 2 on a workspace made by the released version (schema 1, tests/data/workspace_v1.cspdesk,
written by the code at ca0695d with tests/data/make_v1_workspace.py): every row of every table is
kept, the month check accepts 1-12, lines gain label_zh/unit, Alphabet and Meta gain their segment
lines (empty), and the upgraded file works like a new one."""

from __future__ import annotations

import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.storage import schema
from desktop_app.storage.workspace import Workspace

V1 = Path(__file__).parent / "data" / "workspace_v1.cspdesk"


def _tables(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        out = {}
        for name in names:
            cursor = conn.execute(f"SELECT * FROM {name} ORDER BY rowid")
            out[name] = ([d[0] for d in cursor.description], cursor.fetchall())
        return out
    finally:
        conn.close()


@pytest.fixture()
def upgraded(tmp_path: Path) -> tuple[Path, dict[str, tuple[list[str], list[tuple]]]]:
    path = tmp_path / "old.cspdesk"
    shutil.copy(V1, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    before = _tables(path)
    with Workspace.open(path) as ws:
        assert ws.schema_version == schema.target_version() >= 2
        assert ws.quick_check() == "ok"
    return path, before


def test_every_row_of_every_table_is_kept(upgraded, tmp_path: Path) -> None:  # noqa: ANN001
    path, before = upgraded
    after = _tables(path)
    with Workspace.open(tmp_path / "fresh.cspdesk"):
        pass
    fresh = _tables(tmp_path / "fresh.cspdesk")
    assert set(before) <= set(after)
    for table, (columns, rows) in before.items():
        new_columns, new_rows = after[table]
        assert new_columns[:len(columns)] == columns, table
        kept = [row[:len(columns)] for row in new_rows]
        if table == "line_defs":  # the old lines unchanged, the segment lines added after them
            assert kept[:len(rows)] == rows
            assert {r[0] for r in kept[len(rows):]} == {"GOOGL", "META"}
        elif table == "change_log":  # one row more: the upgrade
            assert kept[:len(rows)] == rows and len(kept) == len(rows) + 1
            assert "upgraded from format 1 to" in kept[-1][3]
        else:
            assert kept == rows, table
            assert new_columns == fresh[table][0], table  # upgraded = created by this build
    old_lines = {(r[0], r[1]) for r in before["line_defs"][1]}
    assert all(r[10:] == ("", "") for r in after["line_defs"][1] if (r[0], r[1]) in old_lines)


def test_segment_lines_are_empty_and_the_same_as_a_new_workspace(upgraded, tmp_path: Path) -> None:  # noqa: ANN001
    path, _ = upgraded
    with Workspace.open(path) as old, Workspace.open(tmp_path / "new.cspdesk") as new:
        for ticker in ("GOOGL", "META"):
            assert old.line_defs(ticker) == new.line_defs(ticker)
            assert old.scorecard_lines(ticker) == []  # no figure invented
        keys = {d.key for d in old.line_defs("GOOGL")}
        assert {"google_services_revenue", "google_cloud_revenue", "other_bets_revenue", "tac",
                "google_cloud_oi", "capex"} <= keys
        keys = {d.key for d in old.line_defs("META")}
        assert {"foa_revenue", "rl_revenue", "ad_impressions_growth", "price_per_ad_growth",
                "rl_oi", "capex"} <= keys
        assert old.line_defs("MSFT") == new.line_defs("MSFT")


def test_upgraded_file_takes_any_month_and_keeps_working(upgraded) -> None:  # noqa: ANN001
    path, _ = upgraded
    with Workspace.open(path) as ws:
        assert [e.ticker for e in ws.ranking()][:2] == ["AMZN", "MSFT"]  # the user's reorder kept
        assert ws.scorecard_line("MSFT", Quarter(2025, 4), "revenue").consensus == Decimal("74000")
        assert not ws.is_covered("ORCL")
        ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
        assert ws.company("ORCL").fy_end_month == 5
        assert ws.quick_check() == "ok"
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE companies SET fy_end_month = 13 WHERE ticker = 'ORCL'")
    finally:
        conn.close()


def test_a_failing_upgrade_leaves_the_v1_file_as_it_was(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from desktop_app.storage import migration_v2
    from desktop_app.storage.workspace import WorkspaceError

    path = tmp_path / "old.cspdesk"
    shutil.copy(V1, path)
    before = _tables(path)

    def broken() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migration_v2, "_segment_lines", lambda conn: broken())
    with pytest.raises(WorkspaceError):
        Workspace.open(path)
    assert _tables(path) == before
