"""Team workspace under load: 4 processes × 500 edits against one PostgreSQL database.

    python benchmarks/team_edits.py [--processes 4] [--edits 500] [--url URL]

Without --url a throw-away PostgreSQL 15 cluster is started (tests/pg_cluster.py, with fsync and
synchronous commit ON, as a real server runs) and removed afterwards; with --url the team workspace
is created in that EMPTY database (`team init`).

Each process is one user (CSP_DESK_USER=bench-N) and alternates reorders of the ranking (one name
moved, as a drag does) and scorecard cell edits (the consensus of one of four lines of one quarter,
which every process edits), each a compare-and-set against what that process last saw. A refused
write (ConflictError: another user changed it first) is counted, the process re-reads, and makes
its edit again, as a user would; each process goes on until 500 of its edits were committed.

Reported: p50 / p99 / max of edit-to-committed latency (the call that committed, from call to
return, i.e. lock, compare, write, change-log row, NOTIFY and COMMIT), the same for refused calls,
the conflicts seen, and the lost-update check: the change log must hold exactly the writes that
reported success (each once: the summaries and values match), and the final ranking and cells must
equal replaying the change log in order. Goal: p99 < 20 ms on localhost, 0 lost updates.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PERIOD = (2025, 4)  # MSFT fiscal 2025Q4 (calendar 2Q25): four of its lines are the shared cells
LINES = ("revenue", "pbp_revenue", "ic_revenue", "gross_profit")
FIELD = "consensus"


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def worker(url: str, number: int, edits: int, warmup: int, barrier: Any,  # noqa: ANN401
           out: str) -> None:
    """One user: `warmup` untimed, then `edits` timed committed edits (all of them checked for lost
    updates); writes its timings and successes to `out` (JSON)."""
    os.environ["CSP_DESK_USER"] = f"bench-{number}"
    from desktop_app.domain.periods import Quarter
    from desktop_app.domain.ranking import move_item
    from desktop_app.storage.errors import ConflictError
    from desktop_app.storage.locations import open_workspace

    period = Quarter(*PERIOD)
    rng = random.Random(number)
    ws = open_workspace(url)
    ranking = ws.ranking()

    def cell(line: str) -> Decimal | None:
        found = ws.scorecard_line("MSFT", period, line)
        return None if found is None else found.consensus

    cells = {line: cell(line) for line in LINES}
    committed: list[float] = []
    refused: list[float] = []
    successes: list[dict[str, Any]] = []
    conflicts = 0
    barrier.wait()
    done = 0
    while done < edits + warmup:
        timed = done >= warmup
        if done % 2 == 0:
            size = len(ranking)
            new = ranking
            while new == ranking:
                new = move_item(ranking, rng.randrange(size), rng.randrange(size))
            summary = f"bench-{number} edit {done}"
            start = time.perf_counter()
            try:
                ws.set_ranking(new, summary, expected=ranking)
            except ConflictError:
                if timed:
                    refused.append(time.perf_counter() - start)
                    conflicts += 1
                ranking = ws.ranking()
                continue
            if timed:
                committed.append(time.perf_counter() - start)
            ranking = new
            successes.append({"kind": "ranking", "summary": summary,
                              "order": [e.ticker for e in new]})
        else:
            line = rng.choice(LINES)
            value = Decimal(f"{number + 1}{done:05d}.5")  # unique per process and edit
            start = time.perf_counter()
            try:
                ws.set_scorecard_value("MSFT", period, line, FIELD, value, expected=cells[line])
            except ConflictError:
                if timed:
                    refused.append(time.perf_counter() - start)
                    conflicts += 1
                cells[line] = cell(line)
                continue
            if timed:
                committed.append(time.perf_counter() - start)
            cells[line] = value
            successes.append({"kind": "scorecard", "line": line, "value": str(value)})
        done += 1
    ws.close()
    Path(out).write_text(json.dumps({"committed": committed, "refused": refused,
                                     "conflicts": conflicts, "successes": successes}))


def check_lost_updates(url: str, after: int, results: list[dict[str, Any]]) -> list[str]:
    """Problems found comparing the change log with the writes that reported success (none: [])."""
    from desktop_app.domain.periods import Quarter
    from desktop_app.storage.locations import open_workspace

    problems = []
    reported_orders = {s["summary"]: s["order"] for r in results for s in r["successes"]
                       if s["kind"] == "ranking"}
    reported_cells = sorted((s["line"], Decimal(s["value"])) for r in results
                            for s in r["successes"] if s["kind"] == "scorecard")
    with open_workspace(url) as ws:
        log = ws.changes_after(after)
        logged_orders: dict[str, list[str]] = {}
        logged_cells = []
        replay_order: list[str] | None = None
        replay_cells: dict[str, Decimal] = {}
        for entry in log:
            detail = json.loads(entry.detail)
            if entry.kind == "ranking":
                order = [e["ticker"] for e in detail["new"]]
                if entry.summary in logged_orders:
                    problems.append(f"logged twice: {entry.summary}")
                logged_orders[entry.summary] = order
                replay_order = order
            elif entry.kind == "scorecard":
                value = Decimal(str(detail["new"]))
                logged_cells.append((detail["line"], value))
                replay_cells[detail["line"]] = value
            else:
                problems.append(f"unexpected change-log row: {entry.kind} {entry.summary}")
        if logged_orders != reported_orders:
            problems.append(f"ranking writes: {len(reported_orders)} reported, {len(logged_orders)} "
                            "logged, or their orders differ")
        if sorted(logged_cells) != reported_cells:
            problems.append(f"cell writes: {len(reported_cells)} reported, {len(logged_cells)} logged,"
                            " or their values differ")
        final_order = [e.ticker for e in ws.ranking()]
        if replay_order is not None and final_order != replay_order:
            problems.append(f"final ranking {final_order} is not the last logged {replay_order}")
        for line, value in replay_cells.items():
            stored = ws.scorecard_line("MSFT", Quarter(*PERIOD), line)
            if stored is None or stored.consensus != value:
                problems.append(f"final {line} {stored and stored.consensus} is not the last logged "
                                f"{value}")
    return problems


def run(url: str, processes: int, edits: int, warmup: int) -> int:
    from desktop_app.storage.locations import open_workspace
    from desktop_app.storage.team_setup import init_team

    init_team(url)
    with open_workspace(url) as ws:
        after = ws.last_change_id()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    with tempfile.TemporaryDirectory(prefix="csp-desk-team-bench-") as tmp:
        outs = [str(Path(tmp) / f"w{n}.json") for n in range(processes)]
        workers = [context.Process(target=worker, args=(url, n, edits, warmup, barrier, outs[n]))
                   for n in range(processes)]
        started = time.perf_counter()
        for process in workers:
            process.start()
        for process in workers:
            process.join()
        wall = time.perf_counter() - started
        if any(p.exitcode != 0 for p in workers):
            print("a worker failed:", [p.exitcode for p in workers], file=sys.stderr)
            return 1
        results = [json.loads(Path(out).read_text()) for out in outs]
    committed = [t * 1000 for r in results for t in r["committed"]]
    refused = [t * 1000 for r in results for t in r["refused"]]
    conflicts = sum(r["conflicts"] for r in results)
    problems = check_lost_updates(url, after, results)
    print(f"{time.strftime('%Y-%m-%d')}  {platform.machine()} {os.cpu_count()} CPUs, "
          f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f}")
    print(f"{processes} processes × {edits} committed edits (reorders and scorecard cells, after "
          f"{warmup} untimed ones each) in {wall:.1f} s")
    print(f"committed  n={len(committed):5}  p50 {percentile(committed, 0.5):6.2f}  "
          f"p99 {percentile(committed, 0.99):6.2f}  max {max(committed):7.2f} ms")
    if refused:
        print(f"refused    n={len(refused):5}  p50 {percentile(refused, 0.5):6.2f}  "
              f"p99 {percentile(refused, 0.99):6.2f}  max {max(refused):7.2f} ms")
    print(f"conflicts seen: {conflicts} ({conflicts / (conflicts + len(committed)):.1%} of the timed "
          "calls)")
    if problems:
        print("LOST UPDATES / MISMATCHES:", *problems, sep="\n  ")
        return 1
    print(f"lost updates: 0 (the change log holds exactly the {processes * (edits + warmup)} "
          "committed writes; "
          "the final ranking and cells equal replaying it)")
    goal = percentile(committed, 0.99) < 20
    print(f"goal p99 < 20 ms: {'met' if goal else 'MISSED'}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--edits", type=int, default=500, help="committed edits per process")
    parser.add_argument("--warmup", type=int, default=10,
                        help="untimed committed edits per process first (default 10)")
    parser.add_argument("--url", help="an EMPTY database (default: a throw-away local cluster)")
    args = parser.parse_args(argv)
    if args.url:
        return run(args.url, args.processes, args.edits, args.warmup)
    from tests.pg_cluster import start_cluster

    cluster = start_cluster(durable=True)
    try:
        return run(cluster.url(cluster.new_database("bench")), args.processes, args.edits,
                   args.warmup)
    finally:
        cluster.destroy()


if __name__ == "__main__":
    sys.exit(main())
