"""Start-up time of CSP Desk against a bare PySide6 window, measured in the same run.

    python benchmarks/startup.py [--runs 7] [--python PATH] [--workspace PATH] [--language en|zh_TW]

Each sample is a fresh interpreter timed from launch to exit:
- "bare":     QApplication + an empty QMainWindow, quit right after the window's first paint;
- "csp-desk": `python -m desktop_app --quit-after-paint --workspace <tmp>` (same paint trigger);
- "complete": the same start, quit once the Ranking tab's history pane below the list is built too
  (it is built on the turn of the event loop after the first paint), for what the first frame leaves
  out: informational, the goal is on the first paint.
- "to paint": also informational, the time from launch to the window's first paint event itself
  (each process writes `time.monotonic()` there; CSP Desk through a small hook, see PAINTED), which
  leaves out what happens after the paint: quitting, closing the workspace, Python's shutdown (the
  bare window's shutdown runs a full garbage collection over PySide's objects; CSP Desk froze its
  start-up objects, so its shutdown is shorter).
A warm-up run of each comes first: it creates and seeds the workspace, so the timed runs open an
existing one as a user does every day, and writes the bytecode caches (to a temporary
PYTHONPYCACHEPREFIX, never into the tree). Prints the medians and the ratio (the goal, <= 1.8x as
issue 13 sets it, is on wall clock), and each side's median CPU time (user + system), which other
programs on a busy machine disturb less.
Exit status 0 when the ratio is within --goal, 1 when it is not, 2 when a run fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

class QuitAfterFirstPaint(QObject):
    def __init__(self, app, window):
        super().__init__(app)
        self.app, self.window, self.painted = app, window, False

    def eventFilter(self, watched, event):
        if (not self.painted and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and watched.window() is self.window):
            self.painted = True
            import time
            sys.stderr.write(f"first paint at {time.monotonic():.6f}\\n")
            QTimer.singleShot(0, self.app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
app.installEventFilter(QuitAfterFirstPaint(app, window))
window.show()
sys.exit(app.exec())
"""


# The scripts below run CSP Desk's own start (`from desktop_app.cli import main`) with a hook that
# changes one thing in desktop_app.ui.app once the start itself has imported it (importing it here
# would load PySide6 before the modules the start imports ahead of it, and time another start).
_HOOKED_START = """
import importlib.abc, importlib.util, sys, time

class Hook(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name != "desktop_app.ui.app":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run = spec.loader.exec_module

        def exec_module(module):
            run(module)
            change(module)
        spec.loader.exec_module = exec_module
        return spec
%s
sys.meta_path.insert(0, Hook())
from desktop_app.cli import main
sys.exit(main())
"""

# `python -c COMPLETE --workspace W`: CSP Desk's normal start, quit once the history pane is built.
COMPLETE = _HOOKED_START % """
def change(module):
    started = module._started

    def quit_when_complete():
        started()
        from PySide6.QtWidgets import QApplication
        from desktop_app.ui.main_window import MainWindow
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        page = window.tab_page(0).history.widget(0)
        if page.is_built:
            QApplication.quit()
        else:
            page.built.connect(QApplication.quit)
    module._started = quit_when_complete
"""

# `python -c PAINTED --quit-after-paint ...`: the start `-m desktop_app` runs, writing
# time.monotonic() at the window's first paint event (the filter that quits after the paint sees it).
PAINTED = _HOOKED_START % """
def change(module):
    event_filter = module._AfterFirstPaint.eventFilter
    seen = []

    def stamped(self, watched, event):
        if not seen and watched is self._window and event.type() == event.Type.Paint:
            seen.append(True)
            sys.stderr.write(f"first paint at {time.monotonic():.6f}\\n")
        return event_filter(self, watched, event)
    module._AfterFirstPaint.eventFilter = stamped
"""


