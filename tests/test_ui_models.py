"""Table models: Qt's model tester on every model, alignment, house formats, empty for missing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt

from desktop_app.domain.capex import build_capex
from desktop_app.domain.scorecard_view import build_view
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.capex.series import quarterly_chart
from desktop_app.ui.models.capex import CapexModel, capex_rows
from desktop_app.ui.models.ranking import SnapshotEntriesModel, SnapshotsModel
from desktop_app.ui.models.research import ForecastsModel, SupplyChainModel, TargetsModel
from desktop_app.ui.models.scorecard import ScorecardModel
from desktop_app.ui.models.statements import StatementsModel
from desktop_app.ui.models.table import RowTableModel
from desktop_app.ui.ranking.list_model import RankListModel

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.open(tmp_path_factory.mktemp("models") / "m.cspdesk")
    yield workspace
    workspace.close()


def _companies(ws: Workspace) -> dict:
    return {c.ticker: c for c in ws.companies()}


def _sources(ws: Workspace) -> dict:
    return {s.note_id: s for s in ws.sources()}


def _scorecard(ws: Workspace, empty: bool = False, period_index: int = 0) -> ScorecardModel:
    model = ScorecardModel()
    if not empty:
        company, period = ws.company("MSFT"), ws.periods("MSFT")[period_index]
        defs = ws.line_defs("MSFT")
        view = build_view(defs, ws.scorecard_lines("MSFT"), period)
        model.set_view(company, period, view, defs, _sources(ws))
    return model


def _capex(ws: Workspace, empty: bool = False) -> CapexModel:
    points = [] if empty else build_capex(ws.companies(), ws.scorecard_lines(), ws.statements("capex"))
    data = quarterly_chart(ws.companies(), points, {c.ticker for c in ws.companies()}, _sources(ws))
    return CapexModel(capex_rows(data), _companies(ws))


BUILDERS: dict[str, Callable[[Workspace, bool], QAbstractItemModel]] = {
    "ranking": lambda ws, e: RankListModel([] if e else ws.ranking(), _companies(ws),
                                           {t.company: t for t in ws.targets()},
                                           None if e else ws.snapshots()[-1]),
    "snapshots": lambda ws, e: SnapshotsModel([] if e else ws.snapshots(), _sources(ws)),
    "snapshot_entries": lambda ws, e: SnapshotEntriesModel(_companies(ws), None if e else ws.snapshots()[0]),
    "scorecard": _scorecard,
    "capex": _capex,
    "targets": lambda ws, e: TargetsModel([] if e else ws.targets(), _companies(ws), _sources(ws)),
    "forecasts": lambda ws, e: ForecastsModel([] if e else ws.forecasts(), _companies(ws), _sources(ws)),
    "supply_chain": lambda ws, e: SupplyChainModel([] if e else ws.supply_chain(), _companies(ws), _sources(ws)),
    "statements": lambda ws, e: StatementsModel([] if e else ws.statements(), _companies(ws), _sources(ws)),
}


@pytest.mark.parametrize("name", BUILDERS)
def test_model_passes_qt_model_tester(qtmodeltester, ws: Workspace, name: str) -> None:
    model = BUILDERS[name](ws, False)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


@pytest.mark.parametrize("name", BUILDERS)
def test_empty_model_passes_qt_model_tester(qtmodeltester, ws: Workspace, name: str) -> None:
    model = BUILDERS[name](ws, True)
    assert model.rowCount() == 0
    qtmodeltester.check(model)


def test_reset_keeps_the_model_valid(qtmodeltester, ws: Workspace) -> None:
    model = _scorecard(ws)
    qtmodeltester.check(model)
    period, defs = ws.periods("MSFT")[-1], ws.line_defs("MSFT")
    model.set_view(ws.company("MSFT"), period, build_view(defs, ws.scorecard_lines("MSFT"), period), defs)
    qtmodeltester.check(model)


def _column(model: RowTableModel, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def _cell(model: RowTableModel, row: int, header: str, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, _column(model, header)), role)


# Scorecard formats, empty cells, parentheses, sections and source tooltips are tested on the
# editable scorecard model in tests/test_scorecard_model.py.


def test_capex_rows_are_on_calendar_quarters(ws: Workspace) -> None:
    model = _capex(ws)
    msft = next(r for r in model.rows() if r.company == "MSFT" and r.point.actual_origin == "reported")
    assert model.index(model.rows().index(msft), 2).data().startswith("F")
    assert msft.point.calendar == ws.company("MSFT").calendar_of(msft.point.fiscal)


def test_models_do_not_import_qt_widgets() -> None:
    import desktop_app.ui.models as package

    for path in Path(package.__file__).parent.glob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path.name
