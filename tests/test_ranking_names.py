"""The ranking list's company column fits the longest name shown, in English and in Traditional
Chinese (`Alphabet (谷歌)` in bold CJK was cut to `Alphabet …` by a fixed 14 em column), on a
1366×768 laptop screen: measured with QFontMetrics of the font the rows are painted in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.companies import Company
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.ranking.list_model import NAME_ROLE, TICKER_ROLE
from desktop_app.ui.ranking.list_view import PAD, RankListView, layout

# Covered names beyond the seed's, with long English and Chinese forms
EXTRA = [("ORCL", "Oracle", "甲骨文", 5), ("CRWV", "CoreWeave", "", 12), ("BABA", "Alibaba", "阿里巴巴", 3),
         ("IBM", "IBM", "國際商業機器", 12)]


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's language as `--language` sets it: translations and, for Chinese, the CJK fonts."""
    font = QGuiApplication.font()
    assert i18n.install(qapp, request.param)
    if request.param == "zh_TW":
        i18n.use_cjk_fonts(qapp)
    try:
        yield str(request.param)
    finally:
        i18n.install(qapp, "en")
        QGuiApplication.setFont(font)


def test_no_covered_name_is_cut(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        for ticker, name, name_zh, fy_end in EXTRA:
            ws.add_company(Company(ticker, name, name_zh, fy_end, ""))
    window = MainWindow(Workspace.open(path), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.tab_page(0).view
    assert isinstance(view, RankListView)
    qtbot.waitUntil(view.isVisible, timeout=2000)
    model = view.model()
    names = [(model.index(r, 0).data(NAME_ROLE), model.index(r, 0).data(TICKER_ROLE))
             for r in range(model.rowCount())]
    assert len(names) == 8
    if language == "zh_TW":
        assert ("Alphabet (谷歌)", "GOOGL") in names and ("國際商業機器", "IBM") in names
    font = view.font()  # the delegate paints the name in this font made bold, the ticker in it
    bold = QFont(font)
    bold.setBold(True)
    metrics, bold_metrics = QFontMetrics(font), QFontMetrics(bold)
    company = next(c for c in layout(view.viewport().width(), view.column_widths()) if c.key == "company")
    for name, ticker in names:
        room = company.width - metrics.horizontalAdvance("M") // 2 - metrics.horizontalAdvance(ticker)
        assert bold_metrics.horizontalAdvance(name) <= room, (name, company.width, language)
        assert bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, room) == name
    # the whole row still fits the 1366-pixel window: the rationale (elided, in full on hover) keeps
    # the rest, more than the 120 pixels the layout would give it in a window too narrow
    rationale = next(c for c in layout(view.viewport().width(), view.column_widths()) if c.key == "rationale")
    assert rationale.x + rationale.width + PAD <= view.viewport().width()
    assert rationale.width > 120
