"""The workbook prints: LibreOffice converts it to PDF (as printing it would), and every page holds
legible text (no word set under 8 points), each page repeats its own sheet's header, the
Scorecards figures print on their own pages with ticker, quarter and line repeated on the remark
pages, and the Summary names no folder and no OS login.

Needs LibreOffice (Debian: libreoffice-calc-nogui) and, for Excel's column widths, the Calibri-
metric font Carlito (fonts-crosextra-carlito); skipped without LibreOffice."""

from __future__ import annotations

import getpass
import re
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from desktop_app.io import excel_layout as L
from desktop_app.io.excel_export import export_workbook
from desktop_app.storage.workspace import Workspace

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                 reason="needs LibreOffice and poppler-utils")]
MIN_POINTS = 8.0


def _has_calibri_metrics() -> bool:
    """Calibri or its metric twin Carlito: without either, LibreOffice sets the columns in a wider
    font than Excel would, and page widths no longer match the workbook's."""
    if shutil.which("fc-list") is None:
        return False
    fonts = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return "Carlito" in fonts or "Calibri" in fonts


def _convert(book: Path, out: Path) -> Path:
    profile = out / "lo-profile"
    subprocess.run([str(SOFFICE), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                    "pdf", "--outdir", str(out), str(book)], check=True, capture_output=True, timeout=180)
    pdf = out / (book.stem + ".pdf")
    assert pdf.exists()
    return pdf


def _page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1]


def _word_sizes(pdf: Path) -> list[tuple[int, str, float]]:
    """(page, word, height in points) of every word, from pdftotext's bounding boxes."""
    xhtml = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xhtml))
    found = []
    for number, page in enumerate(root.iter("{http://www.w3.org/1999/xhtml}page"), start=1):
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            found.append((number, word.text or "", float(word.get("yMax", 0)) - float(word.get("yMin", 0))))
    return found


def _header_line(text: str, names: list[object]) -> list[str]:
    """The words of the page's line that starts with the sheet's first header name and holds another
    of its header names (the header row as printed, its key columns first), else []."""
    first = str(names[0]).split()[0]
    others = {str(n).split()[0] for n in names[1:]}
    for line in text.splitlines():
        words = line.split()
        if words[:1] == [first] and others & set(words[1:]):
            return words
    return []


@pytest.fixture(scope="module", params=["en", "zh_TW"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> tuple[Path, Path, list[str]]:
    folder = tmp_path_factory.mktemp("print")
    with Workspace.open(folder / "Desk book.cspdesk") as ws:
        book = export_workbook(ws, folder / "summary.xlsx", language=request.param).path
    pdf = _convert(book, folder)
    return book, pdf, _page_texts(pdf)


def test_every_page_has_text_and_its_own_sheet_header(printed: tuple[Path, Path, list[str]]) -> None:
    book, _pdf, pages = printed
    wb = openpyxl.load_workbook(book)
    headers = {sheet.title: [c.value for c in sheet[L.HEADER_ROW] if c.value] for sheet in wb}
    assert 8 <= len(pages) <= 60, len(pages)
    seen = set()
    for number, text in enumerate(pages, start=1):
        words = text.split()
        assert len(words) > 10, f"page {number} is (nearly) empty"
        footer = re.search(rf"CSP Desk\s+(.+?)\s+(Page {number} of {len(pages)}|第 {number} 頁，共 {len(pages)} 頁)",
                           text)
        assert footer, f"page {number} has no footer"
        sheet = footer.group(1).strip()
        assert sheet in headers, sheet
        seen.add(sheet)
        if sheet == wb.worksheets[L.SHEETS.index(L.CAPEX)].title:
            continue  # the table and the chart, then the annual outlook on a page with its own header
        # The sheet's own header heads the page (repeated print titles: rows and key columns) ...
        assert _header_line(text, headers[sheet]), (number, sheet, text[:400])
        # ... and no other sheet's first header row does.
        for other, names in headers.items():
            if other != sheet and len(names) > 3 and names[:4] != headers[sheet][:4]:
                assert " ".join(str(n) for n in names[:4]) not in " ".join(words), (number, sheet, other)
    assert seen == set(headers) and len(seen) == len(L.SHEETS)


@pytest.mark.skipif(not _has_calibri_metrics(), reason="needs Calibri or Carlito (fonts-crosextra-carlito)")
def test_scorecards_print_the_figures_legibly_and_the_notes_after(printed: tuple[Path, Path, list[str]]) -> None:
    book, pdf, pages = printed
    sheet = openpyxl.load_workbook(book).worksheets[1]
    name = {L.COLUMN_OF_KEY[c.value]: sheet.cell(L.HEADER_ROW, c.column).value
            for c in sheet[L.KEY_ROW] if c.value in L.COLUMN_OF_KEY}  # English name → header as printed
    scorecards = [t for t in pages if re.search(rf"CSP Desk\s+{sheet.title}\s+(Page|第)", t)]
    heads = [_header_line(t, [name[L.COL_TICKER], name[L.COL_QUARTER]]) for t in scorecards]
    figures = [t for t, head in zip(scorecards, heads) if name[L.COL_ACTUAL] in head]
    notes = [t for t, head in zip(scorecards, heads) if name[L.COL_REMARK] in head or name[L.COL_SOURCE] in head]
    assert figures and notes
    for text in figures:  # every figure column on the same page, ticker, quarter and line beside them
        for column in L.SCORECARD_COLUMNS[:L.SCORECARD_COLUMNS.index(L.PRINT_FIGURES_LAST) + 1]:
            assert name[column] in text, column
    for text in notes:
        assert all(name[c] in text for c in (L.COL_TICKER, L.COL_QUARTER, L.COL_LINE))
    assert any(name[L.COL_SOURCE] in t for t in notes) and any(name[L.COL_REMARK] in t for t in notes)
    assert pages.index(figures[-1]) < pages.index(notes[0])  # the notes come after all the figures
    # One company per page: no figure page holds two companies.
    for text in figures:
        tickers = {line.split()[0] for line in text.splitlines() if line.split()[:1] in (["MSFT"], ["AMZN"])}
        assert len(tickers) == 1, tickers
    # Legible: no word set smaller than 8 points anywhere (a word's box is ~1.3x its font size: 8 pt
    # text measures 10.4 pt, 7.5 pt text 9.75 pt).
    sizes = _word_sizes(pdf)
    small = [(p, w, round(h, 1)) for p, w, h in sizes if h < MIN_POINTS * 1.25]
    assert sizes and not small, small[:10]


def test_summary_shows_the_author_set_and_no_path_or_login(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    login = getpass.getuser()
    for user, expected in (("Ana Chen", "Ana Chen"), ("", "—")):
        monkeypatch.setenv("CSP_DESK_USER", user)
        with Workspace.open(tmp_path / "Desk book.cspdesk") as ws:
            book = export_workbook(ws, tmp_path / f"book{bool(user)}.xlsx").path
        summary = openpyxl.load_workbook(book)[L.SUMMARY]
        texts = [str(c.value) for row in summary.iter_rows() for c in row if c.value is not None]
        row = next(r for r in summary.iter_rows() if r[0].value == "Exported by")
        assert row[1].value == expected
        assert "Desk book" in texts
        assert not any(str(tmp_path) in t for t in texts)
        if login not in ("Ana", "Chen", "Desk", "book"):
            assert not any(login == t or f" {login}" in t for t in texts if t != expected), login
