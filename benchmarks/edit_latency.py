"""Edit-to-committed latency: how long `Workspace.set_ranking` takes on a real workspace file, from
the call to the return of its COMMIT (the moment the window says "saved").

    python benchmarks/edit_latency.py [--edits 2000] [--dir PATH] [--sync FULL NORMAL]

A fresh seeded workspace is created in a temporary folder (or in --dir, to measure another disk);
each edit moves one name (the reorder a drag makes) and is one BEGIN IMMEDIATE transaction with its
change-log row. The workspace runs in WAL mode; by default the edits are timed with the setting the
app uses (`synchronous = FULL`: the WAL is fsynced at every commit) and, for comparison, with
NORMAL (no fsync at commit; still safe against a crash of the process, not against power loss).
Prints p50 / p90 / p99 / max in milliseconds; the goal is p99 < 2 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def measure(folder: Path, edits: int, synchronous: str | None) -> list[float]:
    """Seconds per committed reorder."""
    from desktop_app.domain.ranking import move_item
    from desktop_app.storage.workspace import Workspace

    path = folder / f"latency-{synchronous or 'app'}.cspdesk"
    with Workspace.open(path) as ws:
        if synchronous:
            ws._conn.execute(f"PRAGMA synchronous = {synchronous}")
        entries = ws.ranking()
        for _ in range(20):  # warm the page cache and the statement cache
            entries = move_item(entries, 0, len(entries) - 1)
            ws.set_ranking(entries, "warm-up")
        times = []
        for i in range(edits):
            entries = move_item(entries, i % len(entries), (i * 3 + 1) % len(entries))
            start = time.perf_counter()
            ws.set_ranking(entries, f"latency {i}")
            times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=2000, help="timed edits per setting (default 2000)")
    parser.add_argument("--dir", type=Path, help="where to put the workspace (default: a temp folder)")
    parser.add_argument("--sync", nargs="+", default=["FULL", "NORMAL"],
                        choices=["OFF", "NORMAL", "FULL", "EXTRA"],
                        help="synchronous settings to time (default: FULL NORMAL)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="csp-desk-latency-", dir=args.dir) as tmp:
        print(f"{args.edits} reorders per setting, workspace in {tmp}")
        print(f"{'synchronous':12} {'p50':>7} {'p90':>7} {'p99':>7} {'max':>7} {'mean':>7}   ms")
        for setting in args.sync:
            times = [t * 1000 for t in measure(Path(tmp), args.edits, setting)]
            label = f"{setting}{' (app)' if setting == 'FULL' else ''}"
            print(f"{label:12} {percentile(times, 0.5):7.2f} {percentile(times, 0.9):7.2f} "
                  f"{percentile(times, 0.99):7.2f} {max(times):7.2f} {statistics.fmean(times):7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
