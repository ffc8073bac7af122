"""Capex chart export: PNG and SVG files written from the tab's button and from File ▸ Export Chart…,
real images of a readable size that show the chart (not a blank page)."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.palette import COLOURS
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import file_dialogs
from desktop_app.ui.capex.export import EXPORT_WIDTH, ExportError
from desktop_app.ui.main_window import MainWindow

CAPEX_TAB = 2


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "w.cspdesk"))
    qtbot.addWidget(win)
    win.resize(1000, 700)  # the export size does not depend on the window's
    win.show()
    qtbot.waitExposed(win)
    return win


def _colour_count(image: QImage, colour: str, step: int = 3) -> int:
    target = QColor(colour).rgb()
    return sum(1 for x in range(0, image.width(), step) for y in range(0, image.height(), step)
               if image.pixel(x, y) == target)


def test_png_is_a_readable_image_of_the_chart(window: MainWindow, tmp_path: Path) -> None:
    tab = window.tab_page(CAPEX_TAB)
    path = tab.export_chart(tmp_path / "capex.png")
    assert path.stat().st_size > 10_000
    image = QImage(str(path))
    assert not image.isNull()
    assert image.width() == EXPORT_WIDTH and 700 <= image.height() <= 1200
    # Solid Microsoft and Amazon bars are in the picture: it is the chart, not an empty frame.
    assert _colour_count(image, COLOURS["MSFT"]) > 200
    assert _colour_count(image, COLOURS["AMZN"]) > 200
    assert QColor(image.pixel(2, 2)) == QColor("white")


def test_svg_is_valid_and_keeps_the_text(window: MainWindow, tmp_path: Path) -> None:
    tab = window.tab_page(CAPEX_TAB)
    path = tab.export_chart(tmp_path / "capex.svg")
    assert path.stat().st_size > 10_000
    root = ElementTree.parse(path).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 1200 720"
    text = " ".join(t.strip() for t in root.itertext())
    for part in ("Quarterly capex by calendar quarter", "2Q25 / F4Q25", "No capex figures in the notes: Alphabet, Meta",
                 "Consensus", "30,000"):
        assert part in text
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()


def test_exports_carry_the_sources_and_the_export_date(window: MainWindow, tmp_path: Path) -> None:
    from datetime import date

    tab = window.tab_page(CAPEX_TAB)
    root = ElementTree.parse(tab.export_chart(tmp_path / "capex.svg")).getroot()
    assert root.get("viewBox") == "0 0 1200 720"  # the footer takes room inside the picture
    text = " ".join(" ".join(t.split()) for t in root.itertext() if t.strip())
    # The quarterly figures cite both notes (n000's 4Q24, n001's 2Q25 and the guidance).
    assert "Sources: n000 · KGI · 2025-02; n001 · KGI · date not printed" in text
    assert f"exported {date.today().isoformat()} with CSP Desk" in text
    # The PNG has the footer too: ink in its bottom strip, below the intensity chart.
    image = QImage(str(tab.export_chart(tmp_path / "capex.png")))
    strip = [image.pixel(x, y) for x in range(0, image.width(), 2)
             for y in range(image.height() - 40, image.height() - 4)]
    assert sum(QColor(p).lightness() < 160 for p in strip) > 50


def test_export_follows_the_view_and_the_switches(window: MainWindow, tmp_path: Path) -> None:
    tab = window.tab_page(CAPEX_TAB)
    tab.set_company_visible("MSFT", False)
    tab.set_mode("annual")
    root = ElementTree.parse(tab.export_chart(tmp_path / "annual.svg")).getroot()
    text = " ".join(t.strip() for t in root.itertext())
    assert "Annual capex by calendar year" in text and "US$105bn" in text
    assert "Microsoft" not in text


def test_file_menu_and_button_export(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.action_export_chart in window.file_menu.actions()
    target = tmp_path / "from menu"  # no suffix: the chosen type decides
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda *a, **k: (str(target), "SVG image (*.svg)"))
    window.tabs.setCurrentIndex(0)
    window.action_export_chart.trigger()
    assert window.tabs.currentIndex() == CAPEX_TAB
    assert target.with_suffix(".svg").stat().st_size > 0
    assert "Chart exported" in window.statusBar().currentMessage()
    png = tmp_path / "button.png"
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: (str(png), "PNG image (*.png)"))
    window.tab_page(CAPEX_TAB).export_button.click()
    assert not QImage(str(png)).isNull()


def test_a_failed_export_says_why(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tab = window.tab_page(CAPEX_TAB)
    with pytest.raises(ExportError):
        tab.export_chart(tmp_path / "chart.pdf")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    blocked = tmp_path / "not a folder"
    blocked.write_text("x")
    monkeypatch.setattr(file_dialogs, "save_file_name",
                        lambda *a, **k: (str(blocked / "capex.png"), "PNG image (*.png)"))
    tab.choose_export()
    assert warnings and "capex.png" in warnings[0]
