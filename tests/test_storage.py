"""The workspace file: creation, seeding, reads, transactional writes and their change log."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.line_def import LineDef
from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.periods import Quarter
from desktop_app.domain.ranking import RankEntry, RankingError, Snapshot, SnapshotEntry
from desktop_app.domain.research import Target
from desktop_app.domain.research_tables import Forecast, SupplyChainEntry
from desktop_app.domain.scorecard import Printed, ScorecardLine
from desktop_app.domain.statements import CloudRead, Statement
from desktop_app.io.seed_data import SeedData, load_seed
from desktop_app.storage import schema
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import SaveError, Workspace, WorkspaceError

N0, N1 = "n000", "n001"
F4Q25 = Quarter(2025, 4)  # Microsoft fiscal = calendar 2Q25
Q2_25 = Quarter(2025, 2)


def small_seed() -> SeedData:
    """A hand-built data set with awkward decimals, a sector statement and two snapshots."""
    ref = SourceRef(N1, "Figure 2", 120)
    companies = [
        Company("MSFT", "Microsoft", "微軟", 6, "Azure"),
        Company("AMZN", "Amazon", "亞馬遜", 12, "AWS"),
        Company("GOOGL", "Alphabet", "谷歌", 12, "Google Cloud"),
    ]
    lines = [
        LineDef("MSFT", "revenue", "Revenue", "營收", "P&L", Kind.AMOUNT, Polarity.HIGHER_IS_BETTER, 1),
        LineDef("MSFT", "op_income", "Operating income", "營業利益", "P&L", Kind.AMOUNT,
                Polarity.HIGHER_IS_BETTER, 2),
        LineDef("MSFT", "op_margin", "Operating margin", "營業利益率", "Margins", Kind.RATE,
                Polarity.HIGHER_IS_BETTER, 3, "op_income", "revenue"),
        LineDef("MSFT", "eps", "EPS", "EPS", "P&L", Kind.PER_SHARE, Polarity.HIGHER_IS_BETTER, 4),
        LineDef("AMZN", "capex", "Capex", "資本支出", "Capex", Kind.AMOUNT, Polarity.NEUTRAL, 1),
        LineDef("AMZN", "tax_rate", "Tax rate", "稅率", "Margins", Kind.RATE, Polarity.LOWER_IS_BETTER, 2),
    ]
    scorecard = [
        ScorecardLine("MSFT", F4Q25, "revenue", Decimal("76441"), Decimal("73810"), Decimal("73700"),
                      Printed(Decimal("3.6"), None, None, Decimal("18"), Decimal("9.5")), ref),
        ScorecardLine("MSFT", F4Q25, "op_margin", Decimal("44.9"), Decimal("43.10"), None,
                      Printed(Decimal("1.8"), None, None, Decimal("-2.0"), None), ref),
        ScorecardLine("MSFT", F4Q25, "eps", Decimal("3.65"), Decimal("3.37"), None, source=ref,
                      remark="GAAP"),
        ScorecardLine("MSFT", Quarter(2026, 1), "revenue", None, Decimal("75330"), Decimal("75000"),
                      source=SourceRef(N1, "Figure 2", None)),
        ScorecardLine("AMZN", Q2_25, "capex", Decimal("32183"), Decimal("26000"), None,
                      Printed(Decimal("23.8"), yoy=Decimal("-15")), SourceRef(N1, "Figure 3", 200)),
        ScorecardLine("AMZN", Q2_25, "tax_rate", Decimal("0.10"), None, None, source=None),
    ]
    return SeedData(
        sources=[
            Source(N0, "000_a.txt", "KGI", "2025-02", "四大CSP 4Q24", "Big four CSPs 4Q24"),
            Source(N1, "001_b.txt", "KGI", "", "微軟與亞馬遜", "Microsoft and Amazon C2Q25"),
        ],
        companies=companies,
        lines=lines,
        scorecard=scorecard,
        forecasts=[
            Forecast("AMZN", "2025", "revenue", Decimal("700000.0"), "US$mn", Decimal("-0.5"),
                     SourceRef(N1, "Figure 1", 30)),
            Forecast("MSFT", "FY26", "eps", Decimal("15.60"), "US$", None, SourceRef(N1, "Figure 1", 31)),
        ],
        targets=[
            Target("MSFT", "Outperform", Decimal("513.24"), Decimal("3815.0"), Decimal("600"),
                   Decimal("520"), Decimal("16.9"), Decimal("15.4"), "35x FY26 EPS", "33x", "",
                   SourceRef(N1, "Figure 1", 28)),
            Target("AMZN", "", None, None, None, None, None, None, "", "", "not rated",
                   SourceRef(N1, "Figure 1", 29)),
        ],
        supply_chain=[
            SupplyChainEntry("MSFT", "2301 TT", "光寶科", "Lite-On", "分析師", "優於大盤", "Outperform",
                             Decimal("120.5"), "<10", "電源", "Power supplies",
                             SourceRef(N1, "Figure 4", 300)),
            SupplyChainEntry("AMZN", "2317 TT", "鴻海", "Hon Hai", "分析師", "", "", None, "",
                             "伺服器", "Servers", SourceRef(N1, "Figure 5", 310)),
        ],
        statements=[
            Statement("n000-capex-amzn", "capex", "AMZN", "4Q24", "capex_yoy", Decimal("91"), "%",
                      "資本支出年增 91%", "Capex +91% YoY", SourceRef(N0, "p.2", 40)),
            Statement("n000-risk", "risk", None, "", "", None, "", "風險", "Risks",
                      SourceRef(N0, "p.5", None)),
        ],
        cloud_reads=[
            CloudRead(N0, "4Q24", 1, "AMZN", "AWS", "持穩", "steady", Decimal("0.2"), "ppts",
                      SourceRef(N0, "p.1", 10)),
            CloudRead(N0, "4Q24", 2, "MSFT", "Azure", "放緩", "slowing", None, "", SourceRef(N0, "p.1", 11)),
        ],
        snapshots=[
            Snapshot(1, "4Q24 review", "2025-02", "KGI after 4Q24", (
                SnapshotEntry(1, "MSFT", "Best positioned", "最佳定位"),
                SnapshotEntry(2, "GOOGL", "Search worries", "搜尋疑慮"),
                SnapshotEntry(3, "AMZN", "Tariffs", "關稅"),
            ), N0),
            Snapshot(2, "2Q25 review", "2025-08", "KGI after C2Q25", (
                SnapshotEntry(1, "MSFT", "Azure leads", "Azure 領先"),
                SnapshotEntry(2, "AMZN", "Valuation", "評價"),
                SnapshotEntry(3, "GOOGL", "De-risked", "降低風險"),
            ), N1),
        ],
    )


@pytest.fixture
def seed() -> SeedData:
    return small_seed()


@pytest.fixture
def ws(make_workspace, seed: SeedData):
    """The small seed in a workspace of each backend in turn (file, PostgreSQL)."""
    workspace = open_workspace(make_workspace(seed))
    yield workspace
    workspace.close()


@pytest.fixture
def file_ws(tmp_path: Path, seed: SeedData):
    """Only a file: for what SQLite's file does (full disk, locks, Save a Copy)."""
    workspace = Workspace.open(tmp_path / "ws.cspdesk", seed)
    yield workspace
    workspace.close()


