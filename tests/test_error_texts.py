"""No English sentence is built deep down: every error raised in storage/, io/, domain/ and paths.py
carries a QT_TRANSLATE_NOOP Text (domain/texts.py) as its message, so that the window and the
command line show it in the user's language. An AST scan finds each exception made there (a call of
a class named …Error / …Exception / …Refused, raised or returned) and each helper that takes a
reason for one, and fails when the message is a plain str literal, an f-string, `%`, `+` or
`.format`. The few messages no user ever sees (programming errors, writer invariants, a broken
installation) are listed below, each with its reason.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"
SCANNED = [*(PACKAGE / "storage").rglob("*.py"), *(PACKAGE / "io").rglob("*.py"),
           *(PACKAGE / "domain").rglob("*.py"), PACKAGE / "paths.py"]

# Helpers that take the message (or a reason put into one) at this argument index.
MESSAGE_ARGUMENT = {
    "Problem": 2,  # io/excel_import.py Problem(sheet, cell, reason)
    "problem": 1,  # a reader's problem(cell, reason)
    "_refuse": 1,  # io/excel_import.py _refuse(path, reason)
    "_not_ours": 1,  # storage/identity.py _not_ours(path, why)
    "_file_only": 0,  # storage/team_workspace.py _file_only(what)
    "classify": 1,  # storage/errors.py classify(exc, what, folder): "Disk full: <what> needs …"
    "disk_full": 0,
    "DataFileError": 3,  # io/seed_files.py DataFileError(file, row, column, reason)
}
EXCEPTION_SUFFIXES = ("Error", "Exception", "Refused")

# (file under desktop_app/, exception or helper, a fragment of the message): why it stays English.
ALLOWED = {
    ("storage/backups.py", "ValueError", "unknown backup reason"):
        "a programming error: the reasons are constants of the program",
    ("storage/codec.py", "TypeError", "store figures as Decimal"):
        "a programming error: every caller parses text into Decimal first",
    ("storage/codec.py", "TypeError", "to the change log"):
        "a programming error: the change log's detail holds only known types",
    ("storage/pg_connection.py", "ProgrammingError", "Cannot operate on a closed database"):
        "sqlite3's own words for the same misuse; storage/readable.py turns it into a translated "
        "WorkspaceClosedError before anyone sees it",
    ("storage/schema.py", "RuntimeError", "migration list out of order"):
        "a programming error in MIGRATIONS, caught by the tests",
    ("storage/schema.py", "RuntimeError", "but there are"):
        "a programming error: schema_version.SCHEMA_VERSION not raised with a new migration",
    ("storage/team_workspace.py", "AttributeError", "a team workspace has no file path"):
        "a programming error: nothing in the program sets a team workspace's path",
    ("io/excel_layout.py", "ValueError", "not a finite number"):
        "caught by the import, which reports the cell in its own translated words",
    ("io/excel_styles.py", "ValueError", "unknown style"): "a programming error in the writer",
    ("io/excel_xml.py", "ValueError", "not a finite number"): "a writer invariant (figures are checked first)",
    ("io/excel_xml.py", "ValueError", "no empty sheetData"): "a template invariant",
    ("io/excel_xml.py", "ValueError", "already has a shared string table"): "a template invariant",
    ("io/excel_xml.py", "ValueError", "sheet parts not found"): "a template invariant",
    ("io/seed_data.py", "DataFileError", "unknown line"):
        "the shipped data set's validator: for whoever maintains data/*.csv, never edited by a user",
    ("io/seed_data.py", "DataFileError", "ranks are not"): "the shipped data set's validator",
    ("io/seed_files.py", "DataFileError", "file missing in"): "the shipped data set's validator",
    ("io/seed_files.py", "DataFileError", "file is empty"): "the shipped data set's validator",
    ("io/seed_files.py", "DataFileError", "header must be"): "the shipped data set's validator",
    ("io/seed_files.py", "DataFileError", "cells, expected"): "the shipped data set's validator",
    ("domain/ranking.py", "IndexError", "cannot move"):
        "a programming error: the views move only rows that exist",
    ("domain/scorecard.py", "ValueError", "not an editable field"):
        "a programming error: the field names are constants of the program",
    ("paths.py", "FileNotFoundError", "folder not found"):
        "a broken installation: the translations live in resources/, which is what is missing",
}


@dataclass(frozen=True)
class Found:
    file: str
    line: int
    name: str
    message: str


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _plain(node: ast.expr) -> bool:
    """A message written as English in the code: a str literal, an f-string, `%`, `+`, .format()."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod | ast.Add):
        return _plain(node.left) or _plain(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _plain(node.func.value)
    if isinstance(node, ast.IfExp):
        return _plain(node.body) or _plain(node.orelse)
    return False


def plain_messages(source: str, file: str = "<sample>") -> list[Found]:
    """Every exception (or helper) in `source` given a plain English message."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        index = MESSAGE_ARGUMENT.get(name, 0 if name.endswith(EXCEPTION_SUFFIXES) else None)
        if index is None:
            continue
        args = [node.args[index]] if index < len(node.args) else []
        args += [k.value for k in node.keywords if k.arg in ("message", "reason", "what")]
        for arg in args:
            if _plain(arg):
                found.append(Found(file, node.lineno, name, ast.unparse(arg)))
    return found


def _allowed(found: Found) -> bool:
    return any(file == found.file and name == found.name and fragment in found.message
               for file, name, fragment in ALLOWED)


def _scan() -> list[Found]:
    found = []
    for path in sorted(SCANNED):
        found += plain_messages(path.read_text(encoding="utf-8"), path.relative_to(PACKAGE).as_posix())
    return found


def test_every_message_raised_below_the_ui_is_a_marked_text() -> None:
    bad = [f for f in _scan() if not _allowed(f)]
    assert not bad, "English messages built below the UI (use QT_TRANSLATE_NOOP):\n" + "\n".join(
        f"  desktop_app/{f.file}:{f.line}: {f.name}({f.message})" for f in bad)


def test_every_allowed_message_is_still_there() -> None:
    found = _scan()
    stale = [key for key in ALLOWED
             if not any(f.file == key[0] and f.name == key[1] and key[2] in f.message for f in found)]
    assert not stale, f"allow-list entries that match nothing any more: {stale}"


@pytest.mark.parametrize("source", [
    'raise ValueError("not a number")',
    'raise WorkspaceError(f"Cannot open {path}")',
    'raise SaveError("Could not save: %s" % reason)',
    'raise SaveError("Could not save: " + reason)',
    'raise SaveError("Could not save: {}".format(reason))',
    'return ConflictError(f"{ticker} changed")',
    'raise FileRefused("x" if big else "y")',
    'raise DataFileError(name, 1, "-", f"{n} cells")',
    'reader.problem(cell, f"{value} is not a number.")',
    'raise SaveError(message=f"Could not save {x}")',
])
def test_the_scan_catches_english_messages(source: str) -> None:
    assert len(plain_messages(source)) == 1, source


@pytest.mark.parametrize("source", [
    'raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a number: %1").arg(text))',
    'raise SaveError(READ_ONLY)',
    'raise KeyError(ticker)',
    'raise OSError(errno.EINVAL, "not a regular file", str(path))',  # the OS's own kind of message
    'raise DataFileError(name, 1, "-", QT_TRANSLATE_NOOP("SeedErrors", "file is empty"))',
    'raise ExcelImportError(path, problems)',
    'raise ValueError("")',
])
def test_the_scan_passes_marked_texts(source: str) -> None:
    assert plain_messages(source) == [], source
