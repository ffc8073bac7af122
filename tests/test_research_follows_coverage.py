"""The Research tab follows coverage changes live (issue 11): a company covered from the Ranking tab's
Add name… or the Scorecards tab's Add Company… shows in Figure 1's table with its latest price,
target and upside as soon as it has one, and leaves it on undo, without reopening the workspace."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.companies import Company
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import research_actions
from desktop_app.ui.commands.market import MarketEntry
from desktop_app.ui.main_window import MainWindow


def _rows(model) -> list[str]:  # noqa: ANN001
    return [" | ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
            for r in range(model.rowCount())]


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("CSP_DESK_USER", "ana")
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:  # Oracle was covered once, with a price and a target
        ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
        ws.add_price("ORCL", D("200"), date.today(), "tester")
        ws.add_target("ORCL", D("260"), date.today(), "tester", rating="OP")
        ws.remove_company("ORCL")
    win = MainWindow(Workspace.open(path))
    qtbot.addWidget(win)
    return win


def test_a_company_covered_again_from_the_ranking_shows_in_figure_1(window: MainWindow) -> None:
    ranking, research = window.tab_page(0), window.tab_page(3)
    printed = research.targets_model.rowCount()
    assert not any("ORCL" in r for r in _rows(research.targets_model))
    assert ranking.add_name(Company("ORCL", "Oracle", "甲骨文", 5, "OCI"))
    oracle = [r for r in _rows(research.targets_model) if "(ORCL)" in r]
    assert len(oracle) == 1 and research.targets_model.rowCount() == printed + 1
    cells = oracle[0].split(" | ")
    assert cells[0] == "Oracle (ORCL)" and cells[1].startswith("OP")
    assert cells[2] == "200" and cells[5] == "260" and cells[8] == "30.0%"  # 260 / 200 − 1, computed
    assert cells[7] == "" and cells[9] == "" and cells[-1] == ""  # nothing printed, no note cited
    window.undo_stack.undo()
    assert research.targets_model.rowCount() == printed
    assert not any("ORCL" in r for r in _rows(research.targets_model))


def test_a_company_added_from_scorecards_shows_once_it_has_a_price(window: MainWindow) -> None:
    scorecards, research = window.tab_page(1), window.tab_page(3)
    printed = research.targets_model.rowCount()
    assert scorecards.add_company(Company("NVDA", "Nvidia", "輝達", 1, ""))
    assert research.targets_model.rowCount() == printed  # nothing to show for it yet
    assert research_actions.push_entry(window, MarketEntry(company="NVDA", value=D("180"), as_of=date.today(),
                                                           user="ana"), target=False)
    nvda = [r for r in _rows(research.targets_model) if "(NVDA)" in r]
    assert len(nvda) == 1 and nvda[0].startswith("Nvidia (NVDA) | ") and " | 180 | " in nvda[0]
    window.undo_stack.undo()  # the price
    assert research.targets_model.rowCount() == printed
