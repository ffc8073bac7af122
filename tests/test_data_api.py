"""The analysts' data API (desktop_app.api): tidy frames with real dtypes whose figures are the
workbook's and the domain's, snapshot semantics, older / newer / foreign files, and
`csp-desk export OUT.csv|OUT.parquet --table NAME`."""

from __future__ import annotations

import gc
import math
import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from desktop_app.api import TABLES, open_workspace
from desktop_app.cli_commands.export import TABLE_NAMES
from desktop_app.domain.calc import NOT_MEANINGFUL, diff
from desktop_app.domain.capex import build_capex
from desktop_app.domain.metrics import Kind
from desktop_app.domain.periods import Quarter
from desktop_app.domain.scorecard_view import Col, Origin, build_view
from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.storage.errors import NewerVersionError, NotAWorkspaceError, WorkspaceMissingError
from desktop_app.storage.schema import target_version
from desktop_app.storage.workspace import Workspace

DATA = Path(__file__).parent / "data"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "w.cspdesk"
    Workspace.open(p).close()
    return p


def _num(value: object) -> float:
    return float("nan") if value is None else float(value)  # type: ignore[arg-type]


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or a == pytest.approx(b, rel=1e-12, abs=1e-12)


def test_every_frame_has_real_dtypes(path: Path) -> None:
    with open_workspace(path) as data:
        cards = data.scorecards()
        for column in ("actual", "consensus", "guidance", "actual_vs_consensus", "yoy", "qoq"):
            assert cards[column].dtype == "float64", column
        assert cards["fiscal_year"].dtype == "Int64"
        assert str(cards["calendar_quarter"].dtype) == "period[Q-DEC]"
        for column in ("company", "line", "block", "kind", "verdict_vs_consensus", "yoy_origin"):
            assert isinstance(cards[column].dtype, pd.CategoricalDtype), column
        assert cards["source"].notna().all()
        assert not cards["actual"].map(type).eq(str).any()
        capex = data.capex()
        assert capex["capex"].dtype == "float64" and capex["derived"].dtype == "bool"
        ranks = data.rankings()
        assert ranks["taken_on"].dtype == "datetime64[ns]" and ranks["rank"].dtype == "Int64"
        targets = data.targets()
        assert targets["target"].dtype == "float64" and targets["as_of"].dtype == "datetime64[ns]"
        assert str(targets["entered_at"].dtype) == "datetime64[ns, UTC]"
        notes = data.notes()
        assert notes["citations"].dtype == "Int64" and notes["published"].dtype == "datetime64[ns]"
        for name, table in TABLES.items():
            assert len(table(data)) > 0, name
    assert TABLE_NAMES == tuple(TABLES)  # what `export --table` offers is what the API has


def _workbook_rows(book: Path) -> list[dict[str, object]]:
    sheet = openpyxl.load_workbook(book)[L.SCORECARDS]
    header = [c.value for c in sheet[L.HEADER_ROW]]
    rows = []
    for row in sheet.iter_rows(min_row=L.HEADER_ROW + 1):
        values = {h: c for h, c in zip(header, row) if h}
        if values[L.COL_TICKER].value is None:
            break
        rows.append(values)
    return rows


def _workbook_diff(cell: object, kind: str) -> tuple[float, str]:
    """A diff cell of the workbook as the frame holds it: percent / ppts, and its origin."""
    value = cell.value  # type: ignore[attr-defined]
    if value == NOT_MEANINGFUL:
        return float("nan"), "n.m."
    if value is None:
        return float("nan"), ""
    origin = "printed" if cell.font.i else "computed"  # type: ignore[attr-defined]
    return (float(value) if kind == "rate" else float(value) * 100), origin


def test_scorecards_show_the_workbooks_figures(path: Path, tmp_path: Path) -> None:
    with Workspace.open(path) as ws:  # a figure edited after the seed moves both alike
        ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "consensus", Decimal("75000"))
        export_workbook(ws, tmp_path / "book.xlsx")
    with open_workspace(path) as data:
        cards = data.scorecards()
    rows = _workbook_rows(tmp_path / "book.xlsx")
    assert len(rows) == len(cards) > 100
    compared = 0
    for row, (_, frame) in zip(rows, cards.iterrows()):
        assert (row[L.COL_TICKER].value, row[L.COL_LINE_KEY].value) == (frame.company, frame.line)
        assert frame.fiscal_period in str(row[L.COL_QUARTER].value)
        assert row[L.COL_SOURCE].value == frame.source
        kind = frame.kind
        for column, field in L.VALUE_COLUMNS.items():
            book = _num(row[column].value) * (100 if kind == "rate" else 1)
            assert _same(book, frame[field]), (row[column].coordinate, frame[field])
        has_actual = not math.isnan(frame.actual) or math.isnan(frame.guidance)
        diff_field = "actual_vs_consensus" if has_actual else "guidance_vs_consensus"
        for column, field in ((L.COL_DIFF, diff_field), (L.COL_YOY, "yoy"), (L.COL_QOQ, "qoq"),
                              (L.COL_VS_GUIDANCE, "actual_vs_guidance")):
            value, origin = _workbook_diff(row[column], kind)
            assert _same(value, frame[field]), (row[column].coordinate, value, frame[field])
            assert origin == (frame[f"{field}_origin"] if pd.notna(frame[f"{field}_origin"]) else ""), \
                row[column].coordinate
            compared += not math.isnan(value)
    assert compared > 150  # the seed: 185 diffs with a value
    edited = cards[(cards.company == "MSFT") & (cards.line == "revenue") & (cards.fiscal_period == "F4Q25")]
    assert edited.consensus.item() == 75000
    assert edited.actual_vs_consensus.item() == pytest.approx(
        float(diff(Decimal(int(edited.actual.item())), Decimal(75000), Kind.AMOUNT)))


