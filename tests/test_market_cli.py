"""`csp-desk price set` and `csp-desk target set` as real subprocesses: they record dated market
data with its author; bad input exits 2 with the reason and changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from test_ranking_cli import run_cli

from desktop_app.storage.workspace import Workspace


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def _fingerprint(path: Path) -> tuple[int, int, int]:
    with Workspace.open(path) as ws:
        return ws.last_change_id(), len(ws.prices()), len(ws.target_history())


def test_price_set_records_a_dated_price(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "night-job")
    result = run_cli("price", "set", "msft", "512.30", "--date", "2025-08-04", "--workspace", str(path),
                     cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "MSFT share price 512.30 as of 2025-08-04" in result.stdout
    assert "upside to target 660: 28.8%" in result.stdout  # 660 / 512.30 - 1
    with Workspace.open(path) as ws:
        latest = ws.prices("MSFT")[-1]
        assert (latest.price, latest.as_of) == (D("512.30"), date(2025, 8, 4))
        assert latest.provenance.entered_by == "night-job"
        assert ws.change_log(1)[0].kind == "price"
    listed = run_cli("price", "list", "MSFT", "--workspace", str(path), cwd=tmp_path)
    assert "2025-08-04" in listed.stdout and "entered by night-job" in listed.stdout
    assert "date not given" in listed.stdout  # Figure 1's price: the note prints no date


def test_target_set_with_rating_and_source(path: Path, tmp_path: Path) -> None:
    result = run_cli("target", "set", "AMZN", "300", "--date", "2025-08-05", "--rating", "OP",
                     "--source", "n001", "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with Workspace.open(path) as ws:
        latest = ws.target_history("AMZN")[-1]
        assert (latest.target, latest.rating, latest.provenance.note_id) == (D("300"), "OP", "n001")
        assert ws.market_views()["AMZN"].upside == (D(300) / D(234) - 1) * 100


@pytest.mark.parametrize(("args", "reason"), [
    (["price", "set", "XXX", "10", "--date", "2025-08-04"], "Unknown ticker"),
    (["price", "set", "MSFT", "ten", "--date", "2025-08-04"], "PRICE"),
    (["price", "set", "MSFT", "0", "--date", "2025-08-04"], "above zero"),
    (["price", "set", "MSFT", "10", "--date", "2025-02-30"], "--date"),
    (["price", "set", "MSFT", "10", "--date", "2999-01-01"], "future"),
    (["price", "set", "MSFT", "10"], "--date"),
    (["target", "set", "MSFT", "700", "--date", "2025-08-04", "--source", "n999"], "No note"),
    (["target", "set", "MSFT", "(700)", "--date", "2025-08-04"], "above zero"),
])
def test_bad_input_exits_2_and_changes_nothing(path: Path, tmp_path: Path, args: list[str], reason: str) -> None:
    before = _fingerprint(path)
    result = run_cli(*args, "--workspace", str(path), cwd=tmp_path)
    assert result.returncode == 2
    assert reason in result.stderr
    assert _fingerprint(path) == before
