"""Everything the tear sheet shows, read from an open workspace in one go (on the thread that owns
the workspace): the domain's `TearSheet`, the capex chart's `ChartData` (the Capex tab's own
builder), the workspace's name (never its path) and the date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.capex import build_capex
from desktop_app.domain.companies import Company
from desktop_app.domain.tear_sheet import TearSheet, build_tear_sheet, find_snapshot
from desktop_app.ui.capex.series import ChartData, quarterly_chart

PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class ReportContent:
    sheet: TearSheet
    chart: ChartData
    companies: dict[str, Company]
    workspace_name: str
    made_on: date
    page_size: str = "A4"


class UnknownSnapshot(ValueError):
    """`since` names no snapshot of the workspace."""


def workspace_name(workspace: Any) -> str:
    """The workspace's name as a PM calls it: the file's name without folder or suffix."""
    name = getattr(workspace, "name", None)
    if isinstance(name, str) and name:
        return name
    if getattr(workspace, "is_remote", False):  # a team workspace: its database's name
        return Path(str(workspace.location).split("?", 1)[0]).stem or str(workspace.location)
    return Path(workspace.path).stem


def report_content(
    workspace: Any, since: str | None = None, page_size: str = "A4", today: date | None = None
) -> ReportContent:
    """The tear sheet of `workspace` (a storage Workspace) against the snapshot labelled `since`
    (default: the newest snapshot). UnknownSnapshot if no snapshot has that label."""
    companies = workspace.companies()
    snapshots = workspace.snapshots()
    try:
        reference = find_snapshot(snapshots, since)
    except ValueError:
        raise UnknownSnapshot(since or "") from None
    lines = workspace.scorecard_lines()
    definitions = {(c.ticker, d.key): d for c in companies for d in workspace.line_defs(c.ticker)}
    sources = workspace.sources()
    today = today or date.today()
    sheet = build_tear_sheet(
        companies=companies,
        ranking=workspace.ranking(),
        snapshots=snapshots,
        since=reference,
        markets=workspace.market_views(today),
        targets=workspace.targets(),
        target_history=workspace.target_history(),
        lines=lines,
        definitions=definitions,
        sources=sources,
    )
    points = build_capex(companies, lines, workspace.statements("capex"))
    chart = quarterly_chart(companies, points, {c.ticker for c in companies}, {s.note_id: s for s in sources})
    return ReportContent(
        sheet=sheet,
        chart=chart,
        companies={c.ticker: c for c in companies},
        workspace_name=workspace_name(workspace),
        made_on=today,
        page_size=page_size if page_size in PAGE_SIZES else "A4",
    )