def test_scorecards_show_the_windows_figures(path: Path) -> None:
    """Every figure of the reported quarter in the window's scorecard view (domain.scorecard_view)
    is the frame's; where the window shows the note's print although the inputs exist (only unrounded
    inputs reproduce it), so does the frame (origin "printed", the print also in `printed_*`).
    Every surface at once: tests/test_one_figure.py."""
    with Workspace.open(path) as ws:
        views = [(c.ticker, period, build_view(ws.line_defs(c.ticker), ws.scorecard_lines(c.ticker), period))
                 for c in ws.companies() for period in ws.periods(c.ticker)]
    with open_workspace(path) as data:
        cards = data.scorecards().set_index(["company", "line", "fiscal_year", "fiscal_quarter"])
    columns = {Col.ACTUAL: "actual", Col.CONSENSUS: "consensus", Col.GUIDANCE: "guidance",
               Col.DIFF: "actual_vs_consensus", Col.YOY: "yoy", Col.QOQ: "qoq",
               Col.VS_GUIDANCE: "actual_vs_guidance"}
    compared = shown_printed = 0
    for ticker, period, sections in views:
        for row in (r for s in sections for r in s.rows):
            if row.line is None or row.line.actual is None:
                continue
            frame = cards.loc[(ticker, row.key, period.year, period.quarter)]
            for col, name in columns.items():
                cell = row.cells[col]
                window = _num(cell.value)
                assert _same(window, frame[name]), (ticker, period, row.key, name, window, frame[name])
                if cell.shows_printed and cell.origin is Origin.COMPUTED:
                    assert _same(window, frame[f"printed_{name}"]), (ticker, period, row.key, name)
                    assert frame[f"{name}_origin"] == "printed", (ticker, period, row.key, name)
                    shown_printed += 1
                compared += 1
    assert compared > 300 and shown_printed > 0


def test_capex_points_are_the_domains(path: Path) -> None:
    with Workspace.open(path) as ws:
        points = build_capex(ws.companies(include_removed=True), ws.scorecard_lines(), ws.statements())
    with open_workspace(path) as data:
        capex = data.capex()
    assert len(capex) == len(points) > 0
    for point, (_, row) in zip(points, capex.iterrows()):
        assert row.company == point.company
        assert row.calendar_quarter == pd.Period(f"{point.calendar.year}Q{point.calendar.quarter}", "Q-DEC")
        assert _same(_num(point.value), row.capex) and _same(_num(point.vs_consensus), row.vs_consensus)
        assert row.derived == point.is_derived
        assert (row.basis == "derived") == point.is_derived


def test_rankings_hold_every_snapshot_and_now_in_long_format(path: Path) -> None:
    with Workspace.open(path) as ws:
        entries = ws.ranking()
        ws.set_ranking([entries[1], entries[0], *entries[2:]], "swap the first two")
        snapshots, now = ws.snapshots(), [e.ticker for e in ws.ranking()]
    with open_workspace(path) as data:
        ranks = data.rankings()
    assert len(ranks) == sum(len(s.entries) for s in snapshots) + len(now)
    current = ranks[ranks.is_current].sort_values("rank")
    assert list(current.company) == now and current.snapshot_id.isna().all()
    assert current.taken_on.iloc[0] == pd.Timestamp(data.read_at.date())
    for snap in snapshots:
        rows = ranks[ranks.snapshot_id == snap.snapshot_id].sort_values("rank")
        assert list(rows.company) == snap.order
        assert set(rows.taken_on_text.fillna("")) == {snap.taken_on}
    partial = ranks[ranks.taken_on_text.str.len() == 7]  # "2025-02": no day, so no invented date
    assert partial.taken_on.isna().all()


def test_targets_and_prices_keep_their_dates_and_sources(path: Path) -> None:
    with Workspace.open(path) as ws:
        ws.add_target("MSFT", Decimal("700"), date(2025, 9, 1), "ana", rating="OP")
        ws.add_price("MSFT", Decimal("510.5"), date(2025, 9, 2), "ana")
        citations = ws.note_citations()
    with open_workspace(path) as data:
        targets, prices, notes = data.targets(), data.prices(), data.notes()
    msft = targets[targets.company == "MSFT"]
    assert list(msft.target) == [660.0, 700.0]
    latest = msft.iloc[-1]
    assert latest.as_of == pd.Timestamp("2025-09-01") and latest.rating == "OP"
    assert latest.entered_by == "ana" and latest.entered_at.tzinfo is not None
    assert msft.iloc[0].source == "n001 · Figure 1" and pd.isna(msft.iloc[0].as_of)
    assert prices[prices.company == "MSFT"].price.iloc[-1] == 510.5
    assert dict(zip(notes.note_id, notes.citations)) == {k: len(v) for k, v in citations.items()}


