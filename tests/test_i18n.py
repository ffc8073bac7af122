"""Two languages: every marked string reaches pyside6-lupdate and has a finished zh_TW translation
in the committed .ts (and the shipped .qm is built from it); the language is chosen from the
command line, the View ▸ Language setting or the OS locale; the window under zh_TW shows Chinese."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets import LazyTab

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
ZH_TS = FOLDER / "csp_desk_zh_TW.ts"
Message = tuple[str, str, str | None, str | None]  # context, source, translation, type


def _script():  # scripts/translations.py: the same lupdate/lrelease options the repository uses
    spec = importlib.util.spec_from_file_location("translations_script", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[Message]:
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            out.append((name, message.findtext("source") or "", translation.text, translation.get("type")))
    return out


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """What lupdate finds in desktop_app/ today, merged into a copy of the committed zh_TW .ts."""
    script = _script()
    copy = tmp_path_factory.mktemp("ts") / ZH_TS.name
    shutil.copyfile(ZH_TS, copy)
    script.lupdate("zh_TW", copy)
    return _messages(copy)


def test_lupdate_sees_the_strings_in_named_contexts(scanned: list[Message]) -> None:
    assert len(scanned) > 850  # the ~420 strings of the old _t() helpers are visible too
    contexts = {context for context, *_ in scanned}
    assert "" not in contexts, "a string in no context: tr() through an alias or outside a class"
    for expected in ("MainWindow", "RankingTab", "ScorecardTooltips", "CapexChart", "ResearchModels", "Startup"):
        assert expected in contexts


def test_every_source_string_is_translated_in_the_committed_ts(scanned: list[Message]) -> None:
    committed = {(c, s): (t, kind) for c, s, t, kind in _messages(ZH_TS)}
    missing = [f"{c}: {s!r}" for c, s, _t, _k in scanned if (c, s) not in committed]
    assert not missing, "not in the committed .ts (run python scripts/translations.py):\n" + "\n".join(missing)
    unfinished = [f"{c}: {s!r}" for c, s, t, kind in scanned if kind is not None or not t]
    assert not unfinished, "untranslated in csp_desk_zh_TW.ts:\n" + "\n".join(unfinished)
    used = {(c, s) for c, s, _t, _k in scanned}
    stale = [f"{c}: {s!r}" for c, s in committed if (c, s) not in used]
    assert not stale, "in the .ts but no longer in the code:\n" + "\n".join(stale)


def test_translations_keep_placeholders_markup_and_shortcuts() -> None:
    def shape(text: str) -> tuple[object, ...]:
        return (sorted(re.findall(r"%\d", text)), sorted(re.findall(r"</?\w+>", text)), text.count("\n"),
                bool(re.search(r"&\w", text.replace("&&", ""))), text.endswith("…"))

    wrong = [f"{c}: {s!r} -> {t!r}" for c, s, t, _k in _messages(ZH_TS) if t and shape(s) != shape(t)]
    assert not wrong, "\n".join(wrong)


def test_shipped_qm_files_are_built_from_the_ts_files(tmp_path: Path) -> None:
    script = _script()
    for language in ("zh_TW", "en"):
        ts = FOLDER / f"csp_desk_{language}.ts"
        built = tmp_path / f"{language}.qm"
        script.lrelease(ts, built)
        assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"{ts.name}: rebuild the .qm"


def test_wheel_ships_the_translations() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources" = "desktop_app/resources"' in text  # the whole resources/ folder, .qm included
    assert (FOLDER / "csp_desk_zh_TW.qm").stat().st_size > 10_000


@pytest.mark.parametrize(
    ("value", "expected"),
    [("zh_TW.UTF-8", "zh_TW"), ("zh_TW", "zh_TW"), ("zh-Hant-TW", "zh_TW"), ("zh_HK.UTF-8", "zh_TW"),
     ("en_US.UTF-8", "en"), ("C", "en"), ("C.UTF-8", "en"), ("de_DE@euro", "en"), ("", None)],
)
def test_normalize(value: str, expected: str | None) -> None:
    assert i18n.normalize(value) == expected


def test_locale_decides_without_a_choice(tmp_path: Path) -> None:
    assert i18n.locale_language({"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    assert i18n.locale_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert i18n.locale_language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_TW.UTF-8"}) == "en"
    assert i18n.locale_language({"LC_MESSAGES": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"}) == "zh_TW"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.choose_language(None, settings, {"LANG": "zh_TW.UTF-8"}) == "zh_TW"
    i18n.save_language(settings, "en")
    assert i18n.choose_language(None, settings, {"LANG": "zh_TW.UTF-8"}) == "en"  # the menu's choice
    assert i18n.choose_language("zh_TW", settings, {"LANG": "en_US.UTF-8"}) == "zh_TW"  # --language


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    assert i18n.install(qapp, "zh_TW")
    try:
        yield
    finally:
        i18n.install(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_translate_answers_in_the_installed_language(chinese: None) -> None:
    assert i18n.current_language() == "zh_TW"
    assert QCoreApplication.translate("MainWindow", "&File") == "檔案(&F)"
    assert QCoreApplication.translate("RankingModel", "Rationale") == "理由"


def _texts(window: MainWindow) -> set[str]:
    """Every menu, tab, label, button, placeholder, tooltip and column header the window shows."""
    texts: set[str] = set()

    def menu_texts(menu: QMenu) -> None:
        texts.add(menu.title())
        for action in menu.actions():
            texts.update((action.text(), action.toolTip(), action.statusTip()))
            if action.menu() is not None:
                menu_texts(action.menu())

    for action in window.menuBar().actions():
        if action.menu() is not None:
            menu_texts(action.menu())
    for widget in window.findChildren(QWidget):
        texts.add(widget.toolTip())
        if isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
            texts.update(widget.tabToolTip(i) for i in range(widget.count()))
        elif isinstance(widget, QLabel | QAbstractButton):
            texts.add(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.add(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            for column in range(header.count()):
                texts.add(str(widget.model().headerData(column, Qt.Orientation.Horizontal) or ""))
    return {t for t in texts if t}


def _open_every_tab(qtbot: QtBot, window: MainWindow) -> None:
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        if isinstance(page, LazyTab):
            page.content()
        for inner in page.findChildren(QTabWidget):
            for i in range(inner.count()):
                inner.setCurrentIndex(i)
                qtbot.wait(1)


def test_window_in_chinese_shows_no_translated_english(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [a.text() for a in window.menuBar().actions()] == [
        "檔案(&F)", "編輯(&E)", "檢視(&V)", "研究(&R)", "說明(&H)"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["排名", "財報記分卡", "資本支出", "研究"]
    _open_every_tab(qtbot, window)
    texts = _texts(window)
    assert {"偏好順序", "快照", "理由"} <= texts
    english = {s for _c, s, t, _k in _messages(ZH_TS) if t and t != s}
    left = sorted(texts & english)
    assert not left, f"English texts in the zh_TW window: {left}"


def test_language_menu_saves_the_choice_for_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"), settings=settings)
    qtbot.addWidget(window)
    actions = window.language_actions
    assert [a.text() for a in actions.values()] == ["English", "繁體中文"]
    assert actions["en"].isChecked() and not actions["zh_TW"].isChecked()
    actions["zh_TW"].trigger()
    assert actions["zh_TW"].isChecked()
    assert i18n.saved_language(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == "zh_TW"
    assert "繁體中文" in window.statusBar().currentMessage()
    assert "next time" in window.statusBar().currentMessage()
    assert i18n.current_language() == "en"  # the open window stays as it is


def test_command_line_offers_language() -> None:
    result = subprocess.run([sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    assert "--language {en,zh_TW}" in result.stdout
    bad = subprocess.run([sys.executable, "-m", "desktop_app", "--language", "fr", "--quit-after-paint"],
                         capture_output=True, text=True, cwd=ROOT)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_start_up_follows_the_locale_then_the_command_line(qapp: QApplication,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """What run_gui does before building the window: LANG=zh_TW.UTF-8 alone gives Chinese,
    --language en wins over it; the font falls back to Traditional Chinese families."""
    from PySide6.QtGui import QFontInfo, QFontMetrics

    from desktop_app.ui.app import set_language

    for key in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "zh_TW.UTF-8")
    font = qapp.font()
    latin = "Since “2Q25 review”… · (15)%"
    width = QFontMetrics(font).horizontalAdvance(latin)
    try:
        assert set_language(qapp, None) == "zh_TW"
        assert QFontMetrics(qapp.font()).horizontalAdvance(latin) == width  # Latin text as before
        assert QCoreApplication.translate("MainWindow", "&Help") == "說明(&H)"
        families = qapp.font().families()
        assert families[0] == QFontInfo(font).family()  # the default font stays first, resolved
        assert set(i18n.CJK_FAMILIES) <= set(families)  # JhengHei, PingFang TC, Noto Sans CJK TC…
        assert set_language(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "&Help") == "&Help"
    finally:
        i18n.install(qapp, "en")
        qapp.setFont(font)


def test_data_labels_follow_the_language(qtbot: QtBot, tmp_path: Path, chinese: None) -> None:
    """Company names and scorecard labels from the data's Chinese columns; no Chinese label: English."""
    from desktop_app.ui.tabs.ranking_tab import RankingTab
    from desktop_app.ui.tabs.scorecards_tab import ScorecardsTab

    window = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(window)
    ranking = window.tabs.widget(0)
    ranking = ranking.content() if isinstance(ranking, LazyTab) else ranking
    assert isinstance(ranking, RankingTab)
    assert ranking.model.name_of("MSFT") == "微軟"
    assert ranking.model.name_of("META") == "Meta"  # the data's Chinese name is Meta
    page = window.tabs.widget(1)
    page = page.content() if isinstance(page, LazyTab) else page
    assert isinstance(page, ScorecardsTab)
    assert page.company_box.currentText() == "微軟 (MSFT)"
    model = page.model
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert {"營收與部門", "營收", "營業利益", "資本支出 (含融資租賃)"} <= set(shown)
    assert "Intelligent Cloud" in shown  # no Chinese label recorded: the English one
    assert "Revenue" not in shown and "Revenue and segments" not in shown


