"""Noticing others' changes to a team workspace: LISTEN on the change channel, on a connection of
its own, in a daemon thread; `callback()` after each NOTIFY (each committed write sends one).

When the watching connection is lost (the server stopped), `lost()` is called and the thread tries
to connect again every half second; once it is back it calls `callback()` once, since changes may
have been committed meanwhile. The function returned stops the thread (and waits for it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import psycopg

from desktop_app.storage.pg_schema import NOTIFY_CHANNEL

RETRY_S = 0.5
POLL_S = 0.2  # how often the thread looks at the stop flag while no notification comes


def start_watch(connect: Callable[[], psycopg.Connection[Any]], callback: Callable[[], None],
                lost: Callable[[], None]) -> Callable[[], None]:
    """Start watching; returns the function that stops it. The first LISTEN is in place before
    this returns (or the server is unreachable, and the thread keeps trying)."""
    stop = threading.Event()

    def listen() -> psycopg.Connection[Any] | None:
        try:
            conn = connect()
            conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
            return conn
        except psycopg.Error:
            return None

    def run(conn: psycopg.Connection[Any] | None) -> None:
        missed = conn is None
        while not stop.is_set():
            if conn is None:
                conn = listen()
                if conn is None:
                    stop.wait(RETRY_S)
                    continue
                if missed:
                    callback()
            try:
                for _ in conn.notifies(timeout=POLL_S):
                    callback()
                    if stop.is_set():
                        break
            except psycopg.Error:
                conn.close()
                conn = None
                missed = True
                lost()
                stop.wait(RETRY_S)
        if conn is not None:
            conn.close()

    first = listen()
    if first is None:
        lost()
    thread = threading.Thread(target=run, args=(first,), name="csp-desk-watch", daemon=True)
    thread.start()

    def stop_watching() -> None:
        stop.set()
        thread.join(timeout=5)

    return stop_watching
