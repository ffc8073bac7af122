"""Where a workspace file came from when it is a copy made with File ▸ Save a Copy: the original's
path and name and when the copy was taken, kept in the copy's `meta` table (key / value rows, so
no schema change), so that the window can say "copy of …, taken on …" and two copies are not
edited at once without anyone knowing."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # made only for a copy (domain.copy_origin): most workspaces are not one
    from desktop_app.domain.copy_origin import CopyOrigin

COPY_OF = "copy_of"  # the original's absolute path
COPY_OF_NAME = "copy_of_name"  # its file name, as shown
COPY_TAKEN_AT = "copy_taken_at"  # ISO-8601 UTC


def copy_meta(original_path: str, original_name: str, taken_at: str) -> dict[str, str]:
    """The meta rows a copy of the workspace at `original_path` records."""
    return {COPY_OF: original_path, COPY_OF_NAME: original_name, COPY_TAKEN_AT: taken_at}


def copy_origin(meta: dict[str, str], own_path: str) -> CopyOrigin | None:
    """The origin recorded in a workspace's meta rows, or None when it is not a copy, or when it is
    back at the original's own path (a copy taken back and put in place of the original)."""
    path = meta.get(COPY_OF, "")
    if not path or path == own_path:
        return None
    from desktop_app.domain.copy_origin import CopyOrigin

    return CopyOrigin(path=path, name=meta.get(COPY_OF_NAME, "") or path,
                      taken_at=meta.get(COPY_TAKEN_AT, ""))
