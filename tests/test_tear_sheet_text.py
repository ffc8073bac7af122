"""The tear sheet's PDF reads back as written: every company name, English and Chinese, is found by
pdftotext (what a viewer's search and copy use) in a tear sheet made in either language. Chinese
characters that are also Kangxi radicals (谷 in 谷歌, 馬 in 亞馬遜, 骨 and 文 in 甲骨文, 里 in 阿里巴巴)
came out as the radical (⾕ U+2F95, …): ui/report/pdf_text.py."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app.domain.companies import Company
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.report.content import report_content
from desktop_app.ui.report.pdf import write_pdf
from desktop_app.ui.report.pdf_text import fix_radicals, ideograph

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

EXTRA = [("ORCL", "Oracle", "甲骨文", 5), ("BABA", "Alibaba", "阿里巴巴", 3)]


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    font = QGuiApplication.font()
    assert i18n.install(qapp, request.param)
    i18n.use_cjk_fonts(qapp)  # as the window and the CLI set them up
    try:
        yield str(request.param)
    finally:
        i18n.install(qapp, "en")
        QGuiApplication.setFont(font)


def _has_cjk_font() -> bool:
    found = subprocess.run(["fc-list", ":lang=zh-tw", "family"], capture_output=True, text=True)
    return bool(found.stdout.strip())


def test_every_company_name_extracts_as_written(tmp_path: Path, language: str) -> None:
    if not _has_cjk_font():
        pytest.skip("needs a Traditional Chinese font (fonts-noto-cjk)")
    path = tmp_path / "w.cspdesk"
    with Workspace.open(path) as ws:
        for ticker, name, name_zh, fy_end in EXTRA:
            ws.add_company(Company(ticker, name, name_zh, fy_end, ""))
        companies = ws.companies()
        content = report_content(ws)
    out = tmp_path / "sheet.pdf"
    write_pdf(content, out)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout
    names = [n for c in companies for n in (c.name_en, c.name_zh) if n]
    assert {"Alphabet (谷歌)", "亞馬遜", "甲骨文", "阿里巴巴"} <= set(names)
    missing = [n for n in names if n not in text]
    assert not missing, (language, missing)
    radicals = sorted({ch for ch in text if ideograph(ord(ch)) is not None})
    assert not radicals, radicals


def test_only_radical_targets_change_and_the_length_stays() -> None:
    cmap = (b"stream\n/CIDInit /ProcSet findresource begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
            b"endcodespacerange\n3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<0041> <2F95> <6B4C> ]\n"
            b"<0004> <0004> <2fba>\n<0005> <0006> <2F95>\nendbfrange\n1 beginbfchar\n<0007> <2F42>\nendbfchar\n"
            b"endcmap\nendstream\n")
    fixed = fix_radicals(b"%PDF-1.4\n<2F95>\n" + cmap)
    assert fixed.startswith(b"%PDF-1.4\n<2F95>\n")  # outside a CMap nothing changes
    assert b"[<0041> <8C37> <6B4C> ]" in fixed  # ⾕ -> 谷, the others as they were
    assert b"<0004> <0004> <99ac>" in fixed  # ⾺ -> 馬, in the case it was written
    assert b"<0005> <0006> <2F95>" in fixed  # a range over two glyphs: left (it would change length)
    assert b"<0007> <6587>" in fixed  # ⽂ -> 文
    assert len(fixed) == len(cmap) + len(b"%PDF-1.4\n<2F95>\n")
    assert ideograph(0x2F95) == 0x8C37 == ord(unicodedata.normalize("NFKC", "\u2f95"))
    assert ideograph(0x8C37) is None and ideograph(0x41) is None
