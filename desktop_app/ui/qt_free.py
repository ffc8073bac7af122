"""Qt values and drawing for the window's first paint, without PySide's `Qt` namespace.

PySide builds all 93 enums of the `Qt` namespace (1,195 members: ~21 ms on the 2-core test box, a
tenth of CSP Desk's start) the first time any of them is needed: named in Python, passed to or
returned from Qt, or only looked at while PySide chooses between overloads — `QPainter.setPen` and
`setBrush` (any argument), `QSplitter(parent)`, a Python `flags()` of an item model. What runs
before the window's first paint has ended (the Ranking tab, the status bar) uses what is here
instead; everything after it uses `Qt` as usual. tests/test_ui_main_window.py checks that the first
paint sets up none of the namespace's enums, tests/test_qt_free.py that these values are Qt's and
that the drawing matches QPainter.drawText.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRect
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
)

# Qt.ItemDataRole: item models receive and compare roles as ints.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
USER_ROLE = 256

# Qt.Key: QKeyEvent.key() is an int.
KEY_HOME = 0x01000010
KEY_END = 0x01000011
KEY_UP = 0x01000013
KEY_DOWN = 0x01000015

ELLIPSIS = "\u2026"


def set_enum_property(target: QObject, name: str, keys: str) -> None:
    """Set Qt property `name` of enum or flag type by its key names, "AlignTop|AlignLeft", as a .ui
    file does: Qt's meta-object system converts the text (PySide's enums are not involved)."""
    if not target.setProperty(name, keys):
        raise ValueError(f"{type(target).__name__}.{name} takes no {keys!r}")


def elided(metrics: QFontMetrics, text: str, width: int, *, middle: bool = False) -> str:
    """`text` cut with "…" at its end (or in its `middle`) to fit `width` pixels in `metrics`'s font;
    whole when it fits. (QFontMetrics.elidedText takes a Qt.TextElideMode.)"""
    if metrics.horizontalAdvance(text) <= width:
        return text

    def cut(keep: int) -> str:  # `keep` characters at the start (and as many at the end)
        if not middle:
            return text[:keep] + ELLIPSIS
        return text[:keep] + ELLIPSIS + text[len(text) - keep:]

    # the most characters kept that fit, the fewest that do not
    fits, too_long = 0, len(text) if not middle else (len(text) + 1) // 2
    while too_long - fits > 1:
        keep = (fits + too_long) // 2
        if metrics.horizontalAdvance(cut(keep)) <= width:
            fits = keep
        else:
            too_long = keep
    shown = cut(fits)
    return shown if metrics.horizontalAdvance(shown) <= width else ""


def utf16_length(text: str) -> int:
    """`text`'s length as Qt counts it, in UTF-16 code units: a character beyond the Basic
    Multilingual Plane (an emoji, a rare CJK ideograph) takes two. (text.encode("utf-16-le") would
    load that codec for the first paint.)"""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


_brushes: dict[int, QBrush] = {}


def _brush(color: QColor) -> QBrush:
    """A solid brush of `color`, taken from a palette: QBrush(color) would make PySide look at the
    Qt.GlobalColor and Qt.BrushStyle overloads."""
    key = color.rgba()
    brush = _brushes.get(key)
    if brush is None:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Text, color)
        brush = _brushes[key] = palette.brush(QPalette.ColorRole.Text)
    return brush


def draw_text(painter: QPainter, box: QRect, text: str, font: QFont, color: QColor, *,
              right: bool = False) -> None:
    """Draw `text` on one line in `box`, centred vertically, at its left (or `right`) edge, in `font`
    and `color`, as QPainter.drawText(box, AlignVCenter | AlignLeft or AlignRight, text) would with
    that font and pen (which setPen cannot set here: see above)."""
    if not text:
        return
    layout = QTextLayout(text, font, painter.device())
    colored = QTextLayout.FormatRange()
    colored.start, colored.length = 0, utf16_length(text)
    style = QTextCharFormat()
    style.setForeground(_brush(color))
    colored.format = style  # (a copy: PySide hands out struct fields by value)
    layout.setFormats([colored])
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)  # one line: the caller elides what does not fit
    layout.endLayout()
    width = line.naturalTextWidth()
    height = line.ascent() + line.descent()
    x = box.left() + box.width() - width if right else box.left()
    y = box.top() + (box.height() - height) / 2
    layout.draw(painter, QPointF(x, y))
