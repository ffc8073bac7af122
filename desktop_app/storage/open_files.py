"""Which workspace files this process holds open through SQLite.

POSIX advisory locks belong to the process, not to the file descriptor: closing *any* descriptor of
a file drops every lock the process holds on it, including those of an open SQLite connection.
Another process may then think it is the last user of the workspace, checkpoint it and delete the
`-wal` and `-shm` files under our open connection ("disk I/O error" from then on). So code that
would read a workspace's bytes with plain `open()` asks here first and goes through SQLite instead
while the file is held: `peek()` is that way.
"""

from __future__ import annotations

import os
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
    it open as a workspace (it is known to be one). OSError if it cannot be read."""
    if is_held(path):
        return None
    with Path(path).open("rb") as handle:
        return handle.read(size)
