"""The tear sheet's two landscape pages, painted on any paged device: a QPdfWriter (File ▸ Export
PDF…, `csp-desk report`) or a QPrinter (File ▸ Print…).

Page 1: the preference order (rating, target, upside with the price's date, move since the
snapshot, the first lines of each rationale) and what changed since the snapshot. Page 2: the capex
chart, drawn as vector graphics, and the latest scorecard highlights per company. Every page has a
header (workspace name, date, page) and a footer line with the sources. Text is laid out by
QTextDocument, so it stays text in a PDF (selectable, searchable) and CJK falls back to a CJK font.
A page whose content is taller than the room is scaled down to fit: nothing is cut off.

Layout units are 1/96 inch and every font size is in those units, so the pages look the same
whatever the device's resolution.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPageLayout, QPainter, QTextDocument

from desktop_app.domain.calc import UPSIDE_PLACES, Verdict
from desktop_app.domain.ranking import move_text
from desktop_app.domain.tear_sheet import Surprise
from desktop_app.ui.formats import fill, fmt_diff, fmt_number, fmt_percent, fmt_value, join_nonempty
from desktop_app.ui.report.capex_figure import draw_capex
from desktop_app.ui.report.content import ReportContent

UNITS_PER_INCH = 96
BODY_PX = 12  # 9 pt
HEADER_PX = 18
FOOTER_PX = 11
CJK_FAMILIES = [
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans CJK TC",
    "Microsoft JhengHei",
    "PingFang TC",
    "sans-serif",
]  # Latin first, then a CJK font for the Chinese names
RATIONALE_CHARS = 200
BEAT, MISS = "#1a7f37", "#c62828"
PAGES = 2


def base_font(pixels: int = BODY_PX) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    font.setPixelSize(pixels)
    return font


def _e(text: str) -> str:
    return escape(text, quote=False)


def _rationale(text: str) -> str:
    """The first two lines of a rationale, shortened to RATIONALE_CHARS."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()][:2]
    joined = " / ".join(lines)
    return joined if len(joined) <= RATIONALE_CHARS else joined[: RATIONALE_CHARS - 1].rstrip() + "…"


def _name(content: ReportContent, ticker: str) -> str:
    company = content.companies.get(ticker)
    return company.name_en if company else ticker


_STYLE = (
    f"body {{ font-size: {BODY_PX}px; }} h2 {{ font-size: 15px; margin: 6px 0 3px 0; }} "
    "th { background: #eeeeee; text-align: left; padding: 2px 5px; font-weight: bold; } "
    "td { padding: 2px 5px; vertical-align: top; } td.n, th.n { text-align: right; } "
    f".beat {{ color: {BEAT}; }} .miss {{ color: {MISS}; }} .muted {{ color: #666666; }} "
    "p { margin: 2px 0; }"
)


def _table(headers: list[tuple[str, bool]], rows: list[list[tuple[str, str]]]) -> str:
    """An HTML table; each header is (text, numeric?), each cell (html, css class)."""
    head = "".join(f'<th class="{"n" if numeric else ""}">{_e(text)}</th>' for text, numeric in headers)
    body = "".join(
        "<tr>" + "".join(f'<td class="{cls}">{html}</td>' for html, cls in row) + "</tr>" for row in rows
    )
    return f'<table width="100%" cellspacing="0" cellpadding="2" border="0"><tr>{head}</tr>{body}</table>'


def _h2(text: str) -> str:
    return f"<h2>{_e(text)}</h2>"


def _p(label: str, text: str, cls: str = "") -> str:
    """A paragraph: a bold label (may be empty), then text."""
    head = f"<b>{_e(label)}</b> " if label else ""
    return f'<p class="{cls}">{head}{_e(text)}</p>'


