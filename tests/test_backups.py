"""Backups: the thinning policy (a pure function), naming and the folder, the 30-minute rule with an
injectable clock, the backup on close, File ▸ Restore from Backup… (listed with dates; a restore
is undone by restoring the "Before restore" backup) and `csp-desk backup`."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.ranking import RankEntry, find_move
from desktop_app.storage import backups
from desktop_app.storage.backup_records import Policy
from desktop_app.storage.backups import AutoBackupPolicy, thin
from desktop_app.storage.integrity import integrity_check
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.backup_actions import local_time, restore_backup
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.restore_dialog import BackupListModel, RestoreDialog, backup_rows

SEED = ["MSFT", "AMZN", "GOOGL", "META"]
T0 = datetime(2025, 8, 1, 9, 0, tzinfo=UTC)  # a Friday


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def order(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT ticker FROM ranking ORDER BY rank")]
    finally:
        conn.close()


def set_order(ws: Workspace, tickers: list[str]) -> None:
    rationale = {e.ticker: e.rationale for e in ws.ranking()}
    ws.set_ranking([RankEntry(t, rationale[t]) for t in tickers], "test")


# ---------------------------------------------------------------------------- thinning (pure)


def test_thinning_keeps_the_last_ten_of_a_busy_day() -> None:
    stamps = [T0 + timedelta(minutes=30 * i) for i in range(20)]
    kept = thin(stamps, stamps[-1])
    assert kept == set(stamps[-10:])


def test_thinning_keeps_one_a_day_for_two_weeks_and_one_a_week_for_eight() -> None:
    now = T0
    stamps = [now - timedelta(hours=6 * i) for i in range(4 * 120)]  # four a day for 120 days
    kept = thin(stamps, now)
    newest_ten = sorted(stamps, reverse=True)[:10]
    assert set(newest_ten) <= kept
    for day in range(14):  # the newest backup of each of the last 14 days
        that_day = (now - timedelta(days=day)).date()
        of_day = [s for s in stamps if s.date() == that_day]
        assert max(of_day) in kept
        assert len([s for s in kept if s.date() == that_day]) == (len(of_day) if day < 3 else 1)
    weeks_kept = {s.isocalendar()[:2] for s in kept}
    for week in range(8):
        assert (now - timedelta(weeks=week)).isocalendar()[:2] in weeks_kept
    assert min(kept) > now - timedelta(weeks=8)  # nothing older than eight weeks
    old_weeks = [s for s in kept if s < now - timedelta(days=14)]
    assert len(old_weeks) == len({s.isocalendar()[:2] for s in old_weeks})  # one per week
    assert len(kept) < 10 + 14 + 8


def test_thinning_edge_cases() -> None:
    assert thin([], T0) == set()
    only = [T0 - timedelta(days=400)]
    assert thin(only, T0) == set(only)  # one of the last ten, however old
    assert thin(only, T0, Policy(keep_last=0)) == set()
    future = [T0 + timedelta(hours=2)]  # a clock that was ahead: kept, not lost
    assert thin(future, T0, Policy(keep_last=0)) == set(future)


# ---------------------------------------------------------------------------- files and names


def test_backup_names_folder_and_contents(tmp_path: Path) -> None:
    path = tmp_path / "pm.cspdesk"
    with Workspace.open(path) as ws:
        set_order(ws, ["AMZN", "MSFT", "GOOGL", "META"])
        made = backups.make_backup(ws, "manual", now=T0)
        again = backups.make_backup(ws, "manual", now=T0)  # same second: a new name, not overwritten
    assert made.parent == tmp_path / "pm.cspdesk.backups" == backups.backup_dir(path)
    assert re.fullmatch(r"pm-20250801-090000\.000000Z-manual_[0-9a-f]{8}\.cspdesk", made.name)
    assert re.fullmatch(r"pm-20250801-090000\.000000Z-manual_[0-9a-f]{8}\.cspdesk", again.name)
    assert again != made
    assert backups.parse_name("pm-20250801-090000Z-manual.1.cspdesk") == (T0, "manual", 1)  # older
    assert backups.parse_name(made.name) == (T0, "manual", 0)
    assert integrity_check(made) == []
    assert order(made) == ["AMZN", "MSFT", "GOOGL", "META"]
    (made.parent / "notes.txt").write_text("mine", encoding="utf-8")
    listed = backups.list_backups(path)
    assert [b.path for b in listed] == [again, made]
    assert listed[0].taken_at == T0 and listed[0].reason == "manual" and listed[0].size > 0
    summary = backups.summarize(made)
    assert summary.ranking == ["AMZN", "MSFT", "GOOGL", "META"] and summary.last_change == "test"


def test_making_backups_thins_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    times = [T0 - timedelta(days=3 * i) for i in range(40, -1, -1)]  # every 3 days for 120 days
    with Workspace.open(path) as ws:
        for moment in times:
            backups.make_backup(ws, "auto", now=moment)
    left = {b.taken_at for b in backups.list_backups(path)}
    assert left == thin(times, T0)
    assert len(left) < len(times)
    (backups.backup_dir(path) / "notes.txt").write_text("x", encoding="utf-8")
    backups.prune(path, T0 + timedelta(days=365))
    assert (backups.backup_dir(path) / "notes.txt").exists()  # not ours: never deleted


# ---------------------------------------------------------------------------- the 30-minute rule


def test_auto_backup_policy_at_most_one_per_half_hour() -> None:
    clock = FakeClock()
    policy = AutoBackupPolicy(None, clock=clock)
    assert not policy.due()  # nothing changed yet
    assert policy.changed()  # first change, no backup yet: due now
    policy.taken()
    clock.advance(minutes=10)
    assert not policy.changed()
    assert policy.seconds_until_due() == pytest.approx(20 * 60)
    clock.advance(minutes=19)
    assert not policy.due()
    clock.advance(minutes=1)
    assert policy.due()  # the trailing backup of the change made at minute 10
    policy.taken()
    clock.advance(hours=5)
    assert not policy.due()  # no change since: nothing to do


def _window(qtbot: QtBot, path: Path, tmp_path: Path) -> MainWindow:
    window = MainWindow(Workspace.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _reorder(window: MainWindow, tickers: list[str]) -> None:
    """Push the reorder command the Ranking tab pushes for a drag (one name moved)."""
    tab = window.tab_page(0)
    move = find_move(tab.model.order(), tickers)
    assert move is not None
    assert tab._push_reorder(tickers, tab.model.order()[move[0]])


def test_window_backs_up_at_most_every_30_minutes_while_changes_happen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "w.cspdesk"
    window = _window(qtbot, path, tmp_path)
    clock = FakeClock()
    window.backups.clock = clock
    _reorder(window, ["AMZN", "MSFT", "GOOGL", "META"])
    assert len(backups.list_backups(path)) == 1  # the first change backs up at once
    clock.advance(minutes=5)
    _reorder(window, ["GOOGL", "AMZN", "MSFT", "META"])
    clock.advance(minutes=5)
    _reorder(window, ["META", "GOOGL", "AMZN", "MSFT"])
    assert len(backups.list_backups(path)) == 1
    assert window.backups.timer.isActive()  # a trailing backup is scheduled for minute 30
    clock.advance(minutes=21)
    window.backups.timer.timeout.emit()
    listed = backups.list_backups(path)
    assert len(listed) == 2 and listed[0].reason == "auto"
    assert order(listed[0].path) == ["META", "GOOGL", "AMZN", "MSFT"]
    clock.advance(minutes=31)
    window.undo_stack.undo()  # an undo is a change too
    assert len(backups.list_backups(path)) == 3
    assert order(backups.list_backups(path)[0].path) == ["GOOGL", "AMZN", "MSFT", "META"]
    window.close()


def test_closing_the_window_backs_up_only_what_is_not_backed_up(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    window = _window(qtbot, path, tmp_path)
    window.backups.interval = timedelta(hours=1)
    _reorder(window, ["AMZN", "MSFT", "GOOGL", "META"])  # auto backup
    _reorder(window, ["MSFT", "GOOGL", "AMZN", "META"])  # within the hour: none
    window.close()
    listed = backups.list_backups(path)
    assert [b.reason for b in listed] == ["close", "auto"]
    assert order(listed[0].path) == ["MSFT", "GOOGL", "AMZN", "META"]
    again = _window(qtbot, path, tmp_path)
    again.close()  # nothing changed since the last backup: no new one
    assert len(backups.list_backups(path)) == 2


# ---------------------------------------------------------------------------- restoring


def test_restore_lists_backups_with_dates_and_is_undone_by_another_restore(
    qtbot: QtBot, tmp_path: Path, qtmodeltester
) -> None:
    path = tmp_path / "w.cspdesk"
    window = _window(qtbot, path, tmp_path)
    _reorder(window, ["AMZN", "MSFT", "GOOGL", "META"])
    manual = window.backups.backup("manual")
    assert manual is not None
    window.backups._policy.last_backup = datetime.now(UTC)  # no automatic backup in between
    _reorder(window, ["META", "AMZN", "MSFT", "GOOGL"])
    assert window.undo_stack.count() == 2

    dialog = RestoreDialog(path, window)
    qtmodeltester.check(dialog.model)
    rows = dialog.model.rows()
    assert [b.path for b, _ in rows] == [b.path for b in backups.list_backups(path)]
    first = dialog.model.index(0, 0)
    assert dialog.model.data(first) == local_time(rows[0][0].taken_at)
    assert "UTC" in dialog.model.data(first, 3)  # the tooltip gives the UTC time
    assert dialog.model.data(dialog.model.index(0, 2)) == "Made by hand"
    assert dialog.model.data(dialog.model.index(0, 3)) == "AMZN > MSFT > GOOGL > META"
    dialog.resize(1000, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "restore_dialog.png"))
    assert dialog.select_path(manual) and dialog.selected().path == manual
    dialog.close()

    assert restore_backup(window, manual)
    assert order(path) == ["AMZN", "MSFT", "GOOGL", "META"]
    assert window.tab_page(0).model.order() == ["AMZN", "MSFT", "GOOGL", "META"]  # reopened
    assert window.undo_stack.count() == 0
    assert "Restored the backup" in window.statusBar().currentMessage()
    before = backups.list_backups(path)[0]
    assert before.reason == "before-restore"
    assert order(before.path) == ["META", "AMZN", "MSFT", "GOOGL"]

    assert restore_backup(window, before.path)  # the undo of the restore
    assert order(path) == ["META", "AMZN", "MSFT", "GOOGL"]
    assert window.tab_page(0).model.order() == ["META", "AMZN", "MSFT", "GOOGL"]
    _reorder(window, ["MSFT", "META", "AMZN", "GOOGL"])  # the window works on the restored file
    assert order(path) == ["MSFT", "META", "AMZN", "GOOGL"]
    window.close()


def test_restore_from_the_file_menu(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.cspdesk"
    window = _window(qtbot, path, tmp_path)
    first = window.backups.backup("manual")
    _reorder(window, ["GOOGL", "MSFT", "AMZN", "META"])
    assert window.action_restore in window.file_menu.actions()
    assert window.action_restore.text() == "&Restore from Backup…"

    def accept(dialog: RestoreDialog) -> int:
        assert dialog.model.rowCount() >= 1 and dialog.restore_button.isEnabled()
        assert dialog.select_path(first)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", accept)
    window.action_restore.trigger()
    assert order(path) == SEED
    window.close()


def test_a_damaged_backup_is_not_restored(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    path = tmp_path / "w.cspdesk"
    window = _window(qtbot, path, tmp_path)
    bad = window.backups.backup("manual")
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    _reorder(window, ["GOOGL", "MSFT", "AMZN", "META"])
    assert not restore_backup(window, bad)
    assert shown and "damaged" in shown[0]
    assert order(path) == ["GOOGL", "MSFT", "AMZN", "META"]  # as it was
    assert window.tab_page(0).model.order() == ["GOOGL", "MSFT", "AMZN", "META"]
    window.close()


def test_backup_rows_for_a_workspace_without_backups(tmp_path: Path, qtmodeltester) -> None:
    model = BackupListModel(backup_rows(tmp_path / "none.cspdesk"))
    assert model.rowCount() == 0
    qtmodeltester.check(model)


# ---------------------------------------------------------------------------- csp-desk backup


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True,
                          text=True, timeout=60)


def test_cli_backup_makes_one_now_and_prints_its_path(tmp_path: Path) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        set_order(ws, ["META", "MSFT", "AMZN", "GOOGL"])
    result = _cli("backup", "--workspace", str(path))
    assert result.returncode == 0, result.stderr
    made = Path(result.stdout.strip())
    assert made.parent == backups.backup_dir(path) and made.is_file()
    assert backups.parse_name(made.name)[1] == "manual"
    assert integrity_check(made) == [] and order(made) == ["META", "MSFT", "AMZN", "GOOGL"]

    missing = tmp_path / "missing.cspdesk"
    result = _cli("backup", "--workspace", str(missing))
    assert result.returncode == 1 and "no workspace" in result.stderr
    assert not missing.exists() and not backups.backup_dir(missing).exists()
