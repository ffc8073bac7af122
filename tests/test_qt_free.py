"""desktop_app/ui/qt_free.py: its values are Qt's, its text drawing is QPainter.drawText's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QLabel, QSplitter

from desktop_app.ui import qt_free as F


def test_the_values_are_qts() -> None:
    assert F.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert F.TOOLTIP_ROLE == Qt.ItemDataRole.ToolTipRole.value
    assert F.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert (F.KEY_HOME, F.KEY_END, F.KEY_UP, F.KEY_DOWN) == (
        Qt.Key.Key_Home.value, Qt.Key.Key_End.value, Qt.Key.Key_Up.value, Qt.Key.Key_Down.value)


@pytest.mark.parametrize("text", ["", "Microsoft", "微軟 Azure", "𠀋", "A 😀 B 𠀋 微軟"])
def test_utf16_length_is_qts(qapp, text: str) -> None:  # noqa: ANN001
    from PySide6.QtCore import QTextBoundaryFinder

    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.toEnd()
    assert F.utf16_length(text) == finder.position()  # Qt's length of the string


def test_an_enum_property_is_set_by_its_key_names(qtbot) -> None:  # noqa: ANN001
    label = QLabel()
    qtbot.addWidget(label)
    F.set_enum_property(label, "alignment", "AlignTop|AlignLeft")
    assert label.alignment() == Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
    F.set_enum_property(label, "textFormat", "RichText")
    assert label.textFormat() == Qt.TextFormat.RichText
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    F.set_enum_property(splitter, "orientation", "Vertical")
    assert splitter.orientation() == Qt.Orientation.Vertical
    with pytest.raises(ValueError, match="alignment"):
        F.set_enum_property(label, "alignment", "AlignSideways")


TEXTS = ["Alphabet Inc. Class A", "微軟 Microsoft Azure 雲端", "Meta", "", "W" * 40]


@pytest.mark.parametrize("middle", [False, True])
def test_elided_text_fits_and_keeps_both_ends_it_can(qapp, middle: bool) -> None:  # noqa: ANN001
    metrics = QFontMetrics(QFont())
    for text in TEXTS:
        whole = metrics.horizontalAdvance(text)
        assert F.elided(metrics, text, whole, middle=middle) == text
        for width in (0, 8, 30, 60, 100, max(whole - 1, 0)):
            shown = F.elided(metrics, text, width, middle=middle)
            assert metrics.horizontalAdvance(shown) <= width, (text, width, shown)
            if width < whole and shown:
                head, _, tail = shown.partition(F.ELLIPSIS)
                assert shown.count(F.ELLIPSIS) == 1 and text.startswith(head) and text.endswith(tail)
                assert (tail == "") if not middle else (len(head) == len(tail))
                # not cut shorter than needed: one more character would not fit
                longer = text[:len(head) + 1] + F.ELLIPSIS if not middle else None
                if longer is not None and len(head) < len(text):
                    assert metrics.horizontalAdvance(longer) > width


def test_elided_text_is_qts_or_one_character_longer(qapp) -> None:  # noqa: ANN001
    """Qt adds up the characters' widths one by one and stops short of the room; the whole cut text
    is measured here (kerning, a CJK fallback font): at most one more character on a side."""
    metrics = QFontMetrics(QFont())
    for text in TEXTS:
        for width in (60, 100, 150):
            for middle, mode, side in ((False, Qt.TextElideMode.ElideRight, 1),
                                       (True, Qt.TextElideMode.ElideMiddle, 2)):
                ours, qts = F.elided(metrics, text, width, middle=middle), metrics.elidedText(text, mode, width)
                assert len(qts) <= len(ours) <= len(qts) + side, (text, width, ours, qts)
                assert ours.count(F.ELLIPSIS) == qts.count(F.ELLIPSIS)


def _render(draw, height: int) -> QImage:  # noqa: ANN001
    image = QImage(320, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRect(10, 3, 220, height - 6))
    painter.end()
    return image


@pytest.mark.parametrize("right", [False, True])
@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", ["Microsoft (MSFT)", "微軟 Azure 成長 +12.5%", "▲2", "1.", "𠀋 A 😀 B"])
def test_draw_text_paints_what_drawtext_paints(qapp, text: str, bold: bool, right: bool) -> None:  # noqa: ANN001
    font = QFont()
    font.setBold(bold)
    color = QColor("#1b7f3b")
    align = (Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter

    def reference(painter: QPainter, box: QRect) -> None:
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(box, align, text)

    def ours(painter: QPainter, box: QRect) -> None:
        F.draw_text(painter, box, text, font, color, right=right)

    for height in (30, 33):
        drawn = _render(ours, height)
        assert drawn == _render(reference, height)
        assert drawn != _render(lambda painter, box: None, height)  # something was drawn
