"""The charts' libraries (numpy and pyqtgraph) imported in the background once the window is up.

Importing them takes ~0.4-0.6 s on a slow machine (pyqtgraph walks every class of QtCore, QtGui
and QtWidgets), which the first chart shown (Ranking ▸ Rank over time, or Capex) would otherwise
pay on the click. `start()` imports them in a daemon thread: the window's thread only waits for the
interpreter lock, which the import thread hands over every few milliseconds (sys.getswitchinterval)
except inside a C extension's initialisation. A chart shown before the import is done waits for it
on Python's import lock, so it shows no later than without the preload (the cold case the
benchmark reports). The thread creates no Qt object: modules only.

`run_gui` starts it a moment after the first paint (never with --quit-after-paint).
"""

from __future__ import annotations

import threading
import time

MODULES = ("numpy", "pyqtgraph")
START_DELAY_MS = 1000  # after the first paint: the history pane and other start-up work go first

_lock = threading.Lock()
_thread: threading.Thread | None = None
_done = threading.Event()
_error: BaseException | None = None
_seconds: float | None = None


def _load() -> None:
    global _error, _seconds
    began = time.perf_counter()
    try:
        import importlib

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
