"""Shared by the lock tests: the CLI as a real second process, this process's POSIX locks on a
workspace (from /proc/locks), and losing them the way Qt's file dialog did (a plain open and close
of the workspace and its -shm elsewhere in the process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app
from desktop_app.storage import file_guard
from desktop_app.storage.workspace import Workspace

PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent
needs_proc_locks = pytest.mark.skipif(not file_guard.PROC_LOCKS.exists(),
                                      reason="/proc/locks (Linux) shows which locks a process holds")


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p)
    return env


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], env=cli_env(),
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def cli_output(*args: str) -> str:
    """What `csp-desk ARGS` prints, from a real subprocess that must exit 0."""
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def cli_order(path: Path) -> list[str]:
    """The order as `csp-desk ranking show` prints it (a fresh process reads the file)."""
    result = run_cli("ranking", "show", "--workspace", str(path))
    assert result.returncode == 0, result.stderr
    return [line.split()[1] for line in result.stdout.splitlines() if line.strip()]


def cli_set(path: Path, order: list[str]) -> None:
    result = run_cli("ranking", "set", *order, "--workspace", str(path))
    assert result.returncode == 0, result.stderr


def cli_check(path: Path) -> str:
    result = run_cli("check", "--workspace", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def holds_locks(ws: Workspace) -> bool | None:
    """This process holds its locks on `ws`'s file and -shm (None where it cannot be known)."""
    return file_guard.locks_held(file_guard.identities(ws.path))


def drop_locks(path: Path) -> None:
    """What Qt's MIME sniffing did: open and close the workspace and its -shm in this process."""
    for suffix in ("", "-shm"):
        with open(f"{path}{suffix}", "rb") as handle:
            handle.read(16)
