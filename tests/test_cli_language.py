"""The command line in zh_TW and in English, run in a real subprocess on a real workspace file.

To keep this quick, one Python process runs many command lines through `desktop_app.cli.main`
(the function `csp-desk` calls), each with its own argv, language, stdout and stderr: the same code
path as `python -m desktop_app ...` once per command, without paying the interpreter's start-up for
each. The --help test walks the parser that process built with `--language zh_TW`.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DRIVER = r"""
import contextlib, io, json, sys
from desktop_app.cli import main
results = []
for argv in json.loads(sys.stdin.read()):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exc:  # argparse: --help, a usage error
            status = exc.code if isinstance(exc.code, int) else 1
    results.append({"argv": argv, "status": status, "out": out.getvalue(), "err": err.getvalue()})
json.dump(results, sys.stdout)
"""

HELP_WALK = r"""
import argparse, json, sys
from desktop_app.cli import build_parser
from desktop_app.cli_translations import language_of, set_language
set_language(language_of(["--language", "zh_TW"]))
found = []
def walk(parser, path):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                walk(child, path + [name])
        elif action.help not in (None, argparse.SUPPRESS):
            found.append({"path": path, "option": action.option_strings or [action.dest],
                          "help": action.help, "shown": parser.format_help()})
walk(build_parser(), [])
json.dump(found, sys.stdout)
"""

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef]")


def run_batch(argvs: list[list[str]], cwd: Path, **env: str) -> list[dict[str, object]]:
    done = subprocess.run([sys.executable, "-c", DRIVER], input=json.dumps(argvs), capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, timeout=300, check=True,
                          env={**os.environ, **env})
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results


def test_every_option_help_is_translated(tmp_path: Path) -> None:
    """`--language zh_TW` and every subcommand's --help: each option's help line is Chinese."""
    done = subprocess.run([sys.executable, "-c", HELP_WALK], capture_output=True, text=True,
                          encoding="utf-8", cwd=tmp_path, timeout=120, check=True)
    options = json.loads(done.stdout)
    paths = {tuple(o["path"]) for o in options}
    assert {("company", "add"), ("ranking", "set"), ("price", "set"), ("log",), ("team", "init")} <= paths
    english = [f"{' '.join(o['path'])} {o['option'][0]}: {o['help']}" for o in options
               if not CJK.search(o["help"])]
    assert not english, "untranslated --help lines:\n" + "\n".join(english)
    for option in options:  # what argparse prints carries the translated line
        first = option["help"].split("%")[0][:20]
        assert first in option["shown"].replace("\n", " ") or first in option["shown"]
    # and the real --help output of a command, through the command line itself
    [shown] = run_batch([["--language", "zh_TW", "price", "set", "--help"]], tmp_path)
    assert shown["status"] == 0
    assert "股價的基準日期" in str(shown["out"]) and "選項" in str(shown["out"])


@pytest.mark.slow
def test_result_messages_in_both_languages(tmp_path: Path) -> None:
    """Several commands' results and errors on one workspace file, in zh_TW and then in English."""
    def commands(language: str) -> list[list[str]]:
        ws = str(tmp_path / f"{language}.cspdesk")
        return [["--language", language, "--workspace", ws, *args] for args in (
            ["price", "set", "MSFT", "500", "--date", "2025-08-01"],
            ["target", "set", "MSFT", "650", "--date", "2025-08-02", "--rating", "OP"],
            ["ranking", "set", "AMZN", "MSFT", "GOOGL", "META"],
            ["ranking", "set", "AMZN", "MSFT", "GOOGL", "META"],  # unchanged
            ["company", "add", "ORCL", "--name", "Oracle", "--fy-end", "5"],
            ["company", "list"],
            ["backup"],
            ["check"],
            ["log", "--limit", "6"],
            ["price", "set", "MSFT", "-3", "--date", "2025-08-01"],  # a usage error
            ["company", "add", "MSFT", "--name", "Microsoft", "--fy-end", "6"],  # already covered
        )]

    zh = run_batch(commands("zh_TW"), tmp_path)
    en = run_batch([*commands("en"), ["--language", "en", "--workspace", str(tmp_path / "zh_TW.cspdesk"),
                                      "log", "--limit", "6"]], tmp_path)
    out = [str(r["out"]) + str(r["err"]) for r in zh]
    assert [r["status"] for r in zh] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2]
    assert "MSFT 股價 500（截至 2025-08-01）" in out[0]
    assert out[1].strip() == "MSFT 目標價 650（OP，截至 2025-08-02）"
    assert " 1  AMZN" in out[2] and "排名已是 AMZN > MSFT > GOOGL > META；沒有變更。" in out[3]
    assert out[4].startswith("已新增 ORCL（Oracle），會計年度結束於 5 月")
    assert "會計年度結束於 6 月" in out[5] and "個項目" in out[5]
    assert out[6].strip().endswith(".cspdesk") and ".backups" in out[6]  # a path: no language
    assert out[7].startswith("正常  ")
    log = out[8].splitlines()
    assert any("已將 ORCL（Oracle）加入追蹤名單" in line for line in log)
    assert any("將 AMZN 從第 2 名移到第 1 名" in line for line in log)
    assert any("MSFT 目標價 650（OP，截至 2025-08-02）" in line for line in log)
    assert "必須大於零" in out[9] and "未做任何變更" in out[9]
    assert "MSFT 已在追蹤中" in out[10]
    assert not any(re.search(r"\b(as of|Added|already|Nothing|ranking is)\b", text) for text in out)

    english = [str(r["out"]) + str(r["err"]) for r in en]
    assert [r["status"] for r in en] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0]
    assert english[0].startswith("MSFT share price 500 as of 2025-08-01")
    assert english[1].strip() == "MSFT target price 650 (OP) as of 2025-08-02"
    assert "The ranking is already AMZN > MSFT > GOOGL > META; nothing changed." in english[3]
    assert english[4].startswith("Added ORCL (Oracle), fiscal year ending in month 5")
    assert english[7].startswith("ok  ")
    assert "Added ORCL (Oracle) to the coverage" in english[8] and "Move AMZN from 2 to 1" in english[8]
    # the log written by a zh_TW command line reads in English: rendered from the detail
    assert "Added ORCL (Oracle) to the coverage" in english[11] and "MSFT share price 500" in english[11]
    assert "must be above zero" in english[9] and "MSFT is already covered." in english[10]
    assert not any(CJK.search(text) for text in english if "微軟" not in text and "亞馬遜" not in text)


