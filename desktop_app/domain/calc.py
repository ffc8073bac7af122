"""Calculations a PM takes for granted: diffs, beat/miss by polarity, upside, printed rounding.

Diff of an amount is `a / b - 1` in percent; diff of a rate is `a - b` in percentage points.
A percent diff against a base of zero or below is not meaningful ("n.m."): `diff` gives None and
`not_meaningful` says so; its beat / miss then follows the sign of `a - b` and the line's polarity
(`judge`). Figures are `Decimal` so that printed values keep their printed precision.

One precision per kind of figure, the same in the window, the workbook and the CLI: percent diffs,
growth and target changes as the notes print them, whole percent (`4%`, `(2)%`); ppt diffs with one
decimal (`4.8 ppts`); rates (margins, capex intensity) and upside with one decimal.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import Enum
from typing import TYPE_CHECKING

from desktop_app.domain.metrics import Kind, Polarity
from desktop_app.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # domain/checks.py: printed-figure checks, which the first paint does not make
    from desktop_app.domain.checks import Check

HUNDRED = Decimal(100)
DEFAULT_BAND_PCT = Decimal("1")
DEFAULT_BAND_PPT = Decimal("0.5")
PCT_DIFF_PLACES = 0  # a diff, YoY, QoQ or change in percent: `4%`, `(2)%`
PPT_DIFF_PLACES = 1  # a diff in percentage points: `4.8 ppts`
RATE_PLACES = 1  # a margin, a tax rate, capex intensity: `44.9%`
UPSIDE_PLACES = 1  # upside to a target price: `22.9%`
NOT_MEANINGFUL = "n.m."  # house convention: a percent diff against a base of zero or below

# Python 3.11 finds an Enum member through the metaclass's __getattr__ hook (`Kind.RATE` costs some
# 0.15 µs each time): the functions a big export or the data API runs ~30,000 times name them once.
_RATE = Kind.RATE
_NEUTRAL, _HIGHER_IS_BETTER = Polarity.NEUTRAL, Polarity.HIGHER_IS_BETTER


def diff_places(kind: Kind) -> int:
    """The one display precision of a diff of a line of this kind."""
    return PPT_DIFF_PLACES if kind is _RATE else PCT_DIFF_PLACES  # kind.is_rate, without the call


def to_decimal(value: object) -> Decimal | None:
    """A Decimal from a number or numeric text; None for None or blank."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(repr(value))
    text = str(value).strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        raise ValueError(QT_TRANSLATE_NOOP("NumberErrors", "not a number: %1").arg(repr(value))) from None


def diff(a: Decimal | None, b: Decimal | None, kind: Kind) -> Decimal | None:
    """Difference of `a` against `b`: percent for amounts, percentage points for rates."""
    if a is None or b is None:
        return None
    if kind is _RATE:  # kind.is_rate, without the call (the data API diffs ~26,000 pairs)
        return a - b
    if b <= 0:
        return None  # not meaningful: see not_meaningful()
    return (a / b - 1) * HUNDRED


def not_meaningful(a: Decimal | None, b: Decimal | None, kind: Kind) -> bool:
    """Both figures exist but a percent diff of `a` against `b` means nothing: `b` is zero or below."""
    return a is not None and b is not None and not kind.is_rate and b <= 0


def upside(target: Decimal | None, price: Decimal | None) -> Decimal | None:
    """Upside in percent: target price / share price - 1."""
    if target is None or price is None or price == 0:
        return None
    return (target / price - 1) * HUNDRED


def ratio_percent(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """numerator / denominator in percent (a margin or a tax rate)."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator * HUNDRED


def decimals_of(value: Decimal) -> int:
    """How many decimals a printed figure shows: `4.8` → 1, `76441` → 0."""
    exponent = value.as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def round_half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


class Verdict(str, Enum):
    BEAT = "beat"
    IN_LINE = "in line"
    MISS = "miss"
    ABOVE = "above"  # neutral line (capex) above the comparison: shown, not judged
    BELOW = "below"

    @property
    def is_judgement(self) -> bool:
        return self in (Verdict.BEAT, Verdict.MISS)


_BEAT, _IN_LINE, _MISS = Verdict.BEAT, Verdict.IN_LINE, Verdict.MISS  # see _RATE
_ABOVE, _BELOW = Verdict.ABOVE, Verdict.BELOW


def classify(
    difference: Decimal | None,
    kind: Kind,
    polarity: Polarity,
    band_pct: Decimal = DEFAULT_BAND_PCT,
    band_ppt: Decimal = DEFAULT_BAND_PPT,
) -> Verdict | None:
    """Beat / in line / miss for a difference, given the line's polarity and an in-line band."""
    if difference is None:
        return None
    band = band_ppt if kind is _RATE else band_pct  # kind.is_rate, without the call
    if abs(difference) <= band:
        return _IN_LINE
    above = difference > 0
    if polarity is _NEUTRAL:
        return _ABOVE if above else _BELOW
    good = above if polarity is _HIGHER_IS_BETTER else not above
    return _BEAT if good else _MISS


def sign_verdict(a: Decimal, b: Decimal, polarity: Polarity) -> Verdict:
    """Beat / miss from the sign of `a - b` alone (a diff that is not meaningful in percent)."""
    if a == b:
        return Verdict.IN_LINE
    above = a > b
    if polarity is Polarity.NEUTRAL:
        return Verdict.ABOVE if above else Verdict.BELOW
    good = above if polarity is Polarity.HIGHER_IS_BETTER else not above
    return Verdict.BEAT if good else Verdict.MISS


def judge(a: Decimal | None, b: Decimal | None, kind: Kind, polarity: Polarity) -> Verdict | None:
    """The verdict of `a` against `b`: by the diff and the in-line band, or by the sign of `a - b`
    where the percent diff is not meaningful."""
    if not_meaningful(a, b, kind):
        assert a is not None and b is not None
        return sign_verdict(a, b, polarity)
    return classify(diff(a, b, kind), kind, polarity)


def _half_unit(value: Decimal) -> Decimal:
    return Decimal(5).scaleb(-decimals_of(value) - 1)


def _diff_range(a: Decimal, b: Decimal, kind: Kind) -> tuple[Decimal, Decimal]:
    """The range of diffs that inputs which print as `a` and `b` can give."""
    ha, hb = _half_unit(a), _half_unit(b)
    if kind.is_rate:
        return a - ha - (b + hb), a + ha - (b - hb)
    lo_b, hi_b = b - hb, b + hb
    candidates = [(x / y - 1) * HUNDRED for x in (a - ha, a + ha) for y in (lo_b, hi_b) if y != 0]
    return min(candidates), max(candidates)


def check_printed(printed: Decimal, a: Decimal, b: Decimal, kind: Kind) -> Check | None:
    """Compare a printed diff with the one computed from the printed inputs `a` and `b`."""
    from desktop_app.domain.checks import Agreement, Check

    computed = diff(a, b, kind)
    if computed is None:
        return None
    places = decimals_of(printed)
    if round_half_up(computed, places) == printed:
        return Check(printed, computed, Agreement.MATCH)
    low, high = _diff_range(a, b, kind)
    half = _half_unit(printed)
    if low <= printed + half and printed - half <= high:
        return Check(printed, computed, Agreement.WITHIN_INPUT_ROUNDING)
    return Check(printed, computed, Agreement.MISMATCH)
