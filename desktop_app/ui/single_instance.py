"""One window per workspace.

The window that opens a workspace holds a QLockFile beside it (`<workspace>.lock`) and listens on a
QLocalServer whose name is derived from the resolved workspace path. A second `csp-desk` on the
same workspace cannot take the lock; it connects to that server and asks the running window to come
to the front, then exits. If it cannot reach it, it reports which process holds the workspace.

The lock uses `setStaleLockTime(0)`: a lock is never considered stale because of its age (the
window may stay open for weeks), only because the process that wrote it is gone. QLockFile checks
that from the PID, host and program name stored in the file, so a lock left by a killed process is
taken over on the next start. A PID reused by another program of the same name (another Python
program) is caught here: where /proc shows the process is not CSP Desk and no window answers on
the workspace's socket, the lock is stale and taken over.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLockFile, QObject, QSysInfo, Signal

if TYPE_CHECKING:  # QtNetwork is loaded only when a window listens or asks
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

LOCK_SUFFIX = ".lock"
RAISE_REQUEST = b"raise\n"
CONNECT_PATIENCE_S = 5.0  # the running window may still be starting up
REPLY_TIMEOUT_MS = 3000


def resolved(path: Path) -> Path:
    try:
        return Path(path).expanduser().resolve()
    except OSError:
        return Path(os.path.abspath(Path(path).expanduser()))


def server_name(workspace: Path) -> str:
    """The local-socket name of the window holding `workspace` (same for every spelling of it)."""
    # Qt's SHA-256 (the same digest as hashlib's, which would load OpenSSL at every start), imported
    # here: the name is needed after the first paint, when the window listens, or when another
    # window holds the workspace (PySide builds a Qt class's enums when the class is first named)
    from PySide6.QtCore import QCryptographicHash

    digest = QCryptographicHash.hash(str(resolved(workspace)).encode("utf-8"),
                                     QCryptographicHash.Algorithm.Sha256).toHex().toStdString()[:24]
    return f"csp-desk-{digest}"


def lock_path(workspace: Path) -> Path:
    path = resolved(workspace)
    return path.with_name(path.name + LOCK_SUFFIX)


# What the command line of a CSP Desk process holds (`python -m desktop_app`, `csp-desk`, `csp-deskw`).
# A CSP Desk process: `python -m desktop_app` (or code importing it), or the `csp-desk` /
# `csp-deskw` scripts and the frozen app, named by an argument's last path part (not by a folder
# such as a virtual environment called "csp-desk-…" that any program may run from).
OUR_PACKAGE = b"desktop_app"
OUR_PROGRAMS = frozenset((b"csp-desk", b"csp-deskw", b"csp-desk.exe", b"csp-deskw.exe"))


def is_csp_desk(command_line: bytes) -> bool:
    """Whether a process's NUL-separated command line is a CSP Desk's."""
    if OUR_PACKAGE in command_line:
        return True
    return any(arg.replace(b"\\", b"/").rsplit(b"/", 1)[-1] in OUR_PROGRAMS
               for arg in command_line.split(b"\0"))


def process_command_line(pid: int) -> bytes | None:
    """The command line of process `pid` (NUL-separated, from /proc on Linux); None where it
    cannot be read (no /proc, the process is gone, or another user's on a hardened system)."""
    try:
        with open(f"/proc/{int(pid)}/cmdline", "rb") as handle:
            return handle.read(1 << 16) or None
    except OSError:
        return None


class Holder(NamedTuple):
    """Who holds a workspace's lock. (A NamedTuple: its module loads at every start.)"""

    pid: int
    host: str
    program: str


class InstanceGuard(QObject):
    """The lock on one workspace and, once `listen()` is called, the server other starts reach."""

    raise_requested = Signal()

    def __init__(self, workspace: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = resolved(workspace)
        self._lock = QLockFile(str(lock_path(workspace)))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Take the lock (taking over a stale one); False if another live process holds it.

        Where no lock file can be written at all (a read-only folder) this returns True without a
        lock: nothing could write the workspace there either, and opening it says so."""
        try:
            self.workspace.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if self._lock.tryLock(0):
            return True
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return True
        if self._held_by_another_program():
            # The lock's process id was reused by a program that is not CSP Desk (QLockFile only
            # notices a reuse by a program of another name; another Python program looks alike).
            return self._lock.removeStaleLockFile() and self._lock.tryLock(0)
        return False

    def _held_by_another_program(self) -> bool:
        """True when the lock names a live process on this machine that is not CSP Desk and no
        window answers on the workspace's socket. Only where /proc tells what a process runs."""
        holder = self.holder()
        if holder is None or holder.pid == os.getpid():
            return False
        if holder.host and holder.host != QSysInfo.machineHostName():
            return False  # a process on another machine (a shared folder): cannot be asked
        running = process_command_line(holder.pid)
        if running is None or is_csp_desk(running):
            return False
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(server_name(self.workspace))
        answered = socket.waitForConnected(200)
        socket.abort()
        return not answered

    def holder(self) -> Holder | None:
        """The process that holds the lock, as written in the lock file."""
        info = QLockFile(self._lock.fileName()).getLockInfo()
        if isinstance(info, tuple) and len(info) >= 3 and info[0]:
            return Holder(int(info[0]), str(info[1]), str(info[2]))
        return None

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def listen(self) -> bool:
        """Start answering other starts on this workspace (call once the lock is held)."""
        if self._server is not None or not self._lock.isLocked():
            return self._server is not None
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self.workspace)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            QLocalServer.removeServer(name)  # a socket file left by a killed process; we hold the lock
            if not server.listen(name):
                return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == RAISE_REQUEST:
            self.raise_requested.emit()
            socket.write(f"ok {os.getpid()}\n".encode())
        else:
            socket.write(b"?\n")
        socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def ask_to_raise(workspace: Path, patience_s: float = CONNECT_PATIENCE_S) -> int | None:
    """Ask the window holding `workspace` to come forward; its PID, or None if it did not answer."""
    from PySide6.QtNetwork import QLocalSocket

    name = server_name(workspace)
    deadline = time.monotonic() + patience_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(RAISE_REQUEST)
            socket.waitForBytesWritten(REPLY_TIMEOUT_MS)
            reply = b""
            while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
                reply += bytes(socket.readAll().data())
            socket.abort()
            parts = reply.decode("ascii", "replace").split()
            if len(parts) == 2 and parts[0] == "ok" and parts[1].isdigit():
                return int(parts[1])
            return None
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.1)