def test_columns_stay_aligned_with_wide_characters(tmp_path: Path) -> None:
    """zh_TW tables pad by display width (a CJK character is two columns)."""
    ws = str(tmp_path / "w.cspdesk")
    [info, scorecard] = run_batch([["--language", "zh_TW", "--workspace", ws, "info"],
                                   ["--language", "zh_TW", "--workspace", ws, "scorecard", "show", "MSFT",
                                    "F4Q25"]], tmp_path)
    from desktop_app.cli_translations import display_width

    lines = str(info["out"]).splitlines()
    starts = {display_width(line[:line.index("  ") + 2]) + len(line[line.index("  ") + 2:]) -
              len(line[line.index("  ") + 2:].lstrip(" ")) for line in lines}
    assert len(starts) == 1, lines  # the values start in one column
    out = str(scorecard["out"]).splitlines()
    groups, rows = out[1], [line for line in out[2:] if line.startswith(("項目", "  "))]
    # the window's two column groups: the quarter's results and the next quarter's outlook
    assert groups.split() == ["季度", "F4Q25", "·", "2Q25", "財報結果", "F1Q26", "·", "3Q25", "展望"], groups
    # over the first figure column ("實際值" is as wide as its widest figure, 76,441)
    assert display_width(groups[:groups.index("F4Q25")]) == display_width(rows[0][:rows[0].index("實際值")])
    assert rows[0].startswith("項目") and "實際值" in rows[0]
    assert len({display_width(line) for line in rows}) == 1, rows  # right-aligned to one width


