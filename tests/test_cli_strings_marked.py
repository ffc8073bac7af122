"""No plain English slips into the command line: every message printed, every CliError / usage / parser
error and every help, description and title text in desktop_app/cli.py and desktop_app/cli_commands/
goes through QT_TRANSLATE_NOOP (and cli_translations.translated), never a bare literal or f-string.

The check reads the source (ast): a string literal, an f-string, a concatenation with one, or
`str(exc)` (which drops a marked Text's translation) given where a user reads it fails, unless
ALLOWED names it (output that is not language: numbers, paths, CSV)."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).parent
SOURCES = [PACKAGE / "cli.py", *sorted((PACKAGE / "cli_commands").glob("*.py"))]

# Calls whose first argument a user reads, and keywords a user reads in --help.
MESSAGE_CALLS = {"print", "CliError", "usage", "error", "ArgumentTypeError", "_error"}
MESSAGE_KEYWORDS = {"help", "description", "title"}
# Wrappers that make a marked text the user's language.
MARKING_CALLS = {"QT_TRANSLATE_NOOP", "translated", "error_message", "arg"}

# (file name, the unmarked expression's source) that is not language; each entry says why.
ALLOWED: dict[tuple[str, str], str] = {}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _plain(node: ast.expr) -> bool:
    """True when `node` is text no translation reaches: a literal, an f-string, a join with one,
    str(something), or a conditional with such a branch."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value.strip() != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _plain(node.left) or _plain(node.right) or isinstance(node.left, ast.JoinedStr)
    if isinstance(node, ast.IfExp):
        return _plain(node.body) or _plain(node.orelse)
    if isinstance(node, ast.BoolOp):
        return any(_plain(v) for v in node.values)
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name == "str" or (name == "format" and isinstance(node.func, ast.Attribute)):
            return True
        if name == "join" and isinstance(node.func, ast.Attribute):
            return _plain(node.func.value) or any(_plain(a) for a in node.args)
    return False


def unmarked(source: str, file_name: str) -> list[str]:
    """Every user-facing text in `source` that is not marked for translation, as `file:line: code`."""
    found: list[str] = []
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        candidates: list[ast.expr] = []
        if _name(node.func) in MESSAGE_CALLS and node.args:
            candidates.append(node.args[0])
        candidates += [k.value for k in node.keywords if k.arg in MESSAGE_KEYWORDS]
        for expr in candidates:
            code = ast.get_source_segment(source, expr) or ""
            if _plain(expr) and (file_name, code) not in ALLOWED:
                found.append(f"{file_name}:{expr.lineno}: {code[:90]}")
    return found


def test_every_cli_message_and_help_text_is_marked() -> None:
    found = [hit for path in SOURCES for hit in unmarked(path.read_text(encoding="utf-8"), path.name)]
    assert not found, "plain text where a user reads it (wrap it in translated(QT_TRANSLATE_NOOP(...))):\n" + \
        "\n".join(found)


def test_the_guard_finds_plain_text() -> None:
    """The check above can fail: each way of slipping English in is caught, marked texts are not."""
    bad = '''
print("Added it")
print(f"Added {ticker}")
raise CliError("No." + detail)
raise CliError(str(exc))
raise usage(f"{x!r} is bad")
parser.add_argument("--x", help="plain help")
actions.add_parser("list", help="a", description=f"b {c}")
sub = parser.add_subparsers(title="actions")
parser.error("bad " + x)
raise argparse.ArgumentTypeError(f"{text}: no")
print(translated(QT_TRANSLATE_NOOP("C", "a")) if x else "plain")
'''
    assert len(unmarked(bad, "bad.py")) == 12
    good = '''
print(translated(QT_TRANSLATE_NOOP("C", "Added %1").arg(ticker)))
raise CliError(QT_TRANSLATE_NOOP("C", "No: %1").arg(error_message(exc)))
parser.add_argument("--x", help=translated(QT_TRANSLATE_NOOP("C", "help")))
print(dest)
print(result.path.resolve())
'''
    assert unmarked(good, "good.py") == []
