"""Table model of the notes' statements: the points they make (capex, risks, cloud read…), with the
figure stated where there is one, its source, and the other notes that state the same point."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.statements import Statement
from desktop_app.ui.data_text import topic_name
from desktop_app.ui.formats import fmt_with_unit, join_nonempty
from desktop_app.ui.models.research import company_or_sector
from desktop_app.ui.models.table import Column, RowTableModel, source_text, source_tooltip


class StatementsModel(RowTableModel[Statement]):
    """Points the notes make (capex, risks, cloud read…), with the figure stated where there is one."""

    def __init__(
        self, statements: Sequence[Statement], companies: dict[str, Company], sources: dict[str, Source],
        parent: Any = None,
    ) -> None:
        columns = [
            Column(QCoreApplication.translate(
                "ResearchModels", "Topic"), lambda s: topic_name(s.topic)),
            Column(QCoreApplication.translate(
                "ResearchModels", "Company"), lambda s: company_or_sector(companies, s.company)),
            Column(QCoreApplication.translate("ResearchModels", "Period"), lambda s: s.period),
            Column(QCoreApplication.translate(
                "ResearchModels", "Figure"), lambda s: fmt_with_unit(s.value, s.unit), numeric=True),
            Column(QCoreApplication.translate("ResearchModels", "Statement"), lambda s: s.text_en,
                   tooltip=lambda s: f"{s.text_en}\n\n{s.text_zh}"),
            Column(QCoreApplication.translate(
                "ResearchModels", "Original (中文)"), lambda s: s.text_zh, tooltip=lambda s: s.text_zh,
                   header_tooltip=QCoreApplication.translate("ResearchModels", "As written in the note")),
            Column(QCoreApplication.translate("ResearchModels", "Source"), self.source_of,
                   tooltip=lambda s: source_tooltip(s.source, sources)
                   if s.source else self.source_of(s)),
            Column(QCoreApplication.translate("StatementsModel", "Also in"), self.also_in,
                   tooltip=self.also_in_tooltip,
                   header_tooltip=QCoreApplication.translate(
                       "StatementsModel", "Other notes that state the same point (each note's "
                       "statement is its own row, with its own source)")),
        ]
        self.entered: dict[Any, tuple[str, str]] = {}  # statement key → who entered it, when
        self._sources = sources
        self._stated_in: dict[tuple[str, str, str], list[SourceRef]] = {}  # same point → where
        super().__init__(statements, columns, parent)
        self._count_repeats()

    def set_rows(self, rows: Sequence[Statement]) -> None:
        super().set_rows(rows)
        self._count_repeats()

    @staticmethod
    def _same_point(s: Statement) -> tuple[str, str, str]:
        return (s.topic, s.company or "", " ".join(s.text_en.split()).casefold())

    def _count_repeats(self) -> None:
        self._stated_in = {}
        for s in self.rows():
            if s.source is not None:
                refs = self._stated_in.setdefault(self._same_point(s), [])
                if all(r.note_id != s.source.note_id for r in refs):
                    refs.append(s.source)

    def _others(self, s: Statement) -> list[SourceRef]:
        mine = s.source.note_id if s.source else None
        return [r for r in self._stated_in.get(self._same_point(s), []) if r.note_id != mine]

    def also_in(self, s: Statement) -> str:
        """The other notes that state the same point: "n001 · KGI 2025-08"; "" when none."""
        parts = []
        for ref in self._others(s):
            source = self._sources.get(ref.note_id)
            about = " ".join(t for t in (source.broker, source.published) if t) if source else ""
            parts.append(f"{ref.note_id} · {about}" if about else ref.note_id)
        return ", ".join(parts)

    def also_in_tooltip(self, s: Statement) -> str:
        others = self._others(s)
        if not others:
            return ""
        lines = [source_tooltip(ref, self._sources) for ref in others]
        return QCoreApplication.translate(
            "StatementsModel", "The same point is also stated in:") + "\n" + "\n".join(lines)

    def source_of(self, s: Statement) -> str:
        who = self.entered.get(s.key)
        by = QCoreApplication.translate("ResearchModels", "entered by %1, %2").replace(
            "%1", who[0]).replace("%2", who[1][:10]) if who else ""
        return join_nonempty([source_text(s.source) if s.source else "", by], " · ")
