"""A printed figure checked against the one computed from its printed inputs (calc.check_printed
makes these). Apart from domain/calc.py, which the first paint needs, so that it does not create
these classes; `domain.calc` still names both (loaded on first use).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum


class Agreement(str, Enum):
    MATCH = "match"  # computed, rounded like the print, equals the print
    WITHIN_INPUT_ROUNDING = "within input rounding"  # the printed inputs are too coarse to tell
    MISMATCH = "mismatch"  # cannot be reproduced from the printed inputs


@dataclass(frozen=True)
class Check:
    """A printed figure against the one computed from its inputs, and how far they agree."""
    printed: Decimal
    computed: Decimal
    agreement: Agreement

    @property
    def ok(self) -> bool:
        return self.agreement is not Agreement.MISMATCH
