"""The change log's "What" in the window's language, rendered from the stored kind and detail JSON.

Each change-log row stores an English summary (written when the change was made) and a structured
detail. Every kind is rendered from the detail at display time by domain/change_log_text.py (shared
with `csp-desk log`), translated here with the window's translator, so an entry reads in the
language of today's window; a row whose detail does not say enough shows the stored summary.
"""

from __future__ import annotations

from functools import lru_cache

from desktop_app.domain import change_log_text
from desktop_app.storage.queries import ChangeLogEntry
from desktop_app.ui import i18n
from desktop_app.ui.errors import translated


def describe(entry: ChangeLogEntry) -> str:
    """What the change did, in the window's language; the stored summary where it cannot be
    rendered from the detail."""
    return _describe(entry, i18n.current_language())


@lru_cache(maxsize=4096)
def _describe(entry: ChangeLogEntry, language: str) -> str:  # the language keys the cache
    del language
    return change_log_text.describe(entry.kind, entry.detail, entry.summary, translated)