def test_chinese_help_wraps_by_display_width(tmp_path: Path) -> None:
    """argparse counts characters; the zh_TW help is wrapped by columns and between characters."""
    from desktop_app.cli_translations import display_width, wrap

    assert wrap("工作區檔案（若不存在）或 URL（postgresql://x）；預設", 12) == [
        "工作區檔案（", "若不存在）或", "URL（", "postgresql://x）；", "預設"]
    assert wrap("the workspace file or URL", 12) == ["the", "workspace", "file or URL"]
    helps = run_batch([["--language", "zh_TW", command, "--help"] for command in ("backup", "export", "log")]
                      + [["--language", "en", "backup", "--help"]], tmp_path, COLUMNS="80")
    for shown in helps[:3]:
        lines = [line for line in str(shown["out"]).splitlines() if not line.startswith(("用法", "   ["))]
        too_wide = [line for line in lines if display_width(line) > 80]
        assert not too_wide and any("工作區" in line for line in lines)
    english = str(helps[3]["out"])
    assert "keep the newest N backups (default 10) besides one a day" in " ".join(english.split())


def test_argparse_usage_errors_in_chinese(tmp_path: Path) -> None:
    """A bad command line: argparse's own messages come out in zh_TW too (its gettext hook)."""
    bad, missing, number, english = run_batch([["--language", "zh_TW", "ranking", "frob"],
                                                ["--language", "zh_TW", "price", "set"],
                                                ["--language", "zh_TW", "log", "--limit", "x"],
                                                ["--language", "en", "ranking", "frob"]], tmp_path)
    assert [r["status"] for r in (bad, missing, number, english)] == [2, 2, 2, 2]
    assert "：錯誤：引數 ACTION：無效的選項：'frob'" in str(bad["err"])
    assert "缺少必要的引數：TICKER, PRICE, --date" in str(missing["err"])
    assert "無效的 int 值：'x'" in str(number["err"])
    assert "error: argument ACTION: invalid choice: 'frob'" in str(english["err"])
    assert not CJK.search(str(english["err"]))
    # a command's usage names the command, not the whole top-level usage line before it
    assert str(missing["err"]).startswith("用法：csp-desk price set [-h] --date YYYY-MM-DD")
    assert str(english["err"]).startswith("usage: csp-desk ranking [-h]")


def test_an_unexpected_error_is_said_in_the_command_line_language(tmp_path: Path) -> None:
    """The one line printed for a crash (crash_log.summary) speaks zh_TW; English stays as it was."""
    from desktop_app import crash_log
    from desktop_app.cli_translations import set_language, translated

    log = tmp_path / "csp-desk.log"
    english = crash_log.summary(ValueError("boom"), log)
    assert english == f"Unexpected error (ValueError: boom). The details are in {log}. Please report it."
    set_language("zh_TW")
    try:
        chinese = crash_log.summary(ValueError("boom"), log, translated)
        unwritten = crash_log.summary(ValueError("boom"), None, translated)
    finally:
        set_language("en")
    assert chinese == f"發生未預期的錯誤（ValueError: boom）。詳細資訊在 {log}。請回報此問題。"
    assert "無法將詳細資訊寫入記錄檔" in unwritten
    assert translated(crash_log.where(None)) == "The details could not be written to a log file."