def _by_key(lines: list[ScorecardLine]) -> list[ScorecardLine]:
    return sorted(lines, key=lambda s: (s.company, s.period, s.line))


def assert_matches_seed(ws: Workspace, seed: SeedData) -> None:
    assert ws.sources() == seed.sources
    assert ws.companies() == seed.companies
    for company in seed.companies:
        expected = sorted((d for d in seed.lines if d.company == company.ticker),
                          key=lambda d: (d.position, d.key))
        assert ws.line_defs(company.ticker) == expected
        mine = [s for s in seed.scorecard if s.company == company.ticker]
        assert ws.periods(company.ticker) == sorted({s.period for s in mine})
        assert _by_key(ws.scorecard_lines(company.ticker)) == _by_key(mine)
    assert _by_key(ws.scorecard_lines()) == _by_key(seed.scorecard)
    assert ws.forecasts() == seed.forecasts
    assert ws.targets() == seed.targets
    assert ws.supply_chain() == seed.supply_chain
    assert ws.statements() == seed.statements
    assert ws.cloud_reads() == seed.cloud_reads
    assert ws.snapshots() == seed.snapshots
    latest = seed.snapshots[-1]
    assert ws.ranking() == [RankEntry(e.ticker, e.rationale) for e in latest.entries]


# ---------------------------------------------------------------------------- creating and reading


