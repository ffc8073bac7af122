"""Conversions between domain values and SQLite cells.

Numbers are stored as TEXT decimal strings (`'3.65'`, `'-2.0'`, `'76441'`) and read back as
`Decimal`, so a figure keeps exactly the precision it was printed with.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from desktop_app.domain.companies import SourceRef
from desktop_app.domain.periods import Quarter
from desktop_app.domain.texts import QT_TRANSLATE_NOOP


def dec_to_text(value: Decimal | int | str | None) -> str | None:
    """`Decimal('3.650')` → `'3.650'`; None stays None. Refuses NaN and infinities."""
    if value is None:
        return None
    if isinstance(value, float):
        # A programming error (every caller parses text into Decimal first): never shown to a user.
        raise TypeError("store figures as Decimal, not float (a float loses the printed precision)")
    if not isinstance(value, Decimal):
        try:
            value = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValueError(QT_TRANSLATE_NOOP(
                "StorageErrors", "not a number: %1").arg(repr(value))) from None
    if not value.is_finite():
        raise ValueError(QT_TRANSLATE_NOOP("StorageErrors", "not a finite number: %1").arg(value))
    return format(value, "f")


def text_to_dec(text: str | None) -> Decimal | None:
    """The inverse of `dec_to_text`."""
    if text is None or text == "":
        return None
    return Decimal(str(text))


@cache  # a Quarter is immutable and checked when built: one per quarter, shared
def quarter_of(year: int, quarter: int) -> Quarter:
    return Quarter(int(year), int(quarter))


def ref_cells(ref: SourceRef | None) -> tuple[str | None, str | None, int | None]:
    """(note_id, figure, source_line) for a source reference, all None when there is none."""
    if ref is None:
        return None, None, None
    return ref.note_id, ref.figure, ref.line


def ref_of(note_id: str | None, figure: str | None, line: int | None) -> SourceRef | None:
    if not note_id:
        return None
    return SourceRef(note_id, figure or "", line)


def utc_now() -> str:
    """Now as ISO-8601 UTC to the second, e.g. `2025-08-01T09:30:00+00:00`."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_json(detail: Any) -> str:
    """Detail JSON for the change log: Decimals become their exact text. (json is imported here:
    opening a workspace and the first paint write none.)"""
    import json

    def default(obj: Any) -> Any:
        if isinstance(obj, Decimal):
            return dec_to_text(obj)
        if isinstance(obj, Quarter):
            return {"year": obj.year, "quarter": obj.quarter}
        raise TypeError(f"cannot write {type(obj).__name__} to the change log")  # a programming error

    return json.dumps(detail, ensure_ascii=False, sort_keys=True, default=default)
