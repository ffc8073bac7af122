"""Qualitative and single-figure statements from the notes' text: cloud read, capex, risks…"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.companies import SourceRef
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text

TOPICS = (
    "cloud_read",
    "capex",
    "depreciation",
    "guidance",
    "results",
    "ads",
    "ecommerce",
    "thesis",
    "risk",
    "call",
)
TOPIC_NAMES = {  # each topic's name as the window shows it, marked for translation
    "cloud_read": QT_TRANSLATE_NOOP("StatementTopics", "cloud read"),
    "capex": QT_TRANSLATE_NOOP("StatementTopics", "capex"),
    "depreciation": QT_TRANSLATE_NOOP("StatementTopics", "depreciation"),
    "guidance": QT_TRANSLATE_NOOP("StatementTopics", "guidance"),
    "results": QT_TRANSLATE_NOOP("StatementTopics", "results"),
    "ads": QT_TRANSLATE_NOOP("StatementTopics", "ads"),
    "ecommerce": QT_TRANSLATE_NOOP("StatementTopics", "e-commerce"),
    "thesis": QT_TRANSLATE_NOOP("StatementTopics", "thesis"),
    "risk": QT_TRANSLATE_NOOP("StatementTopics", "risk"),
    "call": QT_TRANSLATE_NOOP("StatementTopics", "call"),
}


def topic_name(topic: str, tr: Callable[[Text], str]) -> str:
    """A topic's name in the language `tr` translates to (a topic not in TOPICS as stored)."""
    found = TOPIC_NAMES.get(topic)
    return tr(found) if found is not None else topic.replace("_", " ")


@dataclass(frozen=True)
class Statement:
    """One point a note makes, with the figure it states where it states one."""

    key: str  # unique, e.g. "n000-capex-amzn-4q24-yoy"
    topic: str
    company: str | None  # ticker, or None for a statement about the sector
    period: str  # as the note labels it ("4Q24", "F1Q26", "2025"), or ""
    metric: str  # e.g. "capex_yoy"; "" for a qualitative point
    value: Decimal | None
    unit: str  # "%", "ppts", "US$bn", "US$mn", "years", or ""
    text_zh: str
    text_en: str
    source: SourceRef


@dataclass(frozen=True)
class CloudRead:
    """One name in a note's cloud-growth read, e.g. `Azure > Google Cloud > AWS`."""

    note_id: str
    period: str
    position: int
    company: str
    segment: str
    growth_trend_zh: str
    growth_trend_en: str
    vs_consensus: Decimal | None
    vs_consensus_unit: str  # "ppts" or "%" as printed, "" when in line without a figure
    source: SourceRef
