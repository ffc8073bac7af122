"""Parse numbers a PM types into a cell: `1234`, `1,234`, `(15)`, `-15`, `4.8`, `4.8%`.

Anything else is refused with a message; the caller keeps the old value.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from desktop_app.domain.texts import QT_TRANSLATE_NOOP

_PLAIN = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
MAX_ABS = Decimal("1e12")


class NumberInputError(ValueError):
    """Text that is not an accepted number."""


def parse_number(text: str, allow_empty: bool = True) -> Decimal | None:
    """The Decimal typed in `text`, or None for an empty cell (clears the value).

    Accepted: digits with optional thousands separators and decimals, a leading minus or the
    accountant's parentheses for negatives, and a trailing `%` (the value is kept in percent).
    """
    raw = text.strip()
    if not raw:
        if allow_empty:
            return None
        raise NumberInputError(QT_TRANSLATE_NOOP("NumberInput", "a number is required"))
    body = raw
    negative = False
    if body.startswith("(") and body.endswith(")"):
        body, negative = body[1:-1].strip(), True
    if body.endswith("%"):
        body = body[:-1].strip()
    if negative and body.startswith(("-", "+")):
        raise NumberInputError(QT_TRANSLATE_NOOP(
            "NumberInput", "%1: use either parentheses or a minus sign, not both").arg(repr(raw)))
    if not _PLAIN.match(body):
        raise NumberInputError(QT_TRANSLATE_NOOP(
            "NumberInput", "%1 is not a number (accepted: 1234, 1,234, (15), -15, 4.8, 4.8%)").arg(repr(raw)))
    try:
        value = Decimal(body.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern already excludes this
        raise NumberInputError(
            QT_TRANSLATE_NOOP("NumberInput", "%1 is not a number").arg(repr(raw))) from None
    if abs(value) >= MAX_ABS:
        raise NumberInputError(QT_TRANSLATE_NOOP(
            "NumberInput", "%1 is too large for a figure in US$ mn").arg(repr(raw)))
    value = -value if negative else value
    return value + 0 if value == 0 else value  # normalise -0