def test_change_log_reads_in_the_window_language(tmp_path: Path, qapp: QApplication) -> None:
    """The change log renders each row from its stored kind and detail at display time; a kind it
    cannot render shows the stored summary."""
    from decimal import Decimal

    from desktop_app.storage.change_log_entry import ChangeLogEntry
    from desktop_app.ui.change_log_text import describe

    ws = Workspace.open(tmp_path / "w.cspdesk")
    try:
        order = ws.ranking()
        ws.set_ranking([order[1], order[0], *order[2:]], "stored summary, not shown")
        ws.save_snapshot("3Q25 review", "", "2025-10-30")
        ws.set_stale_days(45)
        ws.add_price("MSFT", Decimal("512.3"), __import__("datetime").date(2025, 8, 4), "pm")
        entries = ws.change_log(4)
    finally:
        ws.close()
    first, second = order[0].ticker, order[1].ticker
    english = [describe(e) for e in entries]
    assert english == [
        "MSFT share price 512.3 as of 2025-08-04",
        "Prices are stale after 45 days",
        f"Snapshot “3Q25 review”: {second} > {first} > " + " > ".join(e.ticker for e in order[2:]),
        f"Move {second} from 2 to 1",
    ]
    assert i18n.install(qapp, "zh_TW")
    try:
        chinese = [describe(e) for e in entries]
    finally:
        i18n.install(qapp, "en")
    assert chinese[:2] == ["MSFT 股價 512.3（截至 2025-08-04）", "股價超過 45 天即視為過時"]
    assert chinese[3] == f"將 {second} 從第 2 名移到第 1 名"
    unknown = ChangeLogEntry(1, "2025-01-01T00:00:00Z", "lines", "MSFT: added the line Foo", "{}")
    assert describe(unknown) == "MSFT: added the line Foo"
    assert describe(ChangeLogEntry(2, "", "ranking", "kept", "not json")) == "kept"
    assert describe(entries[0]) == english[0]  # the cache is per language


