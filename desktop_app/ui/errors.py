"""An exception's message in the window's language.

Messages raised below the UI that were marked with `QT_TRANSLATE_NOOP(…)` (desktop_app/domain/texts.py)
carry their context, template and values; they are translated here when shown. Any other message
shows as it was raised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.texts import Text, fill_placeholders
from desktop_app.storage.errors import error_code


class ErrorMessage(str):
    """An error's message as shown, keeping the error's `code` (storage/errors.py: a conflict, a
    lost hold on the file, a failed disk…), so that what the window does next never depends on the
    words of the message, which are in the user's language."""

    code: str

    def __new__(cls, text: str, code: str) -> ErrorMessage:
        made = super().__new__(cls, text)
        made.code = code
        return made


def translated(text: str) -> str:
    """`text` in the window's language when it is a marked Text (its Text values too), else as it is."""
    if isinstance(text, Text):
        return fill_placeholders(QCoreApplication.translate(text.context, text.template),
                                 tuple(translated(v) for v in text.values))
    return text


def error_text(exc: BaseException) -> str:
    """What `str(exc)` says, translated where the message is a marked Text; an ErrorMessage
    carrying the error's code where it has one."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        text = translated(exc.args[0])
    else:
        text = str(exc)
    code = error_code(exc)
    return ErrorMessage(text, code) if code else text