def _surprise_rows(
    content: ReportContent, found: tuple[Surprise, ...] | list[Surprise]
) -> list[list[tuple[str, str]]]:
    rows = []
    for s in found:
        beat = s.verdict is Verdict.BEAT
        word = (
            QCoreApplication.translate("TearSheet", "beat")
            if beat
            else QCoreApplication.translate("TearSheet", "miss")
        )
        label = join_nonempty([s.label, s.label_zh])
        shown = f"{fmt_diff(s.diff, s.kind)} {word}"
        rows.append(
            [
                (_e(_name(content, s.ticker)), ""),
                (_e(s.quarter), ""),
                (_e(label), ""),
                (fmt_value(s.actual, s.kind), "n"),
                (fmt_value(s.consensus, s.kind), "n"),
                (
                    f"<i>{_e(shown)}</i>" if s.printed else _e(shown),
                    "n beat" if beat else "n miss",
                ),
                (_e(s.source), "muted"),
            ]
        )
    return rows


def _surprise_headers() -> list[tuple[str, bool]]:
    return [
        (QCoreApplication.translate("TearSheet", "Company"), False),
        (QCoreApplication.translate("TearSheet", "Quarter"), False),
        (QCoreApplication.translate("TearSheet", "Line"), False),
        (QCoreApplication.translate("TearSheet", "Actual"), True),
        (QCoreApplication.translate("TearSheet", "Consensus"), True),
        (QCoreApplication.translate("TearSheet", "vs consensus"), True),
        (QCoreApplication.translate("TearSheet", "Source"), False),
    ]


def _surprise_legend(found: tuple[Surprise, ...] | list[Surprise]) -> str:
    """What the diffs of a surprise table are: derived from the figures, the note's print in italics."""
    text = QCoreApplication.translate(
        "TearSheet", "vs consensus: derived from the actual and the consensus shown."
    )
    if any(s.printed for s in found):
        text += " " + QCoreApplication.translate(
            "TearSheet",
            "In italics: as the note printed it; the note worked from unrounded figures, so the "
            "figures shown give a slightly different diff (rounding, not an error).",
        )
    return _p("", text, "muted")


def _move(move: int | None) -> str:
    return QCoreApplication.translate("TearSheet", "new") if move is None else move_text(move)


def _order_table(content: ReportContent) -> str:
    since = content.sheet.since
    rows = []
    for row in content.sheet.order:
        upside = fmt_percent(row.upside, UPSIDE_PLACES)
        if upside:
            upside += " " + (
                fill(QCoreApplication.translate("TearSheet", "(price %1)"), row.price_date)
                if row.price_date
                else QCoreApplication.translate("TearSheet", "(price date not given)")
            )
        rows.append(
            [
                (str(row.rank), "n"),
                (f"<b>{_e(row.name)}</b> {_e(_other_name(row.name, row.name_zh))}", ""),
                (_e(row.ticker), ""),
                (_e(row.rating), ""),
                (fmt_number(row.target), "n"),
                (_e(upside), "n"),
                ("" if since is None else _move(row.move), "n"),
                (_e(_rationale(row.rationale)), ""),
            ]
        )
    move_head = (
        fill(QCoreApplication.translate("TearSheet", "Move since %1"), since.label)
        if since
        else QCoreApplication.translate("TearSheet", "Move")
    )
    heads = [
        (QCoreApplication.translate("TearSheet", "#"), True),
        (QCoreApplication.translate("TearSheet", "Company"), False),
        (QCoreApplication.translate("TearSheet", "Ticker"), False),
        (QCoreApplication.translate("TearSheet", "Rating"), False),
        (QCoreApplication.translate("TearSheet", "Target (US$)"), True),
        (QCoreApplication.translate("TearSheet", "Upside (derived)"), True),
        (move_head, True),
        (QCoreApplication.translate("TearSheet", "Rationale"), False),
    ]
    return _table(heads, rows)


