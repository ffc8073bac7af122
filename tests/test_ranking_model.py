"""The ranking list model: Qt's model tester, moveRows and dropMimeData in every direction, and
the guarantees that no drop can replace or duplicate a name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from desktop_app.domain.ranking import RankEntry
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.models.ranking import (
    ChangeLogModel,
    ComparisonModel,
    SnapshotEntriesModel,
    SnapshotsModel,
)
from desktop_app.ui.ranking.list_model import (
    MIME_TYPE,
    MOVE_ROLE,
    RATING_ROLE,
    RATIONALE_ROLE,
    UPSIDE_COMPUTED_ROLE,
    UPSIDE_ROLE,
    UPSIDE_TIP_ROLE,
    RankListModel,
)

ORDER = ["MSFT", "AMZN", "GOOGL", "META"]
ROOT = QModelIndex()
MOVE = Qt.DropAction.MoveAction


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.open(tmp_path_factory.mktemp("rk") / "m.cspdesk")
    yield workspace
    workspace.close()


@pytest.fixture
def model(qtmodeltester, ws: Workspace) -> RankListModel:
    built = RankListModel(ws.ranking(), {c.ticker: c for c in ws.companies()},
                          {t.company: t for t in ws.targets()}, ws.snapshots()[-1])
    assert built.order() == ORDER
    qtmodeltester.check(built)  # the tester stays attached and checks every move below
    return built


def _drop(model: RankListModel, source_row: int, row: int, action=MOVE, parent=ROOT) -> bool:
    data = model.mimeData([model.index(source_row)])
    return model.dropMimeData(data, action, row, 0, parent)


# -- the model tester on every model of the Ranking tab -------------------------------------------
def test_history_models_pass_the_model_tester(qtmodeltester, ws: Workspace) -> None:
    companies = {c.ticker: c for c in ws.companies()}
    snapshots = ws.snapshots()
    from desktop_app.domain.comparison import compare

    for built in (
        SnapshotsModel(snapshots, {s.note_id: s for s in ws.sources()}),
        SnapshotEntriesModel(companies, snapshots[0]),
        ComparisonModel(companies, compare(snapshots[0], snapshots[1])),
        ChangeLogModel(ws.change_log()),
        RankListModel([]),
    ):
        qtmodeltester.check(built)
    assert ComparisonModel(companies, compare(snapshots[0], snapshots[1])).rowCount() == 4


def test_rows_show_rank_name_rating_upside_move_and_rationale(model: RankListModel) -> None:
    first = model.index(0)
    assert first.data() == "1. Microsoft (MSFT)"
    assert first.data(RATING_ROLE) == "OP"
    # 660 / 534 - 1 = 23.6%: computed, and the note's printed 24% is in the tooltip.
    assert first.data(UPSIDE_ROLE) == "23.6%"
    assert first.data(UPSIDE_COMPUTED_ROLE) is True
    assert "24%" in first.data(UPSIDE_TIP_ROLE) and "660" in first.data(UPSIDE_TIP_ROLE)
    assert model.index(1).data(UPSIDE_ROLE) == "19.7%"  # 280 / 234 - 1
    # No target for Alphabet or Meta in the notes: empty, never 0.
    assert model.index(2).data(UPSIDE_ROLE) == ""
    assert model.index(2).data(RATING_ROLE) == ""
    assert [model.index(r).data(MOVE_ROLE) for r in range(4)] == ["="] * 4
    assert model.index(0).data(RATIONALE_ROLE).startswith("Best industry position")


def test_moves_since_the_snapshot_and_new_names(ws: Workspace) -> None:
    model = RankListModel([RankEntry(t) for t in ["AMZN", "MSFT", "GOOGL", "ORCL"]],
                          reference=ws.snapshots()[-1])
    assert [model.index(r).data(MOVE_ROLE) for r in range(4)] == ["▲1", "▼1", "=", "new"]
    assert RankListModel([RankEntry("MSFT")]).index(0).data(MOVE_ROLE) == ""  # no snapshot yet


def test_drop_only_on_the_root_and_move_only(model: RankListModel) -> None:
    assert model.flags(ROOT) & Qt.ItemFlag.ItemIsDropEnabled
    for row in range(model.rowCount()):
        flags = model.flags(model.index(row))
        assert not flags & Qt.ItemFlag.ItemIsDropEnabled
        assert flags & Qt.ItemFlag.ItemIsDragEnabled
    assert model.supportedDropActions() == MOVE
    assert model.supportedDragActions() == MOVE


# -- moveRows --------------------------------------------------------------------------------------
@pytest.mark.parametrize(("source", "destination", "expected"), [
    (1, 0, ["AMZN", "MSFT", "GOOGL", "META"]),  # up one
    (1, 3, ["MSFT", "GOOGL", "AMZN", "META"]),  # down one (lands before row 3)
    (3, 0, ["META", "MSFT", "AMZN", "GOOGL"]),  # to the top
    (0, 4, ["AMZN", "GOOGL", "META", "MSFT"]),  # to the bottom
])
def test_move_rows(model: RankListModel, source: int, destination: int, expected: list[str]) -> None:
    moved = model.order()[source]
    assert model.moveRows(ROOT, source, 1, ROOT, destination)
    assert model.order() == expected
    assert model.index(expected.index(moved)).data(MOVE_ROLE) != "="


@pytest.mark.parametrize(("source", "count", "destination"), [
    (1, 1, 1), (1, 1, 2),  # onto itself: before itself or just after it
    (-1, 1, 0), (4, 1, 0), (0, 1, 5), (0, 1, -1),  # out of range
    (0, 2, 3), (0, 0, 3),  # not exactly one row
])
def test_move_rows_refuses_no_ops_and_bad_ranges(model: RankListModel, source: int, count: int,
                                                 destination: int) -> None:
    assert not model.moveRows(ROOT, source, count, ROOT, destination)
    assert model.order() == ORDER


def test_move_rows_refuses_child_indexes(model: RankListModel) -> None:
    assert not model.moveRows(model.index(0), 0, 1, ROOT, 2)
    assert not model.moveRows(ROOT, 0, 1, model.index(1), 0)
    assert model.order() == ORDER


def test_a_mover_receives_the_new_order_instead(model: RankListModel) -> None:
    asked: list[tuple[list[str], str]] = []
    model.mover = lambda order, ticker: asked.append((order, ticker)) or False
    assert not model.moveRows(ROOT, 3, 1, ROOT, 2)
    assert asked == [(["MSFT", "AMZN", "META", "GOOGL"], "META")]
    assert model.order() == ORDER  # the mover said no: nothing moved


# -- dropMimeData ----------------------------------------------------------------------------------
def test_mime_data_names_the_dragged_ticker(model: RankListModel) -> None:
    data = model.mimeData([model.index(2)])
    assert data.hasFormat(MIME_TYPE)
    assert model.mimeTypes() == [MIME_TYPE]
    assert data.text() == "Alphabet"


@pytest.mark.parametrize(("source", "row", "expected"), [
    (2, 1, ["MSFT", "GOOGL", "AMZN", "META"]),  # up
    (0, 2, ["AMZN", "MSFT", "GOOGL", "META"]),  # down
    (3, 0, ["META", "MSFT", "AMZN", "GOOGL"]),  # to the top
    (1, 4, ["MSFT", "GOOGL", "META", "AMZN"]),  # to the bottom
    (1, -1, ["MSFT", "GOOGL", "META", "AMZN"]),  # below the last row: the end
])
def test_drop_mime_data_moves(model: RankListModel, source: int, row: int, expected: list[str]) -> None:
    assert _drop(model, source, row)
    assert model.order() == expected
    assert sorted(model.order()) == sorted(ORDER)


@pytest.mark.parametrize(("source", "row"), [(1, 1), (1, 2), (0, 5), (0, -2), (3, 99)])
def test_drop_onto_itself_or_out_of_range_changes_nothing(model: RankListModel, source: int,
                                                         row: int) -> None:
    assert not _drop(model, source, row)
    assert model.order() == ORDER


def test_drops_that_would_replace_or_copy_are_refused(model: RankListModel) -> None:
    assert not _drop(model, 0, 2, action=Qt.DropAction.CopyAction)
    assert not _drop(model, 0, -1, parent=model.index(2))  # onto a row: would replace it
    foreign = QMimeData()
    foreign.setText("MSFT")
    assert not model.dropMimeData(foreign, MOVE, 0, 0, ROOT)
    unknown = QMimeData()
    unknown.setData(MIME_TYPE, b'["ORCL"]')
    assert not model.dropMimeData(unknown, MOVE, 0, 0, ROOT)
    garbage = QMimeData()
    garbage.setData(MIME_TYPE, b"not json")
    assert not model.dropMimeData(garbage, MOVE, 0, 0, ROOT)
    assert not model.dropMimeData(model.mimeData([model.index(0)]), MOVE, 0, 1, ROOT)  # column 1
    assert model.order() == ORDER and model.rowCount() == 4


def test_set_entries_inserts_removes_and_resets(qtmodeltester, model: RankListModel) -> None:
    entries = model.entries()
    model.set_entries([*entries, RankEntry("ORCL", "new name")])
    assert model.order() == [*ORDER, "ORCL"]
    model.set_entries(entries[1:])
    assert model.order() == ORDER[1:]
    model.set_entries(list(reversed(entries)))  # not a single move: a reset
    assert model.order() == list(reversed(ORDER))
    assert model.row_of("ORCL") == -1


def test_rationale_first_line_and_tooltip() -> None:
    model = RankListModel([RankEntry("MSFT", "\n  Azure leads  \nsecond line")])
    assert model.index(0).data(RATIONALE_ROLE) == "Azure leads"
    assert "second line" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
