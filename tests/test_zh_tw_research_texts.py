"""Texts a PM met in English in the zh_TW window (found by grabbing every tab, page, menu and dialog
of `--language zh_TW`): the research statements' topics, where a figure comes from ("n001: Figure
1, line 103", "entered by ana, …"), what cites a note, a forecast's metric in its dialog, a backup's
latest change, Qt's own file dialog labels (Qt's zh_TW file lacks two) and its clipped columns, and
the companies named in the "changed by others" notice. Each reads in Chinese now; what is stored
stays as it was. Real workspace files, real windows (offscreen).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from desktop_app.storage import backups
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import file_dialogs, i18n
from desktop_app.ui.research.entry_dialogs import ForecastDialog, StatementDialog
from desktop_app.ui.restore_dialog import RestoreDialog
from desktop_app.ui.tabs.research_tab import ResearchTab
from tests.qt_support import column_titled
from tests.ranking_support import open_window

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_research_pages_read_in_chinese(qtbot: QtBot, ws: Workspace, chinese: None) -> None:
    tab = ResearchTab(ws)
    qtbot.addWidget(tab)
    statements = tab.statements_model
    topics = {statements.index(r, 0).data() for r in range(statements.rowCount())}
    assert {"雲端解讀", "財報結果", "廣告", "電商", "法說會", "資本支出", "風險"} <= topics, topics
    assert not any(re.search(r"[A-Za-z]", t) for t in topics), topics
    boxed = [tab.topic_box.itemText(i) for i in range(tab.topic_box.count())]
    assert "電商" in boxed and not any(re.search(r"[A-Za-z]", t) for t in boxed), boxed
    assert tab.topic_box.itemData(boxed.index("電商")) == "ecommerce"  # the filter still works on the key
    # where a statement and a Figure 1 row come from: "第 N 行", not ", line N"
    source = column_titled(statements, "資料來源")
    shown = [statements.index(r, source).data() for r in range(statements.rowCount())]
    assert any(re.search(r"^n00\d：.+，第 \d+ 行", s) for s in shown), shown[:3]
    assert not any(", line " in s for s in shown)
    forecasts = tab.forecasts_model
    texts = [str(forecasts.index(r, c).data() or "") for r in range(forecasts.rowCount())
             for c in range(forecasts.columnCount())]
    assert any("Figure 1，第 103 行" in t for t in texts) and not any(", line " in t for t in texts)
    assert "微軟（會計年度於 6 月結束）" in texts, [t for t in texts if "微軟" in t]
    targets = tab.targets_model
    ratings = {targets.index(r, column_titled(targets, "評等")).data() for r in range(targets.rowCount())}
    assert ratings == {"OP · 優於大盤"}, ratings
    # what cites each note
    notes = tab.notes_page.model
    cited = column_titled(notes, "被引用於")
    summary = notes.index(1, cited).data()
    assert summary.startswith("104 個記分卡數字、24 個預估、") and not re.search(r"[a-z]{3,}", summary.replace("Figure 1", "")), summary
    tip = notes.index(1, cited).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("記分卡數字：MSFT F4Q25 · 2Q25 營收 (Figure 2 (4Q25))\n"), tip


def test_entry_dialogs_show_topics_and_metrics_in_chinese_and_store_the_keys(
        qtbot: QtBot, ws: Workspace, chinese: None) -> None:
    statement = StatementDialog(ws.companies(), ws.sources(), "ana")
    qtbot.addWidget(statement)
    topics = [statement.topic_box.itemText(i) for i in range(statement.topic_box.count())]
    assert topics[:3] == ["雲端解讀", "資本支出", "折舊"], topics
    forecast = ForecastDialog(ws.companies(), ws.sources(), "ana", ws.forecasts())
    qtbot.addWidget(forecast)
    metrics = [forecast.metric_box.itemText(i) for i in range(forecast.metric_box.count())]
    assert "營收" in metrics and "Revenue" not in metrics, metrics
    forecast.metric_box.setCurrentIndex(metrics.index("營收"))
    assert forecast.chosen_metric() == "Revenue"  # stored as the data set names it
    assert forecast.unit_edit.text() == "US$mn"
    forecast.metric_box.setEditText("Backlog")  # a new metric, typed
    assert forecast.chosen_metric() == "Backlog"


def test_a_backups_latest_change_reads_in_chinese(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        order = ws.ranking()
        ws.set_ranking([order[1], order[0], *order[2:]], "Moved AMZN 2 → 1")
        backups.make_backup(ws, "manual")
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    latest = dialog.model.index(0, 4).data()
    assert latest == "將 AMZN 從第 2 名移到第 1 名", latest


def test_the_widget_file_dialog_labels_and_columns(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    (tmp_path / "workspace.cspdesk").write_bytes(b"x" * 217_000)
    dialog = file_dialogs.make_dialog(None, "開啟工作區", tmp_path / "workspace.cspdesk",
                                      "CSP Desk 工作區 (*.cspdesk)", save=False)
    qtbot.addWidget(dialog)
    if not dialog.testOption(QFileDialog.Option.DontUseNativeDialog):
        pytest.skip("the platform's native dialog is used here (its labels are the OS's)")
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.isVisible()]
    assert "查看位置(&L)：" in labels and "檔案類型(&T)：" in labels, labels
    assert not any(re.search(r"[A-Za-z]{3,}", t) for t in labels), labels
    view = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1, timeout=5000)
    index = view.model().index(0, 1, view.rootIndex())
    size = view.model().data(index)
    assert "KiB" in size and view.columnWidth(1) >= view.fontMetrics().horizontalAdvance(size) + 8, (
        size, view.columnWidth(1))
    kind = view.model().data(view.model().index(0, 2, view.rootIndex()))
    assert view.columnWidth(2) >= view.fontMetrics().horizontalAdvance(kind) + 8, (kind, view.columnWidth(2))


def test_the_changed_by_others_notice_names_companies_in_chinese(
        qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    window = open_window(qtbot, path, tmp_path)
    window.external_changes._timer.stop()
    with Workspace.open(path) as other:
        order = other.ranking()
        other.set_ranking([order[1], order[0], *order[2:]], "another program")
    assert window.external_changes.check() is True
    notice = window.statusBar().currentMessage()
    assert "亞馬遜" in notice and "Amazon" not in notice, notice


def test_the_new_quarter_preview_names_months_and_the_company_in_chinese(
        qtbot: QtBot, ws: Workspace, chinese: None) -> None:
    from desktop_app.ui.scorecards.new_quarter import NewQuarterDialog

    companies = ws.companies()
    dialog = NewQuarterDialog(companies, {c.ticker: ws.periods(c.ticker) for c in companies})
    qtbot.addWidget(dialog)
    dialog.quarter_edit.setText("F2Q26")
    text = dialog.preview.text()
    assert text == ("<b>F2Q26 · 4Q25</b>：會計季度 F2Q26（2025 年 10 月–2025 年 12 月）即日曆季度 4Q25"
                    "（微軟的會計年度於 6 月結束）。"), text
    dialog.quarter_edit.setText("F4Q25")
    assert dialog.preview.text().startswith("微軟"), dialog.preview.text()


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_edit_statement_rows_do_not_overlap_and_notes_show_their_title(
        qtbot: QtBot, ws: Workspace, qapp: QApplication, language: str) -> None:
    """The statement's wrapped Chinese original sat over the text box above it (the dialog was sized
    from its hint, not for the wrapped text); the source list names each note by its title in the
    window's language."""
    from desktop_app.ui.research.entry_dialogs import EditStatementDialog

    assert i18n.install(qapp, language)
    try:
        statement = next(s for s in ws.statements() if len(s.text_zh) > 60)
        dialog = EditStatementDialog(statement, ws.sources(), "ana")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        [original] = [label for label in dialog.findChildren(QLabel) if label.text() == statement.text_zh]
        assert original.geometry().top() > dialog.text_edit.geometry().bottom()
        assert original.height() >= original.heightForWidth(original.width())
        assert dialog.width() <= 640
        titles = [dialog.source_box.itemText(i) for i in range(1, dialog.source_box.count())]
        sources = ws.sources()
        expected = [s.title_zh if language == "zh_TW" else s.title_en for s in sources]
        assert [t.split(" · ", 2)[2] for t in titles] == expected, titles
    finally:
        i18n.install(qapp, "en")
