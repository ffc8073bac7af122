"""Data labels in the window's language: company names, scorecard lines, sections, forecast metrics.

Names, line labels and section titles follow domain/data_labels.py (shared with the command line),
translated with the window's translator. The Figure 1 metrics are marked here for translation; a
metric a user typed shows as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import data_labels
from desktop_app.domain.companies import Company
from desktop_app.domain.metrics import LineDef
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.ui import i18n
from desktop_app.ui.errors import translated

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
    return data_labels.company_name(company.name_en, company.name_zh, chinese())


def line_label(definition: LineDef) -> str:
    """The line's label in the window's language (see domain/data_labels.py)."""
    return data_labels.line_label(definition.label, definition.label_zh, chinese(), translated)


def section_title(title: str) -> str:
    """A scorecard section title, translated where it is one of the shipped ones."""
    return data_labels.section_title(title, translated)


def metric_name(metric: str) -> str:
    """A Figure 1 forecast metric, translated where it is one of the shipped ones."""
    return QCoreApplication.translate(METRIC_CONTEXT, metric) if metric else metric
