"""Update the Qt Linguist sources and build the translations the program loads.

    python scripts/translations.py          # lupdate: the .ts files follow the code, then lrelease
    python scripts/translations.py --check  # exit 1 when a .ts or .qm is not current (what CI tests)

`pyside6-lupdate` scans desktop_app/ for self.tr("…") and QCoreApplication.translate("Context", "…")
(literal strings only) and QT_TRANSLATE_NOOP("Context", "…") markers, and merges what it finds into
resources/translations/csp_desk_zh_TW.ts (new strings arrive unfinished: translate them in Qt
Linguist, `pyside6-linguist`, or in the file) and csp_desk_en.ts (plural forms only: English is the
source language). `pyside6-lrelease` then writes the .qm files beside them, which ship in the wheel.
Strings no longer in the code are dropped from the .ts files (-no-obsolete).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
SOURCES = ROOT / "desktop_app"
LANGUAGES = {"zh_TW": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def ts_file(language: str) -> Path:
    return FOLDER / f"csp_desk_{language}.ts"


def lupdate(language: str, target: Path) -> None:
    command = [tool("pyside6-lupdate"), "-extensions", "py", "-locations", "none", "-no-obsolete",
               "-source-language", "en", "-target-language", language, *LANGUAGES[language],
               str(SOURCES), "-ts", str(target)]
    subprocess.run(command, check=True, capture_output=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for language in LANGUAGES:
        ts = ts_file(language)
        qm = ts.with_suffix(".qm")
        if check:
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copyfile(ts, copy)
                lupdate(language, copy)
                built = Path(tmp) / qm.name
                lrelease(ts, built)
                if copy.read_bytes() != ts.read_bytes():
                    stale.append(str(ts.relative_to(ROOT)))
                if not qm.exists() or built.read_bytes() != qm.read_bytes():
                    stale.append(str(qm.relative_to(ROOT)))
        else:
            lupdate(language, ts)
            lrelease(ts, qm)
    if stale:
        print("not current (run python scripts/translations.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
