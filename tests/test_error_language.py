"""Errors raised below the UI reach the user in the chosen language: storage raises marked Texts
(domain/texts.py), the window translates them when it shows them (ui/errors.py) and the command
line prints them through the shipped .qm (cli_translations.py). What the window does with a refused
write (show the workspace as it now is, or the failure dialog) follows the error's code, never its
English words: under zh_TW the message holds none of them and the window still reloads.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.storage.errors import (
    CHANGED_ELSEWHERE,
    STORAGE_FAILURE,
    ConflictError,
    is_conflict,
    is_storage_failure,
    save_error,
)
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.errors import error_text
from desktop_app.ui.save_alert import BOX_NAME, alert_save_failure
from tests.ranking_support import SEED, open_window

ROOT = Path(__file__).resolve().parent.parent
REVERSED = list(reversed(SEED))

RANKING_CHANGED = {
    "zh_TW": "自此視窗讀取後，排名已被其他程式變更（例如 `csp-desk ranking set`）；未寫入任何內容。",
    "en": "The ranking was changed by another program (for example `csp-desk ranking set`) since this "
          "window read it; nothing was written.",
}
NOT_APPLIED = {"zh_TW": "未套用：", "en": "Not applied: "}


def test_a_write_refused_by_another_programs_change_reads_in_the_window_language(
        qtbot: QtBot, tmp_path: Path, language: str) -> None:
    path = tmp_path / "w.cspdesk"
    Workspace.open(path).close()
    window = open_window(qtbot, path, tmp_path)
    window.external_changes._timer.stop()  # the refusal, not the poll, finds the other change
    other = Workspace.open(path)  # a second Workspace object on the same real file
    try:
        other.set_ranking(list(reversed(other.ranking())), "another program")
    finally:
        other.close()
    tab = window.tab_page(0)
    tab.select("GOOGL")
    assert tab.view.move_selected("up") is False  # refused: nothing written
    # The conflict was recognised by its code: the window shows the file as it now is ...
    qtbot.waitUntil(lambda: window.tab_page(0).model.order() == REVERSED, timeout=5000)
    qtbot.waitUntil(lambda: NOT_APPLIED[language] in window.statusBar().currentMessage(), timeout=5000)
    # ... and storage's reason is in the window's language.
    assert window.save_state_label.toolTip() == RANKING_CHANGED[language]
    if language == "zh_TW":
        assert "changed by another program" not in window.save_state_label.toolTip()
    with Workspace.open(path) as ws:
        assert [e.ticker for e in ws.ranking()] == REVERSED  # the other program's order survives


def test_the_codes_not_the_words_decide(tmp_path: Path, language: str, qtbot: QtBot) -> None:
    """A conflict and a failed disk keep their codes through the translated message; the
    failed disk's dialog shows the reason in the window's language."""
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as window_ws, Workspace.open(path) as other:
        seen = window_ws.ranking()
        other.set_ranking(list(reversed(other.ranking())), "another program")
        with pytest.raises(ConflictError) as refused:
            window_ws.set_ranking([seen[1], seen[0], *seen[2:]], "window", expected=seen)
    shown = error_text(refused.value)
    assert shown == RANKING_CHANGED[language]
    assert is_conflict(shown) and is_conflict(refused.value) and not is_storage_failure(shown)
    assert not is_conflict(str(refused.value))  # the words alone decide nothing
    assert refused.value.code == CHANGED_ELSEWHERE

    failed = save_error(sqlite3.OperationalError("database or disk is full"))
    assert failed.code == STORAGE_FAILURE and is_storage_failure(error_text(failed))
    parent = QMessageBox()
    qtbot.addWidget(parent)
    box = alert_save_failure(parent, error_text(failed))
    assert box is not None and box.objectName() == BOX_NAME
    reason = {"zh_TW": "無法儲存：資料庫或磁碟已滿", "en": "Could not save: database or disk is full"}
    assert box.text().startswith(reason[language] + "\n\n")
    box.close()
    assert alert_save_failure(parent, error_text(refused.value)) is None  # a conflict: no dialog


def test_start_up_shows_a_refused_workspace_in_the_window_language(
        tmp_path: Path, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """ui/startup.py shows error_text(exc), not str(exc): the dialog reads in the window's language."""
    from desktop_app.ui.startup import open_for_window

    path = tmp_path / "notes.cspdesk"
    path.write_text("not a workspace\n", encoding="utf-8")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a, **k: shown.append((title, text)))
    assert open_for_window(path) == 1
    expected = {
        "zh_TW": ("無法開啟工作區", f"{path} 不是 CSP Desk 工作區（不是 SQLite 資料庫）。檔案未被變更；"
                                    "請為工作區選擇其他檔名。"),
        "en": ("Cannot open workspace", f"{path} is not a CSP Desk workspace (not an SQLite database). It "
                                        "was left unchanged; choose another file name for the workspace."),
    }[language]
    assert shown == [(expected[0], f"{expected[1]}\n\n{path}")]
    assert path.read_text(encoding="utf-8") == "not a workspace\n"