def _changes(content: ReportContent) -> list[str]:
    sheet = content.sheet
    since = sheet.since
    if since is None:
        return [
            _p(
                "",
                QCoreApplication.translate("TearSheet", "No snapshot yet: nothing to compare with."),
                "muted",
            )
        ]
    none = QCoreApplication.translate("TearSheet", "none")
    when = since.taken_on or QCoreApplication.translate("TearSheet", "undated")
    parts = [
        _h2(fill(QCoreApplication.translate("TearSheet", "What changed since %1 (%2)"), since.label, when))
    ]
    moved = ", ".join(f"{_name(content, t)} {_move(m)}" for t, m in sheet.moved)
    parts.append(_p(QCoreApplication.translate("TearSheet", "Moves:"), moved or none))
    changes = []
    for c in sheet.target_changes:
        rating = (
            fill(
                QCoreApplication.translate("TearSheet", "rating %1 → %2"),
                c.rating_before or "—",
                c.rating_now or "—",
            )
            if c.rating_before != c.rating_now
            else fill(QCoreApplication.translate("TearSheet", "rating %1"), c.rating_now or "—")
        )
        target = fill(
            QCoreApplication.translate("TearSheet", "target %1 → %2"),
            fmt_number(c.target_before) or "—",
            fmt_number(c.target_now),
        )
        dated = c.as_of or QCoreApplication.translate("TearSheet", "date not given")
        changes.append(f"{_name(content, c.ticker)}: {rating}, {target} ({dated}; {c.source})")
    parts.append(
        _p(
            QCoreApplication.translate("TearSheet", "Ratings and targets:"),
            "; ".join(changes) or QCoreApplication.translate("TearSheet", "no change"),
        )
    )
    quarters = ", ".join(f"{t} {q}" for t, q in sheet.since_quarters)
    parts.append(_p(QCoreApplication.translate("TearSheet", "Quarters entered since:"), quarters or none))
    if sheet.surprises:
        parts.append(
            _p(QCoreApplication.translate("TearSheet", "Largest beats and misses of those quarters:"), "")
        )
        parts.append(_table(_surprise_headers(), _surprise_rows(content, sheet.surprises)))
        parts.append(_surprise_legend(sheet.surprises))
    return parts


def first_page_html(content: ReportContent) -> str:
    order = " > ".join(r.name for r in content.sheet.order)
    parts = [
        _h2(QCoreApplication.translate("TearSheet", "Preference order")),
        _p("", order),
        _order_table(content),
        *_changes(content),
        _p(
            "",
            QCoreApplication.translate(
                "TearSheet",
                "Derived: computed by CSP Desk from the stored figures (upside = latest target / "
                "latest price − 1; vs consensus = actual / consensus − 1, in ppts for rates). An empty "
                "cell: no source gives the figure.",
            ),
            "muted",
        ),
    ]
    return "".join(parts)


def second_page_html(content: ReportContent) -> str:
    parts = [_h2(QCoreApplication.translate("TearSheet", "Latest scorecard highlights"))]
    rows: list[list[tuple[str, str]]] = []
    for ticker, quarter, found in content.sheet.highlights:
        if not found:
            rows.append(
                [
                    (f"<b>{_e(_name(content, ticker))}</b>", ""),
                    (_e(quarter), ""),
                    (
                        _e(QCoreApplication.translate("TearSheet", "no beat or miss against consensus")),
                        "muted",
                    ),
                    ("", ""),
                    ("", ""),
                    ("", ""),
                    ("", ""),
                ]
            )
            continue
        for i, row in enumerate(_surprise_rows(content, found)):
            row[0] = ("", "") if i else (f"<b>{row[0][0]}</b>", "")
            rows.append(row)
    if rows:
        parts.append(_table(_surprise_headers(), rows))
        parts.append(_surprise_legend([s for _, _, found in content.sheet.highlights for s in found]))
    else:
        parts.append(_p("", QCoreApplication.translate("TearSheet", "No reported quarter yet."), "muted"))
    return "".join(parts)


