"""A workspace that is missing but was set aside (`<name>.damaged-*` beside it) or has a backups
folder is never silently created anew: commands exit 1 naming what was found, the window asks
(restore the latest backup / open another / create a new one explicitly / quit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.ranking import RankEntry
from desktop_app.storage import backups
from desktop_app.storage.workspace import Workspace, WorkspaceMissingError
from desktop_app.ui.startup import Choice, Opened, missing_box, open_for_window

BACKED_UP = ["AMZN", "MSFT", "GOOGL", "META"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=120)


def _with_backup_then_gone(path: Path) -> Path:
    """A workspace with one backup holding BACKED_UP; the workspace file itself then deleted."""
    with Workspace.open(path) as ws:
        rationale = {e.ticker: e.rationale for e in ws.ranking()}
        ws.set_ranking([RankEntry(t, rationale[t]) for t in BACKED_UP], "test")
        made = backups.make_backup(ws, "manual")
    path.unlink()
    return made


def _set_aside_only(path: Path) -> Path:
    """A workspace moved aside as damaged (no backups folder)."""
    Workspace.open(path).close()
    aside = path.with_name(f"{path.name}.damaged-20250801-093000")
    path.rename(aside)
    return aside


@pytest.mark.parametrize("kind", ["damaged", "backups"])
def test_commands_and_the_window_start_do_not_seed_where_a_workspace_was(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "w.cspdesk"
    found = _set_aside_only(path).name if kind == "damaged" else \
        _with_backup_then_gone(path).parent.name
    for args in (["ranking", "show"], ["check"], ["backup"], ["export", str(tmp_path / "o.xlsx")],
                 ["--quit-after-paint"]):
        result = _cli(*args, "--workspace", str(path))
        assert result.returncode == 1, (args, result.stdout, result.stderr)
        assert found in result.stderr and "No new workspace was created" in result.stderr, \
            (args, result.stderr)
        assert not path.exists(), args
    assert not (tmp_path / "o.xlsx").exists()


def test_open_refuses_but_an_explicit_creation_works(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    aside = _set_aside_only(path)
    with pytest.raises(WorkspaceMissingError) as refused:
        Workspace.open(path)
    assert refused.value.found == [aside] and not path.exists()
    with Workspace.open(path, create_anyway=True) as ws:
        assert ws.ranking()
    assert aside.exists()


def test_window_start_restores_the_latest_backup_when_asked(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    made = _with_backup_then_gone(path)
    digest = made.read_bytes()
    asked: list[tuple[Path, list[Path], object]] = []

    def ask(where: Path, found: list[Path], backup: object) -> Choice:
        asked.append((where, found, backup))
        return Choice.RESTORE

    opened = open_for_window(path, ask_missing=ask)
    assert isinstance(opened, Opened)
    try:
        assert asked == [(path, [backups.backup_dir(path)], backups.latest_backup(path))]
        assert [e.ticker for e in opened.workspace.ranking()] == BACKED_UP
        assert made.name in opened.notice
    finally:
        opened.workspace.close()
        opened.guard.release()
    assert made.read_bytes() == digest  # the backup itself is unchanged


def test_window_start_quit_or_open_another_creates_nothing(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    _set_aside_only(path)
    assert open_for_window(path, ask_missing=lambda *_: Choice.QUIT) == 1
    assert not path.exists() and not Path(f"{path}.lock").exists()
    other = tmp_path / "other.cspdesk"
    opened = open_for_window(path, ask_missing=lambda *_: Choice.OPEN_OTHER,
                             choose_other=lambda _p: other)
    assert isinstance(opened, Opened)
    opened.workspace.close()
    opened.guard.release()
    assert opened.workspace.path == other and not path.exists()


def test_window_start_creates_a_new_workspace_only_when_asked_to(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    aside = _set_aside_only(path)
    before = aside.read_bytes()
    opened = open_for_window(path, ask_missing=lambda *_: Choice.CREATE_NEW)
    assert isinstance(opened, Opened)
    try:
        assert opened.workspace.path == path and opened.workspace.ranking()
    finally:
        opened.workspace.close()
        opened.guard.release()
    assert aside.read_bytes() == before


def test_the_question_offers_restore_open_create_or_quit(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "w.cspdesk"
    made = _with_backup_then_gone(path)
    backup = backups.latest_good_backup(path)
    box = missing_box(path, backups.set_aside_traces(path), backup)
    qtbot.addWidget(box)
    choices = {b.text(): b.property("choice") for b in box.buttons()}
    assert choices == {"Restore Latest Backup": "restore", "Open Another Workspace…": "open-other",
                       "Create New Workspace": "create-new", "Quit": "quit"}
    assert str(path) in box.text() and made.name in box.informativeText()
    assert box.defaultButton().property("choice") == "restore"
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(tmp_path / "missing_box.png"))

    none = missing_box(path, [path.with_name("w.cspdesk.damaged-20250801-093000")], None)
    qtbot.addWidget(none)
    restore = next(b for b in none.buttons() if b.property("choice") == "restore")
    assert not restore.isEnabled() and none.defaultButton().property("choice") == "open-other"


def test_an_empty_backups_folder_does_not_block_a_new_workspace(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    backups.backup_dir(path).mkdir()  # e.g. left by a refused first backup: it holds nothing
    (backups.backup_dir(path) / "notes.txt").write_text("mine", encoding="utf-8")
    assert backups.set_aside_traces(path) == []
    with Workspace.open(path) as ws:
        assert ws.ranking()
