"""`csp-desk company`, `line` and `scorecard` as a user runs them (real subprocesses on a real
workspace file): bad input exits 2 with the reason and leaves the file unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest

import desktop_app
from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace

PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def _changes(path: Path) -> int:
    with Workspace.open(path) as ws:
        return ws.last_change_id()


def test_company_list_and_add(path: Path, tmp_path: Path) -> None:
    listed = run_cli("company", "list", "--workspace", str(path), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [line.split()[0] for line in listed.stdout.splitlines()] == ["MSFT", "AMZN", "GOOGL", "META"]
    assert "FY ends month 6" in listed.stdout.splitlines()[0]
    added = run_cli("company", "add", "orcl", "--name", "Oracle", "--fy-end", "5", "--name-zh", "甲骨文",
                    "--workspace", str(path), cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    with Workspace.open(path) as ws:
        oracle = ws.company("ORCL")
        assert (oracle.name_en, oracle.name_zh, oracle.fy_end_month) == ("Oracle", "甲骨文", 5)
        assert ws.ranking()[-1].ticker == "ORCL"
    assert "ORCL" in run_cli("company", "list", "--workspace", str(path), cwd=tmp_path).stdout


@pytest.mark.parametrize(("args", "reason"), [
    (["ORCL", "--name", "Oracle", "--fy-end", "13"], "1-12"),
    (["ORCL", "--name", "Oracle", "--fy-end", "May"], "1-12"),
    (["ORCL", "--name", " ", "--fy-end", "5"], "--name"),
    (["MSFT", "--name", "Microsoft", "--fy-end", "6"], "already covered"),
    (["BAD TICKER", "--name", "x", "--fy-end", "5"], "not a ticker"),
])
def test_company_add_refuses_bad_input_with_status_2(path: Path, tmp_path: Path, args, reason) -> None:
    before = _changes(path)
    result = run_cli("company", "add", *args, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2 and reason in result.stderr and "Nothing was changed" in result.stderr
    assert _changes(path) == before


def test_line_list_and_add(path: Path, tmp_path: Path) -> None:
    listed = run_cli("line", "list", "GOOGL", "--workspace", str(path), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "google_cloud_revenue" in listed.stdout and "Google Cloud" in listed.stdout
    added = run_cli("line", "add", "META", "threads_dau", "--label", "Threads DAU", "--kind", "amount",
                    "--polarity", "higher", "--section", "Key metrics", "--unit", "mn people",
                    "--workspace", str(path), cwd=tmp_path)
    assert added.returncode == 0, added.stderr
    with Workspace.open(path) as ws:
        line = ws.line_defs("META")[-1]
        assert (line.key, line.label, line.section, line.unit_text) == ("threads_dau", "Threads DAU",
                                                                        "Key metrics", "mn people")
    rate = run_cli("line", "add", "meta", "dap_growth", "--label", "DAP YoY", "--kind", "rate",
                   "--polarity", "higher", "--workspace", str(path), cwd=tmp_path)
    assert rate.returncode == 0, rate.stderr
    assert "dap_growth" in run_cli("line", "list", "META", "--workspace", str(path), cwd=tmp_path).stdout


@pytest.mark.parametrize(("args", "reason"), [
    (["NOPE", "x", "--label", "X", "--kind", "amount", "--polarity", "higher"], "not a covered company"),
    (["META", "Bad Key", "--label", "X", "--kind", "amount", "--polarity", "higher"], "line key"),
    (["META", "x", "--label", "X", "--kind", "money", "--polarity", "higher"], "--kind"),
    (["META", "x", "--label", "X", "--kind", "rate", "--polarity", "up"], "polarity"),
    (["META", "capex", "--label", "X", "--kind", "amount", "--polarity", "neutral"], "already has"),
    (["META", "x", "--label", " ", "--kind", "amount", "--polarity", "higher"], "needs a label"),
])
def test_line_add_refuses_bad_input_with_status_2(path: Path, tmp_path: Path, args, reason) -> None:
    before = _changes(path)
    result = run_cli("line", "add", *args, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2 and reason in result.stderr, result.stderr
    assert _changes(path) == before


def test_scorecard_show_prints_the_window_view(path: Path, tmp_path: Path) -> None:
    from desktop_app.domain.scorecard_view import Col, build_view
    from desktop_app.ui.formats import fmt_cell

    for period in ("F4Q25", "2Q25", "F4Q25 · 2Q25"):
        result = run_cli("scorecard", "show", "msft", period, "--workspace", str(path), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0].startswith("Microsoft (MSFT) F4Q25 · 2Q25")
    printed_rows = [x for x in result.stdout.splitlines() if x.startswith("  ")]
    with Workspace.open(path) as ws:
        sections = build_view(ws.line_defs("MSFT"), ws.scorecard_lines("MSFT"), Quarter(2025, 4))
    rows = [row for section in sections for row in section.rows]
    assert len(printed_rows) == len(rows)
    for row, printed in zip(rows, printed_rows):  # every line, with the window's figures and diffs
        assert printed.strip().startswith(row.definition.label)
        for col in (Col.ACTUAL, Col.CONSENSUS, Col.DIFF, Col.GUIDANCE, Col.VS_GUIDANCE):
            assert fmt_cell(row.cells[col]) in printed
    assert "76,441" in printed_rows[0] and "3% beat" in printed_rows[0]


def test_scorecard_set_writes_one_transaction_and_refuses_bad_input(path: Path, tmp_path: Path) -> None:
    ok = run_cli("scorecard", "set", "MSFT", "F1Q26", "revenue", "--actual", "77,673", "--consensus",
                 "(15)", "--workspace", str(path), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "2 figure(s) changed" in ok.stdout
    with Workspace.open(path) as ws:
        line = ws.scorecard_line("MSFT", Quarter(2026, 1), "revenue")
        assert (line.actual, line.consensus) == (D("77673"), D("-15"))
        assert "(command line)" in ws.change_log(1)[0].summary
    before = _changes(path)
    for args, reason in [
        (["MSFT", "F1Q26", "revenue", "--actual", "12abc"], "not a number"),
        (["MSFT", "F1Q26", "revenue"], "at least one of"),
        (["MSFT", "F1Q26", "nope", "--actual", "1"], "has no line 'nope'"),
        (["MSFT", "Q5", "revenue", "--actual", "1"], "not a quarter label"),
        (["MSFT", "F1Q26 · 4Q25", "revenue", "--actual", "1"], "is calendar 3Q25"),
        (["XYZ", "F1Q26", "revenue", "--actual", "1"], "not a covered company"),
    ]:
        result = run_cli("scorecard", "set", *args, "--workspace", str(path), cwd=tmp_path)
        assert result.returncode == 2 and reason in result.stderr, (args, result.stderr)
    assert _changes(path) == before
    missing = run_cli("scorecard", "show", "GOOGL", "3Q25", "--workspace", str(path), cwd=tmp_path)
    assert missing.returncode == 2 and "GOOGL has no 3Q25" in missing.stderr
