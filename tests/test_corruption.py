"""A damaged workspace file: found by the quick check on open, reported with the choice restore
the latest backup / open another workspace / quit, set aside under a timestamped name and never
overwritten; `csp-desk check` exits non-zero on it and 0 on a sound file."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.ranking import RankEntry
from desktop_app.storage import backups
from desktop_app.storage.integrity import damaged_name, integrity_check, quick_check, set_aside
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.startup import Choice, Opened, damage_box, open_for_window

PAGE = 4096
BACKED_UP = ["AMZN", "MSFT", "GOOGL", "META"]
LATER = ["META", "AMZN", "MSFT", "GOOGL"]


def _set(ws: Workspace, tickers: list[str]) -> None:
    rationale = {e.ticker: e.rationale for e in ws.ranking()}
    ws.set_ranking([RankEntry(t, rationale[t]) for t in tickers], "test")


def damaged_workspace(path: Path, with_backup: bool = True) -> bytes:
    """A real workspace with a backup, a later change, then bytes flipped in its middle page (after
    closing it: no -wal / -shm left). Returns the damaged bytes."""
    with Workspace.open(path) as ws:
        _set(ws, BACKED_UP)
        if with_backup:
            backups.make_backup(ws, "auto")
        _set(ws, LATER)
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-")) == []
    data = bytearray(path.read_bytes())
    middle = (len(data) // PAGE // 2) * PAGE
    for offset in range(middle, middle + 24):  # the b-tree page header and its first cell pointers
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    assert quick_check(path), "the flipped bytes must damage the file for this test to mean anything"
    return bytes(data)


def _damaged_copies(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if ".damaged-" in p.name)


def _order(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return [e.ticker for e in ws.ranking()]


def test_check_finds_nothing_wrong_in_a_sound_file(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        _set(ws, BACKED_UP)
    assert quick_check(path) == [] and integrity_check(path) == []


def test_restore_choice_sets_the_damaged_file_aside_and_opens_the_backup(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    damaged = damaged_workspace(path)
    asked: list[tuple[Path, list[str], object]] = []

    def ask(where: Path, problems: list[str], backup: object) -> Choice:
        asked.append((where, problems, backup))
        return Choice.RESTORE

    opened = open_for_window(path, ask=ask)
    assert isinstance(opened, Opened)
    try:
        assert asked and asked[0][0] == path and asked[0][1] and asked[0][2] is not None
        assert [e.ticker for e in opened.workspace.ranking()] == BACKED_UP
        assert opened.workspace.quick_check() == "ok"
        aside = _damaged_copies(path)
        assert len(aside) == 1
        assert re.fullmatch(r"w\.cspdesk\.damaged-\d{8}-\d{6}", aside[0].name)
        assert aside[0].read_bytes() == damaged  # kept exactly as it was
        assert aside[0].name in opened.notice
    finally:
        opened.workspace.close()
        opened.guard.release()


def test_quit_choice_leaves_the_damaged_file_where_it_is(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    damaged = damaged_workspace(path)
    assert open_for_window(path, ask=lambda *_: Choice.QUIT) == 1
    assert path.read_bytes() == damaged and _damaged_copies(path) == []
    assert not Path(f"{path}.lock").exists()  # the lock was released


def test_open_another_choice_opens_the_other_workspace(tmp_path: Path, qapp) -> None:
    path = tmp_path / "w.cspdesk"
    damaged = damaged_workspace(path)
    other = tmp_path / "other.cspdesk"
    opened = open_for_window(path, ask=lambda *_: Choice.OPEN_OTHER, choose_other=lambda _p: other)
    assert isinstance(opened, Opened)
    try:
        assert opened.workspace.path == other
    finally:
        opened.workspace.close()
        opened.guard.release()
    assert path.read_bytes() == damaged and _damaged_copies(path) == []


def test_the_question_offers_restore_open_another_or_quit(tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "w.cspdesk"
    damaged_workspace(path)
    backup = backups.latest_good_backup(path)
    # asked before the window exists, which sets CSP Desk's icon after its first paint
    QApplication.setWindowIcon(QIcon())
    box = damage_box(path, quick_check(path), backup)
    qtbot.addWidget(box)
    assert not box.windowIcon().isNull()
    choices = {b.text(): b.property("choice") for b in box.buttons()}
    assert choices == {"Restore Latest Backup": "restore", "Open Another Workspace…": "open-other",
                       "Quit": "quit"}
    assert "damaged" in box.text() and str(path) in box.text()
    assert backup.path.name in box.informativeText() and ".damaged-" in box.informativeText()
    box.show()
    qtbot.waitExposed(box)
    box.grab().save(str(tmp_path / "damaged_box.png"))
    restore = next(b for b in box.buttons() if b.property("choice") == "restore")
    assert restore.isEnabled()

    no_backup = damage_box(path, ["x"], None)
    qtbot.addWidget(no_backup)
    restore = next(b for b in no_backup.buttons() if b.property("choice") == "restore")
    assert not restore.isEnabled() and "no backup" in no_backup.informativeText()


def test_setting_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    path.write_bytes(b"damaged")
    Path(f"{path}-wal").write_bytes(b"wal")
    now = datetime(2025, 8, 1, 9, 30, tzinfo=UTC)
    taken = damaged_name(path, now)
    taken.write_bytes(b"an earlier damaged file")
    aside = set_aside(path, now)
    assert aside.name == "w.cspdesk.damaged-20250801-093000-2"
    assert aside.read_bytes() == b"damaged" and Path(f"{aside}-wal").read_bytes() == b"wal"
    assert taken.read_bytes() == b"an earlier damaged file"
    assert not path.exists() and not Path(f"{path}-wal").exists()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_cli_check_exits_non_zero_on_damage_and_zero_on_a_sound_file(tmp_path: Path) -> None:
    good = tmp_path / "good.cspdesk"
    Workspace.open(good).close()
    result = _cli("check", "--workspace", str(good))
    assert result.returncode == 0 and result.stdout.startswith("ok"), result.stderr

    bad = tmp_path / "bad.cspdesk"
    damaged = damaged_workspace(bad)
    result = _cli("check", "--workspace", str(bad))
    assert result.returncode == 1
    assert "DAMAGED" in result.stderr and "malformed" in result.stderr
    assert "backup" in result.stderr
    assert bad.read_bytes() == damaged  # only read


def test_window_start_on_a_damaged_file_reports_it_without_touching_it(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    damaged = damaged_workspace(path)
    result = _cli("--quit-after-paint", "--workspace", str(path))
    assert result.returncode == 1
    assert "damaged" in result.stderr and "restore the latest backup" in result.stderr
    assert path.read_bytes() == damaged and _damaged_copies(path) == []


def test_the_restored_workspace_opens_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    damaged_workspace(path)
    opened = open_for_window(path, ask=lambda *_: Choice.RESTORE)
    assert isinstance(opened, Opened)
    window = MainWindow(opened.workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tab_page(0).model.order() == BACKED_UP
    window.close()
    opened.guard.release()
    assert _order(path) == BACKED_UP


def test_file_open_refuses_a_damaged_workspace(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    window = MainWindow(Workspace.open(tmp_path / "ok.cspdesk"))
    qtbot.addWidget(window)
    bad = tmp_path / "bad.cspdesk"
    damaged = damaged_workspace(bad)
    assert not window.open_workspace_file(bad)
    assert shown and "damaged" in shown[0]
    assert window.workspace.path == tmp_path / "ok.cspdesk"
    assert bad.read_bytes() == damaged
    window.close()


def test_a_damaged_backup_is_skipped_for_the_latest_good_one(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        good = backups.make_backup(ws, "auto", now=datetime(2025, 8, 1, tzinfo=UTC))
        newer = backups.make_backup(ws, "manual", now=datetime(2025, 8, 2, tzinfo=UTC))
    conn = sqlite3.connect(newer)
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.close()
    data = bytearray(newer.read_bytes())
    for offset in range(pages // 2 * PAGE, pages // 2 * PAGE + 24):
        data[offset] ^= 0xFF
    newer.write_bytes(bytes(data))
    assert backups.latest_backup(path).path == newer
    assert backups.latest_good_backup(path).path == good
