"""The PDF tear sheet: `csp-desk report` and File ▸ Export PDF… / Print… write at most two landscape
pages that hold the order, the names, the dates, the changes since a snapshot, CJK text and the
capex chart as vector graphics, with every figure from the same calculations and formatter as the
window. Read back with pdftotext / pdfinfo / pdfimages, rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QColor, QImage
from pytestqt.qtbot import QtBot

from desktop_app.domain.calc import UPSIDE_PLACES, upside
from desktop_app.domain.ranking import RankEntry
from desktop_app.domain.tear_sheet import find_snapshot
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.formats import fmt_percent
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.report.content import report_content

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))  # type: ignore[union-attr]


def _page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert found
    return float(found.group(1)), float(found.group(2))


def _report(workspace: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--workspace", str(workspace), "report", str(out), *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _ink(png: Path) -> float:
    """Share of pixels that are not white."""
    image = QImage(str(png))
    assert not image.isNull()
    white = QColor("white").rgb()
    step = 2
    seen = inked = 0
    for x in range(0, image.width(), step):
        for y in range(0, image.height(), step):
            seen += 1
            inked += image.pixel(x, y) != white
    return inked / seen


@pytest.mark.slow
def test_cli_report_has_the_order_names_dates_and_changes(tmp_path: Path) -> None:
    workspace = tmp_path / "Desk book.cspdesk"
    with Workspace.open(workspace) as ws:  # the seed: 2 snapshots, MSFT and AMZN figures
        market = ws.market_views(date.today())
    out = tmp_path / "sheet.pdf"
    result = _report(workspace, out, "--since", "4Q24 review")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == out.resolve()
    assert _pages(out) <= 2
    width, height = _page_size(out)
    assert width > height  # landscape A4: 842 x 595
    assert abs(width - 842) < 2
    text = _text(out)
    flat = " ".join(text.split())
    assert "Microsoft > Amazon > Alphabet > Meta" in flat
    for name in ("Microsoft", "Amazon", "Alphabet", "Meta", "微軟", "歌"):  # 谷 comes out as ⾕ (U+2F15)
        assert name in text
    assert "Alphabet Alphabet" not in flat  # the Chinese name beside the English one, not repeating it
    assert date.today().isoformat() in text  # the header's date
    assert "Desk book" in text  # the workspace's name ...
    assert str(tmp_path) not in text  # ... never its path
    assert "What changed since 4Q24 review (2025-02)" in flat
    assert "Alphabet ▲1" in flat and "Meta ▼1" in flat  # the moves since 4Q24
    # The upside is the window's: latest target / latest price - 1, the shared formatter's text.
    msft = market["MSFT"]
    assert msft.upside == upside(Decimal(660), Decimal(534))
    assert f"{fmt_percent(msft.upside, UPSIDE_PLACES)} (price date not given)" in flat
    assert "F4Q25 · 2Q25" in flat  # a quarter entered since (cites a note after the snapshot's)
    assert "Sources: n000, KGI, 2025-02" in flat  # the footer
    # The capex chart is drawn, not pasted: no image in the PDF.
    images = subprocess.run(
        ["pdfimages", "-list", str(out)], check=True, capture_output=True, text=True
    ).stdout.splitlines()
    assert len(images) == 2, images  # the header lines only
    assert "Quarterly capex by calendar quarter" in flat and "40,000" in flat  # the chart's text is text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_every_page_renders_with_content(tmp_path: Path) -> None:
    workspace = tmp_path / "w.cspdesk"
    out = tmp_path / "letter.pdf"
    result = _report(workspace, out, "--page-size", "Letter")
    assert result.returncode == 0, result.stderr
    assert _page_size(out) == pytest.approx((792, 612), abs=2)
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert len(pngs) == 2
    for png in pngs:
        assert _ink(png) > 0.03, png  # text, tables, bars: not a blank page


def test_bad_snapshot_and_target_refused(tmp_path: Path) -> None:
    workspace = tmp_path / "w.cspdesk"
    out = tmp_path / "x.pdf"
    result = _report(workspace, out, "--since", "no such snapshot")
    assert result.returncode == 2
    assert "4Q24 review" in result.stderr and not out.exists()
    result = _report(workspace, tmp_path / "x.docx")
    assert result.returncode == 2 and "must end in .pdf" in result.stderr


def test_changes_since_a_dated_snapshot(tmp_path: Path) -> None:
    """A reorder, a new target and rating after a dated snapshot appear under What changed; the
    figures are the domain's."""
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        ws.save_snapshot("Dec review", "", "2026-11-30")
        entries = ws.ranking()
        order = [entries[1], entries[0], *entries[2:]]
        ws.set_ranking([RankEntry(e.ticker, e.rationale) for e in order], "swap")
        ws.add_target("MSFT", Decimal("700"), date(2026, 12, 1), "ana", rating="OP")
        ws.add_price("MSFT", Decimal("500"), date(2026, 12, 1), "ana")
        content = report_content(ws, "Dec review", today=date(2026, 12, 2))
    sheet = content.sheet
    assert sheet.since is not None and sheet.since.label == "Dec review"
    assert dict(sheet.moved) == {"AMZN": 1, "MSFT": -1}
    [change] = sheet.target_changes
    assert (change.ticker, change.target_before, change.target_now, change.as_of) == (
        "MSFT",
        Decimal("660"),
        Decimal("700"),
        "2026-12-01",
    )
    msft = next(r for r in sheet.order if r.ticker == "MSFT")
    assert msft.upside == upside(Decimal(700), Decimal(500)) and msft.price_date == "2026-12-01"
    assert sheet.since_quarters == ()  # no quarter entered after 2026-11-30
    # The highlights are the scorecard's diffs, largest first.
    ticker, quarter, lines = next(h for h in sheet.highlights if h[0] == "MSFT")
    assert quarter == "F4Q25 · 2Q25" and lines
    assert [abs(s.diff) for s in lines] == sorted((abs(s.diff) for s in lines), reverse=True)
    assert all(s.diff == (s.actual / s.consensus - 1) * 100 or s.kind.is_rate for s in lines)


