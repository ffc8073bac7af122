"""Qualitative and single-figure statements from the notes' text: cloud read, capex, risks…"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from desktop_app.domain.companies import SourceRef

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
