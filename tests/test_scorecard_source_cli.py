"""`csp-desk scorecard set --source NOTE_ID` as a real subprocess: the figures set are cited to that
note (shown by the window's tooltip); an unknown note exits 2 and changes nothing; without --source
the figures stay "entered by <user>, <date>"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from test_coverage_cli import run_cli

from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

F4Q25 = Quarter(2025, 4)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    Workspace.open(tmp_path / "w.cspdesk").close()
    return tmp_path / "w.cspdesk"


def test_set_with_source_cites_the_note(path: Path, tmp_path: Path, qtbot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "night-job")
    ok = run_cli("scorecard", "set", "MSFT", "F4Q25", "revenue", "--actual", "77,000", "--consensus",
                 "75,000", "--source", "n000", "--where", "Figure 3", "--workspace", str(path), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "2 figure(s) changed (source: n000 · Figure 3 (entered by night-job" in ok.stdout
    with Workspace.open(path) as ws:
        found = ws.figure_provenance("MSFT")
        for field in ("actual", "consensus"):
            cited = found[("MSFT", F4Q25, "revenue", field)]
            assert (cited.note_id, cited.where, cited.entered_by) == ("n000", "Figure 3", "night-job")
        assert ("MSFT", F4Q25, "revenue", "guidance") not in found  # not set: keeps the line's source
        assert ws.scorecard_line("MSFT", F4Q25, "revenue").actual == D("77000")
        tab = ScorecardsTab(ws)
        qtbot.addWidget(tab)
        index = tab.model.index(tab.model.row_of("revenue"), tab.model.column_of(Col.ACTUAL))
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        assert "Source of this figure: n000 · Figure 3" in tip
        tab.deleteLater()


def test_set_without_source_is_entered_by_the_user(path: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    ok = run_cli("scorecard", "set", "MSFT", "F4Q25", "revenue", "--guidance", "80,000",
                 "--workspace", str(path), cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    with Workspace.open(path) as ws:
        entered = ws.figure_provenance("MSFT")[("MSFT", F4Q25, "revenue", "guidance")]
        assert entered.note_id is None and entered.entered_by == "ana"
        assert entered.describe() == f"entered by ana, {date.today().isoformat()}"


@pytest.mark.parametrize(("args", "reason"), [
    (["--actual", "1", "--source", "n999"], "No note 'n999'"),
    (["--actual", "1", "--where", "Figure 3"], "--source"),
])
def test_unknown_note_exits_2_and_changes_nothing(path: Path, tmp_path: Path, args: list[str],
                                                  reason: str) -> None:
    with Workspace.open(path) as ws:
        before = (ws.last_change_id(), ws.scorecard_line("MSFT", F4Q25, "revenue"), ws.figure_provenance())
    result = run_cli("scorecard", "set", "MSFT", "F4Q25", "revenue", *args, "--workspace", str(path),
                     cwd=tmp_path)
    assert result.returncode == 2 and reason in result.stderr, result.stderr
    with Workspace.open(path) as ws:
        assert (ws.last_change_id(), ws.scorecard_line("MSFT", F4Q25, "revenue"),
                ws.figure_provenance()) == before