def test_errors_from_below_the_ui_are_translated_when_shown(qapp: QApplication, tmp_path: Path) -> None:
    """domain/storage raise English texts marked with QT_TRANSLATE_NOOP (no Qt there); the
    command line prints them as they are, the window translates them with their values."""
    import pickle

    from desktop_app.domain.number_input import NumberInputError, parse_number
    from desktop_app.domain.texts import Text
    from desktop_app.ui.errors import error_text

    with pytest.raises(NumberInputError) as caught:
        parse_number("12a")
    message = "'12a' is not a number (accepted: 1234, 1,234, (15), -15, 4.8, 4.8%)"
    assert str(caught.value) == message
    assert isinstance(caught.value.args[0], Text)
    assert pickle.loads(pickle.dumps(caught.value)).args[0].values == ("'12a'",)
    ws = Workspace.open(tmp_path / "w.cspdesk")
    try:
        with pytest.raises(ValueError) as refused:
            ws.set_stale_days(0)
    finally:
        ws.close()
    assert error_text(refused.value) == "A price turns stale after 1 to 365 days."
    assert i18n.install(qapp, "zh_TW")
    try:
        assert error_text(caught.value) == "'12a' 不是數字（可接受：1234、1,234、(15)、-15、4.8、4.8%）"
        assert error_text(refused.value) == "股價過時天數須為 1 到 365 天。"
        assert error_text(ValueError("plain")) == "plain"
    finally:
        i18n.install(qapp, "en")