def time_run(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float | None]:
    """Seconds from launching `cmd` to its exit, and to the first paint it reports on stderr ("first
    paint at <time.monotonic()>", None if it reports none); exits the benchmark (status 2) if it
    fails."""
    launched = time.monotonic()
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(f"failed ({result.returncode}): {' '.join(cmd)}\n{result.stderr}\n")
        raise SystemExit(2)
    stamps = [line.split()[-1] for line in result.stderr.splitlines() if line.startswith("first paint at ")]
    return elapsed, (float(stamps[0]) - launched if stamps else None)


def time_command(cmd: list[str], env: dict[str, str], cwd: Path = ROOT) -> float:
    """Seconds from launching `cmd` to its exit (frozen_startup.py and years_of_use.py use it)."""
    return time_run(cmd, env, cwd)[0]


def _children_cpu() -> float:
    """User + system seconds of the finished child processes so far (0 where not available)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--python", default=sys.executable, help="interpreter to run (default: this one)")
    parser.add_argument("--workspace", type=Path, help="workspace to open (default: a temporary one)")
    parser.add_argument("--goal", type=float, default=1.8, help="largest acceptable ratio (default 1.8)")
    parser.add_argument("--language", choices=("en", "zh_TW"), default="en",
                        help="the language CSP Desk starts in (default en)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="csp-desk-bench-") as tmp:
        workspace = args.workspace or Path(tmp) / "bench.cspdesk"
        env.setdefault("XDG_CONFIG_HOME", str(Path(tmp) / "config"))  # leave the user's settings alone
        # Time what a user gets: compiled bytecode (written by the warm-up run, outside the tree).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        commands = {
            "bare": [args.python, "-c", BARE_WINDOW],
            "csp-desk": [
                *(args.python, "-m", "desktop_app"),
                *("--quit-after-paint", "--language", args.language, "--workspace", str(workspace)),
            ],
            "complete": [
                *(args.python, "-c", COMPLETE),
                *("--language", args.language, "--workspace", str(workspace)),
            ],
            "painted": [
                *(args.python, "-c", PAINTED),
                *("--quit-after-paint", "--language", args.language, "--workspace", str(workspace)),
            ],
        }
        warm_up = {name: time_command(cmd, env) for name, cmd in commands.items()}
        samples: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}  # user + system, the child's
        to_paint: dict[str, list[float]] = {"bare": [], "painted": []}
        for _ in range(args.runs):  # interleaved, so drift on the machine hits both alike
            for name, cmd in commands.items():
                before = _children_cpu()
                elapsed, painted = time_run(cmd, env)
                samples[name].append(elapsed)
                cpu[name].append(_children_cpu() - before)
                if name in to_paint and painted is not None:
                    to_paint[name].append(painted)

    print(f"interpreter {args.python}, QT_QPA_PLATFORM={env.get('QT_QPA_PLATFORM', '(unset)')}")
    print(f"{'':10} {'warm-up':>9} {'median':>9} {'min':>9} {'max':>9}   ({args.runs} runs)")
    for name, values in samples.items():
        print(
            f"{name:10} {warm_up[name]:9.3f} {statistics.median(values):9.3f} "
            f"{min(values):9.3f} {max(values):9.3f}   seconds (CPU median {statistics.median(cpu[name]):.3f})"
        )
    ratio = statistics.median(samples["csp-desk"]) / statistics.median(samples["bare"])
    verdict = "ok" if ratio <= args.goal else "OVER GOAL"
    print(f"ratio csp-desk / bare: {ratio:.2f}x (goal <= {args.goal:.1f}x: {verdict})")
    complete = statistics.median(samples["complete"]) / statistics.median(samples["bare"])
    print(f"ratio complete / bare: {complete:.2f}x (the history pane built too; informational)")
    if all(to_paint.values()):
        bare_paint, app_paint = (statistics.median(to_paint[name]) for name in ("bare", "painted"))
        print(f"to the first paint event: bare {bare_paint:.3f} s, csp-desk {app_paint:.3f} s (medians), "
              f"ratio {app_paint / bare_paint:.2f}x (informational)")
    return 0 if ratio <= args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