def test_create_sets_up_the_file(tmp_path: Path, seed: SeedData) -> None:
    path = tmp_path / "deep" / "folder" / "ws.cspdesk"
    with Workspace.open(path, seed) as ws:
        assert path.is_file()
        conn = ws._conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == Workspace.SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert ws.schema_version == Workspace.SCHEMA_VERSION == schema.SCHEMA_VERSION
        assert ws.meta()["app_id"] == "csp-desk"
        assert conn.isolation_level is None
        [created] = ws.change_log()
        assert created.kind == "create" and created.at.endswith("+00:00")
        assert ws.quick_check() == "ok"


def test_reads_return_what_was_seeded(ws: Workspace, seed: SeedData) -> None:
    assert_matches_seed(ws, seed)
    assert [c.ticker for c in ws.companies()] == ["MSFT", "AMZN", "GOOGL"]
    assert ws.company("MSFT").fy_end_month == 6
    with pytest.raises(KeyError):
        ws.company("NOPE")
    assert ws.snapshots()[0].entries[1].reason_zh == "搜尋疑慮"
    assert ws.snapshots()[-1].source_note == N1
    assert [s.key for s in ws.statements("risk")] == ["n000-risk"]
    assert ws.statements("risk")[0].company is None
    assert [s.line for s in ws.scorecard_lines("MSFT", F4Q25)] == ["revenue", "op_margin", "eps"]
    assert ws.scorecard_line("MSFT", F4Q25, "eps").remark == "GAAP"
    assert ws.scorecard_line("MSFT", F4Q25, "capex") is None


def test_ranking_defaults_to_coverage_order_without_snapshots(tmp_path: Path, seed: SeedData) -> None:
    seed.snapshots = []
    with Workspace.open(tmp_path / "ws.cspdesk", seed) as ws:
        assert ws.ranking() == [RankEntry("MSFT"), RankEntry("AMZN"), RankEntry("GOOGL")]


def test_reopen_keeps_data_and_does_not_reseed(tmp_path: Path, seed: SeedData) -> None:
    path = tmp_path / "ws.cspdesk"
    with Workspace.open(path, seed) as ws:
        ws.set_ranking([RankEntry("GOOGL", "cheap"), RankEntry("MSFT", "x"), RankEntry("AMZN")], "")
        ws.set_scorecard_value("MSFT", F4Q25, "eps", "actual", Decimal("3.70"))
    other = small_seed()
    other.companies = other.companies[:1]
    with Workspace.open(path, other) as ws:
        assert [e.ticker for e in ws.ranking()] == ["GOOGL", "MSFT", "AMZN"]
        assert ws.ranking()[0].rationale == "cheap"
        assert str(ws.scorecard_line("MSFT", F4Q25, "eps").actual) == "3.70"
        assert len(ws.companies()) == 3
        assert [e.kind for e in ws.change_log()] == ["scorecard", "ranking", "create"]


def test_the_shipped_data_set_round_trips(tmp_path: Path) -> None:
    seed = load_seed()
    with Workspace.open(tmp_path / "shipped.cspdesk") as ws:  # default seed: load_seed()
        assert_matches_seed(ws, seed)
        assert ws.quick_check() == "ok"


def test_empty_file_is_treated_as_new(tmp_path: Path, seed: SeedData) -> None:
    path = tmp_path / "empty.cspdesk"
    path.write_bytes(b"")
    with Workspace.open(path, seed) as ws:
        assert ws.companies() == seed.companies


