"""Helper for tests/test_crash_safety.py: reorder the ranking of a real workspace as fast as it can,
until it is killed, and print each order only after `Workspace.set_ranking` has returned (the
commit is done).

    python tests/crash_writer.py WORKSPACE START

It prints `opening` just before it opens the workspace, `ready` once it is open, then one line
`k ORDER` per committed write. It never stops by itself: the test kills it after a number of
reported commits, so a busy machine can only make the test slower, never end a run early.

Write number k sets `order_for(k, tickers)`: the k-th permutation (mod their number) of the covered
tickers in sorted order, so two consecutive writes always differ and the test can tell exactly
which write a stored order belongs to. Each write's change-log summary is `crash test k`.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def order_for(k: int, tickers: list[str]) -> list[str]:
    permutations = list(itertools.permutations(sorted(tickers)))
    return list(permutations[k % len(permutations)])


def main(argv: list[str]) -> int:
    from desktop_app.domain.ranking import RankEntry
    from desktop_app.storage.workspace import Workspace

    path, start = Path(argv[0]), int(argv[1])
    sys.stdout.write("opening\n")
    sys.stdout.flush()
    with Workspace.open(path) as ws:
        rationale = {e.ticker: e.rationale for e in ws.ranking()}
        tickers = sorted(rationale)
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        for k in itertools.count(start):
            order = order_for(k, tickers)
            ws.set_ranking([RankEntry(t, rationale[t]) for t in order], f"crash test {k}")
            # Only after the commit returned, and as one write: print() makes a write per piece when
            # PYTHONUNBUFFERED is set, and a kill between them would leave half a line.
            sys.stdout.write(f"{k} {','.join(order)}\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
