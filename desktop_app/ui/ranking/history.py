"""The history under the list: the snapshots (each one's order and reasons), the comparison of any
two orders (snapshots or the current one), the append-only change log, and the rank-over-time
chart. Each page is built the first time it is shown (the pages are in ranking/history_pages.py,
imported then: the first paint shows only the page tabs); the chart draws once its libraries are
loaded (ranking/chart.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QWidget

from desktop_app.domain.companies import Company
from desktop_app.domain.ranking import RankEntry
from desktop_app.ui.widgets import LazyTab

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace


class HistorySource:
    """What the pages read: the workspace, the names, and the current (unsaved) entries."""

    def __init__(self, workspace: Workspace, current: Callable[[], list[RankEntry]]) -> None:
        self.workspace = workspace
        self.current = current

    def companies(self) -> dict[str, Company]:
        return {c.ticker: c for c in self.workspace.companies(include_removed=True)}


class HistoryPanel(QTabWidget):
    """Snapshots · Compare · Change log · Rank over time."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingHistory")
        self.source = source

        def chart() -> QWidget:
            from desktop_app.ui.ranking.chart import RankChart

            return RankChart(source)

        def snapshots() -> QWidget:
            from desktop_app.ui.ranking.history_pages import SnapshotsPage

            return SnapshotsPage(source)

        def compare() -> QWidget:
            from desktop_app.ui.ranking.history_pages import ComparePage

            return ComparePage(source)

        def change_log() -> QWidget:
            from desktop_app.ui.ranking.history_pages import ChangeLogPage

            return ChangeLogPage(source)

        self._pages: list[LazyTab] = []
        for title, tip, factory in (
            (self.tr("Snapshots"), self.tr("The saved orders, each with its reasons"),
             snapshots),
            (self.tr("Compare"), self.tr("Who moved how far between any two orders"),
             compare),
            (self.tr("Change log"), self.tr("Every saved change, with its time"),
             change_log),
            (self.tr("Rank over time"), self.tr("Each name's place in every snapshot and now"), chart),
        ):
            page = LazyTab(factory, after_paint=True)  # below the list: built once the window shows
            self._pages.append(page)
            self.setTabToolTip(self.addTab(page, title), tip)

    def page(self, index: int) -> QWidget:
        """The content of page `index` (built now if needed)."""
        return self._pages[index].content()

    def refresh(self) -> None:
        """Re-read what the built pages show."""
        for page in self._pages:
            if page.is_built:
                content = page.content()
                refresh = getattr(content, "refresh", None)
                if callable(refresh):
                    refresh()