def test_a_team_server_that_is_down_is_reported_in_the_window_language(
        language: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A team workspace whose server refuses the connection (nothing listens on port 1): the
    start-up message and storage's reason are both in the window's language."""
    from desktop_app.ui.startup import open_for_window

    url = "postgresql://csp@127.0.0.1:1/desk"
    assert open_for_window(url, quiet=True) == 1
    err = capsys.readouterr().err
    expected = {
        "zh_TW": f"團隊工作區無法使用: 無法連線到團隊工作區 {url} 的伺服器（",
        "en": f"Team workspace unavailable: Cannot reach the server of the team workspace {url} (",
    }[language]
    assert err.startswith(expected), err
    tail = {"zh_TW": "）。請確認伺服器正在執行且位址正確，或改為開啟本機工作區。",
            "en": "). Check that the server is running and the address is right, or open a local "
                  "workspace instead."}[language]
    assert err.rstrip("\n").endswith(tail), err


def test_the_damage_box_lists_the_check_s_findings_in_the_window_language(
        tmp_path: Path, language: str, qtbot: QtBot) -> None:
    """The integrity check's own findings (not SQLite's words) are Texts too: the start-up box
    asking what to do with a damaged workspace lists them translated."""
    from desktop_app.storage.integrity import quick_check
    from desktop_app.ui.startup import damage_box

    path = tmp_path / "w.cspdesk"
    path.write_bytes(b"PK\x03\x04" + bytes(200))  # another file where the workspace was
    problems = quick_check(path)
    box = damage_box(path, problems, None)
    qtbot.addWidget(box)
    finding = {"zh_TW": "• 檔案不是 SQLite 資料庫（其檔頭已損毀，或是其他檔案）",
               "en": "• the file is not an SQLite database (its header is damaged or it is another file)"}
    assert box.informativeText().splitlines()[1] == finding[language]


def _cli(*args: str, language: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    return subprocess.run([sys.executable, "-m", "desktop_app", "--language", language, *args],
                          capture_output=True, text=True, cwd=ROOT, env={**env, "LANG": "C.UTF-8"},
                          timeout=120)


@pytest.mark.parametrize("language, expected", [
    ("zh_TW", "csp-desk：錯誤：{path} 不是 CSP Desk 工作區（不是 SQLite 資料庫）。檔案未被變更；"
              "請為工作區選擇其他檔名。"),
    ("en", "csp-desk: error: {path} is not a CSP Desk workspace (not an SQLite database). It was "
           "left unchanged; choose another file name for the workspace."),
], ids=["zh_TW", "en"])
def test_the_command_line_prints_a_refused_workspace_in_its_language(
        tmp_path: Path, language: str, expected: str) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a workspace\n", encoding="utf-8")
    result = _cli("--workspace", str(path), "ranking", "show", language=language)
    assert result.returncode == 1
    assert result.stderr.strip() == expected.format(path=path)
    assert path.read_text(encoding="utf-8") == "not a workspace\n"  # left unchanged


@pytest.mark.parametrize("language, expected", [
    ("zh_TW", "是資料夾，不是 CSP Desk 工作區檔案。檔案未被變更"),  # the kind, a Text in a Text
    ("en", "is a folder, not a CSP Desk workspace file. It was left unchanged"),
], ids=["zh_TW", "en"])
def test_a_folder_given_as_the_workspace_is_refused_in_the_language(
        tmp_path: Path, language: str, expected: str) -> None:
    result = _cli("--workspace", str(tmp_path), "ranking", "show", language=language)
    assert result.returncode == 1
    assert f"{tmp_path} {expected}" in result.stderr, result.stderr


@pytest.mark.parametrize("language, expected", [
    ("zh_TW", "csp-desk：錯誤：未從 figures.xlsx 匯入任何內容：\n  figures.xlsx 不是 Excel 活頁簿（.xlsx）。"),
    ("en", "csp-desk: error: Nothing was imported from figures.xlsx:\n"
           "  figures.xlsx is not an Excel workbook (.xlsx)."),
], ids=["zh_TW", "en"])
def test_a_refused_import_prints_every_problem_in_the_language(
        tmp_path: Path, language: str, expected: str) -> None:
    """The import's refusal is a list of problems, each a Text of its own (joined where shown)."""
    workspace = tmp_path / "w.cspdesk"
    Workspace.open(workspace).close()
    source = tmp_path / "figures.xlsx"
    source.write_text("ticker,quarter\n", encoding="utf-8")  # a CSV file named .xlsx
    result = _cli("--workspace", str(workspace), "import", str(source), language=language)
    assert result.returncode == 1
    assert result.stderr.strip() == expected
