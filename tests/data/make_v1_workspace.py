"""Made tests/data/workspace_v1.cspdesk: run with the released code (main at ca0695d, schema 1):
    git worktree add /tmp/v1 ca0695d && PYTHONPATH=/tmp/v1 python tests/data/make_v1_workspace.py OUT
Seed plus a few user edits (a covered-then-removed ORCL, a reorder, a snapshot, figures, a quarter)."""
import sqlite3
import sys
from decimal import Decimal
from pathlib import Path

from desktop_app.domain.companies import Company
from desktop_app.domain.periods import Quarter
from desktop_app.storage.workspace import Workspace

out = Path(sys.argv[1])
with Workspace.open(out) as ws:
    assert ws.schema_version == 1
    ws.add_company(Company("ORCL", "Oracle", "甲骨文", 6, "OCI"))  # v1 refuses May; June stands in
    order = [e for e in ws.ranking()]
    ws.set_ranking([order[1], order[0], *order[2:]], "swap the top two")
    ws.save_snapshot("3Q25 review", "made by the released version", "2025-10-01")
    ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "consensus", Decimal("74000"))
    ws.add_quarter("AMZN", Quarter(2025, 4))
    ws.set_scorecard_value("AMZN", Quarter(2025, 4), "revenue", "actual", Decimal("180169"))
    ws.remove_company("ORCL")
conn = sqlite3.connect(out)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("VACUUM")
conn.close()
