"""`csp-desk export` and `csp-desk import`, run as a user runs them: in a subprocess."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

import desktop_app
from desktop_app.domain.periods import Quarter
from desktop_app.io import excel_layout as L
from desktop_app.storage.workspace import Workspace

PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), environ.get("PYTHONPATH", "")) if p)
    environ["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    return path


def _log_count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute("SELECT count(*) FROM change_log").fetchone()[0]


def test_export_prints_the_path_and_writes_every_sheet(workspace: Path, tmp_path: Path) -> None:
    result = run_cli("export", "summary", "--workspace", str(workspace), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = tmp_path / "summary.xlsx"  # the suffix is added
    assert result.stdout == f"{out.resolve()}\n"
    assert result.stderr == ""
    assert openpyxl.load_workbook(out).sheetnames == list(L.SHEETS)


def test_export_refuses_an_unwritable_target_and_keeps_what_is_there(workspace: Path, tmp_path: Path) -> None:
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    result = run_cli("--workspace", str(workspace), "export", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    assert "it is a folder" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert folder.is_dir() and not any(folder.iterdir())


def test_export_to_another_format_is_a_usage_error(workspace: Path, tmp_path: Path) -> None:
    result = run_cli("export", "summary.txt", "--workspace", str(workspace), cwd=tmp_path)
    assert result.returncode == 2
    assert "must end in .xlsx" in result.stderr
    assert not (tmp_path / "summary.txt").exists()
    result = run_cli("export", "summary.csv", "--workspace", str(workspace), cwd=tmp_path)
    assert result.returncode == 2  # a .csv is one table of the data API: it needs --table NAME
    assert "needs --table" in result.stderr
    assert not (tmp_path / "summary.csv").exists()


def test_import_dry_run_prints_old_and_new_and_writes_nothing(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    assert run_cli("export", str(out), "--workspace", str(workspace), cwd=tmp_path).returncode == 0
    wb = openpyxl.load_workbook(out)
    wb[L.SCORECARDS]["E5"] = 77000  # MSFT F4Q25 revenue, actual
    wb.save(out)
    before = _log_count(workspace)

    dry = run_cli("import", str(out), "--dry-run", "--workspace", str(workspace), cwd=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "Scorecards!E5  MSFT F4Q25 · 2Q25 Revenue, actual: 76,441 → 77,000",
        "1 figure would change (dry run: nothing was written).",
    ]
    assert _log_count(workspace) == before

    real = run_cli("import", str(out), "--workspace", str(workspace), cwd=tmp_path)
    assert real.returncode == 0, real.stderr
    assert real.stdout.splitlines()[-1] == f"Imported 1 figure into {workspace} in one change."
    assert _log_count(workspace) == before + 1
    with Workspace.open(workspace) as ws:
        assert ws.scorecard_line("MSFT", Quarter(2025, 4), "revenue").actual == Decimal("77000")

    again = run_cli("import", str(out), "--workspace", str(workspace), cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout.startswith("No changes:")


def test_import_of_a_bad_workbook_exits_1_names_the_cell_and_changes_nothing(
    workspace: Path, tmp_path: Path
) -> None:
    out = tmp_path / "summary.xlsx"
    assert run_cli("export", str(out), "--workspace", str(workspace), cwd=tmp_path).returncode == 0
    wb = openpyxl.load_workbook(out)
    wb[L.SCORECARDS]["F9"] = "about 34"
    wb.save(out)
    before = _log_count(workspace)
    result = run_cli("import", str(out), "--workspace", str(workspace), cwd=tmp_path)
    assert result.returncode == 1
    assert "Scorecards!F9: 'about 34' is text, not a number" in result.stderr
    assert "Traceback" not in result.stderr
    assert _log_count(workspace) == before


def test_import_of_a_missing_file(workspace: Path, tmp_path: Path) -> None:
    result = run_cli("import", "nothing.xlsx", "--workspace", str(workspace), cwd=tmp_path)
    assert result.returncode == 1
    assert "nothing.xlsx: no such file" in result.stderr


def test_import_preview_names_an_emptied_cell_in_the_chosen_language(workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.xlsx"
    assert run_cli("export", str(out), "--workspace", str(workspace), cwd=tmp_path).returncode == 0
    wb = openpyxl.load_workbook(out)
    wb[L.SCORECARDS]["E5"] = None  # MSFT F4Q25 revenue, actual, cleared
    wb.save(out)
    for language, said in (("en", ": 76,441 → empty"), ("zh_TW", "：76,441 → 空白")):
        dry = run_cli("--language", language, "import", str(out), "--dry-run", "--workspace", str(workspace),
                      cwd=tmp_path)
        assert dry.returncode == 0, dry.stderr
        assert dry.stdout.splitlines()[0].endswith(said)
