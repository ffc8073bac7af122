"""`csp-desk ranking` run as a user runs it: `python -m desktop_app ranking ...` in a subprocess,
on a real workspace file."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app.storage.workspace import Workspace

PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent
SEED = ["MSFT", "AMZN", "GOOGL", "META"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def order(path: Path) -> list[str]:
    with Workspace.open(path) as ws:
        return [e.ticker for e in ws.ranking()]


def test_prints_the_order(path: Path, tmp_path: Path) -> None:
    result = run_cli("ranking", "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split() for line in lines] == [
        ["1", "MSFT", "Microsoft"], ["2", "AMZN", "Amazon"], ["3", "GOOGL", "Alphabet"], ["4", "META", "Meta"]]
    same = run_cli("--workspace", str(path), "ranking", "show", cwd=tmp_path)  # option before too
    assert same.stdout == result.stdout


def test_set_a_permutation(path: Path, tmp_path: Path) -> None:
    result = run_cli("ranking", "set", "amzn", "MSFT", "META", "GOOGL", "--note", "AWS re-accelerating",
                     "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].split() == ["1", "AMZN", "Amazon"]
    assert order(path) == ["AMZN", "MSFT", "META", "GOOGL"]
    with Workspace.open(path) as ws:
        entry = ws.change_log(1)[0]
        rationale = {e.ticker: e.rationale for e in ws.ranking()}
    assert entry.kind == "ranking"
    assert "AWS re-accelerating" in entry.summary and "(command line)" in entry.summary
    assert rationale["GOOGL"] == "AI search and regulatory worries are gradually de-risked"  # kept


def test_setting_the_same_order_writes_nothing(path: Path, tmp_path: Path) -> None:
    with Workspace.open(path) as ws:
        before = len(ws.change_log())
    result = run_cli("ranking", "set", *SEED, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0 and "nothing changed" in result.stdout
    with Workspace.open(path) as ws:
        assert len(ws.change_log()) == before


@pytest.mark.parametrize(("tickers", "message"), [
    (["MSFT", "MSFT", "AMZN", "GOOGL"], "duplicate tickers: MSFT"),
    (["MSFT", "AMZN", "GOOGL"], "missing META"),
    (["MSFT", "AMZN", "GOOGL", "META", "ORCL"], "not covered ORCL"),
    (["MSFT", "AMZN", "GOOGL", "NVDA"], "missing META; not covered NVDA"),
])
def test_anything_but_a_permutation_exits_2_and_changes_nothing(path: Path, tmp_path: Path,
                                                                tickers: list[str], message: str) -> None:
    before = path.read_bytes()
    result = run_cli("ranking", "set", *tickers, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert message in result.stderr and "not changed" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
    assert order(path) == SEED


def test_set_without_tickers_is_a_usage_error(path: Path, tmp_path: Path) -> None:
    result = run_cli("ranking", "set", "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2 and "TICKER" in result.stderr
    assert order(path) == SEED


def test_snapshot(path: Path, tmp_path: Path) -> None:
    result = run_cli("ranking", "snapshot", "3Q25 review", "--note", "after the October prints",
                     "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    today = datetime.date.today().isoformat()
    assert result.stdout.strip() == f'Saved snapshot 3 "3Q25 review" ({today}): MSFT > AMZN > GOOGL > META'
    with Workspace.open(path) as ws:
        latest = ws.snapshots()[-1]
    assert (latest.label, latest.taken_on, latest.note) == ("3Q25 review", today, "after the October prints")
    dated = run_cli("ranking", "snapshot", "x", "--date", "2025-10-30", "--workspace", str(path), cwd=tmp_path)
    assert dated.returncode == 0 and "(2025-10-30)" in dated.stdout


@pytest.mark.parametrize("args", [["   "], ["x", "--date", "2025-13-01"], ["x", "--date", "soon"]])
def test_bad_snapshots_exit_2(path: Path, tmp_path: Path, args: list[str]) -> None:
    result = run_cli("ranking", "snapshot", *args, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith("csp-desk: error:")
    with Workspace.open(path) as ws:
        assert len(ws.snapshots()) == 2


def test_a_file_that_is_not_a_workspace_exits_1(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello", encoding="utf-8")
    result = run_cli("ranking", "--workspace", str(bogus), cwd=tmp_path)
    assert result.returncode == 1 and "not a CSP Desk workspace" in result.stderr
    assert bogus.read_text(encoding="utf-8") == "hello"
