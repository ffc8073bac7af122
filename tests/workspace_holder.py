"""A second program holding a workspace open, as the window does, for the data API tests.

    python tests/workspace_holder.py PATH

Opens the workspace, prints `ready`, then reads commands from stdin, one per line:
`write VALUE` sets MSFT F4Q25 revenue consensus to VALUE and prints `written` (or `error: …`);
`close` closes the workspace, prints `closed` and exits.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.periods import Quarter  # noqa: E402
from desktop_app.storage.workspace import Workspace  # noqa: E402


def main() -> None:
    ws = Workspace.open(Path(sys.argv[1]))
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, arg = line.strip().partition(" ")
        if command == "write":
            try:
                ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "consensus", Decimal(arg))
            except Exception as exc:  # reported to the test, which fails on it
                print(f"error: {type(exc).__name__}: {exc}", flush=True)
            else:
                print("written", flush=True)
        elif command == "close":
            break
    ws.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main()
