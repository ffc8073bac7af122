"""Ranking domain functions (moves, reorders, chart series, the notes' reasons) and the storage
writes the Ranking desk added (restoring a removed name, removing and restoring a snapshot)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.companies import Company
from desktop_app.domain.ranking import (
    RankEntry,
    RankingError,
    current_snapshot,
    find_move,
    first_rationale_line,
    move_item,
    note_reason,
    rank_series,
    reorder_entries,
    reorder_summary,
    with_rationale,
)
from desktop_app.storage.workspace import Workspace

ABCD = ["A", "B", "C", "D"]


def test_move_item() -> None:
    assert move_item(ABCD, 3, 0) == ["D", "A", "B", "C"]
    assert move_item(ABCD, 0, 3) == ["B", "C", "D", "A"]
    assert move_item(ABCD, 1, 2) == ["A", "C", "B", "D"]
    assert move_item(ABCD, 2, 2) == ABCD
    with pytest.raises(IndexError):
        move_item(ABCD, 4, 0)
    with pytest.raises(IndexError):
        move_item(ABCD, 0, -1)


def test_find_move() -> None:
    assert find_move(ABCD, ["D", "A", "B", "C"]) == (3, 0)
    assert find_move(ABCD, ["B", "C", "D", "A"]) == (0, 3)
    assert find_move(ABCD, ABCD) is None
    assert find_move(ABCD, ["D", "C", "B", "A"]) is None  # more than one move
    assert find_move(ABCD, ["A", "B", "C"]) is None


def test_reorder_and_rationale_edits_keep_the_other_fields() -> None:
    entries = [RankEntry("A", "a"), RankEntry("B", "b"), RankEntry("C", "c")]
    assert reorder_entries(entries, ["C", "A", "B"]) == [RankEntry("C", "c"), RankEntry("A", "a"),
                                                         RankEntry("B", "b")]
    with pytest.raises(RankingError, match="duplicate"):
        reorder_entries(entries, ["A", "A", "B"])
    with pytest.raises(RankingError, match="missing C"):
        reorder_entries(entries, ["A", "B"])
    assert with_rationale(entries, "B", "new")[1] == RankEntry("B", "new")
    with pytest.raises(RankingError):
        with_rationale(entries, "Z", "x")


def test_change_log_texts() -> None:
    assert reorder_summary(["MSFT", "AMZN"], ["AMZN", "MSFT"]) == "Moved MSFT 1 → 2: AMZN > MSFT"
    assert reorder_summary(ABCD, ["D", "C", "B", "A"]) == "Ranking: D > C > B > A"
    assert first_rationale_line("\n  first  \nsecond") == "first"
    assert first_rationale_line("x" * 100, limit=10) == "x" * 9 + "…"
    assert first_rationale_line("") == ""


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = Workspace.open(tmp_path / "d.cspdesk")
    yield workspace
    workspace.close()


def test_note_reason_is_the_latest_note_listing_the_name(ws: Workspace) -> None:
    snapshot, entry = note_reason(ws.snapshots(), "GOOGL")
    assert snapshot.label == "2Q25 review" and entry.rank == 3
    assert entry.reason_zh == "AI Search+監管擔憂逐漸去風險"
    ws.save_snapshot("mine", "", "2025-11-01")  # not from a note: skipped
    assert note_reason(ws.snapshots(), "GOOGL")[0].label == "2Q25 review"
    assert note_reason(ws.snapshots(), "ORCL") is None


def test_rank_series_has_the_current_order_as_last_point(ws: Workspace) -> None:
    labels, series = rank_series(ws.snapshots(), ["META", "MSFT", "AMZN", "ORCL"])
    assert labels == ["4Q24 review", "2Q25 review"]
    assert series["META"] == [3, 4, 1]
    assert series["ORCL"] == [None, None, 4]
    assert series["GOOGL"] == [4, 3, None]  # removed from the current order
    assert list(series)[:4] == ["META", "MSFT", "AMZN", "ORCL"]
    now = current_snapshot([RankEntry("A", "x")], "Now")
    assert now.snapshot_id == 0 and now.order == ["A"] and now.rationale_of("A") == "x"


def test_add_company_with_a_ranking_restores_place_position_and_rationale(ws: Workspace) -> None:
    before = ws.ranking()
    positions = [c.ticker for c in ws.companies()]
    ws.remove_company("AMZN")
    ws.add_company(ws.company("AMZN"), ranking=before)
    assert ws.ranking() == before
    assert [c.ticker for c in ws.companies()] == positions  # coverage position kept
    assert ws.change_log(1)[0].kind == "coverage"
    ws.remove_company("AMZN")
    with pytest.raises(RankingError):  # the ranking must be a permutation of the covered names
        ws.add_company(ws.company("AMZN"), ranking=before[:2])
    assert "AMZN" not in [e.ticker for e in ws.ranking()]


def test_delete_and_restore_a_saved_snapshot(ws: Workspace) -> None:
    saved = ws.save_snapshot("3Q25 review", "note", "2025-10-30")
    ws.delete_snapshot(saved.snapshot_id)
    assert [s.label for s in ws.snapshots()] == ["4Q24 review", "2Q25 review"]
    assert ws.change_log(1)[0].summary == "Removed snapshot “3Q25 review”"
    ws.restore_snapshot(saved)
    assert ws.snapshot(saved.snapshot_id) == saved
    with pytest.raises(ValueError, match="already exists"):
        ws.restore_snapshot(saved)
    with pytest.raises(ValueError, match="broker note"):
        ws.delete_snapshot(ws.snapshots()[0].snapshot_id)
    with pytest.raises(ValueError, match="no snapshot"):
        ws.delete_snapshot(999)
    again = ws.save_snapshot("next", "", "")
    assert again.snapshot_id > saved.snapshot_id


def test_coverage_changes_from_the_domain_api_are_refused_cleanly(ws: Workspace) -> None:
    with pytest.raises(ValueError):
        ws.add_company(Company(" ", "Nobody", "", 12, ""))
    with pytest.raises(RankingError, match="already covered"):
        ws.add_company(Company("MSFT", "Microsoft", "", 6, ""))
