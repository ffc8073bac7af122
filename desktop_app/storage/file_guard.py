"""Is the open connection still attached to the workspace's files, with its locks?

SQLite keeps a WAL-mode workspace safe between processes with POSIX advisory locks on the file and
on its `-shm` file. Those locks belong to the process: if anything in the process closes *any*
descriptor of either file (a file dialog sniffing the file's type did), they are gone, while the
connection goes on as if it held them. Another program (`csp-desk ranking` in a terminal) then
thinks it is the last user, checkpoints the workspace and deletes `-wal` and `-shm`; whatever the
window writes next goes into the deleted `-wal` and is lost, although the commit "succeeds".

`identities()` records which files the connection opened (device and inode of the workspace and
of its `-wal` and `-shm`: a cheap `os.stat` each); `intact()` says whether the same files are still
there and, where `/proc/locks` exists (Linux), whether this process still holds a lock on the
workspace and on its `-shm`. The workspace checks before and after every write (workspace.py).
"""

from __future__ import annotations

import os
from pathlib import Path

SIDE_SUFFIXES = ("", "-wal", "-shm")
PROC_LOCKS = Path("/proc/locks")

FileId = tuple[int, int] | None  # (st_dev, st_ino); None: no such file
FileIds = tuple[FileId, ...]


def identities(path: Path) -> FileIds:
    """(device, inode) of the workspace, its `-wal` and its `-shm` (None for a missing one)."""
    found: list[FileId] = []
    for suffix in SIDE_SUFFIXES:
        try:
            st = os.stat(f"{path}{suffix}")
        except OSError:
            found.append(None)
        else:
            found.append((st.st_dev, st.st_ino))
    return tuple(found)


def _lock_key(file_id: tuple[int, int]) -> str:
    dev, ino = file_id
    return f"{os.major(dev):02x}:{os.minor(dev):02x}:{ino}"


def locks_held(ids: FileIds, locks_file: Path = PROC_LOCKS) -> bool | None:
    """Whether this process holds at least one lock on the workspace and one on its `-shm` (what
    an open WAL connection always holds); None where that cannot be known (no /proc/locks)."""
    main, _wal, shm = ids
    if main is None or shm is None:
        return False
    try:
        # Bytes decoded here: a text-mode read would import the `ascii` codec module (on closing,
        # after PySide6, which then also reads that module's source for its __feature__ switches).
        text = locks_file.read_bytes().decode("ascii", errors="replace")
    except OSError:
        return None
    pid = str(os.getpid())
    wanted = {_lock_key(main), _lock_key(shm)}
    seen: set[str] = set()
    for line in text.splitlines():
        fields = line.split()
        if "->" in fields:  # a request waiting for a lock, not a lock held
            continue
        # "1: POSIX  ADVISORY  READ 1234 fe:00:2165276 1073741826 1073742335"
        if len(fields) >= 6 and fields[1] == "POSIX" and fields[4] == pid and fields[5] in wanted:
            seen.add(fields[5])
    return seen == wanted


def intact(path: Path, recorded: FileIds) -> bool:
    """True while the workspace's files are the ones the connection opened (none of them removed
    or replaced) and, where it can be checked, this process still holds their locks."""
    if identities(path) != recorded or None in recorded:
        return False
    return locks_held(recorded) is not False