def test_failed_creation_leaves_no_file(tmp_path: Path, seed: SeedData) -> None:
    seed.scorecard.append(ScorecardLine("MSFT", F4Q25, "no_such_line", Decimal("1")))
    path = tmp_path / "bad.cspdesk"
    with pytest.raises(WorkspaceError):
        Workspace.open(path, seed)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------- decimals


def test_decimals_are_stored_as_exact_text(ws: Workspace) -> None:
    where = " FROM scorecard_lines WHERE company = 'MSFT' AND fiscal_year = 2025 AND fiscal_quarter = 4"
    typeof = "typeof" if not ws.is_remote else "pg_typeof"  # PostgreSQL: the column's type
    raw = {
        (line, field): (typeof, value)
        for line, field, typeof, value in ws._conn.execute(
            f"SELECT line, 'actual', CAST({typeof}(actual) AS TEXT), actual" + where
            + f" UNION ALL SELECT line, 'consensus', CAST({typeof}(consensus) AS TEXT), consensus" + where
            + f" UNION ALL SELECT line, 'yoy', CAST({typeof}(printed_yoy) AS TEXT), printed_yoy" + where
        )
    }
    assert raw[("revenue", "actual")] == ("text", "76441")
    assert raw[("eps", "actual")] == ("text", "3.65")
    assert raw[("op_margin", "consensus")] == ("text", "43.10")
    assert raw[("op_margin", "yoy")] == ("text", "-2.0")
    line = ws.scorecard_line("MSFT", F4Q25, "op_margin")
    assert str(line.consensus) == "43.10" and str(line.printed.yoy) == "-2.0"
    assert str(ws.scorecard_line("AMZN", Q2_25, "tax_rate").actual) == "0.10"
    assert str(ws.forecasts()[0].value) == "700000.0"


@pytest.mark.parametrize("text", ["3.650", "-0.0", "1E+3", "0.0000001", "123456789012345678901234.5"])
def test_decimal_edits_round_trip(ws: Workspace, text: str) -> None:
    ws.set_scorecard_value("MSFT", F4Q25, "eps", "actual", Decimal(text))
    value = ws.scorecard_line("MSFT", F4Q25, "eps").actual
    assert value == Decimal(text)
    if "E+" in text:  # stored in plain notation: '1000'
        assert str(value) == "1000"
    else:  # same digits, same exponent: the printed precision survives
        assert value.as_tuple() == Decimal(text).as_tuple()


def test_non_finite_and_float_values_are_refused(ws: Workspace) -> None:
    for bad in (Decimal("NaN"), Decimal("Infinity")):
        with pytest.raises(ValueError):
            ws.set_scorecard_value("MSFT", F4Q25, "eps", "actual", bad)
    with pytest.raises(TypeError):
        ws.set_scorecard_value("MSFT", F4Q25, "eps", "actual", 3.65)  # type: ignore[arg-type]
    assert str(ws.scorecard_line("MSFT", F4Q25, "eps").actual) == "3.65"


# ---------------------------------------------------------------------------- writes


def _traced(ws: Workspace) -> list[str]:
    statements: list[str] = []
    ws._conn.set_trace_callback(statements.append)
    return statements


def _one_transaction(statements: list[str]) -> None:
    begin = statements[0]  # SQLite: BEGIN IMMEDIATE; PostgreSQL: BEGIN, then the write lock
    assert begin in ("BEGIN IMMEDIATE", "BEGIN")
    assert statements[-1] == "COMMIT"
    assert sum(s == begin for s in statements) == 1
    assert sum(s == "COMMIT" for s in statements) == 1
    assert any(s.startswith("INSERT INTO change_log") for s in statements)


def test_set_ranking_is_one_transaction_with_a_log_row(ws: Workspace) -> None:
    before = ws.ranking()
    statements = _traced(ws)
    new = [RankEntry("AMZN", "AWS reaccelerates"), RankEntry("MSFT", "Azure"), RankEntry("GOOGL", "")]
    ws.set_ranking(new, "AMZN to the top after 2Q25")
    _one_transaction(statements)
    assert ws.ranking() == new
    entry = ws.change_log(limit=1)[0]
    assert (entry.kind, entry.summary) == ("ranking", "AMZN to the top after 2Q25")
    detail = json.loads(entry.detail)
    assert [e["ticker"] for e in detail["old"]] == [e.ticker for e in before]
    assert detail["new"][0] == {"ticker": "AMZN", "rationale": "AWS reaccelerates"}