def _document(html: str, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(base_font())
    document.setDefaultStyleSheet(_STYLE)
    document.setDocumentMargin(0)
    document.setHtml(f"<body>{html}</body>")
    document.setTextWidth(width)
    return document


def _draw_document(painter: QPainter, document: QTextDocument, room: QRectF) -> None:
    """Draw `document` at the top of `room`, scaled down until it fits the room. A scaled document
    is laid out wider, so its wrapped text takes fewer lines: the height shrinks about as the scale,
    and the square root of the overflow is the first guess; then down in steps of 3 % until it fits."""
    document.setTextWidth(room.width())
    height = document.size().height()
    scale = 1.0 if height <= room.height() else max(0.3, math.sqrt(room.height() / height))
    if scale < 1.0:
        document.setTextWidth(room.width() / scale)
    while scale > 0.3 and document.size().height() * scale > room.height():
        scale -= 0.03
        document.setTextWidth(room.width() / scale)
    painter.save()
    painter.translate(room.topLeft())
    painter.scale(scale, scale)
    document.drawContents(painter, QRectF(0, 0, document.textWidth(), document.size().height()))
    painter.restore()


def _frame(painter: QPainter, content: ReportContent, page: QRectF, number: int) -> QRectF:
    """Header and footer of a page; returns the room between them."""
    header = base_font(HEADER_PX)
    header.setBold(True)
    painter.setFont(header)
    line = QFontMetricsF(header).height()
    painter.drawText(
        QRectF(page.left(), page.top(), page.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fill(QCoreApplication.translate("TearSheet", "CSP Desk tear sheet · %1"), content.workspace_name),
    )
    small = base_font(BODY_PX)
    painter.setFont(small)
    painter.drawText(
        QRectF(page.left(), page.top(), page.width(), line),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        fill(
            QCoreApplication.translate("TearSheet", "%1 · page %2 of %3"),
            content.made_on.isoformat(),
            number,
            PAGES,
        ),
    )
    top = page.top() + line + 4
    painter.drawLine(QLineF(page.left(), top, page.right(), top))
    footer = base_font(FOOTER_PX)
    metrics = QFontMetricsF(footer)
    sources = "; ".join(
        join_nonempty(
            [
                s.note_id,
                s.broker,
                s.published or QCoreApplication.translate("TearSheet", "date not printed"),
                s.title_en,
            ],
            ", ",
        )
        for s in content.sheet.sources
    )
    text = fill(
        QCoreApplication.translate("TearSheet", "Sources: %1"),
        sources or QCoreApplication.translate("TearSheet", "none"),
    )
    foot = QRectF(page.left(), page.bottom() - metrics.height() * 2, page.width(), metrics.height() * 2)
    painter.setFont(footer)
    painter.drawLine(QLineF(page.left(), foot.top() - 3, page.right(), foot.top() - 3))
    document = _document(f"<p style='font-size:{FOOTER_PX}px'>{_e(text)}</p>", page.width())
    document.setDefaultFont(footer)
    _draw_document(painter, document, foot)
    return QRectF(page.left(), top + 6, page.width(), foot.top() - top - 12)


def paint_report(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Paint the tear sheet on `device` (set up by `setup_device`); returns the pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("TearSheet", "Could not start drawing the pages."))
    try:
        dpi = device.logicalDpiX()
        scale = dpi / UNITS_PER_INCH
        rect = device.pageLayout().paintRectPixels(dpi)
        page = QRectF(0, 0, rect.width() / scale, rect.height() / scale)
        painter.scale(scale, scale)
        room = _frame(painter, content, page, 1)
        _draw_document(painter, _document(first_page_html(content), room.width()), room)
        device.newPage()
        room = _frame(painter, content, page, 2)
        chart = QRectF(room.left(), room.top(), room.width(), room.height() * 0.52)
        draw_capex(painter, chart, content.chart, base_font(BODY_PX))
        below = QRectF(room.left(), chart.bottom() + 10, room.width(), room.bottom() - chart.bottom() - 10)
        _draw_document(painter, _document(second_page_html(content), below.width()), below)
    finally:
        painter.end()
    return PAGES


def setup_device(device: QPagedPaintDevice, page_size: str) -> None:
    """Landscape A4 or Letter with 12 mm margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageSize

    size = QPageSize(QPageSize.PageSizeId.Letter if page_size == "Letter" else QPageSize.PageSizeId.A4)
    device.setPageLayout(
        QPageLayout(
            size, QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter
        )
    )


__all__ = ["PAGES", "paint_report", "setup_device"]


def _other_name(name: str, name_zh: str) -> str:
    """The Chinese name beside the English one, without repeating it: "微軟" beside "Microsoft",
    "(谷歌)" beside "Alphabet" when the data's Chinese name is "Alphabet (谷歌)"."""
    if name_zh == name:
        return ""
    if name and name_zh.startswith(name):
        return name_zh[len(name):].strip()
    return name_zh
