"""Durable file operations shared by the workspace and the Excel export (no Qt, no SQLite).

`fsync_file` and `fsync_folder` make a write and a rename into a folder survive a power cut
(POSIX; Windows has no folder handles to sync, so there the folder sync does nothing).
`move_no_clobber` renames without ever replacing a file that is already there.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def fsync_file(path: Path) -> None:
    """Flush `path` to the disk (opened for writing: Windows flushes only a writable handle)."""
    with Path(path).open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_no_clobber(src: Path, dest: Path) -> None:
    """Rename `src` to `dest`, refusing (FileExistsError) rather than replacing an existing file."""
    try:
        os.link(src, dest)  # fails if dest exists: nothing is ever overwritten
    except OSError as exc:
        if isinstance(exc, FileExistsError):
            raise
        if dest.exists():  # hard links unsupported here (some network or FAT file systems)
            raise FileExistsError(str(dest)) from exc
        os.rename(src, dest)
        return
    os.unlink(src)
