"""The seed data set: loads, holds every figure class of both notes, and rejects malformed rows."""

from __future__ import annotations

import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from desktop_app.domain.periods import Quarter
from desktop_app.io.seed_data import FILES, DataFileError, load_seed
from desktop_app.paths import data_dir

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seed():
    return load_seed()


def _value(seed, company, period, line, field="actual"):
    for row in seed.scorecard:
        if (row.company, row.period, row.line) == (company, period, line):
            return getattr(row, field)
    raise KeyError((company, period, line))


def test_companies_include_all_four_csps(seed) -> None:
    by = {c.ticker: c for c in seed.companies}
    assert set(by) == {"MSFT", "AMZN", "GOOGL", "META"}
    assert by["MSFT"].fy_end_month == 6 and by["AMZN"].fy_end_month == 12
    assert by["MSFT"].calendar_of(Quarter(2025, 4)) == Quarter(2025, 2)


def test_figure2_and_figure3_every_line_present(seed) -> None:
    msft_now = {r.line for r in seed.scorecard if r.company == "MSFT" and r.period == Quarter(2025, 4)}
    msft_next = {r.line for r in seed.scorecard if r.company == "MSFT" and r.period == Quarter(2026, 1)}
    amzn_now = {r.line for r in seed.scorecard if r.company == "AMZN" and r.period == Quarter(2025, 2)}
    amzn_next = {r.line for r in seed.scorecard if r.company == "AMZN" and r.period == Quarter(2025, 3)}
    msft_lines = {d.key for d in seed.lines if d.company == "MSFT"}
    amzn_lines = {d.key for d in seed.lines if d.company == "AMZN"}
    assert len(msft_lines) == 24 and len(amzn_lines) == 28
    assert msft_now == msft_lines == msft_next
    assert amzn_now == amzn_lines == amzn_next


@pytest.mark.parametrize(
    ("company", "period", "line", "field", "value"),
    [
        ("MSFT", Quarter(2025, 4), "revenue", "actual", D("76441")),
        ("MSFT", Quarter(2025, 4), "revenue", "guidance", D("73700")),
        ("MSFT", Quarter(2026, 1), "revenue", "guidance", D("75250")),
        ("MSFT", Quarter(2025, 4), "azure_growth", "actual", D("39")),
        ("MSFT", Quarter(2025, 4), "eps", "actual", D("3.65")),
        ("MSFT", Quarter(2025, 4), "capex", "actual", D("24200")),
        ("MSFT", Quarter(2026, 1), "capex", "guidance", D("30000")),
        ("MSFT", Quarter(2025, 4), "tax_rate", "guidance", D("19")),
        ("AMZN", Quarter(2025, 2), "revenue", "actual", D("167702")),
        ("AMZN", Quarter(2025, 2), "aws_oi", "consensus", D("10877")),
        ("AMZN", Quarter(2025, 2), "capex", "actual", D("32183")),
        ("AMZN", Quarter(2025, 3), "capex", "guidance", D("32000")),
        ("AMZN", Quarter(2025, 3), "op_margin", "consensus", D("11.2")),
    ],
)
def test_spot_values_match_the_notes(seed, company, period, line, field, value) -> None:
    assert _value(seed, company, period, line, field) == value


def test_missing_figures_stay_empty(seed) -> None:
    assert _value(seed, "MSFT", Quarter(2025, 4), "capex", "guidance") is None
    assert _value(seed, "AMZN", Quarter(2025, 3), "aws_revenue", "guidance") is None
    accton = next(e for e in seed.supply_chain if e.ticker == "2345 TT")
    assert accton.revenue_share == ""
    mitac = next(e for e in seed.supply_chain if e.ticker == "3706 TT")
    assert mitac.target_ntd is None


def test_every_row_carries_its_source(seed) -> None:
    notes = {s.note_id: s for s in seed.sources}
    rows = [*seed.scorecard, *seed.forecasts, *seed.targets, *seed.supply_chain, *seed.statements, *seed.cloud_reads]
    assert rows
    for row in rows:
        assert row.source.note_id in notes and row.source.figure
    for source in seed.sources:
        assert source.file.endswith(".txt")
        if SEEDS.is_dir():
            assert (SEEDS / source.file).is_file()


def test_scorecard_source_lines_print_the_actual_value(seed) -> None:
    """Each figure row points at the text line where its first value is printed."""
    if not SEEDS.is_dir():
        pytest.skip("the source notes are not beside this checkout")
    files = {s.note_id: (SEEDS / s.file).read_text(encoding="utf-8").splitlines() for s in seed.sources}
    for row in seed.scorecard:
        text = files[row.source.note_id][row.source.line - 1].replace(",", "")
        first = row.actual if row.actual is not None else row.consensus if row.consensus is not None else row.guidance
        assert str(abs(first)) in text, (row.key, text)


def test_figure1_forecasts_and_targets(seed) -> None:
    assert len(seed.forecasts) == 24
    eps = {(f.company, f.year): f.value for f in seed.forecasts if f.metric == "EPS"}
    assert eps == {("AMZN", "2025"): D("6.70"), ("AMZN", "2026"): D("7.69"),
                   ("MSFT", "FY26"): D("15.57"), ("MSFT", "FY27"): D("18.23")}
    targets = {t.company: t for t in seed.targets}
    assert targets["MSFT"].target_new == D("660") and targets["MSFT"].target_old == D("540")
    assert targets["AMZN"].share_price == D("234") and targets["AMZN"].market_cap_bn == D("2485")
    for target in targets.values():
        assert round(target.upside) == target.printed_upside
        assert round(target.target_change) == target.printed_target_change
        assert target.valuation_new and target.valuation_old


