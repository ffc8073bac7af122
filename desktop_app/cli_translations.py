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
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

from desktop_app.domain import data_labels
from desktop_app.domain.texts import QT_TRANSLATE_NOOP, Text, fill_placeholders

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
# Message record tags (qtbase/src/corelib/kernel/qtranslator.cpp)
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 2, 3, 4, 5, 6, 7, 8

_language = "en"
_untranslated = False  # see untranslated()


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
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


def set_language(language: str) -> None:
    """Make `language` the one translated() answers in (argparse's words too)."""
    global _language
    _language = language
    import argparse

    if language != "en":  # the translation file is read when a text is first translated
        argparse._ = _argparse_text  # type: ignore[attr-defined]  # argparse's gettext hook
    elif getattr(argparse, "_", None) is _argparse_text:
        from gettext import gettext

        argparse._ = gettext  # type: ignore[attr-defined]


def language() -> str:
    """The language the command line speaks now: "en" or "zh_TW"."""
    return _language


def _argparse_text(text: str | None) -> str | None:
    return translated(Text("argparse", text)) if isinstance(text, str) else text


@contextmanager
def untranslated() -> Iterator[None]:
    """Meanwhile translated() gives marked texts in English without reading the translation file:
    for texts that are never shown, such as the --help texts of the parser a window start builds
    (in Python, reading the file costs a Chinese start of the window ~8 ms)."""
    global _untranslated
    before, _untranslated = _untranslated, True
    try:
        yield
    finally:
        _untranslated = before


def translated(text: str) -> str:
    """A marked text (QT_TRANSLATE_NOOP) in the command line's language; any other text as it is."""
    if not isinstance(text, Text) or _language == "en" or _untranslated:
        return text
    template = catalog(_language).get((text.context, text.template), text.template)
    return fill_placeholders(template, tuple(translated(v) for v in text.values))


def error_message(exc: BaseException) -> str:
    """What `str(exc)` says, in the command line's language where the message is a marked Text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Text):
        return translated(exc.args[0])
    return str(exc)


def display_width(text: str) -> int:
    """How many terminal columns `text` takes: a wide (CJK) character takes two."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


def pad(text: str, width: int, right: bool = False) -> str:
    """`text` padded with spaces to `width` terminal columns (left-aligned; `right` aligns right)."""
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill


_NO_LINE_START = "，。、；：）」』！？》〉"  # Chinese punctuation that never begins a line


def _pieces(word: str) -> list[str]:
    """`word` cut where a line may break: after each wide character, never before closing punctuation."""
    pieces: list[str] = []
    narrow = ""
    for char in word:
        if display_width(char) == 2:
            if char in _NO_LINE_START and (narrow or pieces):
                if narrow:
                    pieces.append(narrow + char)
                    narrow = ""
                else:
                    pieces[-1] += char
                continue
            if narrow:
                pieces.append(narrow)
                narrow = ""
            pieces.append(char)
        else:
            narrow += char
    return [*pieces, narrow] if narrow else pieces


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal columns (a longer word keeps its own line): breaks
    at spaces, and in Chinese between characters, as textwrap cannot."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        for i, piece in enumerate(_pieces(word)):
            joined = line + (" " if i == 0 and line else "") + piece
            if line and display_width(joined) > width:
                lines.append(line)
                line = piece
            else:
                line = joined
    return [*lines, line] if line else lines


# Data labels in the command line's language, as the window shows them (domain/data_labels.py).
def company_name(name_en: str, name_zh: str) -> str:
    """A company's name in the command line's language."""
    return data_labels.company_name(name_en, name_zh, _language == "zh_TW")


def line_label(label: str, label_zh: str) -> str:
    """A scorecard line's label in the command line's language."""
    return data_labels.line_label(label, label_zh, _language == "zh_TW", translated)


def section_title(title: str) -> str:
    """A scorecard section title, translated where it is one of the shipped ones."""
    return data_labels.section_title(title, translated)
