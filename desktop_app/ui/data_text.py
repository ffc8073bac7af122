"""Data labels in the window's language: company names, scorecard lines, sections, forecast metrics.

Names, line labels and section titles follow domain/data_labels.py (shared with the command line),
translated with the window's translator. The Figure 1 metrics are marked here for translation; a
metric a user typed shows as typed. Also where a figure comes from (a note's figure and line, who
entered it), as SourceRef / Provenance.describe() say it in English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop_app.domain import data_labels
from desktop_app.domain.companies import Company, Source, SourceRef
from desktop_app.domain.provenance import Provenance, where_text
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.ui import i18n
from desktop_app.ui.errors import translated
from desktop_app.ui.formats import fill

if TYPE_CHECKING:  # a type only: the first paint makes no line definition
    from desktop_app.domain.line_def import LineDef

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


def note_title(source: Source) -> str:
    """A note's title in the window's language (its Chinese title in Chinese where it has one)."""
    if chinese():
        return source.title_zh or source.title_en
    return source.title_en or source.title_zh


def topic_name(topic: str) -> str:
    """A statement's topic (cloud read, capex…) in the window's language."""
    from desktop_app.domain import statements  # not at import: the first paint shows none

    return statements.topic_name(topic, translated)


def metric_name(metric: str) -> str:
    """A Figure 1 forecast metric, translated where it is one of the shipped ones."""
    return QCoreApplication.translate(METRIC_CONTEXT, metric) if metric else metric


def source_text(ref: SourceRef | None) -> str:
    """`001: Figure 3, line 210` in the window's language, or empty when the figure has no recorded
    source (SourceRef.describe() in English)."""
    if ref is None:
        return ""
    if ref.line:
        return fill(QCoreApplication.translate("DataText", "%1: %2, line %3"),
                    ref.note_id, ref.figure, ref.line)
    return fill(QCoreApplication.translate("DataText", "%1: %2"), ref.note_id, ref.figure)


def provenance_text(provenance: Provenance) -> str:
    """Provenance.describe() in the window's language: `n001 · Figure 1 (entered by ana,
    2025-08-05)`, `entered by ana, 2025-08-05 (pasted block)`."""
    where = translated(where_text(provenance.where)) if provenance.where else ""
    if not provenance.entered_by:
        entered = ""
    elif provenance.entered_on:
        entered = fill(QCoreApplication.translate("DataText", "entered by %1, %2"), provenance.entered_by,
                       provenance.entered_on)
    else:  # (stored records always have the date; one made by hand may not)
        entered = fill(QCoreApplication.translate("DataText", "entered by %1"), provenance.entered_by)
    if provenance.note_id:
        cited = (fill(QCoreApplication.translate("DataText", "%1 · %2"), provenance.note_id, where)
                 if where else provenance.note_id)
        return fill(QCoreApplication.translate("DataText", "%1 (%2)"), cited, entered) if entered else cited
    if entered and where:
        return fill(QCoreApplication.translate("DataText", "%1 (%2)"), entered, where)
    return entered or where
