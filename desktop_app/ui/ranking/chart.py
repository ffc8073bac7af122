"""Rank over time: the snapshots on the x axis, rank on the y axis with 1 at the top, one labelled
line per name, and the current (unsaved) order as the last point, "Now".

A range selector shows the last 12, 50 or 200 snapshots or all of them; "all" of a long history
draws at most MAX_POINTS of them (one in every k, always the newest) and says so, so years of
weekly snapshots still draw at once; the x axis labels as many of the points as fit.

This module works out what to draw (a `RankDrawing`, ranking/rank_drawing.py) without pyqtgraph;
ranking/rank_plot.py draws it, in a ChartSlot (ui/chart_slot.py): shown before the chart libraries
are loaded, the page shows its range selector and caption at once and the plot as soon as they are.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.domain.palette import colour_of
from desktop_app.domain.ranking import Snapshot, rank_series
from desktop_app.ui.chart_slot import ChartSlot
from desktop_app.ui.data_text import company_name
from desktop_app.ui.ranking.rank_drawing import RankDrawing, RankLine
from desktop_app.ui.widgets import note_label

if TYPE_CHECKING:
    import pyqtgraph as pg

    from desktop_app.ui.ranking.history import HistorySource

WINDOWS = (12, 50, 200)  # "the last n snapshots" choices, offered when there are more
DEFAULT_WINDOW = 50  # shown first when there are more snapshots than this
MAX_POINTS = 200  # "all" draws at most this many snapshots


class RankChart(QWidget):
    """One line per name through its rank in each snapshot, dashed to the current order."""

    def __init__(self, source: HistorySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankChart")
        self._source = source
        self.slot = ChartSlot(self._make_plot, self)
        self.slot.setObjectName("rankChartSlot")
        self._lines: dict[str, pg.PlotDataItem] = {}
        self._labels: dict[str, pg.TextItem] = {}
        self._drawing: RankDrawing | None = None
        self.range_box = QComboBox(self)
        self.range_box.setObjectName("rankRange")
        self.range_box.setToolTip(self.tr("Which snapshots the chart draws"))
        self.range_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._range_count = -1  # the number of snapshots the choices were made for
        self.range_box.currentIndexChanged.connect(lambda _i: self.refresh(reread=False))
        self._ids: list[int] | None = None  # the snapshots' ids as last read, oldest first
        self._read: dict[tuple[int, int], list[Snapshot]] = {}  # (first id, step) → those read
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Show:"), self)
        label.setBuddy(self.range_box)
        bar.addWidget(label)
        bar.addWidget(self.range_box)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.slot, 1)
        self.caption = note_label("")  # what the lines mean, as drawn (see refresh)
        layout.addWidget(self.caption)
        self.x_labels: list[str] = []
        self.series: dict[str, list[int | None]] = {}  # rank per x position; the last one is "Now"
        self.now_shown = True  # False while the current order is the newest snapshot's
        self.refresh()

    # -- the plot (pyqtgraph), once the chart libraries are loaded ---------------------------------
    def _make_plot(self) -> QWidget:
        from desktop_app.ui.ranking.rank_plot import RankPlot

        plot = RankPlot(self.tr("Rank (1 = most preferred)"), self.tr("Rank (1 = top)"))
        self._draw(plot)
        return cast("QWidget", plot)

    def _draw(self, plot: Any) -> None:
        if self._drawing is not None:
            self._lines, self._labels = plot.draw(self._drawing, self.font())

    @property
    def plot(self) -> pg.PlotWidget:
        """The plot, built now if it was not yet (waiting for the chart libraries if needed)."""
        return cast("pg.PlotWidget", self.slot.chart())

    @property
    def lines(self) -> dict[str, pg.PlotDataItem]:
        """The saved snapshots' line of each name, as drawn (the plot built now if needed)."""
        self.slot.chart()
        return self._lines

    @property
    def labels(self) -> dict[str, pg.TextItem]:
        """Each name's label at the end of its line, as drawn (the plot built now if needed)."""
        self.slot.chart()
        return self._labels

    def refresh(self, reread: bool = True) -> None:
        """Redraw from the workspace's snapshots (as last read unless `reread`) and the current order."""
        if reread or self._ids is None:  # a long history: its ids now, the snapshots drawn below
            self._ids = self._source.workspace.snapshot_ids()
            self._read = {}
        current = [e.ticker for e in self._source.current()]
        self._offer_ranges(len(self._ids))
        snapshots = self._shown(self._ids)
        labels, series = rank_series(snapshots, current)
        self.series = series
        now = len(labels)
        # the current order as its own point only when it differs from the newest snapshot
        self.now_shown = not snapshots or list(snapshots[-1].order) != current
        self.x_labels = [*labels, self.tr("Now (unsaved)")] if self.now_shown else list(labels)
        ticks = [f"{s.label} ({s.taken_on})" if s.taken_on else s.label for s in snapshots]
        if self.now_shown:
            ticks.append(self.x_labels[-1])
            self.caption.setText(self.tr(
                "Solid lines join the saved snapshots; the dashed part leads to the current order, which "
                "is not saved as a snapshot yet. Right-click the chart to export it as an image."))
        else:
            self.caption.setText(self.tr(
                "Solid lines join the saved snapshots; the current order is the newest snapshot's. "
                "Right-click the chart to export it as an image."))
        count = max([len(series)] + [len(s.entries) for s in snapshots], default=1)
        names = self._source.companies()
        covered = [c.ticker for c in self._source.workspace.companies()]
        self._drawing = RankDrawing(
            [(float(i), text) for i, text in enumerate(ticks)],  # the axis labels those that fit
            count, now, self.now_shown,
            tuple(RankLine(ticker, company_name(names.get(ticker), ticker), colour_of(ticker, covered),
                           tuple(ranks)) for ticker, ranks in series.items()))
        plot = self.slot.built()
        if plot is not None:
            self._draw(plot)

    def _offer_ranges(self, count: int) -> None:
        """The choices of the range selector for `count` snapshots (kept while the count stays)."""
        if count == self._range_count:
            return
        kept = self.range_box.currentData() if self._range_count >= 0 else None
        self._range_count = count
        box = self.range_box
        box.blockSignals(True)
        box.clear()
        for window in WINDOWS:
            if window < count:
                box.addItem(self.tr("Last %1 snapshots").replace("%1", str(window)), window)
        step = math.ceil(count / MAX_POINTS) if count else 1
        if step > 1:
            box.addItem(self.tr("All %1 snapshots (one in %2 drawn)").replace("%1", f"{count:,}")
                        .replace("%2", str(step)), 0)
        elif count == 1:
            box.addItem(self.tr("The only snapshot"), 0)
        else:
            box.addItem(self.tr("All %1 snapshots").replace("%1", f"{count:,}"), 0)
        wanted = kept if kept is not None else (DEFAULT_WINDOW if count > DEFAULT_WINDOW else 0)
        found = box.findData(wanted)
        box.setCurrentIndex(found if found >= 0 else box.count() - 1)
        box.blockSignals(False)

    def _since(self, first: int, step: int = 1) -> list[Snapshot]:
        """The snapshots from id `first` on, every `step`-th counted back from the newest (always
        the newest one); read once per refresh that rereads."""
        ids = self._ids or []
        key = (first, step)
        if key not in self._read:
            workspace = self._source.workspace
            if step == 1:
                self._read[key] = workspace.snapshots(since=first)
            else:
                chosen = [i for i in ids if i >= first][::-1][::step][::-1]
                self._read[key] = workspace.snapshots(only=chosen)
        return self._read[key]

    def _shown(self, ids: Sequence[int]) -> list[Snapshot]:
        """The snapshots the selected range draws, oldest first (always the newest one): only they
        are read, not the years of snapshots around them."""
        if not ids:
            return []
        window = self.range_box.currentData()
        if window:
            return list(self._since(ids[max(0, len(ids) - int(window))])[-int(window):])
        step = math.ceil(len(ids) / MAX_POINTS)
        return list(self._since(ids[0], step))
