"""The charts' libraries (numpy and pyqtgraph) imported in the background once the window is up.

Importing them takes ~0.3-0.9 s on this VM (pyqtgraph walks every class of QtCore, QtGui and
QtWidgets, which makes PySide create each of them with its enums), which the first chart shown
(Ranking ▸ Rank over time, or Capex) would otherwise pay on the click. `start()` imports them in a
daemon thread, then the app's modules that draw with them (APP_MODULES): the window's thread only
waits for the interpreter lock, which the import thread hands over every few milliseconds
(sys.getswitchinterval) except inside a C extension's initialisation. A page with a chart shown
before the import is over shows at once with a placeholder where the chart goes and draws the chart
when `ready()` (ui/chart_slot.py); only code that must have the chart now (a test, an export) waits
for it on Python's import lock. The thread creates no Qt object: modules only. It first reads the
compiled libraries the import loads, so that loading them (which holds the interpreter lock) does
not wait for a busy or cold disk.

`run_gui` starts it a moment after the first paint (never with --quit-after-paint); a chart shown
before then starts it itself.
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

MODULES = ("numpy", "pyqtgraph")
# Then the app's modules that draw with them (imported in the thread too: ~10-30 ms of the first
# show each); the capex tab's own module as well, whose domain modules' dataclasses take ~15 ms.
APP_MODULES = ("desktop_app.ui.ranking.rank_plot", "desktop_app.ui.capex.chart",
               "desktop_app.ui.capex.hover", "desktop_app.ui.tabs.capex_tab")
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
        for name in (*MODULES, *APP_MODULES):
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


def ready() -> bool:
    """Whether a chart can be built now without waiting for an import: the background import is
    over (even if it failed: the chart's own import then raises the error), or none was started and
    the libraries were imported otherwise (in this thread: an import in progress is only ever the
    background one's)."""
    if _thread is not None:
        return _done.is_set()
    return all(name in sys.modules for name in MODULES)


def wait(timeout: float | None = None) -> bool:
    """Wait until the background import is over; True if it is (False: not started, or timed out)."""
    return _thread is not None and _done.wait(timeout)


def seconds() -> float | None:
    """How long the background import took (None until it is over)."""
    return _seconds


def error() -> BaseException | None:
    """What the background import raised, if anything (the chart's own import then says it)."""
    return _error
