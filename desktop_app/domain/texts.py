"""Marking texts for translation without Qt: the layers below the UI name a text, the UI translates it.

`QT_TRANSLATE_NOOP("Context", "text")` returns "text" as a `Text`: a `str` (so it reads as English
wherever it is printed: the command line, logs, the crash report) that remembers its context and
template. pyside6-lupdate recognises the name and puts "text" into the Qt Linguist files under
"Context". `.arg(value, …)` fills %1, %2 … and keeps the values, so the window can show the same
message in its language at display time (desktop_app/ui/errors.py):

    raise RankingError(QT_TRANSLATE_NOOP("RankingErrors", "%1 is not in the ranking").arg(ticker))

A value that is itself a Text (a reason marked in its own context) stays a Text inside the values
and is translated too. A value from outside the program (an OS or database driver's own message,
a file name) is passed as it is and shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PLACEHOLDER = re.compile(r"%(\d)")


def fill_placeholders(template: str, values: tuple[str, ...]) -> str:
    """`template` with %1 … %9 replaced by `values` in one pass (a value holding "%2" stays as it is)."""
    if not values:  # nothing to fill (every text marked with QT_TRANSLATE_NOOP): as it is
        return template

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


class Text(str):
    """An English text that knows its translation context, template and %n values."""

    context: str
    template: str
    values: tuple[str, ...]

    def __new__(cls, context: str, template: str, values: tuple[str, ...] = ()) -> Text:
        made = super().__new__(cls, fill_placeholders(template, values))
        made.context, made.template, made.values = context, template, values
        return made

    def arg(self, *values: object) -> Text:
        """This text with its next placeholders filled (%1 first), as QString.arg does. A Text
        value stays a Text (translated with this one); anything else becomes `str(value)`."""
        return Text(self.context, self.template,
                    (*self.values, *(v if isinstance(v, Text) else str(v) for v in values)))

    def __reduce__(self) -> tuple[object, ...]:  # exceptions holding a Text stay picklable
        return (Text, (self.context, self.template, self.values))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 - the name lupdate looks for
    """`text`, marked for translation in `context` (see the module docstring)."""
    return Text(context, text)


def plural(n: int, one: Text, many: Text) -> Text:
    """`one` when `n` is 1, else `many`: English says "1 figure", "2 figures" (Chinese, with one
    form, translates both alike). Mark both where they are written:
    `plural(n, QT_TRANSLATE_NOOP("C", "%1 figure"), QT_TRANSLATE_NOOP("C", "%1 figures")).arg(n)`."""
    return one if n == 1 else many


def joined(separator: str, parts: Sequence[str]) -> Text:
    """`separator.join(parts)` as a Text: where it is shown, each part that is a marked Text is
    translated (e.g. a list of an import's problems). Its own template needs no translation."""
    if not parts:
        return Text("", "")
    if len(parts) == 1:
        return Text("", "%1").arg(parts[0])
    return Text("", "%1" + separator + "%2").arg(parts[0], joined(separator, parts[1:]))


def message_of(exc: BaseException) -> str:
    """`str(exc)`, but the marked Text itself when that is the message, so that an error quoting or
    re-raising another one (`… could not open it again: <the reason>`) keeps it translatable."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return exc.args[0]
    return str(exc)
