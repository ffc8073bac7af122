"""Helper for tests/test_crash_safety.py: reorder the ranking of a real workspace as fast as it can
and print each order only after `Workspace.set_ranking` has returned (the commit is done).

    python tests/crash_writer.py WORKSPACE START COUNT

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

    path, start, count = Path(argv[0]), int(argv[1]), int(argv[2])
    with Workspace.open(path) as ws:
        rationale = {e.ticker: e.rationale for e in ws.ranking()}
        tickers = sorted(rationale)
        print("ready", flush=True)
        for k in range(start, start + count):
            order = order_for(k, tickers)
            ws.set_ranking([RankEntry(t, rationale[t]) for t in order], f"crash test {k}")
            # Only after the commit returned, and as one write: print() makes a write per piece when
            # PYTHONUNBUFFERED is set, and a kill between them would leave half a line.
            sys.stdout.write(f"{k} {','.join(order)}\n")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
