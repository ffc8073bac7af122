"""The last texts of the zh_TW window that stayed English (issue 13): a derived capex point's "how"
and the capex figures' sources, what cites a note (Research ▸ Notes), the Lines dialog's standard
labels and sections, the word for "actual" (window and command line alike), and English counts
("1 scorecard figure", not "figures"). Each reads in the window's language, in Chinese and in
English; what is stored stays as it was. Real workspace files, real windows (offscreen).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.capex import build_capex
from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.tabs.capex_tab import CapexTab
from tests.qt_support import column_titled


def test_capex_derivation_and_sources_follow_the_language(qtbot: QtBot, ws: Workspace, language: str) -> None:
    tab = CapexTab(ws)
    qtbot.addWidget(tab)
    bars = {(b.company, b.point.calendar.calendar_label()): b for b in tab.chart.data.bars() if b.point}
    derived = bars[("AMZN", "2Q24")]
    model = tab.figures_model
    row = next(r for r in range(model.rowCount()) if model.row(r) is derived)
    how = model.index(row, column_titled(model, "How derived" if language == "en" else "推算方式")).data()
    source = model.index(row, column_titled(model, "Source" if language == "en" else "資料來源")).data()
    if language == "en":
        assert how == "32,183 (2Q25 actual) / (1 + 83% YoY)"
        assert re.fullmatch(r"n001: .+, line \d+", source), source
        assert "32,183 (2Q25 actual) / (1 + 83% YoY)" in derived.hover
    else:
        assert how == "32,183（2Q25 實際值）/（1 + 年增率 83%）", how
        assert re.fullmatch(r"n001：.+，第 \d+ 行", source), source
        assert how in derived.hover and ", line " not in derived.hover and "actual" not in derived.hover
    # the data keeps the English text (the command line and the Excel sheets print it)
    point = next(p for p in build_capex(ws.companies(), ws.scorecard_lines(), ws.statements("capex"))
                 if p.company == "AMZN" and p.calendar.calendar_label() == "2Q24")
    assert str(point.derivation) == "32,183 (2Q25 actual) / (1 + 83% YoY)"
    assert all(", line " in s for s in point.sources)


def test_notes_tooltip_names_every_citation_in_the_language(qtbot: QtBot, ws: Workspace, language: str) -> None:
    from desktop_app.ui.tabs.research_tab import ResearchTab

    tab = ResearchTab(ws)
    qtbot.addWidget(tab)
    model = tab.notes_page.model
    cited = column_titled(model, "Cited by" if language == "en" else "被引用於")
    tip = model.index(0, cited).data(Qt.ItemDataRole.ToolTipRole)  # n000: statements first
    named: dict[str, list[str]] = {}
    for c in (c for cs in ws.note_citations().values() for c in cs if c.figure is None):
        named.setdefault(c.kind, []).append(model.what(c))
    said = {kind: "\n".join(texts) for kind, texts in named.items()}
    assert set(named) == {"forecast", "target", "price", "Figure 1 row", "statement", "supply chain",
                          "cloud read", "ranking reason"}, set(named)
    title = model.index(0, column_titled(model, "Title" if language == "en" else "標題")).data()
    assert (re.search(r"[\u4e00-\u9fff]", title) is None) == (language == "en"), title  # the seed's own title
    if language == "en":
        assert "statement: sector cloud read: " in tip, tip[:200]
        assert all(re.fullmatch(r"[A-Z]+ target \d+", t) for t in named["target"]), named["target"]
        assert all(re.fullmatch(r"[A-Z]+ price \d+", t) for t in named["price"]), named["price"]
        assert "MSFT rating, price, market cap, targets" in named["Figure 1 row"]
        assert "AMZN supplier 2301 TT" in named["supply chain"] and "AMZN 2025 Revenue" in named["forecast"]
    else:
        assert tip.startswith("陳述：產業 雲端解讀：AI 算力缺口"), tip[:200]
        assert "cloud_read" not in tip and "sector" not in tip
        assert all(re.fullmatch(r"[A-Z]+ 目標價 \d+", t) for t in named["target"]), named["target"]
        assert all(re.fullmatch(r"[A-Z]+ 股價 \d+", t) for t in named["price"]), named["price"]
        assert "MSFT 評等、股價、市值、目標價" in named["Figure 1 row"]
        assert "AMZN 供應商 2301 TT" in named["supply chain"] and "AMZN 2025 營收" in named["forecast"]
        assert any(t.startswith("AMZN 雲端解讀：AWS Backlog 年增") for t in named["statement"])
        for kind in ("target", "price", "Figure 1 row", "statement", "supply chain", "forecast"):
            assert not re.search(r"\b(target|price|rating|supplier|sector|Revenue|cloud_read)\b", said[kind]), kind
        ranking = next(c for cs in ws.note_citations().values() for c in cs if c.kind == "ranking reason")
        assert model.index(1, cited).data(Qt.ItemDataRole.ToolTipRole) is not None
        from desktop_app.ui.research.notes_page import _where

        assert _where(ranking) == " (偏好順序)"
    # what is stored and printed stays English
    stored = [c.what for cs in ws.note_citations().values() for c in cs if c.figure is None]
    assert "MSFT rating, price, market cap, targets" in stored
    assert any(t.startswith("AMZN cloud read: AWS backlog") for t in stored)


def test_the_window_and_the_command_line_say_actual_with_the_same_word(qtbot: QtBot, ws: Workspace) -> None:
    """The scorecard grid's column header and `csp-desk scorecard show`'s (the CLI reads the .qm
    itself): 實際值 in both, as the Excel sheets and the change log say it."""
    from desktop_app import cli_translations
    from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

    app = QApplication.instance()
    assert isinstance(app, QApplication) and i18n.install(app, "zh_TW")
    try:
        tab = ScorecardsTab(ws)
        qtbot.addWidget(tab)
        grid = tab.model
        headers = [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(grid.columnCount())]
    finally:
        i18n.install(app, "en")
    cli = cli_translations.catalog("zh_TW")[("CliMessages", "Actual")]
    assert cli == "實際值"
    assert cli in headers, headers


def test_lines_dialog_shows_the_standard_translation_without_storing_it(
        qtbot: QtBot, ws: Workspace, language: str) -> None:
    from PySide6.QtGui import QUndoStack

    from desktop_app.ui.scorecards.lines_dialog import LineForm, LinesDialog

    stack = QUndoStack()
    dialog = LinesDialog(ws, ws.company("MSFT"), stack, lambda _t: None, lambda _m: None)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    revenue, segment = rows["Revenue"], rows["Intelligent Cloud"]
    chinese = dialog.table.item(revenue, 1)
    section = dialog.table.item(revenue, 2)
    if language == "en":
        assert chinese.text() == "" and section.text() == "Revenue and segments" and not section.toolTip()
    else:
        assert chinese.text() == "營收" and chinese.font().italic(), chinese.text()
        assert chinese.toolTip().startswith("未儲存：") and "Revenue" in chinese.toolTip()
        assert section.text() == "營收與部門" and section.toolTip() == "儲存為：Revenue and segments"
        assert dialog.table.item(rows["Net income"], 1).text() == "淨利"
        form = LineForm("MSFT", ["Revenue and segments"], ws.line_defs("MSFT")[0])
        qtbot.addWidget(form)
        assert form.label_zh_edit.text() == "" and form.label_zh_edit.placeholderText() == "營收"
        assert form.line().label_zh == ""  # saving the form unchanged stores no Chinese label
    assert dialog.table.item(segment, 1).text() == ""  # a segment name has no standard translation
    assert all(d.label_zh == "" for d in ws.line_defs("MSFT"))  # nothing was written


def test_counts_say_one_figure_and_two_figures(qtbot: QtBot, ws: Workspace, language: str) -> None:
    """English gives a count its singular or plural (Chinese has one form): what cites a note, the
    change log of a one-figure import, the command line's company list."""
    from desktop_app.domain.notes import Citation, citation_summary
    from desktop_app.ui.errors import translated
    from desktop_app.ui.tabs.research_tab import ResearchTab

    tab = ResearchTab(ws)
    qtbot.addWidget(tab)
    model = tab.notes_page.model
    summary = model.index(1, column_titled(model, "Cited by" if language == "en" else "被引用於")).data()
    one = [Citation("n009", "scorecard", "x"), Citation("n009", "target", "y"),
           Citation("n009", "target", "z"), Citation("n009", "supply chain", "w")]
    if language == "en":
        assert summary == ("104 scorecard figures, 24 forecasts, 2 targets, 2 prices, 2 Figure 1 rows, "
                           "36 statements, 20 supply-chain entries, 3 cloud reads, 4 ranking reasons"), summary
        assert citation_summary(one, translated) == "1 scorecard figure, 2 targets, 1 supply-chain entry"
    else:
        assert summary.startswith("104 個記分卡數字、24 個預估、2 個目標價"), summary
        assert citation_summary(one, translated) == "1 個記分卡數字、2 個目標價、1 筆供應鏈"


@pytest.mark.parametrize("cli_language", ["en", "zh_TW"])
def test_the_command_line_lists_one_quarter(tmp_path: Path, cli_language: str) -> None:
    import os
    import subprocess
    import sys

    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        ws.add_company(Company("ORCL", "Oracle", "甲骨文", 5, ""))
        ws.copy_lines("AMZN", "ORCL")
        ws.add_quarter("ORCL", Quarter(2026, 2))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    out = subprocess.run([sys.executable, "-m", "desktop_app", "--language", cli_language, "company", "list",
                          "--workspace", str(path)], capture_output=True, text=True, env=env, check=True).stdout
    orcl = next(line for line in out.splitlines() if line.startswith("ORCL"))
    msft = next(line for line in out.splitlines() if line.startswith("MSFT"))
    if cli_language == "en":
        assert re.search(r"; \d+ lines, 1 quarter$", orcl), orcl
        assert re.search(r"; 24 lines, \d+ quarters$", msft), msft
    else:
        assert re.search(r"；\d+ 個項目、1 個季度$", orcl), orcl