def test_supply_chain_lists(seed) -> None:
    amzn = [e for e in seed.supply_chain if e.csp == "AMZN"]
    msft = [e for e in seed.supply_chain if e.csp == "MSFT"]
    assert len(amzn) == 11 and len(msft) == 9
    alchip = next(e for e in amzn if e.ticker == "3661 TT")
    assert (alchip.name_zh, alchip.target_ntd, alchip.revenue_share) == ("世芯-KY", D("4020"), "40-50")
    wiwynn = next(e for e in msft if e.ticker == "6669 TT")
    assert wiwynn.revenue_share == "30-40" and wiwynn.name_en == "Wiwynn"


def test_text_statements(seed) -> None:
    facts = {(s.company, s.period, s.metric): s.value for s in seed.statements if s.value is not None}
    assert facts[("AMZN", "4Q24", "capex_yoy")] == D("91")
    assert facts[("AMZN", "4Q24", "capex_quarterly_run_rate")] == D("26.3")
    assert facts[("AMZN", "2025", "capex_annual_outlook")] == D("105")
    assert facts[("MSFT", "F4Q25", "capex_actual")] == D("24.2")
    assert facts[("MSFT", "F1Q26", "capex_guidance")] == D("30")
    assert facts[("AMZN", "3Q25", "capex_guidance")] == D("32")
    assert facts[("AMZN", "2025", "server_network_useful_life")] == D("5")
    risks = [s for s in seed.statements if s.topic == "risk"]
    assert {s.source.note_id for s in risks} == {"n000", "n001"} and len(risks) == 6


def test_cloud_read_orders(seed) -> None:
    def order(note: str) -> list[str]:
        return [r.segment for r in sorted((r for r in seed.cloud_reads if r.note_id == note), key=lambda r: r.position)]

    assert order("n000") == ["AWS", "Azure", "Google Cloud"]
    assert order("n001") == ["Azure", "Google Cloud", "AWS"]


def test_preference_orders_with_reasons(seed) -> None:
    first, second = seed.snapshots
    assert first.order == ["MSFT", "AMZN", "META", "GOOGL"]
    assert second.order == ["MSFT", "AMZN", "GOOGL", "META"]
    for snapshot in seed.snapshots:
        assert all(e.rationale and e.reason_zh for e in snapshot.entries)


# --- malformed files ------------------------------------------------------------------------------


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(data_dir(), folder)
    return folder


def _edit(folder: Path, kind: str, old: str, new: str) -> None:
    path = folder / FILES[kind]
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("kind", "old", "new", "expected"),
    [
        ("scorecards", "MSFT,F4Q25,revenue,76441", "MSFT,F4Q25,revenue,76x441", "scorecards.csv:2:actual: not a number"),
        ("scorecards", "MSFT,F4Q25,revenue,", "MSFT,F9Q25,revenue,", "scorecards.csv:2:period: not a quarter label"),
        ("scorecards", "MSFT,F4Q25,revenue,", "XXXX,F4Q25,revenue,", "scorecards.csv:2:company: unknown company"),
        ("scorecards", "MSFT,F4Q25,revenue,", "MSFT,F4Q25,revenu,", "scorecards.csv:2:line: unknown line"),
        ("scorecards", "MSFT,F4Q25,pbp_revenue,", "MSFT,F4Q25,revenue,", "scorecards.csv:3:line: duplicate row"),
        ("scorecards", ",n001,Figure 2 (4Q25),202,", ",n999,Figure 2 (4Q25),202,", "scorecards.csv:2:note_id: unknown note"),
        ("scorecards", "76441,73911,73700,3,4,,18,,n001", "76441,73911,73700,3,4,,18,n001", "scorecards.csv:2:-: 14 cells"),
        ("scorecards", "company,period,line", "company,quarter,line", "scorecards.csv:1:-: header must be"),
        ("companies", "MSFT,Microsoft,微軟,6,", "MSFT,Microsoft,微軟,13,", "companies.csv:2:fy_end_month: must be"),
        ("lines", "MSFT,revenue,Revenue,Revenue,Revenue and segments,amount,higher",
         "MSFT,revenue,Revenue,Revenue,Revenue and segments,amount,upward", "lines.csv:2:polarity:"),
        ("lines", "Revenue and segments,amount,higher,1", "Revenue and segments,money,higher,1", "lines.csv:2:kind:"),
        ("statements", "4Q24 capex +91% YoY,n000", "4Q24 capex +91% YoY,n000", None),
        ("statements", "capex_yoy,91,%", "capex_yoy,91,", "statements.csv:18:unit: a figure needs its unit"),
        ("rankings", "1,4Q24 review,2025-02,n000", "1,4Q24 review,2025-02,n000", None),
        ("supply_chain", "AMZN,2301 TT,光寶", "AMZN,2301 TT,", "supply_chain.csv:2:name_zh: required value is empty"),
        ("targets", "MSFT,OP,534,", "MSFT,OP,5.3.4,", "targets.csv:2:share_price: not a number"),
    ],
)
def test_bad_rows_fail_with_location(tmp_path, kind, old, new, expected) -> None:
    folder = _copy(tmp_path)
    _edit(folder, kind, old, new)
    if expected is None:  # the edit is a no-op: the copy must still load
        load_seed(folder)
        return
    with pytest.raises(DataFileError) as info:
        load_seed(folder)
    assert str(info.value).startswith(expected), str(info.value)


def test_missing_file_is_reported(tmp_path) -> None:
    folder = _copy(tmp_path)
    (folder / "targets.csv").unlink()
    with pytest.raises(DataFileError, match="targets.csv:0:-: file missing"):
        load_seed(folder)
