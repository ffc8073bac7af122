"""An exception's message in the window's language.

Messages raised below the UI that were marked with `QT_TRANSLATE_NOOP(…)` (desktop_app/domain/texts.py)
carry their context, template and values; they are translated here when shown. Any other message
shows as it was raised.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.domain.texts import Text, fill_placeholders


def translated(text: str) -> str:
    """`text` in the window's language when it is a marked Text, else as it is."""
    if isinstance(text, Text):
        return fill_placeholders(QCoreApplication.translate(text.context, text.template), text.values)
    return text


def error_text(exc: BaseException) -> str:
    """What `str(exc)` says, translated where the message is a marked Text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return translated(exc.args[0])
    return str(exc)
