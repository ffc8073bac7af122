"""Issue 10: flip every 97th byte of a seeded workspace in turn (one flip per copy) and run `check`,
`backup`, `export` and the window's start on each copy: a message or success, never a traceback
(nor an "Unexpected error"), and `check` and `backup` agree on what is damaged.

Fast enough for every run of the suite's slow tests: the commands run in-process (`cli.main`), the
window through its start-up path without the event loop (`start_window`), and work whose result
is already known is not repeated. Everything the four commands see of a file is its 100-byte
header, SQLite's integrity check and the rows SQLite returns (plus the pages the backup copies,
which `backup` re-checks itself). A copy whose flip changes none of these (a byte in a page's
unused space, most of the file) behaves as the unflipped file: one copy in SAMPLE_EVERY of those
runs everything anyway, the others are only compared. A copy whose rows and header are as before
but whose integrity check differs (a damaged index) gets `check`, `backup` and the window's
damage check; its export reads exactly the rows of the unflipped file. A handful of copies run
as real subprocesses too.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from desktop_app import cli
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.app import start_window
from desktop_app.ui.startup import Opened, open_for_window

STEP = 97
SAMPLE_EVERY = 100
HEADER = 100
APP = [sys.executable, "-m", "desktop_app"]


def _view(data: bytes) -> tuple[object, object]:
    """(integrity check, header and every row) of a database image, read in memory; the second
    is None when SQLite cannot read it all (a damaged copy: it gets every command)."""
    image = bytearray(data)
    image[18:20] = b"\x01\x01"  # WAL mode off: an in-memory image cannot have a WAL
    conn = sqlite3.connect(":memory:")
    conn.text_factory = bytes
    try:
        conn.deserialize(bytes(image))
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # the message may quote damaged text
        conn.close()
        return ("error", type(exc).__name__), None
    try:
        rows: list[object] = [data[:HEADER], conn.execute("SELECT * FROM sqlite_master").fetchall()]
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            name = bytes(table).decode("utf-8")
            rows.append(conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall())
        return integrity, rows
    except (sqlite3.Error, UnicodeDecodeError):
        return integrity, None
    finally:
        conn.close()


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err and "Unexpected error" not in err, (args, err)
    return code, err


def _window(path: Path, build: bool) -> str:
    """The window's start on `path` (no dialogs, no event loop): 'refused', 'opened' or 'built'."""
    if build:
        started = start_window(path, quiet=True)
        if isinstance(started, int):
            return "refused"
        started.instance_guard.release()
        started.workspace.close()
        started.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return "built"
    opened = open_for_window(path, quiet=True)
    if isinstance(opened, int):
        return "refused"
    assert isinstance(opened, Opened)
    opened.workspace.close()
    opened.guard.release()
    return "opened"


@pytest.fixture
def seeded(tmp_path: Path) -> bytes:
    path = tmp_path / "seed.cspdesk"
    Workspace.open(path).close()  # closed: the whole workspace is in the one file
    assert not Path(f"{path}-wal").exists()
    return path.read_bytes()


@pytest.mark.slow
def test_every_97th_byte_flipped_gives_a_message_or_success(
        seeded: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: QApplication) -> None:
    pristine_integrity, pristine_rows = _view(seeded)
    assert pristine_integrity == [(b"ok",)] and pristine_rows is not None
    counts = {"copies": 0, "damaged": 0, "export ok": 0, "export refused": 0, "same": 0,
              "same, compared only": 0}
    windows: dict[str, int] = {}
    for n, offset in enumerate(range(0, len(seeded), STEP)):
        image = bytearray(seeded)
        image[offset] ^= 0xFF
        folder = tmp_path / f"flip-{offset}"
        folder.mkdir()
        path = folder / "w.cspdesk"
        path.write_bytes(image)
        integrity, rows = _view(bytes(image))
        same_rows = rows == pristine_rows
        same = same_rows and integrity == pristine_integrity
        counts["copies"] += 1
        counts["same"] += same
        if same and n % SAMPLE_EVERY:
            counts["same, compared only"] += 1
            continue

        checked, _ = _cli(capsys, "--workspace", str(path), "check")
        backed_up, why = _cli(capsys, "--workspace", str(path), "backup")
        assert checked in (0, 1) and backed_up in (0, 1), offset
        # check and backup agree: what check calls damaged is never backed up as good, and a file
        # check passes is backed up
        assert (checked == 0) == (backed_up == 0), (offset, why)
        counts["damaged"] += checked != 0
        if not same_rows or same:
            exported, _ = _cli(capsys, "--workspace", str(path), "export", str(folder / "out.xlsx"))
            assert exported in (0, 1), offset
            counts["export ok" if exported == 0 else "export refused"] += 1
            assert (folder / "out.xlsx").exists() == (exported == 0)
        shown = _window(path, build=not same_rows or same)
        capsys.readouterr()
        windows[shown] = windows.get(shown, 0) + 1
        if checked == 0:
            assert shown != "refused", offset  # a file check passes opens in the window
    print(counts, windows)
    assert counts["copies"] == len(range(0, len(seeded), STEP))
    assert counts["damaged"] > 0 and counts["export ok"] > 0 and counts["export refused"] > 0
    assert windows.get("refused", 0) > 0 and windows.get("built", 0) > 0


# A handful of flips as real subprocesses: the header, a page of the schema, a text value, an index
SUBPROCESS_OFFSETS = (0, 60, 68, 72556, 157334, 170138)


@pytest.mark.slow
def test_a_handful_of_flipped_copies_as_real_subprocesses(seeded: bytes, tmp_path: Path) -> None:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for offset in SUBPROCESS_OFFSETS:
        if offset >= len(seeded):
            continue
        image = bytearray(seeded)
        image[offset] ^= 0xFF
        path = tmp_path / f"flip-{offset}.cspdesk"
        path.write_bytes(image)
        codes = {}
        for name, args in (("check", ["check"]), ("backup", ["backup"]),
                           ("export", ["export", str(tmp_path / f"out-{offset}.xlsx")]),
                           ("window", ["--quit-after-paint"])):
            result = subprocess.run([*APP, "--workspace", str(path), *args], capture_output=True,
                                    text=True, timeout=120, env=env)
            assert "Traceback" not in result.stderr and "Unexpected error" not in result.stderr, \
                (offset, name, result.stderr)
            assert result.returncode in (0, 1), (offset, name, result.stderr)
            if result.returncode:
                assert result.stderr.strip(), (offset, name)  # a message, not a silent failure
            codes[name] = result.returncode
        assert (codes["check"] == 0) == (codes["backup"] == 0), (offset, codes)
