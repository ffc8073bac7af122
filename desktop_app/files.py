"""Durable file operations shared by the workspace and the Excel export (no Qt, no SQLite).

`fsync_file` and `fsync_folder` make a write and a rename into a folder survive a power cut
(POSIX; Windows has no folder handles to sync, so there the folder sync does nothing).
`move_no_clobber` renames without ever replacing a file that is already there. `workspace_file_hit`
tells a writer (Excel export, Save a Copy) that its target is the workspace or one of its side files.
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


# The files beside a workspace that belong to it: SQLite's side files and the window's lock file.
WORKSPACE_SIDE_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")


def same_file(a: Path, b: Path) -> bool:
    """True when `a` and `b` name one file: the same path once links are resolved, or (both
    existing) the same device and inode, which also catches hard links."""
    try:
        if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
            return True
        first, second = os.stat(a), os.stat(b)
    except (OSError, ValueError):
        return False
    return (first.st_dev, first.st_ino) == (second.st_dev, second.st_ino)


def workspace_file_hit(target: Path, workspace: Path) -> Path | None:
    """Which of the workspace's own files (the workspace, its -wal / -shm / -journal, its lock
    file) `target` would overwrite, if any: a writer must refuse such a target."""
    workspace = Path(workspace)
    names = [workspace]
    try:
        resolved = Path(os.path.realpath(workspace))
    except (OSError, ValueError):
        resolved = workspace
    for base in dict.fromkeys((workspace, resolved)):
        names += [base.with_name(base.name + suffix) for suffix in WORKSPACE_SIDE_SUFFIXES]
    for name in names:
        if same_file(Path(target), name):
            return name
    return None
