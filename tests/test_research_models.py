"""Research tables: Figure 1 with upside computed from target and price beside the print, the
forecasts laid out as in the note, the supply chain and statements through their filter proxies."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.storage.workspace import Workspace
from desktop_app.ui.models.research import ForecastsModel, SupplyChainModel, TargetsModel
from desktop_app.ui.models.statements import StatementsModel
from desktop_app.ui.research.pages import StatementsPage, SupplyChainPage
from desktop_app.ui.research.proxy import RowFilterProxy, text_filter
from desktop_app.ui.scorecards import style
from desktop_app.ui.tabs.research_tab import ResearchTab

TIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    workspace = Workspace.open(tmp_path_factory.mktemp("research") / "r.cspdesk")
    yield workspace
    workspace.close()


def _maps(ws: Workspace) -> tuple[dict, dict]:
    return ({c.ticker: c for c in ws.companies(include_removed=True)}, {s.note_id: s for s in ws.sources()})


def _headers(model) -> list[str]:
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_targets_upside_computed_beside_the_print(qtmodeltester, ws: Workspace) -> None:
    model = TargetsModel(ws.targets(), *_maps(ws))
    qtmodeltester.check(model)
    rows = {model.row(r).target.company: r for r in range(model.rowCount())}
    groups = [model.headerData(c, Qt.Orientation.Horizontal, style.GROUP_ROLE) for c in range(model.columnCount())]
    upside, change = groups.index("Upside"), groups.index("Target change")
    msft, amzn = rows["MSFT"], rows["AMZN"]
    assert model.index(msft, upside).data() == "23.6%"  # 660 / 534 - 1
    assert model.index(msft, upside + 1).data() == "24%"  # as printed, in italic
    assert model.index(msft, upside + 1).data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(amzn, upside).data() == "19.7%" and model.index(amzn, upside + 1).data() == "20%"
    assert model.index(msft, change).data() == "22.2%" and model.index(amzn, change).data() == "21.7%"
    assert model.index(msft, _headers(model).index("Target old → new (US$)")).data() == "540 → 660"
    assert model.index(msft, _headers(model).index("Rating")).data() == "OP · Outperform"
    tip = model.index(msft, upside).data(TIP)
    assert "660 / 534 − 1 = 23.60%" in tip and "agrees after rounding" in tip
    assert model.index(msft, upside).data(style.FLAG_ROLE) is None
    assert model.index(msft, upside).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert "FY27 36x PE" in model.index(msft, _headers(model).index("Valuation (new)")).data()


def test_a_printed_upside_that_does_not_reproduce_is_flagged(ws: Workspace) -> None:
    wrong = [replace(t, printed_upside=D("30")) for t in ws.targets()]
    model = TargetsModel(wrong, *_maps(ws))
    column = [model.headerData(c, Qt.Orientation.Horizontal, style.GROUP_ROLE)
              for c in range(model.columnCount())].index("Upside")
    assert model.index(0, column).data(style.FLAG_ROLE) == "mismatch"
    assert "differs beyond rounding" in model.index(0, column).data(TIP)
    missing = TargetsModel([replace(ws.targets()[0], share_price=None)], *_maps(ws))
    assert missing.index(0, column).data() == ""  # nothing invented without a price


def test_forecasts_as_figure_1(qtmodeltester, ws: Workspace) -> None:
    model = ForecastsModel(ws.forecasts(), *_maps(ws))
    qtmodeltester.check(model)
    titles = [r for r in range(model.rowCount()) if model.is_title(r)]
    assert [model.index(r, 0).data() for r in titles] == ["Amazon", "Microsoft (FY ends June)"]
    assert [model.index(titles[1], c).data() for c in (1, 2, 3, 4)] == ["FY26", "FY27", "FY26", "FY27"]
    revenue = titles[0] + 1
    assert [model.index(revenue, c).data() for c in range(5)] == [
        "Revenue (US$mn)", "706,613", "775,787", "2%", "3%"]
    assert model.index(titles[1] + 6, 1).data() == "15.57"  # MSFT FY26 EPS
    assert "Figure 1, line 103" in model.index(revenue, 5).data()


def _supply(ws: Workspace) -> SupplyChainPage:
    return SupplyChainPage(ws.supply_chain(), *_maps(ws))


def test_supply_chain_filter_by_csp_and_text(qtbot, qtmodeltester, ws: Workspace) -> None:
    page = _supply(ws)
    qtbot.addWidget(page)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert page.proxy.rowCount() == len(ws.supply_chain()) == 20
    page.csp_box.setCurrentIndex(page.csp_box.findData("MSFT"))
    assert page.proxy.rowCount() == 9 and page.count.text() == "9 of 20 suppliers"
    assert page.csp_box.currentText() == "Microsoft (Figure 5)"
    page.search.setText("緯穎")  # Chinese name
    assert page.proxy.rowCount() == 1 and page.proxy.source_row(0).name_en == "Wiwynn"
    page.csp_box.setCurrentIndex(0)
    assert page.proxy.rowCount() == 2  # both lists name Wiwynn
    page.search.setText("wiwynn")  # English, any case
    assert page.proxy.rowCount() == 2
    page.search.setText("server odm")  # product: Inventec, Quanta, MiTAC, Wiwynn; Inventec, Quanta, Wiwynn
    assert page.proxy.rowCount() == 7
    page.search.clear()
    assert page.proxy.rowCount() == 20
    qtmodeltester.check(page.proxy)


def test_supply_chain_columns_as_printed(ws: Workspace) -> None:
    model = SupplyChainModel(ws.supply_chain(), *_maps(ws))
    headers = _headers(model)
    first = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert first["Ticker"] == "2301 TT" and first["Company (中文)"] == "光寶"
    assert first["Company (English)"] == "Lite-On Technology" and first["Rev. share (%)"] == "10"
    assert first["Also supplies"] == "Microsoft"
    shares = {model.index(r, headers.index("Rev. share (%)")).data() for r in range(model.rowCount())}
    assert {"<10", "40-50", "1-3", ""} <= shares  # as printed; empty where not printed, never 0
    accton = next(r for r in range(model.rowCount()) if model.row(r).ticker == "2345 TT")
    assert model.index(accton, headers.index("Rev. share (%)")).data() == ""


def test_supply_chain_sorts_numbers_as_numbers(qtbot, ws: Workspace) -> None:
    page = _supply(ws)
    qtbot.addWidget(page)
    model, proxy = page.model, page.proxy
    page.view.sortByColumn(model.TARGET, Qt.SortOrder.AscendingOrder)
    targets = [proxy.source_row(r).target_ntd for r in range(proxy.rowCount())]
    known = [t for t in targets if t is not None]
    assert known == sorted(known) and known[0] == D("45") and targets[-1] is None
    page.view.sortByColumn(model.SHARE, Qt.SortOrder.AscendingOrder)
    shares = [proxy.source_row(r).revenue_share for r in range(proxy.rowCount())]
    assert shares[0] == "<5" and shares.index("<10") < shares.index("1-3") < shares.index("40-50")
    assert shares[-1] == ""  # not printed: last
    page.view.sortByColumn(model.SHARE, Qt.SortOrder.DescendingOrder)
    shares = [proxy.source_row(r).revenue_share for r in range(proxy.rowCount())]
    assert shares[0] == "40-50" and shares[-1] == ""
    page.view.sortByColumn(model.NAME_EN, Qt.SortOrder.AscendingOrder)
    names = [proxy.source_row(r).name_en for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_statements_risks_and_points(qtbot, qtmodeltester, ws: Workspace) -> None:
    page = StatementsPage(ws.statements(), *_maps(ws))
    qtbot.addWidget(page)
    qtmodeltester.check(page.risks)
    risks = [page.risks.source_row(r) for r in range(page.risks.rowCount())]
    assert len(risks) == 6 and {r.source.note_id for r in risks} == {"n000", "n001"}
    assert "Slowing consumer momentum" in {r.text_en for r in risks}
    assert page.risks_view.isColumnHidden(0) and not page.risks_view.isColumnHidden(4)
    page.note_box.setCurrentIndex(page.note_box.findData("n001"))
    assert all(page.proxy.source_row(r).source.note_id == "n001" for r in range(page.proxy.rowCount()))
    page.topic_box.setCurrentIndex(page.topic_box.findData("capex"))
    capex = page.proxy.rowCount()
    assert 0 < capex < len(ws.statements("capex"))
    page.note_box.setCurrentIndex(0)
    assert page.proxy.rowCount() == len(ws.statements("capex"))
    page.search.setText("105")  # the 2025 capex run-rate, US$105bn
    assert page.proxy.rowCount() >= 1
    assert all("105" in page.proxy.source_row(r).text_en for r in range(page.proxy.rowCount()))
    qtmodeltester.check(page.proxy)
    tip = page.model.index(0, 6).data(TIP)  # source column: the note it came from
    assert "KGI" in tip


def test_a_risk_stated_in_both_notes_says_so_on_each_row(qtbot, ws: Workspace) -> None:
    page = StatementsPage(ws.statements(), *_maps(ws))
    qtbot.addWidget(page)
    about = {s.note_id: " ".join(t for t in (s.broker, s.published) if t) for s in ws.sources()}
    column = page.model.columnCount() - 1
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Also in"
    assert not page.risks_view.isColumnHidden(column)
    rows = {(page.risks.source_row(r).source.note_id, page.risks.source_row(r).text_en):
            page.risks.index(r, column) for r in range(page.risks.rowCount())}
    for text in ("Slowing consumer momentum", "Shifts in user preferences for digital products",
                 "Rising regulatory and antitrust pressure"):
        assert rows[("n000", text)].data() == f"n001 · {about['n001']}" == "n001 · KGI"
        assert rows[("n001", text)].data() == f"n000 · {about['n000']}"
        tip = rows[("n000", text)].data(TIP)
        assert "also stated in" in tip and "n001: Investment risks, line 78" in tip
    # a point only one note makes names no other
    once = next(r for r in range(page.model.rowCount()) if page.model.row(r).topic == "cloud_read")
    assert page.model.index(once, column).data() == ""


def test_text_filter_and_proxy_without_filters(qtmodeltester, ws: Workspace) -> None:
    model = StatementsModel(ws.statements(), *_maps(ws))
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == model.rowCount()
    assert text_filter("  ", lambda s: (s.text_en,)) is None
    proxy.set_filter("text", text_filter("AZURE", lambda s: (s.text_en,)))
    assert 0 < proxy.rowCount() < model.rowCount()
    proxy.set_filter("text", None)
    assert proxy.rowCount() == model.rowCount()
    qtmodeltester.check(proxy)


def test_research_tab_pages(qtbot, ws: Workspace, tmp_path: Path) -> None:
    tab = ResearchTab(ws)
    qtbot.addWidget(tab)
    tab.resize(1400, 820)
    tab.show()
    qtbot.waitExposed(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert titles == ["Targets && forecasts (Figure 1)", "Taiwan supply chain (Figures 4–5)", "Risks && points",
                      "Notes"]
    assert tab.targets_view.horizontalScrollBar().maximum() == 0  # Figure 1 fits the width
    for index in range(tab.pages.count()):
        tab.pages.setCurrentIndex(index)
        qtbot.wait(5)
        assert tab.grab().save(str(tmp_path / f"research_{index}.png"))
    assert tab.supply_page.view.isSortingEnabled()
