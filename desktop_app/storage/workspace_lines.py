"""The workspace's scorecard line definitions: add, change, reorder, remove (and put back) a
company's lines, or copy another company's line set.

A mixin of `Workspace` (storage/workspace.py), which supplies the connection and the guarded,
transactional `_write`; kept apart so each module stays small.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from desktop_app.storage.readable import reads

if TYPE_CHECKING:  # a type only: the first paint makes no line definition
    from desktop_app.domain.line_def import LineDef

T = TypeVar("T")


class LineRecords:
    """Writes of a company's scorecard line definitions."""

    _conn: sqlite3.Connection

    def _write(self, action: Callable[[sqlite3.Connection], T]) -> T:  # pragma: no cover - Workspace's
        raise NotImplementedError


    def add_line(self, line: LineDef) -> LineDef:
        """Add a scorecard line to a company (position 0: last). ValueError (nothing written) for a
        bad key or label, a key the company already has, or a ratio of unknown lines."""
        from desktop_app.storage import lines

        return self._write(lambda conn: lines.add_line(conn, line))

    def update_line(self, line: LineDef) -> LineDef:
        """Rename a line or change its Chinese label, section, unit, kind or polarity (by key)."""
        from desktop_app.storage import lines

        return self._write(lambda conn: lines.update_line(conn, line))

    def reorder_lines(self, company: str, keys: Sequence[str]) -> bool:
        """Order a company's lines as `keys` (each key once); False if that is already the order."""
        from desktop_app.storage import lines

        return self._write(lambda conn: lines.reorder_lines(conn, company, keys))

    @reads
    def line_figures(self, company: str, key: str) -> int:
        """How many quarters of a line hold a figure (removing it asks first when > 0)."""
        from desktop_app.storage import lines

        return lines.figures_held(self._conn, company, key)

    def remove_line(self, company: str, key: str) -> tuple[LineDef, list[tuple[object, ...]]]:
        """Delete a line with all its figures; returns what `restore_line` needs to undo it."""
        from desktop_app.storage import lines

        return self._write(lambda conn: lines.remove_line(conn, company, key))

    def restore_line(self, line: LineDef, rows: Sequence[tuple[object, ...]]) -> None:
        """Put back a removed line at its place with every figure, print and source it had."""
        from desktop_app.storage import lines

        self._write(lambda conn: lines.restore_line(conn, line, rows))

    def copy_lines(self, source: str, target: str) -> list[str]:
        """Give a company without lines a copy of another company's line set (no figures)."""
        from desktop_app.storage import lines

        return self._write(lambda conn: lines.copy_lines(conn, source, target))

    def remove_all_lines(self, company: str) -> None:
        """Undo `copy_lines`: remove a line set that has no quarter yet."""
        from desktop_app.storage import lines

        self._write(lambda conn: lines.remove_all_lines(conn, company))
