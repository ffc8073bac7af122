"""Time the PDF tear sheet of a freshly seeded workspace: reading its content from the workspace
and writing the two pages (QPdfWriter), as File ▸ Export PDF… and `csp-desk report` do.

`python benchmarks/report.py [--runs N] [--goal 1.0]`: the first run in the process (fonts loaded)
is reported apart; then the median, min and max of N runs. Exit status 1 when the median of the
whole export is above the goal (seconds). Nothing it writes is kept.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--goal", type=float, default=1.0)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.report.content import report_content
    from desktop_app.ui.report.pdf import ensure_gui_application, write_pdf

    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder, Workspace.open(Path(folder) / "seed.cspdesk") as ws:
        times = []
        for run in range(args.runs + 1):
            started = time.perf_counter()
            content = report_content(ws, "4Q24 review")
            read = time.perf_counter() - started
            write_pdf(content, Path(folder) / "sheet.pdf")
            total = time.perf_counter() - started
            if run == 0:
                print(f"first run (fonts loaded): {total:.3f} s (content {read * 1000:.1f} ms)")
            else:
                times.append(total)
    median = statistics.median(times)
    print(f"tear sheet, {args.runs} runs: median {median:.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s (goal < {args.goal} s)")
    return 0 if median < args.goal else 1


if __name__ == "__main__":
    sys.exit(main())
