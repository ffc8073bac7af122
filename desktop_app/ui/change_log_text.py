"""The change log's "What" in the window's language, rendered from the stored kind and detail JSON.

Each change-log row stores an English summary (written when the change was made) and a structured
detail. Every kind is rendered from the detail at display time by domain/change_log_text.py (shared
with `csp-desk log`), translated here with the window's translator, so an entry reads in the
language of today's window; a row whose detail does not say enough shows the stored summary.
A one-figure scorecard entry names its line by the label `LineLabels` gives (the workspace's lines,
in the window's language); without one it shows the line's key.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from desktop_app.domain import change_log_text
from desktop_app.ui import i18n
from desktop_app.ui.data_text import line_label

if TYPE_CHECKING:  # a type only: the first paint reads no scorecard
    from desktop_app.domain.line_def import LineDef
    from desktop_app.domain.workspace_reader import WorkspaceReader
    from desktop_app.storage.change_log_entry import ChangeLogEntry
from desktop_app.ui.errors import translated


class LineLabels:
    """(company, line key) -> the line's label in the window's language (at display time), for the
    given line definitions; the key where there is no such line. One object per reading of the
    workspace: it keys the cache of rendered rows."""

    def __init__(self, definitions: Iterable[LineDef] = ()) -> None:
        self._defs = {(d.company, d.key): d for d in definitions}

    @classmethod
    def of(cls, workspace: WorkspaceReader) -> LineLabels:
        """The lines of every company of `workspace`, also of those no longer covered."""
        companies = workspace.companies(include_removed=True)
        return cls(d for c in companies for d in workspace.line_defs(c.ticker))

    def __call__(self, company: str, key: str) -> str:
        found = self._defs.get((company, key))
        return line_label(found) if found is not None else key


def describe(entry: ChangeLogEntry, lines: LineLabels | None = None) -> str:
    """What the change did, in the window's language; the stored summary where it cannot be
    rendered from the detail. `lines` names a scorecard line by its label."""
    return _describe(entry, i18n.current_language(), lines)


@lru_cache(maxsize=4096)
def _describe(entry: ChangeLogEntry, language: str, lines: LineLabels | None) -> str:
    del language  # the language keys the cache
    return change_log_text.describe(entry.kind, entry.detail, entry.summary, translated, lines)