def test_a_frame_shows_the_workspace_as_it_was_read(path: Path) -> None:
    data = open_workspace(path)
    try:
        with Workspace.open(path) as ws:  # the window keeps writing while the API object is open
            ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "actual", Decimal("80000"))
        before = data.scorecards()
    finally:
        data.close()
    with open_workspace(path) as again:
        after = again.scorecards()
    pick = (before.company == "MSFT") & (before.line == "revenue") & (before.fiscal_period == "F4Q25")
    assert before[pick].actual.item() == 76441 and after[pick].actual.item() == 80000


def test_an_older_workspace_is_read_upgraded_and_left_as_it_was(tmp_path: Path) -> None:
    old = tmp_path / "v1.cspdesk"
    shutil.copy(DATA / "workspace_v1.cspdesk", old)
    before = old.read_bytes()
    with open_workspace(old) as data:
        assert len(data.scorecards()) > 0 and len(data.rankings()) > 0
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1.cspdesk"]


def test_a_newer_or_foreign_or_missing_file_is_refused_unchanged(path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {target_version() + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerVersionError):
        open_workspace(path)
    assert path.read_bytes() == before
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAWorkspaceError):
        open_workspace(other)
    with pytest.raises(WorkspaceMissingError):
        open_workspace(tmp_path / "none.cspdesk")
    assert not (tmp_path / "none.cspdesk").exists()


def _cli(*args: str, cwd: Path, prelude: str = "pass") -> subprocess.CompletedProcess[str]:
    code = (f"import sys; {prelude}; from desktop_app.cli import main; rc = main(sys.argv[1:]); "
            "print('PANDAS' if 'pandas' in sys.modules else 'NO-PANDAS'); sys.exit(rc)")
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)


@pytest.mark.slow
def test_the_window_and_the_cli_do_not_import_pandas(path: Path, tmp_path: Path) -> None:
    for args in (["--workspace", str(path), "--quit-after-paint"], ["--workspace", str(path), "ranking"],
                 ["--workspace", str(path), "export", str(tmp_path / "b.xlsx")]):
        done = _cli(*args, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().endswith("NO-PANDAS"), (args, done.stdout)
    done = _cli("--workspace", str(path), "export", str(tmp_path / "c.csv"), "--table", "capex", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.strip().endswith("PANDAS"), done.stderr


@pytest.mark.slow
def test_export_table_writes_csv_and_parquet_with_the_frames_figures(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "cards.csv"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--workspace", str(path), "export",
                           str(out), "--table", "scorecards"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == out.resolve()
    with open_workspace(path) as data:
        cards = data.scorecards()
    written = pd.read_csv(out)
    assert list(written.columns) == list(cards.columns) and len(written) == len(cards)
    assert written["actual"].equals(cards["actual"]) and written["yoy"].equals(cards["yoy"])
    pytest.importorskip("pyarrow")
    parquet = tmp_path / "cards.parquet"
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--workspace", str(path), "export",
                           str(parquet), "--table", "scorecards"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    back = pd.read_parquet(parquet)
    assert back["actual"].equals(cards["actual"]) and back["company"].dtype == "category"


def test_export_table_says_what_is_missing(path: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "t.parquet"
    done = _cli("--workspace", str(path), "export", str(parquet), "--table", "targets", cwd=tmp_path,
                prelude="sys.modules['pyarrow'] = None")
    assert done.returncode == 1 and "pyarrow" in done.stderr and not parquet.exists()
    done = _cli("--workspace", str(path), "export", str(tmp_path / "t.csv"), cwd=tmp_path)
    assert done.returncode == 2 and "--table" in done.stderr
    done = _cli("--workspace", str(path), "export", str(tmp_path / "t.xlsx"), "--table", "capex", cwd=tmp_path)
    assert done.returncode == 2 and not (tmp_path / "t.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.cspdesk"]


def test_scorecards_leave_the_garbage_collector_as_they_found_it(path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """scorecards() pauses the cyclic collector while it builds its rows (for speed): it must
    switch it back on only if it was on, also when building fails."""
    import desktop_app.api.scorecards as scorecards

    assert gc.isenabled()
    with open_workspace(path) as data:
        expected = data.scorecards()
        try:
            gc.disable()
            pd.testing.assert_frame_equal(data.scorecards(), expected)
            assert not gc.isenabled()
        finally:
            gc.enable()
        seen: list[bool] = []

        def failing(*args: object) -> object:
            seen.append(gc.isenabled())
            raise RuntimeError("labels failed")

        monkeypatch.setattr(scorecards, "period_labels", failing)
        with pytest.raises(RuntimeError, match="labels failed"):
            data.scorecards()
        assert seen == [False]  # paused while the rows were built
        assert gc.isenabled()