def _cli(*args: str, lang: str) -> subprocess.CompletedProcess[str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                          cwd=ROOT, env={**env, "LANG": lang}, check=True)


def test_cli_help_follows_the_locale_and_the_language_option() -> None:
    chinese = _cli("--help", lang="zh_TW.UTF-8").stdout
    assert chinese.startswith("用法：csp-desk")
    assert "顯示此說明訊息後結束" in chinese and "命令" in chinese
    assert "立即備份工作區並顯示備份位置" in chinese  # a command's help, from cli_commands/backup.py
    english = _cli("--help", lang="en_US.UTF-8").stdout
    assert english.startswith("usage: csp-desk") and "back up the workspace now" in english
    assert _cli("--language", "zh_TW", "--help", lang="en_US.UTF-8").stdout == chinese
    assert _cli("--language", "en", "--help", lang="zh_TW.UTF-8").stdout == english


def test_cli_reads_the_shipped_qm_without_qt() -> None:
    """The command line's catalogue comes from the .qm itself: the same translations as the .ts."""
    from desktop_app.cli_translations import catalog, error_message, read_qm, set_language
    from desktop_app.domain.number_input import NumberInputError, parse_number

    found = read_qm((FOLDER / "csp_desk_zh_TW.qm").read_bytes())
    expected = {(c, s): t for c, s, t, kind in _messages(ZH_TS) if kind is None}
    assert found == expected
    with pytest.raises(NumberInputError) as caught:
        parse_number("(-5)")
    set_language("zh_TW")
    try:
        assert catalog("zh_TW")
        assert error_message(caught.value) == "'(-5)'：請使用括號或負號其中之一，不要同時使用"
    finally:
        set_language("en")
    assert error_message(caught.value) == "'(-5)': use either parentheses or a minus sign, not both"


def test_every_character_of_the_translations_has_a_glyph(qapp: QApplication) -> None:
    """No tofu: the Traditional Chinese fallback font installed here (Noto Sans CJK TC on Linux,
    Microsoft JhengHei on Windows, PingFang TC on macOS) or the default font draws every character
    the zh_TW texts use, … and · included."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    installed = [f for f in i18n.CJK_FAMILIES if f in QFontDatabase.families()]
    if not installed:
        pytest.skip("no Traditional Chinese font installed (apt install fonts-noto-cjk)")
    chars = {ch for _c, _s, t, _k in _messages(ZH_TS) for ch in (t or "") if ord(ch) > 0x7F} | {"…", "·"}
    fonts = [QFontMetrics(QFont(installed[0])), QFontMetrics(qapp.font())]
    missing = sorted(ch for ch in chars if not any(m.inFontUcs4(ord(ch)) for m in fonts))
    assert not missing, f"no glyph in {installed[0]} or the default font: {missing}"
