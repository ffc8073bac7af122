"""Data labels in a chosen language, without Qt: company names, scorecard line labels, section titles.

In Chinese a company shows its Chinese name and a line its Chinese label where the data holds one
(`name_zh`, `label_zh`); a line without one shows the translation of its label when it is one of
the standard lines below, else the English. The section titles of the shipped line sets are marked
here for translation; a title a user typed shows as typed. The window (ui/data_text.py) and the
command line (cli_translations.py) both call these, each with its own translating function `tr`.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text

Tr = Callable[[Text], str]

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


def company_name(name_en: str, name_zh: str, chinese: bool) -> str:
    """The company's name: its Chinese name in Chinese where it has one, else the English."""
    return name_zh.strip() if chinese and name_zh.strip() else name_en


def line_label(label: str, label_zh: str, chinese: bool, tr: Tr) -> str:
    """A line's label: in Chinese its recorded Chinese label, else the translation of a standard
    label (Revenue, Net income…), else the English label."""
    if not chinese:
        return label
    return label_zh.strip() or tr(Text(LINE_CONTEXT, label))


def section_title(title: str, tr: Tr) -> str:
    """A scorecard section title, translated where it is one of the shipped ones."""
    return tr(Text(SECTION_CONTEXT, title)) if title else title
