"""Build the frozen CSP Desk with PyInstaller: `dist/csp-desk/` (and `dist/CSP Desk.app` on macOS).

    pip install ".[build]"          # PyInstaller; not a runtime dependency
    python scripts/build_app.py [--dist DIR] [--work DIR]

Runs PyInstaller on packaging/csp-desk.spec (the same on Windows, macOS and Linux), then prints
the folder built, the programs in it and its size on disk. Exit status: PyInstaller's.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "csp-desk.spec"
NAME = "csp-desk"


def folder_size(folder: Path) -> int:
    """Bytes on disk of every file below `folder` (symbolic links not followed)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is not installed: pip install \".[build]\"", file=sys.stderr)
        return 1
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    done = subprocess.run(command, cwd=ROOT)
    if done.returncode != 0:
        return done.returncode
    app = args.dist / NAME
    programs = sorted(p.name for p in app.iterdir() if p.is_file() and p.stem.startswith(NAME))
    print(f"built {app}: {', '.join(programs)}; {folder_size(app) / 1e6:.0f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