def test_set_ranking_unchanged_writes_nothing(ws: Workspace) -> None:
    count = len(ws.change_log())
    ws.set_ranking(ws.ranking(), "same")
    assert len(ws.change_log()) == count


@pytest.mark.parametrize("order", [
    ["MSFT", "AMZN"],  # missing one
    ["MSFT", "AMZN", "AMZN"],  # duplicate
    ["MSFT", "AMZN", "GOOGL", "META"],  # not covered
    ["MSFT", "AMZN", "ORCL"],
])
def test_set_ranking_refuses_bad_orders(ws: Workspace, order: list[str]) -> None:
    before, log = ws.ranking(), ws.change_log()
    with pytest.raises(RankingError):
        ws.set_ranking([RankEntry(t) for t in order], "bad")
    assert ws.ranking() == before and ws.change_log() == log


def test_save_snapshot(ws: Workspace) -> None:
    ws.set_ranking([RankEntry("GOOGL", "g"), RankEntry("AMZN", "a"), RankEntry("MSFT", "m")], "")
    statements = _traced(ws)
    snap = ws.save_snapshot("3Q25 review", "after the October prints", "2025-10-31")
    _one_transaction(statements[: statements.index("COMMIT") + 1])
    assert snap.snapshot_id == 3
    assert snap.order == ["GOOGL", "AMZN", "MSFT"] and snap.rationale_of("AMZN") == "a"
    assert (snap.label, snap.note, snap.taken_on, snap.source_note) == (
        "3Q25 review", "after the October prints", "2025-10-31", "")
    assert ws.snapshots()[-1] == snap and len(ws.snapshots()) == 3
    entry = ws.change_log(limit=1)[0]
    assert entry.kind == "snapshot" and "3Q25 review" in entry.summary
    assert json.loads(entry.detail)["new"]["snapshot_id"] == 3
    for label, taken_on in (("  ", "2025-10-31"), ("x", "31/10/2025")):
        with pytest.raises(ValueError):
            ws.save_snapshot(label, "", taken_on)
    assert len(ws.snapshots()) == 3


def test_set_scorecard_value_updates_and_logs(ws: Workspace) -> None:
    statements = _traced(ws)
    ws.set_scorecard_value("MSFT", F4Q25, "revenue", "consensus", Decimal("73900"))
    _one_transaction(statements)
    line = ws.scorecard_line("MSFT", F4Q25, "revenue")
    assert line.consensus == Decimal("73900") and line.actual == Decimal("76441")
    assert line.source == SourceRef(N1, "Figure 2", 120)
    entry = ws.change_log(limit=1)[0]
    assert entry.kind == "scorecard" and "F4Q25" in entry.summary
    detail = json.loads(entry.detail)
    assert (detail["old"], detail["new"], detail["field"]) == ("73810", "73900", "consensus")
    ws.set_scorecard_value("MSFT", F4Q25, "revenue", "consensus", None)
    assert ws.scorecard_line("MSFT", F4Q25, "revenue").consensus is None
    assert json.loads(ws.change_log(limit=1)[0].detail)["new"] is None


def test_set_scorecard_value_creates_a_missing_row(ws: Workspace) -> None:
    period = Quarter(2026, 1)
    assert ws.scorecard_line("MSFT", period, "eps") is None
    ws.set_scorecard_value("MSFT", period, "eps", "guidance", Decimal("3.70"))
    created = ws.scorecard_line("MSFT", period, "eps")
    assert created == ScorecardLine("MSFT", period, "eps", guidance=Decimal("3.70"))
    assert json.loads(ws.change_log(limit=1)[0].detail)["created"] is True
    assert period in ws.periods("MSFT")
    count = len(ws.change_log())
    ws.set_scorecard_value("MSFT", Quarter(2026, 2), "eps", "actual", None)  # nothing to clear
    ws.set_scorecard_value("MSFT", period, "eps", "guidance", Decimal("3.70"))  # unchanged
    assert len(ws.change_log()) == count
    assert ws.scorecard_line("MSFT", Quarter(2026, 2), "eps") is None


