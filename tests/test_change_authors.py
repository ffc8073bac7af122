"""Every change-log row records its author (migration 4): `CSP_DESK_USER` when set, else the login
name; rows written before the migration keep an empty author instead of a guessed one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import Workspace

FIXTURE = Path(__file__).parent / "data" / "released_v1_notes.cspdesk"


def test_each_change_records_who_made_it(make_workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_workspace(make_workspace()) as ws:
        first = ws.last_change_id()
        monkeypatch.setenv("CSP_DESK_USER", "Ann")
        order = ws.ranking()
        ws.set_ranking(list(reversed(order)), "reorder")
        monkeypatch.setenv("CSP_DESK_USER", "Bo")
        ws.set_rationale(order[0].ticker, "Bo's reason", order[0].rationale, "reason")
        changes = ws.changes_after(first)
        assert [(c.kind, c.author) for c in changes] == [("ranking", "Ann"), ("ranking", "Bo")]
        assert [c.entry_id for c in changes] == sorted(c.entry_id for c in changes)
        assert ws.change_log(1)[0].author == "Bo"
        assert ws.changes_after(ws.last_change_id()) == []


def test_rows_from_before_the_migration_have_no_author(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "old.cspdesk"
    shutil.copyfile(FIXTURE, path)
    monkeypatch.setenv("CSP_DESK_USER", "Cy")
    with Workspace.open(path) as ws:
        log = ws.change_log()
        assert log[0].kind == "migrate" and log[0].author == "Cy"
        assert {e.author for e in log[1:]} == {""}


def test_a_file_workspace_presents_itself_as_a_writable_local_file(tmp_path: Path) -> None:
    path = tmp_path / "ws.cspdesk"
    with Workspace.open(path) as ws:
        assert ws.location == str(path)
        assert (ws.is_remote, ws.read_only, ws.online, ws.reconnect()) == (False, False, True, True)
        assert ws.watch(lambda: None) is None  # the window polls a file's change log itself
