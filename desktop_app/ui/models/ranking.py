"""Table models for the Ranking tab: the current order and the dated snapshots."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company, Source
from desktop_app.domain.ranking import RankEntry, Snapshot, SnapshotEntry, move_text, moves
from desktop_app.ui.formats import first_line
from desktop_app.ui.models.table import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("RankingModel", text)


@dataclass(frozen=True)
class RankRow:
    """One place of the current order, with how far it moved since the latest snapshot."""

    rank: int
    ticker: str
    name: str
    rationale: str
    move: int | None
    has_reference: bool


def rank_rows(
    entries: Sequence[RankEntry], companies: dict[str, Company], reference: Snapshot | None
) -> list[RankRow]:
    """The current order as rows; moves are measured against `reference` (the latest snapshot)."""
    order = [e.ticker for e in entries]
    moved = moves(reference.order, order) if reference is not None else {}
    rows = []
    for rank, entry in enumerate(entries, start=1):
        company = companies.get(entry.ticker)
        rows.append(RankRow(rank, entry.ticker, company.name_en if company else entry.ticker,
                            entry.rationale, moved.get(entry.ticker), reference is not None))
    return rows


class RankingModel(RowTableModel[RankRow]):
    """Rank, company, move since the latest snapshot and the first line of the rationale."""

    def __init__(
        self,
        entries: Sequence[RankEntry],
        companies: dict[str, Company],
        reference: Snapshot | None = None,
        parent: Any = None,
    ) -> None:
        since = _t("Since %1").replace("%1", reference.label) if reference else _t("Since snapshot")
        columns = [
            Column(_t("Rank"), lambda r: str(r.rank), numeric=True),
            Column(_t("Company"), lambda r: r.name),
            Column(_t("Ticker"), lambda r: r.ticker),
            Column(since, lambda r: move_text(r.move) if r.has_reference else "", numeric=True,
                   header_tooltip=_t("Places moved since the latest snapshot")),
            Column(_t("Rationale"), lambda r: first_line(r.rationale),
                   tooltip=lambda r: r.rationale),
        ]
        super().__init__(rank_rows(entries, companies, reference), columns, parent)


class SnapshotsModel(RowTableModel[Snapshot]):
    """The dated snapshots of the order, oldest first, with the note each came from."""

    def __init__(self, snapshots: Sequence[Snapshot], sources: dict[str, Source], parent: Any = None) -> None:
        def source(s: Snapshot) -> str:
            note = sources.get(s.source_note)
            return f"{note.broker} · {note.title_en}" if note else s.source_note

        columns = [
            Column(_t("Snapshot"), lambda s: s.label),
            Column(_t("Taken on"), lambda s: s.taken_on),
            Column(_t("Order"), lambda s: " > ".join(s.order),
                   tooltip=lambda s: "\n".join(f"{e.rank}. {e.ticker}: {e.rationale}" for e in s.entries)),
            Column(_t("Note"), lambda s: first_line(s.note), tooltip=lambda s: s.note),
            Column(_t("Source"), source, tooltip=source),
        ]
        super().__init__(snapshots, columns, parent)


class SnapshotEntriesModel(RowTableModel[SnapshotEntry]):
    """One snapshot's order: rank, company, and the reason given for the place (English and Chinese)."""

    def __init__(
        self, companies: dict[str, Company], snapshot: Snapshot | None = None, parent: Any = None
    ) -> None:
        def name(e: SnapshotEntry) -> str:
            company = companies.get(e.ticker)
            return f"{company.name_en} ({e.ticker})" if company else e.ticker

        columns = [
            Column(_t("Rank"), lambda e: str(e.rank), numeric=True),
            Column(_t("Company"), name),
            Column(_t("Reason"), lambda e: e.rationale, tooltip=lambda e: e.rationale),
            Column(_t("Original (中文)"), lambda e: e.reason_zh, tooltip=lambda e: e.reason_zh),
        ]
        super().__init__(snapshot.entries if snapshot else (), columns, parent)

    def show_snapshot(self, snapshot: Snapshot | None) -> None:
        self.set_rows(sorted(snapshot.entries, key=lambda e: e.rank) if snapshot else [])
