"""Export the capex chart as PNG or SVG at a readable, fixed size, whatever the window's size.

The chart is drawn again off screen at EXPORT_SIZE (so fonts and bars keep their proportions).
PNG goes through pyqtgraph's ImageExporter, scaled to EXPORT_WIDTH pixels wide. SVG is rendered by
Qt's QSvgGenerator directly: pyqtgraph 0.14's SVGExporter fails on the closed paths ("... Z") that
Qt 6.11 writes for every plot (pyqtgraph issue #3495), and the direct rendering keeps text as text.
A footer under the chart names the notes its figures come from and the export date, so the
picture carries its provenance wherever it is pasted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from desktop_app.domain.companies import Source
from desktop_app.ui.capex.chart import MUTED, CapexChart
from desktop_app.ui.capex.series import ChartData
from desktop_app.ui.formats import join_nonempty

EXPORT_SIZE = QSize(1200, 720)
EXPORT_WIDTH = 1600
FORMATS = (".png", ".svg")


class ExportError(Exception):
    """The chart could not be written (the message says why)."""


def cited_notes(data: ChartData) -> list[str]:
    """The note ids the drawn figures cite, in the order the notes were recorded."""
    found: list[str] = []
    for bar in data.bars():
        refs = list(bar.point.sources) if bar.point is not None else []
        if bar.outlook is not None:
            refs.append(bar.outlook.source)
        for ref in refs:
            note = ref.split(":", 1)[0].strip()
            if note and note not in found:
                found.append(note)
    return sorted(found)


def footer_text(data: ChartData, sources: dict[str, Source], exported_on: date) -> str:
    """`Sources: n000 · KGI · 2025-02; n001 · KGI · date not printed — exported 2026-12-02 with CSP Desk`."""
    notes = []
    for note_id in cited_notes(data):
        note = sources.get(note_id)
        notes.append(join_nonempty([note_id, note.broker, note.published or QCoreApplication.translate(
            "CapexExport", "date not printed")], " · ") if note is not None else note_id)
    cited = "; ".join(notes) or QCoreApplication.translate("CapexExport", "none")
    return (QCoreApplication.translate("CapexExport", "Sources: %1 — exported %2 with CSP Desk")
            .replace("%1", cited).replace("%2", exported_on.isoformat()))


def _add_footer(chart: CapexChart, text: str) -> None:
    import pyqtgraph as pg

    label = pg.LabelItem(justify="left")
    label.item.setTextWidth(EXPORT_SIZE.width() - 40)  # wraps: the picture keeps its size
    label.setText(text, size="8pt", color=MUTED)
    label.setObjectName("exportFooter")
    chart.ci.addItem(label, row=5, col=0)
    chart.ci.layout.setRowStretchFactor(5, 0)


def export_chart(data: ChartData, path: Path, sources: dict[str, Source] | None = None,
                 exported_on: date | None = None) -> Path:
    """Write `data` as a chart to `path` (.png or .svg, from the suffix), with a footer naming the
    notes cited (`sources`: note id → note) and the export date; returns the path."""
    from pyqtgraph.exporters import ImageExporter

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(
            QCoreApplication.translate("CapexExport", "Choose a .png or .svg file name, not %1.").replace(
                "%1", repr(path.name)
            )
        )
    chart = CapexChart(cache_text=False)
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    chart.resize(EXPORT_SIZE)
    _add_footer(chart, footer_text(data, sources or {}, exported_on or date.today()))
    chart.show()
    try:
        chart.set_data(data)
        QApplication.processEvents()  # lay the chart out at its export size
        chart.ci.layout.activate()
        chart.set_data(data)  # ranges and the right-hand axis follow the laid-out size
        try:
            if suffix == ".png":
                exporter = ImageExporter(chart.ci)
                exporter.parameters()["width"] = EXPORT_WIDTH
                exporter.parameters()["antialias"] = True
                exporter.export(str(path))
            else:
                _write_svg(chart, path, data.title)
        except OSError as exc:
            raise ExportError(
                QCoreApplication.translate("CapexExport", "Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", str(exc.strerror or exc))
            ) from exc
    finally:
        chart.close()
        chart.deleteLater()
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(
            QCoreApplication.translate("CapexExport", "Could not write %1.").replace("%1", str(path))
        )
    return path


def _write_svg(chart: CapexChart, path: Path, title: str) -> None:
    """Render the laid-out chart into an SVG file at its own size (1 unit = 1 pixel)."""
    source = chart.ci.sceneBoundingRect()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    # The axes replay QPictures recorded at the screen's resolution: the SVG must use the same one,
    # else Qt rescales them (72 vs 96 dpi) and the axes no longer line up with the bars.
    screen = QGuiApplication.primaryScreen()
    generator.setResolution(round(screen.logicalDotsPerInchX()) if screen is not None else 96)
    generator.setTitle(title)
    generator.setDescription(QCoreApplication.translate("CapexExport", "CSP Desk capex chart"))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(
            QCoreApplication.translate("CapexExport", "Could not write %1.").replace("%1", str(path))
        )
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor("white"))
        chart.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
    finally:
        painter.end()
