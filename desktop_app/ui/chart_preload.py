"""The charts' libraries (numpy and pyqtgraph) imported in the background once the window is up.

Importing them takes ~0.4-0.6 s on a slow machine (pyqtgraph walks every class of QtCore, QtGui
and QtWidgets), which the first chart shown (Ranking ▸ Rank over time, or Capex) would otherwise
pay on the click. `start()` imports them in a daemon thread: the window's thread only waits for the
interpreter lock, which the import thread hands over every few milliseconds (sys.getswitchinterval)
except inside a C extension's initialisation. A chart shown before the import is done waits for it
on Python's import lock, so it shows no later than without the preload (the cold case the
benchmark reports). The thread creates no Qt object: modules only. It first reads the compiled
libraries the import loads, so that loading them (which holds the interpreter lock) does not wait
for a busy or cold disk.

`run_gui` starts it a moment after the first paint (never with --quit-after-paint).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

MODULES = ("numpy", "pyqtgraph")
START_DELAY_MS = 1000  # after the first paint: the history pane and other start-up work go first

_lock = threading.Lock()
_thread: threading.Thread | None = None
_done = threading.Event()
_error: BaseException | None = None
_seconds: float | None = None


def _native_files() -> list[Path]:
    """The compiled libraries importing MODULES loads: numpy's extensions and the libraries beside
    them, PySide6's QtOpenGL/QtTest modules and their Qt libraries (pyqtgraph imports those)."""
    import importlib.util

    found: list[Path] = []
    for package, patterns in (("numpy", ("**/*.so*", "**/*.pyd", "**/*.dll", "**/*.dylib")),
                              ("PySide6", ("QtOpenGL*", "QtTest*", "Qt/lib/libQt6OpenGL*",
                                           "Qt/lib/libQt6Test*", "Qt6OpenGL*", "Qt6Test*"))):
        spec = importlib.util.find_spec(package)  # a top-level package: found, not imported
        if spec is None or spec.origin is None:
            continue
        folder = Path(spec.origin).parent
        roots = [folder, folder.with_name(f"{package}.libs")]  # numpy's wheel keeps OpenBLAS beside it
        for root in roots:
            for pattern in patterns:
                found.extend(p for p in root.glob(pattern) if p.is_file() and not p.suffix == ".pyi")
    return found


def _read_ahead(files: list[Path]) -> None:
    """Read `files` once, so that loading them finds them in the OS's file cache. Loading a compiled
    library holds the interpreter lock, and from a busy or cold disk that took seconds, during which
    the window's thread could not run; a plain read lets it run."""
    for path in files:
        try:
            with path.open("rb", buffering=0) as handle:
                while handle.read(1 << 20):
                    pass
        except OSError:
            continue


def _load() -> None:
    global _error, _seconds
    began = time.perf_counter()
    try:
        import importlib

        _read_ahead(_native_files())
        for name in MODULES:
            importlib.import_module(name)
    except BaseException as exc:  # noqa: BLE001 - the chart imports it again and shows the error
        _error = exc
    finally:
        _seconds = time.perf_counter() - began
        _done.set()


def start() -> bool:
    """Begin importing the chart libraries in the background; False if already begun (or done)."""
    global _thread
    with _lock:
        if _thread is not None:
            return False
        _thread = threading.Thread(target=_load, name="chart-preload", daemon=True)
        _thread.start()
        return True


def started() -> bool:
    return _thread is not None


def wait(timeout: float | None = None) -> bool:
    """Wait until the background import is over; True if it is (False: not started, or timed out)."""
    return _thread is not None and _done.wait(timeout)


def seconds() -> float | None:
    """How long the background import took (None until it is over)."""
    return _seconds


def error() -> BaseException | None:
    """What the background import raised, if anything (the chart's own import then says it)."""
    return _error
