"""A window start reads its options without building argparse's parser (cli._window_options); what
it reads must be what the parser reads, and anything else must go to the parser."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import cli

ROOT = Path(__file__).resolve().parent.parent

PLAIN = [
    [],
    ["--quit-after-paint"],
    ["--workspace", "/tmp/w.cspdesk"],
    ["--workspace=/tmp/w.cspdesk"],
    ["--workspace", "~/desk.cspdesk", "--language", "zh_TW"],
    ["--language=en", "--workspace", "relative/w.cspdesk", "--quit-after-paint"],
    ["--workspace", "postgresql://pm@db:5432/desk "],
    ["--workspace", "service=desk"],
    ["--workspace", "a.cspdesk", "--workspace", "b.cspdesk"],  # the last one wins, as in argparse
    ["--workspace="],
    ["--workspace", "工作區 2026.cspdesk"],
]

FOR_THE_PARSER = [
    ["--help"],
    ["-h"],
    ["--version"],
    ["ranking"],
    ["--workspace", "w.cspdesk", "ranking", "show"],
    ["--work", "w.cspdesk"],  # an abbreviation argparse accepts
    ["--quit"],
    ["--language", "fr"],
    ["--language"],
    ["--workspace"],
    ["--workspace", "--quit-after-paint"],
    ["--quit-after-paint=yes"],
    ["--workspace", "caf\udce9.cspdesk"],  # bytes that are not UTF-8 (argv decoded with surrogateescape)
]


@pytest.mark.parametrize("argv", PLAIN, ids=repr)
def test_the_window_options_are_read_as_the_parser_reads_them(argv: list[str]) -> None:
    fast = cli._window_options(argv)
    assert fast is not None
    parsed = cli.build_parser(with_commands=False).parse_args(argv)
    assert vars(fast) == vars(parsed)


@pytest.mark.parametrize("argv", FOR_THE_PARSER, ids=repr)
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert cli._window_options(argv) is None


def test_a_wrong_language_is_still_the_parsers_usage_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--language", "fr", "--workspace", str(tmp_path / "w.cspdesk")],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60, check=False)
    assert result.returncode == 2
    assert "invalid choice: 'fr'" in result.stderr
    assert not (tmp_path / "w.cspdesk").exists()
