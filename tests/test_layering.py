"""The architecture rules: domain/, storage/ and io/ never touch Qt, and no module grows too big."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import desktop_app

PACKAGE = Path(desktop_app.__file__).resolve().parent
QT_FREE = ("domain", "storage", "io")
MAX_LINES = 500

QT_IMPORT = re.compile(r"^\s*(import|from)\s+(PySide6|shiboken6|pyqtgraph)\b", re.MULTILINE)

_IMPORT_ALL = """
import importlib, pkgutil, sys
names = []
for layer in {layers!r}:
    package = importlib.import_module("desktop_app." + layer)
    names.append(package.__name__)
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph"))
assert not qt, "Qt imported by the Qt-free layers: " + ", ".join(qt)
print("\\n".join(names))
"""


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh interpreter that imports the same desktop_app as this test process."""
    return subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(PACKAGE.parent)!r})\n{code}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_qt_free_layers_import_without_qt(tmp_path: Path) -> None:
    result = _python(_IMPORT_ALL.format(layers=QT_FREE), tmp_path)
    assert result.returncode == 0, result.stderr
    imported = set(result.stdout.split())
    # Every module file under the layers was imported (walk_packages found them all).
    for layer in QT_FREE:
        for file in (PACKAGE / layer).rglob("*.py"):
            parts = file.relative_to(PACKAGE.parent).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            assert name in imported, f"{name} was not imported"


def test_qt_free_layers_have_no_qt_import_statement() -> None:
    offenders = []
    for layer in QT_FREE:
        for file in sorted((PACKAGE / layer).rglob("*.py")):
            text = file.read_text(encoding="utf-8")
            for match in QT_IMPORT.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                offenders.append(f"{file.relative_to(PACKAGE.parent)}:{line}: {match.group(0).strip()}")
    assert not offenders, "Qt imported outside ui/:\n" + "\n".join(offenders)


def test_no_module_is_longer_than_the_limit() -> None:
    too_long = []
    for file in sorted(PACKAGE.rglob("*.py")):
        with file.open(encoding="utf-8") as handle:
            lines = sum(1 for _ in handle)
        if lines > MAX_LINES:
            too_long.append(f"{file.relative_to(PACKAGE.parent)}: {lines} lines")
    assert not too_long, f"modules over {MAX_LINES} lines (split them):\n" + "\n".join(too_long)
