"""The analysts' data API: a workspace as tidy pandas DataFrames, for Jupyter and scripts.

    from desktop_app.api import open_workspace

    with open_workspace("~/csp-desk/workspace.cspdesk") as ws:
        cards = ws.scorecards()          # company, fiscal period, calendar quarter, line, figures…
        beats = cards[cards.verdict_vs_consensus == "beat"]

`open_workspace(path)` reads the workspace once, read-only, into memory
(storage.snapshot_reader): the file is never written, locked or upgraded by it, even while the
window has it open and writes to it; call it again to see later changes. The figures are the
domain's, the same the window and the workbook show (a test compares them with the workbook).

This package is the only part of CSP Desk that imports pandas; the window and the CLI import it
only for `csp-desk export OUT.csv|OUT.parquet --table NAME`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pandas as pd

from desktop_app.api.frames import capex_frame, notes_frame, prices_frame, rankings_frame, targets_frame
from desktop_app.api.scorecards import scorecard_frame
from desktop_app.storage.snapshot_reader import WorkspaceSnapshot

__all__ = ["TABLES", "WorkspaceData", "open_workspace", "parquet_available"]


class WorkspaceData:
    """A workspace read into memory: each method returns a new DataFrame."""

    def __init__(self, snapshot: WorkspaceSnapshot) -> None:
        self._snapshot = snapshot

    @property
    def path(self) -> Path:
        return self._snapshot.path

    @property
    def read_at(self) -> pd.Timestamp:
        """When the workspace was read (UTC): the frames show it as it was then."""
        return pd.Timestamp(self._snapshot.taken_at)

    def close(self) -> None:
        self._snapshot.close()

    def __enter__(self) -> WorkspaceData:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<WorkspaceData {self.path} read at {self.read_at:%Y-%m-%d %H:%M:%S} UTC>"

    def scorecards(self) -> pd.DataFrame:
        """One row per company, fiscal quarter and scorecard line (see api.scorecards)."""
        ws = self._snapshot
        return scorecard_frame(ws.companies(include_removed=True), ws.all_line_defs(),
                               ws.scorecard_lines())

    def capex(self) -> pd.DataFrame:
        """Every quarterly capex point on calendar quarters, US$ mn (see api.frames.capex_frame)."""
        ws = self._snapshot
        return capex_frame(ws.companies(include_removed=True), ws.scorecard_lines(), ws.statements())

    def rankings(self) -> pd.DataFrame:
        """Every snapshot's order and the current one ("Now"), one row per name."""
        ws = self._snapshot
        return rankings_frame(ws.snapshots(), ws.ranking(), ws.taken_at.date())

    def targets(self) -> pd.DataFrame:
        """Rating and target-price history with dates."""
        ws = self._snapshot
        return targets_frame(ws.companies(include_removed=True), ws.target_history())

    def prices(self) -> pd.DataFrame:
        """Share prices with dates."""
        ws = self._snapshot
        return prices_frame(ws.companies(include_removed=True), ws.prices())

    def notes(self) -> pd.DataFrame:
        """The research notes and how many records cite each."""
        ws = self._snapshot
        return notes_frame(ws.notes(), ws.note_citations())


TABLES: dict[str, Callable[[WorkspaceData], pd.DataFrame]] = {
    "scorecards": WorkspaceData.scorecards,
    "capex": WorkspaceData.capex,
    "rankings": WorkspaceData.rankings,
    "targets": WorkspaceData.targets,
    "prices": WorkspaceData.prices,
    "notes": WorkspaceData.notes,
}


def parquet_available() -> bool:
    """Whether pandas can write parquet here: it needs the optional pyarrow package."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def open_workspace(path: str | Path) -> WorkspaceData:
    """Read the workspace file at `path` (read-only). NotAWorkspaceError, NewerVersionError or
    WorkspaceMissingError (desktop_app.storage.errors) when it cannot be read; an older workspace
    is read as upgraded, the file itself stays as it is."""
    return WorkspaceData(WorkspaceSnapshot.take(Path(path)))
