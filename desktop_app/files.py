"""Durable file operations shared by the workspace and the Excel export (no Qt, no SQLite).

`fsync_file` and `fsync_folder` make a write and a rename into a folder survive a power cut
(POSIX; Windows has no folder handles to sync, so there the folder sync does nothing).
`move_no_clobber` renames without ever replacing a file that is already there.
`temp_name` and `remove_dead_temps` name temporary files after the process that writes them and
delete those a killed process left behind; `size_text` says how big a file is (messages).
`workspace_file_hit` tells a writer (Excel export, Save a Copy) that its target is the workspace or
one of its side files.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

STALE_AFTER_S = 3600  # where a writer's process cannot be asked, a temp file this old is left over
_PID = r"^(\d+)[.-]"  # compiled when first used (re caches it): most starts find no temp file


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


def size_text(size: int) -> str:
    """`512 bytes`, `48 KB`, `3.1 MB`, `2.0 GB` (1 KB = 1024 bytes)."""
    if size < 1024:
        from desktop_app.domain.texts import QT_TRANSLATE_NOOP

        return QT_TRANSLATE_NOOP("Files", "%1 bytes").arg(f"{size:,}")
    if size < 1024 * 1024:
        return f"{size / 1024:,.0f} KB"
    if size < 1024 ** 3:
        return f"{size / 1024 / 1024:,.1f} MB"
    return f"{size / 1024 ** 3:,.1f} GB"


def temp_name(folder: Path, prefix: str, suffix: str = ".tmp") -> Path:
    """`folder/<prefix><pid>-<random><suffix>`: a temporary file that `remove_dead_temps(folder,
    prefix)` deletes once this process is gone."""
    return Path(folder) / f"{prefix}{os.getpid()}-{os.urandom(4).hex()}{suffix}"


def remove_dead_temps(folder: Path, prefix: str) -> list[Path]:
    """Delete the files in `folder` named `<prefix><pid>-…` or `<prefix><pid>.…` (with their -wal,
    -shm and -journal files, which share the name) whose process is gone (killed half-way);
    returns what was deleted. Files of live processes and other names are left alone."""
    try:
        with os.scandir(folder) as entries:  # a Path made only for a candidate: the folder may be big
            candidates = [Path(entry.path) for entry in entries if entry.name.startswith(prefix)]
    except OSError:
        return []
    removed = []
    for candidate in candidates:
        found = re.match(_PID, candidate.name[len(prefix):])
        if found is None or not writer_is_gone(found[1], candidate):
            continue
        try:
            candidate.unlink()
            removed.append(candidate)
        except OSError:
            pass
    return removed


def writer_is_gone(pid_text: str, candidate: Path) -> bool:
    """True when process `pid_text`, which wrote `candidate`, no longer runs (where processes
    cannot be asked: when the file is older than an hour)."""
    if pid_text.isdigit() and sys.platform != "win32":  # os.kill on Windows would end the process
        pid = int(pid_text)
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False  # alive, but someone else's
        return False
    try:
        return time.time() - candidate.stat().st_mtime > STALE_AFTER_S
    except OSError:
        return False
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
