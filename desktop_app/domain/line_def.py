"""One line of a company's scorecard (its key, labels, section, kind and polarity). A module of its
own, apart from domain.metrics' Kind and Polarity, so that the dataclass is defined when lines are
first read or made, not for the window's first paint, which shows no scorecard."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.metrics import Kind, Polarity


@dataclass(frozen=True)
class LineDef:
    """One line of a company's scorecard, e.g. Microsoft's `Azure & other cloud services YoY`."""

    company: str
    key: str
    label: str
    printed_label: str
    section: str
    kind: Kind
    polarity: Polarity
    position: int
    numerator: str | None = None  # for a ratio line: the amount line on top …
    denominator: str | None = None  # … and the one below (margin = OI / revenue)
    label_zh: str = ""  # the Chinese label, empty when none was given
    unit: str = ""  # empty: the kind's unit (US$mn, US$, %); else e.g. "bn people"

    @property
    def unit_text(self) -> str:
        """The unit figures of this line are in: its own, else its kind's."""
        return self.unit or self.kind.unit

    @property
    def is_ratio(self) -> bool:
        return self.numerator is not None and self.denominator is not None