def test_find_snapshot() -> None:
    assert find_snapshot([], None) is None
    with pytest.raises(ValueError):
        find_snapshot([], "x")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(Workspace.open(tmp_path / "Team book.cspdesk"))
    qtbot.addWidget(win)
    return win


def test_window_export_pdf_and_print(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from desktop_app.ui import report_actions

    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("actionExportPdf") == names.index("actionExportChart") + 1
    assert names.index("actionPrint") == names.index("actionExportPdf") + 1
    out = tmp_path / "from window.pdf"
    assert report_actions.export_pdf(window, out)
    assert _pages(out) == 2
    text = _text(out)
    assert "Team book" in text and "Microsoft > Amazon > Alphabet > Meta" in " ".join(text.split())
    # Print… paints the same pages: a printer writing PDF stands in for paper.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert report_actions.print_report(window, printer, ask=False) == 2
    del printer
    assert _pages(printed) == 2
    assert " ".join(_text(printed).split()) == " ".join(text.split())
    # The workspace itself is refused.
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    assert not report_actions.export_pdf(window, Path(window.workspace.path))
    assert shown and "Nothing was written" in shown[0]


def test_eight_names_with_long_rationales_still_fit_two_pages(qapp: object, tmp_path: Path) -> None:
    """A page whose content is taller than the room is scaled to fit: nothing is cut off."""
    from desktop_app.domain.companies import Company
    from desktop_app.ui.report.pdf import write_pdf

    long = ("Capacity, backlog, RPO growth, margins and the capex cycle, in more words than fit a line. " * 3
            + "\nSecond line.\nThird line.")
    with Workspace.open(tmp_path / "w.cspdesk") as ws:
        for ticker, name in (("ORCL", "Oracle"), ("IBM", "IBM"), ("BABA", "Alibaba"), ("CRWV", "CoreWeave")):
            ws.add_company(Company(ticker, name, "", 12, "Cloud"))
        entries = ws.ranking()
        ws.set_ranking([RankEntry(e.ticker, long) for e in reversed(entries)], "reverse")
        content = report_content(ws, "4Q24 review")
    out = tmp_path / "eight.pdf"
    write_pdf(content, out)
    assert _pages(out) == 2
    flat = " ".join(_text(out).split())
    assert "CoreWeave > Alibaba > IBM > Oracle > Meta > Alphabet > Amazon > Microsoft" in flat
    assert "Sources: n000" in flat and "Largest beats and misses" in flat
    # Page 1's last paragraph ends above its footer: the content was scaled into the room.
    xhtml = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", str(out), "-"], check=True,
                           capture_output=True, text=True).stdout
    boxes = [(m.group(3), float(m.group(1)), float(m.group(2))) for m in re.finditer(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', xhtml)]
    last = max(y1 for word, _, y1 in boxes if word == "Derived:")
    footer = min(y0 for word, y0, _ in boxes if word == "Sources:")
    assert last < footer


def test_the_paper_size_is_chosen_in_the_file_menu_and_remembered(window: MainWindow,
                                                                  tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMenu

    from desktop_app.ui import report_actions

    paper = window.file_menu.findChild(QMenu, "menuPaperSize")
    assert paper is not None and paper.menuAction() in window.file_menu.actions()
    a4, letter = (paper.findChild(QAction, f"actionPaper{s}") for s in ("A4", "Letter"))
    assert a4.isChecked() and not letter.isChecked()  # A4 unless Letter was chosen
    letter.trigger()
    assert letter.isChecked() and not a4.isChecked()
    assert report_actions.page_size(window) == "Letter"
    assert window._settings.value(report_actions.KEY_PAGE_SIZE) == "Letter"  # kept for later starts
    out = tmp_path / "letter.pdf"
    assert report_actions.export_pdf(window, out)
    assert _page_size(out) == pytest.approx((792, 612), abs=2)  # landscape Letter
    a4.trigger()
    assert report_actions.export_pdf(window, out)
    assert _page_size(out) == pytest.approx((842, 595), abs=2)  # landscape A4
