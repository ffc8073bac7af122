"""The command line's language, without Qt: the shipped .qm file read directly.

Importing PySide6 would cost the command line far more than its whole start-up, so `csp-desk`
reads `resources/translations/csp_desk_<language>.qm` (the file the window loads with QTranslator)
itself: its Messages block holds each message's context, source text and translation. Only a
zh_TW command line reads it; English needs nothing.

The language: `--language en|zh_TW` on the command line, else the OS locale (LC_ALL, LC_MESSAGES,
LANG: any Chinese locale gives zh_TW). Texts are marked with QT_TRANSLATE_NOOP (domain/texts.py), so
pyside6-lupdate puts them in the same .ts files as the window's.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence
from functools import lru_cache

from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text, fill_placeholders

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Message record tags (qtbase/src/corelib/kernel/qtranslator.cpp)
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 2, 3, 4, 5, 6, 7, 8

_language = "en"


def language_of(argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """`--language X` / `--language=X` in `argv`, else the OS locale; "en" or "zh_TW"."""
    tokens = list(argv)
    for i, token in enumerate(tokens):
        if token == "--language" and i + 1 < len(tokens):
            return "zh_TW" if tokens[i + 1].lower().startswith("zh") else "en"
        if token.startswith("--language="):
            return "zh_TW" if token.split("=", 1)[1].lower().startswith("zh") else "en"
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").strip()
        if value:
            return "zh_TW" if value.lower().startswith("zh") else "en"
    return "en"


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source text) → translation, from the bytes of a .qm file (lrelease's default
    output keeps the source texts and contexts). Plural forms keep their first form."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a Qt translation file")
    found: dict[tuple[str, str], str] = {}
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
        at += 5
        if tag == _MESSAGES:
            _messages(data[at:at + length], found)
        at += length
    return found


def _messages(block: bytes, found: dict[tuple[str, str], str]) -> None:
    at, context, source, translation = 0, "", "", None
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translation is not None and source:
                found.setdefault((context, source), translation)
            context, source, translation = "", "", None
            continue
        if tag == _OBSOLETE1:
            at += 4
            continue
        length = struct.unpack_from(">I", block, at)[0]
        at += 4
        if length == 0xFFFFFFFF:
            continue
        raw = block[at:at + length]
        at += length
        if tag == _TRANSLATION:
            if translation is None:
                translation = raw.decode("utf-16-be")
        elif tag == _SOURCE:
            source = raw.decode("utf-8")
        elif tag == _CONTEXT:
            context = raw.decode("utf-8")


@lru_cache(maxsize=2)
def catalog(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    try:
        from desktop_app.paths import resources_dir

        path = resources_dir() / "translations" / f"csp_desk_{language}.qm"
        return read_qm(path.read_bytes())
    except (OSError, ValueError, struct.error):
        return {}


# argparse's own words, translated through its gettext hook when the language is not English.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
)


def set_language(language: str) -> None:
    """Make `language` the one translated() answers in (argparse's words too)."""
    global _language
    _language = language
    import argparse

    if language != "en" and catalog(language):
        argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse's gettext hook
    elif getattr(argparse, "_", None) is _argparse_text:
        from gettext import gettext

        argparse._ = gettext  # type: ignore[attr-defined]


def _argparse_text(text: str | None) -> str | None:
    return translated(Text("argparse", text)) if isinstance(text, str) else text


def translated(text: str) -> str:
    """A marked text (QT_TRANSLATE_NOOP) in the command line's language; any other text as it is."""
    if not isinstance(text, Text) or _language == "en":
        return text
    template = catalog(_language).get((text.context, text.template), text.template)
    return fill_placeholders(template, tuple(translated(v) for v in text.values))


def error_message(exc: BaseException) -> str:
    """What `str(exc)` says, in the command line's language where the message is a marked Text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return translated(exc.args[0])
    return str(exc)
