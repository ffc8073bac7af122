"""Which workspace files this process holds open through SQLite.

POSIX advisory locks belong to the process, not to the file descriptor: closing *any* descriptor of
a file drops every lock the process holds on it, including those of an open SQLite connection.
Another process may then think it is the last user of the workspace, checkpoint it and delete the
`-wal` and `-shm` files under our open connection ("disk I/O error" from then on). So code that
would read a workspace's bytes with plain `open()` asks here first and goes through SQLite instead
while the file is held: `peek()` is that way.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_held: dict[str, int] = {}


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def hold(path: Path) -> None:
    key = _key(path)
    _held[key] = _held.get(key, 0) + 1


def release(path: Path) -> None:
    key = _key(path)
    count = _held.get(key, 0) - 1
    if count > 0:
        _held[key] = count
    else:
        _held.pop(key, None)


def is_held(path: Path) -> bool:
    return _key(path) in _held


def peek(path: Path, size: int) -> bytes | None:
    """The first `size` bytes of `path`; None, without touching the file, when this process holds
    it open as a workspace (it is known to be one). OSError if it cannot be read or is not a
    regular file (a FIFO, device, socket or folder is refused without being opened)."""
    if is_held(path):
        return None
    info = os.stat(path)  # a FIFO would block open() and a device may act on it: never opened
    if not stat.S_ISREG(info.st_mode):
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the stat above
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        return handle.read(size)
