"""Issue 10 item 7: a user's input never ends in a traceback. Bad dates and non-UTF-8 arguments are
refused (exit 2) before any work; long names work or fail with a message; output to a console that
cannot show a character never fails after the work was done; anything unexpected writes a log file
and says where it is. Real CLI subprocesses for what the user sees."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.storage.workspace import Workspace

APP = [sys.executable, "-m", "desktop_app"]
BAD_DATES = ["20250801", "2025-W31-1", "2025-02-30", "2025-8-1", "2025-08", "٢٠٢٥-٠٨-٠١"]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.update(extra)
    return env


def _run(*args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*APP, *args], capture_output=True, text=True, timeout=120,
                          env=env or _env(), errors="backslashreplace")


def _counts(path: Path) -> tuple[int, int]:
    with Workspace.open(path) as workspace:
        return len(workspace.snapshots()), len(workspace.change_log())


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    return path


def test_snapshot_dates_other_than_yyyy_mm_dd_exit_2_and_save_nothing(seeded: Path) -> None:
    before = _counts(seeded)
    for date in BAD_DATES:
        result = _run("--workspace", str(seeded), "ranking", "snapshot", "x", "--date", date)
        assert result.returncode == 2, (date, result.stdout, result.stderr)
        assert "YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr
        assert result.stdout == ""
    assert _counts(seeded) == before
    ok = _run("--workspace", str(seeded), "ranking", "snapshot", "x", "--date", "2025-08-01")
    assert ok.returncode == 0 and "(2025-08-01)" in ok.stdout
    assert _counts(seeded)[0] == before[0] + 1


def test_storage_refuses_the_same_dates_as_the_command_line(seeded: Path) -> None:
    with Workspace.open(seeded) as workspace:
        count = len(workspace.snapshots())
        for date in BAD_DATES:
            with pytest.raises(ValueError, match="2025-08-01"):
                workspace.save_snapshot("x", "", date)
        assert len(workspace.snapshots()) == count
        assert workspace.save_snapshot("x", "", "2025-08-01").taken_on == "2025-08-01"


def test_a_label_or_note_that_is_not_utf8_exits_2_before_any_work(seeded: Path) -> None:
    before = _counts(seeded)
    for args in ([b"ranking", b"snapshot", b"caf\xe9"],
                 [b"ranking", b"snapshot", b"x", b"--note", b"\xff\xfe"],
                 [b"ranking", b"set", b"MSFT", b"AMZN", b"GOOGL", b"META", b"--note", b"caf\xe9"]):
        result = subprocess.run([*(a.encode() for a in APP), b"--workspace", os.fsencode(seeded), *args],
                                capture_output=True, timeout=120, env=_env())
        stderr = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 2, stderr
        assert "not UTF-8" in stderr and "Traceback" not in stderr and result.stdout == b""
    assert _counts(seeded) == before


def test_a_249_character_workspace_name_and_a_250_character_export_name(tmp_path: Path) -> None:
    path = tmp_path / ("w" * 241 + ".cspdesk")
    assert len(path.name) == 249
    created = _run("--workspace", str(path), "ranking")
    assert created.returncode == 0, created.stderr
    assert path.is_file() and "MSFT" in created.stdout
    backup = _run("--workspace", str(path), "backup")  # its backups folder's name is too long
    assert backup.returncode in (0, 1) and "Traceback" not in backup.stderr
    if backup.returncode:
        assert "No backup was made" in backup.stderr
    out = tmp_path / ("x" * 245 + ".xlsx")
    assert len(out.name) == 250
    exported = _run("--workspace", str(path), "export", str(out))
    assert exported.returncode == 0, exported.stderr
    assert out.stat().st_size > 0 and exported.stdout.strip() == str(out.resolve())
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary files left
    window = _run("--workspace", str(path), "--quit-after-paint")
    assert window.returncode == 0 and "Traceback" not in window.stderr


def test_a_name_too_long_for_the_file_system_is_a_message(tmp_path: Path) -> None:
    path = tmp_path / ("w" * 300 + ".cspdesk")
    for args in (["ranking"], ["check"], ["backup"], ["export", str(tmp_path / "o.xlsx")]):
        result = _run("--workspace", str(path), *args)
        assert result.returncode == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr and "Unexpected error" not in result.stderr
        assert "too long" in result.stderr or "Cannot read" in result.stderr, result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C"}])
def test_a_console_that_cannot_show_the_text_never_makes_a_command_fail(
        tmp_path: Path, env: dict[str, str]) -> None:
    folder = tmp_path / "Präsentation ✓"
    folder.mkdir()
    path = folder / "wörk.cspdesk"
    Workspace.open(path).close()
    before = _counts(path)
    runs = [
        _run("--workspace", str(path), "ranking", "snapshot", "Überblick ✓", "--note", "naïve",
             env=_env(**env)),
        _run("--workspace", str(path), "backup", env=_env(**env)),
        _run("--workspace", str(path), "export", str(folder / "résumé.xlsx"), env=_env(**env)),
        _run("--workspace", str(path), "check", env=_env(**env)),
    ]
    for result in runs:
        assert result.returncode == 0, (result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and result.stdout.strip()
    assert "\\xdc" in runs[0].stdout or "\\u" in runs[0].stdout or "Überblick" in runs[0].stdout
    assert _counts(path)[0] == before[0] + 1  # exactly one snapshot: a retry is never needed
    assert (folder / "résumé.xlsx").is_file()


def test_utf8_arguments_under_a_c_locale_without_utf8_mode(seeded: Path) -> None:
    """Python then decodes argv as ASCII: the label's UTF-8 bytes are read back as the text they
    spell, stored once, and printed escaped."""
    env = _env(LC_ALL="C", LANG="C", PYTHONUTF8="0", PYTHONCOERCECLOCALE="0")
    env.pop("PYTHONIOENCODING", None)
    before = _counts(seeded)
    result = _run("--workspace", str(seeded), "ranking", "snapshot", "Überblick ✓", env=env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Saved snapshot" in result.stdout
    with Workspace.open(seeded) as workspace:
        assert workspace.snapshots()[-1].label == "Überblick ✓"
    assert _counts(seeded)[0] == before[0] + 1


@pytest.mark.parametrize("damage", [
    "UPDATE statements SET text_en = CAST(X'4175726520C3' AS TEXT) WHERE id = (SELECT min(id) FROM statements)",
    "UPDATE statements SET value = '3.6S' WHERE value IS NOT NULL AND id = "
    "(SELECT min(id) FROM statements WHERE value IS NOT NULL)",
])
def test_a_value_that_no_longer_reads_is_damage_for_check_backup_and_export(
        seeded: Path, damage: str) -> None:
    """SQLite's integrity check passes these (it does not look inside values); every read of the
    row fails. check, backup and export agree: damaged, with a message."""
    import sqlite3

    conn = sqlite3.connect(seeded)
    assert conn.execute(damage).rowcount == 1
    conn.commit()
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    check = _run("--workspace", str(seeded), "check")
    assert check.returncode == 1 and "DAMAGED" in check.stderr and "statements" in check.stderr
    backup = _run("--workspace", str(seeded), "backup")
    assert backup.returncode == 1 and "No backup was made" in backup.stderr
    export = _run("--workspace", str(seeded), "export", str(seeded.with_name("o.xlsx")))
    assert export.returncode == 1 and "damaged" in export.stderr
    for result in (check, backup, export):
        assert "Traceback" not in result.stderr and "Unexpected error" not in result.stderr
    assert not seeded.with_name("o.xlsx").exists()


UNEXPECTED = """
import sys
import desktop_app.paths as paths
def broken():
    raise RuntimeError("boom from a test")
paths.data_dir = broken
from desktop_app.cli import main
sys.exit(main(["info"]))
"""


def test_an_unexpected_error_writes_a_log_and_says_where(tmp_path: Path) -> None:
    data_home = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", UNEXPECTED], capture_output=True, text=True,
                            timeout=120, env=_env(XDG_DATA_HOME=str(data_home)))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Unexpected error (RuntimeError: boom from a test)" in result.stderr
    logs = sorted((data_home / "csp-desk" / "logs").glob(f"csp-desk-*-{'*'}.log"))
    assert len(logs) == 1 and str(logs[0]) in result.stderr
    text = logs[0].read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "RuntimeError: boom from a test" in text


def test_a_closed_stdout_is_not_a_traceback(seeded: Path) -> None:
    process = subprocess.Popen([*APP, "--workspace", str(seeded), "ranking"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=_env())
    assert process.stdout is not None
    process.stdout.close()  # the reader went away (`| head -0`)
    _, stderr = process.communicate(timeout=120)
    assert b"Traceback" not in stderr
    assert process.returncode in (0, 1)
