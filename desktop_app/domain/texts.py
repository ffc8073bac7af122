"""Marking texts for translation without Qt: the layers below the UI name a text, the UI translates it.

`QT_TRANSLATE_NOOP("Context", "text")` returns `text` unchanged; pyside6-lupdate recognises the name
and puts "text" into the Qt Linguist files under "Context", so the window can show it with
`QCoreApplication.translate("Context", text)` at display time (English stays the stored form).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """`text`, marked for translation in `context` (see the module docstring)."""
    del context
    return text
