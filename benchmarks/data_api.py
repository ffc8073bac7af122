"""The data API's timings on the synthetic workspace of benchmarks/excel.py (~116,000 cells).

    python benchmarks/data_api.py [--runs 5] [--companies 12] [--quarters 24]

- open: `open_workspace(path)` (the read-only copy into memory), median of `--runs`;
- scorecards(): the tidy scorecard frame of every company, quarter and line; goal < 0.5 s (wall
  clock; its CPU time is printed too, as wall-clock times rise when other processes share the CPU);
- the other frames (capex, rankings, targets, prices, notes), for reference.
The workspace is generated in a temporary folder and removed afterwards. pandas is imported before
timing starts (a notebook has it loaded already). Exit status 0 when the goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for folder in (ROOT, ROOT / "benchmarks"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

GOAL_SCORECARDS = 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--companies", type=int, default=12)
    parser.add_argument("--quarters", type=int, default=24)
    args = parser.parse_args(argv)

    import pandas  # noqa: F401  (loaded in any notebook before the API is used)
    from excel import line, synthetic_seed, timed

    from desktop_app.api import TABLES, open_workspace
    from desktop_app.storage.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="csp-desk-api-bench-") as tmp:
        path = Path(tmp) / "synthetic.cspdesk"
        with Workspace.open(path, seed=synthetic_seed(args.companies, args.quarters)) as ws:
            rows = len(ws.scorecard_lines())
        print(f"synthetic workspace: {rows:,} scorecard rows ({path.stat().st_size / 1e6:.1f} MB)")
        print(line("open_workspace (copy into memory)", timed(lambda: open_workspace(path).close(),
                                                              args.runs)))
        with open_workspace(path) as data:
            frame = data.scorecards()
            print(f"scorecards(): {frame.shape[0]:,} rows x {frame.shape[1]} columns, "
                  f"{int(frame[['actual', 'consensus', 'guidance']].notna().sum().sum()):,} figures")
            cards = timed(data.scorecards, args.runs)
            print(line("scorecards()", cards, GOAL_SCORECARDS))
            cpu = []
            for _ in range(args.runs):
                begin = time.process_time()
                data.scorecards()
                cpu.append(time.process_time() - begin)
            print(line("scorecards(), CPU time of this process", cpu))
            for name, table in TABLES.items():
                if name != "scorecards":
                    print(line(f"{name}()", timed(lambda t=table: t(data), args.runs)))  # type: ignore[misc]
        start = time.perf_counter()
        with open_workspace(path) as data:
            data.scorecards()
        print(f"open + scorecards() once: {time.perf_counter() - start:.3f} s")
    return 0 if statistics.median(cards) < GOAL_SCORECARDS else 1


if __name__ == "__main__":
    sys.exit(main())
