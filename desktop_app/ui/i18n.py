"""The user interface's language: which one (command line, settings, OS locale) and its translators.

CSP Desk speaks English (the source language of every string) and Traditional Chinese (`zh_TW`).
The translations are Qt Linguist files: `resources/translations/csp_desk_<language>.ts` are the
sources, `.qm` beside them are built from them by `pyside6-lrelease` (python
scripts/translations.py) and ship in the wheel. The language is chosen once at start-up:

1. `--language en|zh_TW` on the command line;
2. else the choice saved by View ▸ Language (settings key `ui/language`);
3. else the OS locale: `LC_ALL`, `LC_MESSAGES`, `LANG` (first one set), then Qt's system locale
   (Windows, macOS). Any Chinese locale gives zh_TW, anything else English.

A choice made in the View ▸ Language menu takes effect at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

ENGLISH = "en"
CHINESE = "zh_TW"
LANGUAGES = (ENGLISH, CHINESE)
# Each language's own name: what the menu shows, whatever the current language.
NATIVE_NAMES = {ENGLISH: "English", CHINESE: "繁體中文"}
SETTING = "ui/language"
QM_PREFIX = "csp_desk_"

# Traditional Chinese fonts per OS, tried after the platform's default font for any character the
# default lacks: Windows, macOS, Linux (Noto), then older Linux and macOS fallbacks.
CJK_FAMILIES = ("Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Noto Sans TC",
                "Source Han Sans TC", "WenQuanYi Zen Hei", "Heiti TC")

_current = ENGLISH
_installed: list[QTranslator] = []


def normalize(name: str | None) -> str | None:
    """`zh_TW`, `zh-Hant`, `zh_TW.UTF-8`, `zh` -> zh_TW; `en`, `en_US.UTF-8`, `C` -> en; "" -> None."""
    text = (name or "").strip()
    if not text:
        return None
    base = text.split(".")[0].split("@")[0].replace("-", "_").lower()
    if base.startswith("zh"):
        return CHINESE
    return ENGLISH


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the OS locale asks for (see the module docstring)."""
    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").strip()
        if value:
            return normalize(value) or ENGLISH
    if environ is not None:
        return ENGLISH
    return normalize(QLocale.system().name()) or ENGLISH


def saved_language(settings: QSettings) -> str | None:
    value = settings.value(SETTING)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTING, language)
    settings.sync()


def choose_language(requested: str | None, settings: QSettings | None = None,
                    environ: Mapping[str, str] | None = None) -> str:
    """Command line first, then the saved choice, then the OS locale."""
    chosen = normalize(requested)
    if chosen is not None:
        return chosen
    if settings is not None:
        saved = saved_language(settings)
        if saved is not None:
            return saved
    return locale_language(environ)


def current_language() -> str:
    """The language installed by install() (English until then)."""
    return _current


def translations_dir() -> Path | None:
    try:
        from desktop_app.paths import resources_dir

        return resources_dir() / "translations"
    except FileNotFoundError:
        return None


def install(app: QCoreApplication, language: str) -> bool:
    """Make `language` the one QCoreApplication.translate() answers in (English: the source texts).
    Qt's own dialog texts (qtbase_zh_TW.qm) come along where Qt ships them. False when the
    translation file is missing (the window then stays English)."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = ENGLISH
    if language == ENGLISH:
        return True
    folder = translations_dir()
    ours = QTranslator(app)
    if folder is None or not ours.load(f"{QM_PREFIX}{language}", str(folder)):
        return False
    from PySide6.QtCore import QLibraryInfo  # here: an English start does not need it (nor its enums)

    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = language
    return True


def use_cjk_fonts(app: QCoreApplication | None) -> None:
    """Chinese text in the Traditional Chinese font of the OS (not a Simplified or Japanese one the
    platform's fallback might pick), Latin text and punctuation in the platform's default font."""
    from PySide6.QtGui import QFontInfo, QGuiApplication

    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    # The family the default resolves to (e.g. DejaVu Sans for fontconfig's "Sans Serif" alias):
    # naming the alias itself in a family list lets Qt skip it and draw Latin text, quotes and
    # ellipses with the CJK font.
    primary = QFontInfo(font).family()
    font.setFamilies([primary, *(f for f in CJK_FAMILIES if f != primary)])
    QGuiApplication.setFont(font)