@pytest.mark.parametrize("company, line, field", [
    ("MSFT", "capex", "actual"),  # line defined for AMZN only
    ("NOPE", "revenue", "actual"),
    ("MSFT", "revenue", "printed_yoy"),
])
def test_set_scorecard_value_refuses_bad_targets(ws: Workspace, company: str, line: str, field: str) -> None:
    log = ws.change_log()
    with pytest.raises(ValueError):
        ws.set_scorecard_value(company, F4Q25, line, field, Decimal("1"))
    assert ws.change_log() == log


def test_add_and_remove_company(ws: Workspace) -> None:
    meta = Company("META", "Meta", "Meta", 12, "")
    ws.add_company(meta)
    assert ws.companies()[-1] == meta
    assert ws.ranking()[-1] == RankEntry("META")
    assert ws.change_log(limit=1)[0].kind == "coverage"
    with pytest.raises(RankingError):
        ws.add_company(meta)
    for bad in (Company("  ", "x", "", 12, ""), Company("ORCL", "Oracle", "", 13, ""),
                Company("ORCL", "Oracle", "", 0, "")):
        with pytest.raises(ValueError):
            ws.add_company(bad)

    snapshots = ws.snapshots()
    ws.remove_company("GOOGL")
    assert [c.ticker for c in ws.companies()] == ["MSFT", "AMZN", "META"]
    assert [e.ticker for e in ws.ranking()] == ["MSFT", "AMZN", "META"]
    assert ws.snapshots() == snapshots  # history keeps GOOGL
    assert ws.company("GOOGL").name_en == "Alphabet"
    assert "GOOGL" in [c.ticker for c in ws.companies(include_removed=True)]
    with pytest.raises(RankingError):
        ws.remove_company("GOOGL")
    ws.remove_company("META")
    ws.remove_company("AMZN")
    with pytest.raises(RankingError, match="last"):
        ws.remove_company("MSFT")
    ws.add_company(Company("GOOGL", "Alphabet", "谷歌", 12, "Google Cloud"))
    assert [e.ticker for e in ws.ranking()] == ["MSFT", "GOOGL"]
    assert ws.quick_check() == "ok"


def test_change_log_is_append_only(ws: Workspace) -> None:
    for sql in ("UPDATE change_log SET summary = 'x'", "DELETE FROM change_log"):
        with pytest.raises(sqlite3.IntegrityError):
            ws._conn.execute(sql)
    assert len(ws.change_log()) == 1


# ---------------------------------------------------------------------------- failures


def _state(ws: Workspace) -> tuple:
    return (ws.ranking(), ws.snapshots(), ws.scorecard_lines(), ws.companies(), ws.change_log())


def test_a_failing_log_insert_rolls_the_whole_write_back(file_ws: Workspace) -> None:
    file_ws._conn.execute(
        "CREATE TEMP TRIGGER fail BEFORE INSERT ON main.change_log"
        " BEGIN SELECT RAISE(ABORT, 'injected failure'); END"
    )
    before = _state(file_ws)
    writes = [
        lambda: file_ws.set_ranking([RankEntry("GOOGL"), RankEntry("AMZN"), RankEntry("MSFT")], "x"),
        lambda: file_ws.save_snapshot("y", "", ""),
        lambda: file_ws.set_scorecard_value("MSFT", F4Q25, "revenue", "actual", Decimal("1")),
        lambda: file_ws.set_scorecard_value("MSFT", Quarter(2027, 1), "revenue", "actual", Decimal("1")),
        lambda: file_ws.add_company(Company("META", "Meta", "", 12, "")),
        lambda: file_ws.remove_company("AMZN"),
    ]
    for write in writes:
        with pytest.raises(SaveError, match="Could not save: injected failure"):
            write()
        assert not file_ws._conn.in_transaction
        assert _state(file_ws) == before


