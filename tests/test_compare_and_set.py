"""Whole-state writes are compare-and-set: two Workspace objects on one file stand for the window
and another program. A write carrying a state that is no longer the stored one is refused with
ConflictError and writes nothing (no change-log row either); with the stored state it goes through."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, reorder_entries
from desktop_app.storage.errors import ConflictError, SaveError, is_conflict
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import Workspace


@pytest.fixture
def pair(make_workspace):
    """Two workspace objects on one store, each backend in turn (a file; a PostgreSQL database)."""
    location = make_workspace()
    window, other = open_workspace(location), open_workspace(location)
    yield window, other
    window.close()
    other.close()


def order(ws: Workspace) -> list[str]:
    return [e.ticker for e in ws.ranking()]


def test_a_reorder_from_a_stale_view_is_refused_and_writes_nothing(pair) -> None:
    window, other = pair
    seen = window.ranking()
    log_before = window.last_change_id()
    other.set_ranking(list(reversed(other.ranking())), "terminal")
    after_other = order(other)
    moved = [seen[1], seen[0], *seen[2:]]
    with pytest.raises(ConflictError) as refused:
        window.set_ranking(moved, "window", expected=seen)
    assert isinstance(refused.value, SaveError)  # the UI's failure path
    assert is_conflict(refused.value) and "changed by another program" in str(refused.value)
    assert order(window) == order(other) == after_other  # the terminal's order survives
    assert window.last_change_id() == log_before + 1  # only the terminal's row
    fresh = window.ranking()
    window.set_ranking([fresh[1], fresh[0], *fresh[2:]], "window", expected=fresh)
    assert order(other) == [after_other[1], after_other[0], *after_other[2:]]


def test_a_rationale_seen_differently_is_a_conflict_too(pair) -> None:
    window, other = pair
    seen = window.ranking()
    changed = [RankEntry(e.ticker, e.rationale + " (terminal)") if i == 2 else e
               for i, e in enumerate(other.ranking())]
    other.set_ranking(changed, "terminal rationale")
    with pytest.raises(ConflictError):
        window.set_ranking(list(reversed(seen)), "window", expected=seen)
    assert other.ranking() == changed


def test_conflict_is_reported_before_the_order_check(pair) -> None:
    window, other = pair
    seen = window.ranking()
    other.add_company(Company("ORCL", "Oracle", "", 6, "OCI"))  # coverage changed elsewhere
    with pytest.raises(ConflictError):  # not RankingError "not a permutation"
        window.set_ranking(list(reversed(seen)), "window", expected=seen)


def test_a_rationale_write_checks_that_rationale_only_and_keeps_the_stored_order(pair) -> None:
    window, other = pair
    seen = window.ranking()
    ticker, old = seen[1].ticker, seen[1].rationale
    other.set_ranking(list(reversed(other.ranking())), "terminal order")
    window.set_rationale(ticker, "window typing", old, "rationale")
    stored = other.ranking()
    assert [e.ticker for e in stored] == [e.ticker for e in reversed(seen)]  # order kept
    assert {e.ticker: e.rationale for e in stored}[ticker] == "window typing"

    other.set_rationale(ticker, "terminal typing", "window typing", "rationale")
    with pytest.raises(ConflictError):
        window.set_rationale(ticker, "window again", "window typing", "rationale")
    assert {e.ticker: e.rationale for e in other.ranking()}[ticker] == "terminal typing"


def test_adding_and_removing_names_compare_the_ranking(pair) -> None:
    window, other = pair
    seen = window.ranking()
    other.set_ranking(reorder_entries(seen, [e.ticker for e in reversed(seen)]), "terminal")
    log_id = window.last_change_id()
    with pytest.raises(ConflictError):
        window.add_company(Company("ORCL", "Oracle", "", 6, "OCI"), expected=seen)
    with pytest.raises(ConflictError):
        window.remove_company(seen[0].ticker, expected=seen)
    assert window.last_change_id() == log_id
    assert not window.is_covered("ORCL") and window.is_covered(seen[0].ticker)
    now = window.ranking()
    window.add_company(Company("ORCL", "Oracle", "", 6, "OCI"), expected=now)
    window.remove_company("ORCL", expected=[*now, RankEntry("ORCL")])
    assert window.ranking() == now


def test_a_snapshot_records_only_the_order_the_writer_saw(pair) -> None:
    window, other = pair
    seen = window.ranking()
    count = len(window.snapshots())
    other.set_ranking(list(reversed(other.ranking())), "terminal")
    with pytest.raises(ConflictError):
        window.save_snapshot("review", "", "2025-08-01", expected=seen)
    assert len(other.snapshots()) == count
    snap = window.save_snapshot("review", "", "2025-08-01", expected=window.ranking())
    assert [e.ticker for e in snap.entries] == order(other)


def test_a_scorecard_cell_is_written_only_over_the_value_seen(pair) -> None:
    window, other = pair
    line = window.scorecard_lines("MSFT")[0]
    period, key = line.period, line.line
    seen = line.actual
    other.set_scorecard_value("MSFT", period, key, "actual", Decimal("123.4"))
    with pytest.raises(ConflictError) as refused:
        window.set_scorecard_value("MSFT", period, key, "actual", Decimal("1"), expected=seen)
    assert "123.4" in str(refused.value)
    assert other.scorecard_line("MSFT", period, key).actual == Decimal("123.4")
    window.set_scorecard_value("MSFT", period, key, "actual", Decimal("1"), expected=Decimal("123.4"))
    assert other.scorecard_line("MSFT", period, key).actual == Decimal("1")
    empty = Quarter(2030, 1)
    window.add_quarter("MSFT", empty)
    with pytest.raises(ConflictError):  # the writer saw a figure where the cell is empty
        window.set_scorecard_value("MSFT", empty, key, "actual", Decimal("2"), expected=Decimal("5"))
    window.set_scorecard_value("MSFT", empty, key, "actual", Decimal("2"), expected=None)
    assert other.scorecard_line("MSFT", empty, key).actual == Decimal("2")
