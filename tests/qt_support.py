"""Helpers for tests that read the window's Qt table models."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def column_titled(model: Any, title: str) -> int:  # noqa: ANN401 - any table model
    """The column of `model` whose horizontal header reads `title`."""
    return next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
