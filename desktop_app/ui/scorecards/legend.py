"""The colour legend under the scorecard tables: beat / miss, neutral lines, printed and flagged cells."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop_app.domain.calc import DEFAULT_BAND_PCT, DEFAULT_BAND_PPT
from desktop_app.ui.scorecards.style import BEAT_BG, BEAT_FG, FLAG, MISS_BG, MISS_FG

MIN_LAID_OUT_WIDTH = 200
ASSUMED_WIDTH = 1000


def _swatch(text: str, bg: str, fg: str) -> str:
    return (f'<span style="background-color:{bg}; color:{fg};">&nbsp;{text}&nbsp;</span>')


def legend_html(link: str = "#1f5fbf") -> str:
    """One line: what the colours, italics and marks mean (details in the tooltip)."""
    items = [
        _swatch(QCoreApplication.translate("ScorecardLegend", "Beat"), BEAT_BG, BEAT_FG)
        + " "
        + _swatch(QCoreApplication.translate("ScorecardLegend", "Miss"), MISS_BG, MISS_FG)
        + " "
        + QCoreApplication.translate(
            "ScorecardLegend", "vs consensus / guidance by the line's direction (a tax rate above is a miss)"
        ),
        QCoreApplication.translate("ScorecardLegend", "in line (±%1% or ±%2 ppt) and capex: not coloured")
        .replace("%1", str(DEFAULT_BAND_PCT))
        .replace("%2", str(DEFAULT_BAND_PPT)),
        "<i>"
        + QCoreApplication.translate("ScorecardLegend", "italic")
        + "</i> "
        + QCoreApplication.translate("ScorecardLegend", "= printed in the note"),
        f'<span style="color:{FLAG};">◥</span> '
        + QCoreApplication.translate("ScorecardLegend", "printed ≠ computed"),
        f'<span style="color:{link};">'
        + QCoreApplication.translate("ScorecardLegend", "blue")
        + "</span> "
        + QCoreApplication.translate("ScorecardLegend", "= derived margin"),
    ]
    return " &nbsp;·&nbsp; ".join(items)


def legend_tooltip() -> str:
    return "\n".join(
        [
            QCoreApplication.translate(
                "ScorecardLegend",
                "Green / red: the figure beat / missed consensus or guidance, judged by the line's direction "
                "(revenue up is good, a tax rate up is not).",
            ),
            QCoreApplication.translate(
                "ScorecardLegend", "In line: within ±%1% for amounts, ±%2 ppt for rates; not coloured."
            )
            .replace("%1", str(DEFAULT_BAND_PCT))
            .replace("%2", str(DEFAULT_BAND_PPT)),
            QCoreApplication.translate(
                "ScorecardLegend",
                "Capex is neutral: above or below consensus is shown, never coloured good or bad.",
            ),
            QCoreApplication.translate(
                "ScorecardLegend",
                "Italic: the note's printed figure, shown because its inputs are not in the workspace (or "
                "only the note's unrounded inputs give it).",
            ),
            QCoreApplication.translate(
                "ScorecardLegend",
                "Amber corner: the printed figure and the one computed from the figures differ beyond "
                "rounding; the cell shows the computed one, the tooltip both.",
            ),
            QCoreApplication.translate(
                "ScorecardLegend",
                "Blue: a margin or rate derived from its amount lines because none is stored.",
            ),
        ]
    )


class WrapLabel(QLabel):
    """A word-wrapped label that asks for the height its text needs at its current width (a plain
    wrapped QLabel asks for the height of a narrow guess and leaves gaps in a wide window)."""

    def __init__(self, text: str = "", parent: QWidget | None = None, muted: bool = False) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        if muted:
            self.setStyleSheet("color: palette(placeholder-text);")

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        # Before the first layout the width is a placeholder: assume a window-wide label.
        width = self.width() if self.width() >= MIN_LAID_OUT_WIDTH else ASSUMED_WIDTH
        return QSize(min(hint.width(), width), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(MIN_LAID_OUT_WIDTH, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.heightForWidth(self.width()) != self.height():
            self.updateGeometry()


def make_legend(parent: QWidget | None = None) -> QLabel:
    """A wrapped one-paragraph legend."""
    link = QGuiApplication.palette().color(QPalette.ColorRole.Link).name()
    label = WrapLabel(legend_html(link), parent)
    label.setObjectName("scorecardLegend")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setToolTip(legend_tooltip())
    return label