def test_disk_full_gives_a_clear_message_and_changes_nothing(file_ws: Workspace) -> None:
    before = _state(file_ws)
    pages = file_ws._conn.execute("PRAGMA page_count").fetchone()[0]
    file_ws._conn.execute(f"PRAGMA max_page_count = {pages}")
    huge = "x" * 200_000
    with pytest.raises(SaveError, match="Could not save: database or disk is full"):
        file_ws.set_ranking([RankEntry("AMZN", huge), RankEntry("MSFT"), RankEntry("GOOGL")], "big")
    assert _state(file_ws) == before
    file_ws._conn.execute("PRAGMA max_page_count = 1073741823")
    file_ws.set_ranking([RankEntry("AMZN", huge), RankEntry("MSFT"), RankEntry("GOOGL")], "big")
    assert file_ws.ranking()[0].rationale == huge


def test_a_locked_workspace_gives_save_error(tmp_path: Path, seed: SeedData) -> None:
    path = tmp_path / "ws.cspdesk"
    with Workspace.open(path, seed) as ws:
        ws._conn.execute("PRAGMA busy_timeout = 100")
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            before = ws.ranking()
            with pytest.raises(SaveError, match="locked"):
                ws.set_ranking([RankEntry("GOOGL"), RankEntry("AMZN"), RankEntry("MSFT")], "x")
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert ws.ranking() == before


# ---------------------------------------------------------------------------- concurrency, backup


def test_second_connection_sees_committed_data(tmp_path: Path, seed: SeedData) -> None:
    path = tmp_path / "ws.cspdesk"
    with Workspace.open(path, seed) as first, Workspace.open(path, seed) as second:
        reader = sqlite3.connect(path, isolation_level=None)
        reader.execute("BEGIN")
        assert reader.execute("SELECT ticker FROM ranking WHERE rank = 1").fetchone() == ("MSFT",)
        first.set_ranking([RankEntry("GOOGL"), RankEntry("AMZN"), RankEntry("MSFT")], "x")
        # a reader inside its own transaction keeps its snapshot and does not block the writer
        assert reader.execute("SELECT ticker FROM ranking WHERE rank = 1").fetchone() == ("MSFT",)
        reader.execute("COMMIT")
        assert reader.execute("SELECT ticker FROM ranking WHERE rank = 1").fetchone() == ("GOOGL",)
        reader.close()
        assert [e.ticker for e in second.ranking()] == ["GOOGL", "AMZN", "MSFT"]
        second.save_snapshot("from the second window", "", "2025-09-01")
        assert first.snapshots()[-1].label == "from the second window"


def test_backup_produces_an_openable_copy(file_ws: Workspace, tmp_path: Path, seed: SeedData) -> None:
    file_ws.set_ranking([RankEntry("GOOGL", "g"), RankEntry("AMZN"), RankEntry("MSFT")], "")
    dest = tmp_path / "backups" / "copy.cspdesk"
    file_ws.backup_to(dest)
    assert dest.is_file() and not Path(f"{dest}-wal").exists()
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.cspdesk"]
    with Workspace.open(dest, small_seed()) as copy:
        assert copy.ranking() == file_ws.ranking()
        assert copy.change_log() == file_ws.change_log()
        assert copy.quick_check() == "ok"
    file_ws.backup_to(dest)  # overwriting an older backup is fine


def test_a_copy_never_goes_over_the_workspace_or_its_files(file_ws: Workspace, tmp_path: Path) -> None:
    """Save a Copy to the workspace, its -wal / -shm / lock file, a symlink or a hard link to it
    is refused and changes nothing."""
    before = file_ws.path.read_bytes()
    symlink = tmp_path / "link.cspdesk"
    symlink.symlink_to(file_ws.path)
    hard = tmp_path / "hard.cspdesk"
    hard.hardlink_to(file_ws.path)
    for target in (file_ws.path, Path(f"{file_ws.path}-wal"), Path(f"{file_ws.path}-shm"),
                   Path(f"{file_ws.path}.lock"), symlink, hard):
        with pytest.raises(SaveError, match="it is the workspace itself"):
            file_ws.backup_to(target)
    assert file_ws.path.read_bytes() == before and symlink.is_symlink()
    assert file_ws.quick_check() == "ok" and file_ws.ranking()
