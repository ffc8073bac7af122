"""Data labels in the window's language: company names, scorecard lines, sections, forecast metrics.

Under zh_TW a company shows its Chinese name and a line its Chinese label where the data holds one
(`name_zh`, `label_zh`); a line without one shows the translation of its label when it is one of
the standard lines below, else the English. The section titles of
the shipped line sets and the Figure 1 metrics are marked here for translation; a title or metric a
user typed shows as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import LineDef
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.ui import i18n

SECTION_CONTEXT = "ScorecardSections"
SHIPPED_SECTIONS = (
    QT_TRANSLATE_NOOP("ScorecardSections", "Revenue and segments"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Key metrics"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Profit"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Segment operating income"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Earnings"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Capex"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Margins and rates"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Segment margins"),
    QT_TRANSLATE_NOOP("ScorecardSections", "Tax and net margin"),
    QT_TRANSLATE_NOOP("ScorecardSections", "By market (Retail & Other)"),
)


# Standard line labels, translated where a line's data holds no Chinese label (a workspace made
# before the label_zh column existed, or a line added without one). Segment names stay English, as
# the notes print them.
LINE_CONTEXT = "ScorecardLines"
STANDARD_LINES = (
    QT_TRANSLATE_NOOP("ScorecardLines", "Revenue"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Gross profit"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Operating income"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Pretax income"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Tax (GAAP)"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Net income"),
    QT_TRANSLATE_NOOP("ScorecardLines", "EPS (US$)"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Capex"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Capex (incl. finance leases)"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Gross margin"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Operating margin"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Tax rate"),
    QT_TRANSLATE_NOOP("ScorecardLines", "Net margin"),
)

METRIC_CONTEXT = "ForecastMetrics"
SHIPPED_METRICS = (
    QT_TRANSLATE_NOOP("ForecastMetrics", "Revenue"),
    QT_TRANSLATE_NOOP("ForecastMetrics", "Gross profit"),
    QT_TRANSLATE_NOOP("ForecastMetrics", "Operating profit"),
    QT_TRANSLATE_NOOP("ForecastMetrics", "EBITDA"),
    QT_TRANSLATE_NOOP("ForecastMetrics", "Net income"),
    QT_TRANSLATE_NOOP("ForecastMetrics", "EPS"),
)


def chinese() -> bool:
    return i18n.current_language() == i18n.CHINESE


def company_name(company: Company | None, ticker: str = "") -> str:
    """The company's name in the window's language (the ticker when the company is unknown)."""
    if company is None:
        return ticker
    if chinese() and company.name_zh.strip():
        return company.name_zh.strip()
    return company.name_en


def line_label(definition: LineDef) -> str:
    """The line's label in the window's language: its recorded Chinese label, else the translation
    of a standard label (Revenue, Net income…), else the English label."""
    if not chinese():
        return definition.label
    if definition.label_zh.strip():
        return definition.label_zh.strip()
    return QCoreApplication.translate(LINE_CONTEXT, definition.label)


def section_title(title: str) -> str:
    """A scorecard section title, translated where it is one of the shipped ones."""
    return QCoreApplication.translate(SECTION_CONTEXT, title) if title else title


def metric_name(metric: str) -> str:
    """A Figure 1 forecast metric, translated where it is one of the shipped ones."""
    return QCoreApplication.translate(METRIC_CONTEXT, metric) if metric else metric