def test_data_labels_follow_the_language_as_in_the_window(tmp_path: Path) -> None:
    """Company names, section titles and standard line labels: Chinese in zh_TW (the data's
    Chinese name, the window's translation of a shipped label), English in en."""
    ws = str(tmp_path / "w.cspdesk")
    zh_card, zh_order, en_card, en_order = run_batch(
        [["--language", lang, "--workspace", ws, *args] for lang in ("zh_TW", "en")
         for args in (["scorecard", "show", "MSFT", "2Q25"], ["ranking"])], tmp_path)
    assert all(r["status"] == 0 for r in (zh_card, zh_order, en_card, en_order))
    zh, en = str(zh_card["out"]), str(en_card["out"])
    assert zh.startswith("微軟（MSFT）F4Q25") and en.startswith("Microsoft (MSFT) F4Q25")
    assert "\n營收與部門\n" in zh and "\nRevenue and segments\n" in en
    assert "\n  營收 " in zh and "\n  Revenue " in en
    assert "\n  Intelligent Cloud " in zh  # segment names stay as the note prints them
    assert [line.split()[-1] for line in str(zh_order["out"]).splitlines()[-4:]] == [
        "微軟", "亞馬遜", "(谷歌)", "Meta"]
    assert [line.split()[-1] for line in str(en_order["out"]).splitlines()[-4:]] == [
        "Microsoft", "Amazon", "Alphabet", "Meta"]


def test_a_size_in_bytes_is_said_in_the_chosen_language() -> None:
    from desktop_app.cli_translations import set_language, translated
    from desktop_app.files import size_text

    try:
        set_language("zh_TW")
        assert translated(size_text(512)) == "512 位元組" and translated(size_text(3 * 1024 ** 2)) == "3.0 MB"
        set_language("en")
        assert translated(size_text(512)) == "512 bytes"
    finally:
        set_language("en")


WINDOW_START = r"""
import contextlib, io, json, sys
import desktop_app.cli as cli
from desktop_app import cli_translations
cli._run_gui = lambda args: 0  # the window itself is not the point here
status = cli.main(["--language", "zh_TW", "--workspace", sys.argv[1]])
read = cli_translations.catalog.cache_info().currsize
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        bad = cli.main(["--language", "zh_TW", "--workspace", "bad\udcff.cspdesk"])
    except SystemExit as exc:
        bad = exc.code
print(json.dumps({"status": status, "read": read, "bad": bad, "err": err.getvalue()}))
"""


def test_a_chinese_window_start_does_not_read_the_translations_it_never_shows(tmp_path: Path) -> None:
    """The window's start builds a parser whose --help texts it never shows: the command line's
    translation file (parsed in Python) is not read for them; a refused value still says why in
    Chinese."""
    done = subprocess.run([sys.executable, "-c", WINDOW_START, str(tmp_path / "w.cspdesk")],
                          capture_output=True, text=True, encoding="utf-8", cwd=tmp_path, timeout=120,
                          check=True, env={**os.environ, "LANG": "C.UTF-8"})
    result = json.loads(done.stdout)
    assert result["status"] == 0
    assert result["read"] == 0  # nothing translated: the file was not read
    assert result["bad"] == 2 and CJK.search(result["err"]) and "錯誤" in result["err"]


def test_line_list_labels_and_sections_follow_the_language(tmp_path: Path) -> None:
    """`line list` names a line in English and, in zh_TW, in Chinese too (the standard label
    translated where the data holds none, as the window shows it) under its translated section; the
    kind and polarity stay the words `line add` takes. A refused command's Chinese sentence is not
    followed by a Latin space."""
    ws = str(tmp_path / "w.cspdesk")
    zh, en, refused = run_batch([["--language", "zh_TW", "--workspace", ws, "line", "list", "MSFT"],
                                 ["--language", "en", "--workspace", ws, "line", "list", "MSFT"],
                                 ["--language", "zh_TW", "--workspace", ws, "scorecard", "show", "GOOGL", "2Q25"]],
                                tmp_path)
    first = str(zh["out"]).splitlines()[0]
    assert re.sub(r"\s+", " ", first) == " 1 revenue Revenue / 營收 [營收與部門] amount、higher、US$mn", first
    assert "Intelligent Cloud  [營收與部門]" in str(zh["out"])  # a segment name stays as the note prints it
    assert "Revenue and segments" not in str(zh["out"])
    assert re.sub(r"\s+", " ", str(en["out"]).splitlines()[0]) == " 1 revenue Revenue [Revenue and segments] amount, higher, US$mn"
    assert refused["status"] == 2 and "。未做任何變更。" in str(refused["err"]), refused["err"]
