"""Capex tab: quarterly capex of every CSP on calendar quarters (bars), with consensus, guidance, YoY
and capex intensity; an annual view with the outlooks of the notes; the same numbers in a table;
PNG/SVG export; and what the notes say about capex.

Capex is the scorecard line `capex`: one record shared with the scorecards. The tab reads it from
the workspace and redraws whenever the window's undo stack moves (an edit, an undo or a redo),
so an edit made in the scorecards shows here at once.

The chart needs numpy and pyqtgraph (ui/chart_preload.py imports them in the background after the
first paint): this module does not import them, so a first show before that import is over shows
the controls and the tables at once, and the chart in its slot (ui/chart_slot.py) as soon as the
import is over. `chart` and `hover` build it at once (waiting for the import if needed).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.capex import AnnualOutlook, CapexPoint, annual_outlooks, build_capex
from desktop_app.domain.companies import Company, Source
from desktop_app.domain.palette import colour_of
from desktop_app.storage.errors import WorkspaceClosedError
from desktop_app.ui.capex.copy import CopyFilter
from desktop_app.ui.capex.flow import GAP, FlowLayout
from desktop_app.ui.capex.series import ANNUAL, QUARTERLY, ChartData, annual_chart, quarterly_chart
from desktop_app.ui.chart_slot import ChartSlot
from desktop_app.ui.data_text import company_name
from desktop_app.ui.errors import error_text
from desktop_app.ui.models.capex import CapexAnnualModel, CapexModel, capex_rows
from desktop_app.ui.models.statements import StatementsModel
from desktop_app.ui.widgets import make_table, named_splitter, note_label

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.capex.chart import CapexChart
    from desktop_app.ui.capex.hover import ChartHover

STATUS_TIMEOUT_MS = 8000


def _gap(width: int) -> QWidget:
    """Room between two groups of a FlowLayout line (none where a line begins)."""
    spacer = QWidget()
    spacer.setFixedSize(width, 1)
    spacer.setProperty(GAP, True)
    return spacer


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, 10, 10, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class CapexTab(QWidget):
    """The chart over the table; check boxes switch CSPs on and off, the view is quarterly or annual."""

    def __init__(self, workspace: Workspace, window: QMainWindow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._window = window
        self.companies: list[Company] = []
        self.points: list[CapexPoint] = []
        self.outlooks: list[AnnualOutlook] = []
        self.sources: dict[str, Source] = {}  # updated in place: the models hold these two dicts
        self.by_ticker: dict[str, Company] = {}
        self.hidden: set[str] = set()
        self.checkboxes: dict[str, QCheckBox] = {}
        self.data = ChartData(QUARTERLY, "")  # what the chart shows (or will, once it is built)

        self.slot = ChartSlot(self._make_chart, self)
        self.slot.setObjectName("capexChartSlot")
        self.slot.setMinimumSize(320, 220)  # the chart's own
        self._hover: ChartHover | None = None
        self.figures_model = CapexModel([], self.by_ticker, self)
        self.annual_model = CapexAnnualModel([], self.by_ticker, self)
        self.figures_view = make_table(self.figures_model)
        self.figures_view.setObjectName("capexFigures")
        self.annual_view = make_table(self.annual_model)
        self.annual_view.setObjectName("capexAnnual")
        self.copiers = [CopyFilter(self.figures_view), CopyFilter(self.annual_view)]
        self.tables = QStackedWidget(self)
        self.tables.addWidget(self.figures_view)
        self.tables.addWidget(self.annual_view)
        self.statements_model = StatementsModel([], self.by_ticker, self.sources, self)
        self.statements_view = make_table(self.statements_model)
        self.statements_view.setObjectName("capexStatements")
        self.statements_view.setColumnHidden(0, True)  # the topic: capex throughout

        layout = QVBoxLayout(self)
        layout.addWidget(self._controls())
        splitter = named_splitter("Vertical", "capexSplit", self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.slot)
        splitter.addWidget(self._bottom())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([480, 330])
        layout.addWidget(splitter, 1)

        self.refresh()
        stack = getattr(window, "undo_stack", None)  # the MainWindow's; as in the ranking tab
        if stack is not None:
            stack.indexChanged.connect(self.refresh)

    # -- building ------------------------------------------------------------------------------
    def _controls(self) -> QWidget:
        """Show: one check box per CSP · View: quarterly / annual, calendar / fiscal years · Export.
        They wrap onto a second line in a narrow window; "View:" and its choices wrap as one."""
        box = QWidget(self)
        row = FlowLayout(box)
        self.company_row = row
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(_gap(18))
        self.view_choices = QWidget()
        self.view_choices.setObjectName("capexViewChoices")
        group = QHBoxLayout(self.view_choices)
        group.setContentsMargins(0, 0, 0, 0)
        group.addWidget(QLabel(self.tr("View:")))
        row.addWidget(self.view_choices)
        self.quarterly_button = QRadioButton(self.tr("&Quarterly"))
        self.quarterly_button.setToolTip(self.tr("Capex per calendar quarter"))
        self.annual_button = QRadioButton(self.tr("&Annual"))
        self.annual_button.setToolTip(self.tr("Totals of years with four reported quarters, and the annual "
                                              "outlooks of the notes"))
        self.view_group = QButtonGroup(self)
        for button in (self.quarterly_button, self.annual_button):
            self.view_group.addButton(button)
            group.addWidget(button)
        self.quarterly_button.setChecked(True)
        self.year_basis = QComboBox()
        self.year_basis.addItem(self.tr("Calendar years"), True)
        self.year_basis.addItem(self.tr("Fiscal years"), False)
        self.year_basis.setToolTip(self.tr("Annual view: add up calendar or fiscal years"))
        self.year_basis.setEnabled(False)
        group.addWidget(self.year_basis)
        self.intensity_box = QCheckBox(self.tr("Capex &intensity"))
        self.intensity_box.setObjectName("capexShowIntensity")
        self.intensity_box.setToolTip(self.tr("Show the capex / revenue chart under the bars (it steps "
                                              "aside when the chart is too low; the table keeps the column)"))
        self.intensity_box.setChecked(True)
        self.intensity_box.toggled.connect(self._intensity_toggled)
        row.addWidget(self.intensity_box)
        row.addWidget(_gap(18))
        self.export_button = QPushButton(self.tr("Export Chart…"))
        self.export_button.setObjectName("capexExport")
        self.export_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        self.export_button.clicked.connect(self.choose_export)
        row.addWidget(self.export_button)
        self.view_group.buttonToggled.connect(lambda *_: self._view_changed())
        self.year_basis.currentIndexChanged.connect(lambda *_: self.redraw())
        return box

    def _bottom(self) -> QWidget:
        figures = QWidget()
        box = QVBoxLayout(figures)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.tables, 1)
        box.addWidget(note_label(self.tr(
            "US$ mn. Solid: reported, or stated in the note's text. Hatched: company guidance or an annual "
            "outlook. Pale with a dashed outline: derived from a printed YoY, not printed itself. Hover a "
            "bar for its source; Ctrl+C copies the selected rows as tab-separated text.")))
        tabs = QTabWidget(self)
        tabs.setObjectName("capexBottomTabs")
        tabs.setDocumentMode(True)
        tabs.addTab(figures, self.tr("Figures"))
        tabs.addTab(self.statements_view, self.tr("What the notes say about capex"))
        self.bottom_tabs = tabs
        return tabs

    def _rebuild_checkboxes(self) -> None:
        having = {p.company for p in self.points if p.value is not None}
        wanted = [(c.ticker, company_name(c), c.ticker in having) for c in self.companies]
        current = [(t, b.property("name"), b.property("has")) for t, b in self.checkboxes.items()]
        if wanted == current:
            return
        for box in self.checkboxes.values():
            self.company_row.removeWidget(box)
            box.deleteLater()
        position_in_row = 1  # after "Show:"
        self.checkboxes = {}
        for ticker, name, has in wanted:
            text = name if has else self.tr("%1 (no figures)").replace("%1", name)
            box = QCheckBox(text)
            box.setObjectName(f"capexShow{ticker}")
            box.setProperty("name", name)
            box.setProperty("has", has)
            box.setIcon(_swatch(colour_of(ticker, [c.ticker for c in self.companies])))
            box.setIconSize(QSize(12, 12))
            box.setChecked(ticker not in self.hidden)
            box.setToolTip(self.tr("Show or hide %1 in the chart and the table").replace("%1", name) if has
                           else self.tr("The notes give no capex figure for %1: nothing to draw, and no "
                                        "zero is drawn in its place.").replace("%1", name))
            box.toggled.connect(lambda on, t=ticker: self.set_company_visible(t, on))
            self.company_row.insert_widget(position_in_row, box)
            position_in_row += 1
            self.checkboxes[ticker] = box

    def _make_chart(self) -> CapexChart:
        """The chart (pyqtgraph), drawing what the tab shows; the slot calls it once."""
        from desktop_app.ui.capex.chart import CapexChart
        from desktop_app.ui.capex.hover import ChartHover

        chart = CapexChart()
        chart.setObjectName("capexChart")
        chart.set_intensity_wanted(self.intensity_box.isChecked())
        self._hover = ChartHover(chart)
        chart.set_data(self.data)
        return chart

    @property
    def chart(self) -> CapexChart:
        """The chart, built now if it was not yet (waiting for the chart libraries if needed)."""
        return cast("CapexChart", self.slot.chart())

    @property
    def hover(self) -> ChartHover:
        """What follows the mouse over the chart (built with the chart)."""
        self.slot.chart()
        return cast("ChartHover", self._hover)

    def _intensity_toggled(self, wanted: bool) -> None:
        chart = cast("CapexChart | None", self.slot.built())
        if chart is not None:
            chart.set_intensity_wanted(wanted)

    # -- state ---------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return ANNUAL if self.annual_button.isChecked() else QUARTERLY

    def set_mode(self, mode: str) -> None:
        (self.annual_button if mode == ANNUAL else self.quarterly_button).setChecked(True)

    def set_company_visible(self, ticker: str, visible: bool) -> None:
        """Switch a CSP on or off in the chart and the table."""
        if visible:
            self.hidden.discard(ticker)
        else:
            self.hidden.add(ticker)
        box = self.checkboxes.get(ticker)
        if box is not None and box.isChecked() != visible:
            box.setChecked(visible)  # its signal comes back here and redraws
            return
        self.redraw()

    def _view_changed(self) -> None:
        self.year_basis.setEnabled(self.mode == ANNUAL)
        self.redraw()

    def refresh(self) -> None:
        """Read capex, revenue and the capex statements from the workspace again, then redraw."""
        try:
            self.companies = self.workspace.companies()
            lines = self.workspace.scorecard_lines()
            statements = self.workspace.statements("capex")
            sources = self.workspace.sources()
        except WorkspaceClosedError:
            return  # the workspace was closed: this tab is about to be replaced
        self.sources.clear()
        self.sources.update((s.note_id, s) for s in sources)
        self.by_ticker.clear()
        self.by_ticker.update((c.ticker, c) for c in self.companies)
        self.points = build_capex(self.companies, lines, statements)
        self.outlooks = annual_outlooks(statements)
        self.statements_model.set_rows(statements)
        self._rebuild_checkboxes()
        self.redraw()

    def chart_data(self, mode: str | None = None) -> ChartData:
        """What the chart shows for the current switches (or for `mode`, quarterly or annual)."""
        visible = {c.ticker for c in self.companies if c.ticker not in self.hidden}
        if (mode or self.mode) == ANNUAL:
            return annual_chart(self.companies, self.points, self.outlooks, visible,
                                bool(self.year_basis.currentData()), self.sources)
        return quarterly_chart(self.companies, self.points, visible, self.sources)

    def redraw(self) -> None:
        """Draw the chart for the current switches; both tables follow (each view keeps its own)."""
        quarterly, annual = self.chart_data(QUARTERLY), self.chart_data(ANNUAL)
        data = annual if self.mode == ANNUAL else quarterly
        self.data = data
        chart = cast("CapexChart | None", self.slot.built())
        if chart is not None and self._hover is not None:
            chart.set_data(data)
            self._hover.clear()
        self.figures_model.set_rows(capex_rows(quarterly))
        self.annual_model.set_rows(capex_rows(annual))
        self.tables.setCurrentWidget(self.annual_view if data.mode == ANNUAL else self.figures_view)

    # -- export --------------------------------------------------------------------------------
    def export_chart(self, path: Path) -> Path:
        """Write the chart as shown (switches included) to a .png or .svg file."""
        from desktop_app.ui.capex.export import export_chart

        return export_chart(self.data, path, self.sources)

    def choose_export(self) -> None:
        """Ask for a file, then export the chart as PNG or SVG (from the file name or chosen type)."""
        png, svg = self.tr("PNG image (*.png)"), self.tr("SVG image (*.svg)")
        from desktop_app.ui.file_dialogs import save_file_name, workspace_folder

        start = workspace_folder(self.workspace) / "capex.png"

        chosen, selected = save_file_name(self, self.tr("Export Chart"), str(start), f"{png};;{svg}")
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".svg" if selected == svg else ".png")
        from desktop_app.ui.capex.export import ExportError  # imports the chart libraries (if not yet)

        try:
            self.export_chart(path)
        except ExportError as exc:
            QMessageBox.warning(self, self.tr("Export Chart"), error_text(exc))
            return
        message = self.tr("Chart exported to %1").replace("%1", str(path))
        if self._window is not None:
            self._window.statusBar().showMessage(message, STATUS_TIMEOUT_MS)
