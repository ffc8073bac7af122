"""Colours and fonts of scorecard cells: beat / miss backgrounds, the mismatch flag, printed figures.

Backgrounds are light and always paired with dark text (contrast above 10:1), so they read the same
in a light or a dark theme. Neutral lines (capex) get no good/bad colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from desktop_app.domain.calc import Verdict
from desktop_app.domain.scorecard_view import Cell, Origin

BEAT_BG = "#cfeccf"
BEAT_FG = "#0d3b12"
MISS_BG = "#f7d2d2"
MISS_FG = "#5c0d0d"
FLAG = "#e08a00"  # amber corner: printed and computed differ beyond rounding
SECTION_BG = "#e7ebf0"
SECTION_FG = "#1d2733"
FLAG_ROLE = 0x0100 + 40  # Qt.UserRole + 40: "mismatch" for a flagged cell, else None
CELL_ROLE = 0x0100 + 41  # Qt.UserRole + 41: the domain Cell behind a numeric cell
GROUP_ROLE = 0x0100 + 42  # Qt.UserRole + 42 (header): the title of the column group


def section_row(role: int) -> QColor | QFont | None:
    """Background, text colour or (bold) font of a section title row; None for any other role."""
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor(SECTION_BG)
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor(SECTION_FG)
    if role == Qt.ItemDataRole.FontRole:
        bold = QFont()
        bold.setBold(True)
        return bold
    return None


def verdict_colors(verdict: Verdict | None) -> tuple[str, str] | None:
    """(background, text) for a judged comparison; None for in line, neutral or missing."""
    if verdict is Verdict.BEAT:
        return BEAT_BG, BEAT_FG
    if verdict is Verdict.MISS:
        return MISS_BG, MISS_FG
    return None


def _shown(cell: Cell) -> bool:
    """Whether the cell shows something to colour: a figure, or `n.m.` with its verdict."""
    return cell.value is not None or cell.not_meaningful


def background(cell: Cell) -> QColor | None:
    colors = verdict_colors(cell.verdict) if _shown(cell) else None
    return QColor(colors[0]) if colors else None


def foreground(cell: Cell) -> QColor | None:
    colors = verdict_colors(cell.verdict) if _shown(cell) else None
    if colors:
        return QColor(colors[1])
    if cell.origin is Origin.DERIVED:
        return QGuiApplication.palette().color(QPalette.ColorRole.Link)
    return None


def font(cell: Cell, base: QFont | None = None) -> QFont | None:
    """Italic for a figure shown as printed in the note (not computed here)."""
    if cell.value is None or not cell.shows_printed:
        return None
    result = QFont(base) if base is not None else QFont()
    result.setItalic(True)
    return result


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(color: str) -> float:
        c = QColor(color)
        parts = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            parts.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
