"""Month names for fiscal-year ends (a company's fiscal year may end in any month, 1-12)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def month_name(month: int) -> str:
    """The translated English name of month 1-12 (the number itself for anything else)."""
    names = {
        1: QCoreApplication.translate("Months", "January"),
        2: QCoreApplication.translate("Months", "February"),
        3: QCoreApplication.translate("Months", "March"),
        4: QCoreApplication.translate("Months", "April"),
        5: QCoreApplication.translate("Months", "May"),
        6: QCoreApplication.translate("Months", "June"),
        7: QCoreApplication.translate("Months", "July"),
        8: QCoreApplication.translate("Months", "August"),
        9: QCoreApplication.translate("Months", "September"),
        10: QCoreApplication.translate("Months", "October"),
        11: QCoreApplication.translate("Months", "November"),
        12: QCoreApplication.translate("Months", "December"),
    }
    return names.get(month, str(month))


def month_of_year(month: int, year: int) -> str:
    """`Oct 2025` (in Chinese `2025 年 10 月`): a month of a year, short, in the window's language."""
    short = {
        1: QCoreApplication.translate("Months", "Jan"),
        2: QCoreApplication.translate("Months", "Feb"),
        3: QCoreApplication.translate("Months", "Mar"),
        4: QCoreApplication.translate("Months", "Apr"),
        5: QCoreApplication.translate("Months", "May", "short"),
        6: QCoreApplication.translate("Months", "Jun"),
        7: QCoreApplication.translate("Months", "Jul"),
        8: QCoreApplication.translate("Months", "Aug"),
        9: QCoreApplication.translate("Months", "Sep"),
        10: QCoreApplication.translate("Months", "Oct"),
        11: QCoreApplication.translate("Months", "Nov"),
        12: QCoreApplication.translate("Months", "Dec"),
    }.get(month, str(month))
    return QCoreApplication.translate("Months", "%1 %2").replace("%1", short).replace("%2", str(year))
