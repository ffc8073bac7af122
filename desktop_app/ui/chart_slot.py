"""Where a chart goes on a page: the chart once the charts' libraries are imported, and until then
a line that says it is on its way.

Building a chart needs numpy and pyqtgraph, 0.3-0.9 s to import once per session (ui/chart_preload.py
imports them in the background right after the first paint). A page shown before that import is
over shows at once with everything that needs no chart library (controls, tables, captions) and
this slot's placeholder in the chart's place; the slot starts the background import if it has not
begun and looks every POLL_MS whether it is over (never waiting for it), then builds the chart in
the window's thread and puts it in the placeholder's place. Shown once the import is over, the slot
builds the chart in the same show: no placeholder is ever painted then.

`chart()` builds it now, waiting for the import if needed (for code that must read or export the
chart at once); `built()` is the chart, or None while the placeholder shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from desktop_app.ui import chart_preload
from desktop_app.ui.errors import error_text

POLL_MS = 15  # how often a waiting slot looks whether the background import is over


def loading_text() -> str:
    return QCoreApplication.translate(
        "ChartSlot", "Loading the chart… It appears here in a moment: its drawing library is being "
                     "loaded, once per session. The rest of the page can be used meanwhile.")


class ChartSlot(QStackedWidget):
    """A placeholder label, replaced by the chart `build()` makes once the libraries are imported.
    `drawn` is emitted when the chart has taken the placeholder's place."""

    drawn = Signal()

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._chart: QWidget | None = None
        self.placeholder = QLabel(loading_text(), self)
        self.placeholder.setObjectName("chartPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self.placeholder.setStyleSheet("QLabel#chartPlaceholder { color: #555555; background: white; "
                                       "border: 1px solid #d0d0d0; }")
        self.addWidget(self.placeholder)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    def built(self) -> QWidget | None:
        """The chart, or None while the placeholder is shown."""
        return self._chart

    def waiting(self) -> bool:
        """Whether the slot is waiting for the background import to draw its chart."""
        return self._poll.isActive()

    def chart(self) -> QWidget:
        """The chart, built now if it was not yet (waiting for the libraries' import if needed)."""
        if self._chart is None:
            self._poll.stop()
            chart = self._build()
            self._chart = chart
            self.addWidget(chart)
            self.setCurrentWidget(chart)
            self.drawn.emit()
        return self._chart

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._chart is None:
            self._check()
        super().showEvent(event)

    def _check(self) -> None:
        if self._chart is not None or not self.isVisible():
            self._poll.stop()  # shown again later: showEvent looks again
            return
        if not chart_preload.ready():
            chart_preload.start()  # if run_gui has not yet (or this is not run_gui's window)
            if not self._poll.isActive():
                self._poll.start()
            return
        self._poll.stop()
        try:
            self.chart()
        except ImportError as exc:  # a broken installation: say so where the chart would be
            self.placeholder.setText(QCoreApplication.translate(
                "ChartSlot", "The chart cannot be drawn: %1").replace("%1", error_text(exc)))
