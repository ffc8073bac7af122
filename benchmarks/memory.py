"""Peak memory of CSP Desk after visiting every tab (and every page inside the tabs).

    python benchmarks/memory.py [--python PATH] [--workspace PATH]

Runs a fresh interpreter that opens the main window on a seeded workspace (offscreen unless a
display is set), shows each tab in turn and, inside each, each sub-tab (the ranking history pages
with the rank-over-time chart, the capex charts…), paints the window after every step, and
prints the process's peak resident set size (`ru_maxrss`) before and after. Goal: < 250 MiB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VISIT = r"""
import resource, sys
from pathlib import Path

def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

from PySide6.QtWidgets import QApplication, QTabWidget
from desktop_app.ui.app import application
app = application()
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.main_window import MainWindow

window = MainWindow(Workspace.open(Path(sys.argv[1])))
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab()
print(f"after first paint     {peak_mib():7.1f} MiB", flush=True)
visited = []
for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    page = window.tab_page(index)
    app.processEvents()
    window.grab()
    for inner in page.findChildren(QTabWidget):
        for sub in range(inner.count()):
            inner.setCurrentIndex(sub)
            app.processEvents()
            window.grab()
            visited.append(f"{window.tabs.tabText(index)} / {inner.tabText(sub)}".replace("&&", "&"))
    visited.append(window.tabs.tabText(index))
    print(f"after {window.tabs.tabText(index):<16}{peak_mib():7.1f} MiB", flush=True)
print("visited: " + ", ".join(visited))
print(f"PEAK {peak_mib():.1f}")
window.close()
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--python", default=sys.executable, help="interpreter to run (default: this one)")
    parser.add_argument("--workspace", type=Path, help="workspace to open (default: a temporary one)")
    parser.add_argument("--goal", type=float, default=250.0, help="largest acceptable peak, MiB")
    args = parser.parse_args(argv)
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="csp-desk-memory-") as tmp:
        env.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))
        workspace = args.workspace or Path(tmp) / "memory.cspdesk"
        result = subprocess.run([args.python, "-c", VISIT, str(workspace)], env=env, cwd=ROOT,
                                capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return 2
    lines = result.stdout.splitlines()
    peak = float(next(line for line in lines if line.startswith("PEAK ")).split()[1])
    print("\n".join(line for line in lines if not line.startswith("PEAK ")))
    verdict = "ok" if peak < args.goal else "OVER GOAL"
    print(f"peak RSS after visiting every tab: {peak:.1f} MiB (goal < {args.goal:.0f} MiB: {verdict})")
    return 0 if peak < args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
