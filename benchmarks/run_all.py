"""Run every benchmark in this folder, one after the other, each in its own interpreter.

    python benchmarks/run_all.py [--quick]

startup.py (ratio to a bare PySide6 window), edit_latency.py (reorder to committed), memory.py
(peak RSS after visiting every tab), years_of_use.py (every tab on a long history), and excel.py,
excel_bombs.py, chart_redraw.py when present. Each prints its own figures; this prints them in
order and, at the end, which ones missed their goal. `--quick` uses fewer runs (for a smoke check, not for the
README).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

BENCHMARKS = [
    ("startup.py", [], ["--runs", "3"]),
    ("edit_latency.py", [], ["--edits", "300"]),
    ("memory.py", [], []),
    ("excel.py", [], ["--runs", "2"]),
    ("excel_bombs.py", [], ["--runs", "1"]),
    ("data_api.py", [], ["--runs", "3"]),
    ("chart_redraw.py", [], ["--runs", "20"]),
    ("scorecard_paste.py", [], ["--runs", "10"]),
    ("years_of_use.py", [], ["--snapshots", "200", "--changes", "4000", "--first-paint-runs", "3"]),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs: a smoke check only")
    args = parser.parse_args(argv)
    missed = []
    for script, normal, quick in BENCHMARKS:
        path = HERE / script
        if not path.exists():
            print(f"== {script}: not present, skipped\n")
            continue
        print(f"== {script}", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(path), *(quick if args.quick else normal)])
        print(f"   ({time.perf_counter() - started:.1f} s, exit {result.returncode})\n", flush=True)
        if result.returncode != 0:
            missed.append(script)
    print("goals missed: " + (", ".join(missed) if missed else "none"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
