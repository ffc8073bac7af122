"""How fast a hostile workbook is refused: the count bombs of tests/test_excel_hostile.py.

    python benchmarks/excel_bombs.py [--runs 3] [KIND ...]

Each bomb is a real export with one part replaced (tests/hostile_books.py builds them, in a
temporary folder): millions of shared strings, cells, merged ranges, styles, sheets or empty XML
elements, or megabytes without a tag. For each, `read_import` is timed until it refuses the file
(CPU time of this process, and wall clock), median of `--runs`. Goal: refused within 2 s of CPU.
The tests check that each is refused at its limit, with the right message, without writing to the
workspace and, through the CLI, within 200 MB; the time is measured here, as a timed test would
fail on a busy machine. Exit status 0 when every bomb met the goal, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "tests"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

GOAL_CPU_SECONDS = 2.0


def main(argv: list[str] | None = None) -> int:
    import hostile_books as bombs  # tests/hostile_books.py

    from desktop_app.io.excel_export import export_workbook
    from desktop_app.io.excel_import import ExcelImportError, read_import
    from desktop_app.storage.workspace import Workspace

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed refusals of each bomb (default 3)")
    parser.add_argument("kinds", nargs="*", metavar="KIND",
                        help=f"the bombs to time (default all: {', '.join(sorted(bombs.HOSTILE))})")
    args = parser.parse_args(argv)
    unknown = [kind for kind in args.kinds if kind not in bombs.HOSTILE]
    if unknown:
        parser.error(f"no such bomb: {', '.join(unknown)}")
    missed = []
    with tempfile.TemporaryDirectory(prefix="csp-desk-bombs-") as tmp:
        folder = Path(tmp)
        with Workspace.open(folder / "seed.cspdesk") as seeded:
            export_workbook(seeded, folder / "summary.xlsx")
        with Workspace.open(folder / "target.cspdesk") as workspace:
            print(f"{'bomb':26s} {'CPU median':>10s} {'min':>6s} {'max':>6s} {'wall median':>12s}  "
                  f"(seconds, {args.runs} runs; goal CPU < {GOAL_CPU_SECONDS:.0f} s)")
            for kind in args.kinds or sorted(bombs.HOSTILE):
                path = bombs.HOSTILE[kind](folder / "summary.xlsx", folder / f"{kind}.xlsx")
                cpu, wall = [], []
                for _ in range(args.runs):
                    started_cpu, started_wall = time.process_time(), time.perf_counter()
                    try:
                        read_import(path, workspace)
                    except ExcelImportError:
                        pass
                    else:
                        print(f"{kind}: NOT refused")
                        return 2
                    cpu.append(time.process_time() - started_cpu)
                    wall.append(time.perf_counter() - started_wall)
                median = statistics.median(cpu)
                ok = median < GOAL_CPU_SECONDS
                if not ok:
                    missed.append(kind)
                print(f"{kind:26s} {median:10.2f} {min(cpu):6.2f} {max(cpu):6.2f} "
                      f"{statistics.median(wall):12.2f}  {'ok' if ok else 'MISSED'}", flush=True)
                path.unlink()
    print("goal missed by: " + (", ".join(missed) if missed else "none"))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
