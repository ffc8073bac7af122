"""The workbook file before any of its XML is read: a regular file, its size, its type and its
zip directory, checked in that order so that nothing more is done with a file refused by a check.

A named pipe, a device or a folder is refused by `os.stat` before it is opened (opening a named
pipe waits for a writer forever), and again with `fstat` on the descriptor, opened without
blocking, in case the path was swapped in between. The zip directory's entry count is read from its
end record before the directory itself is parsed, and the parts' declared sizes are summed before
any is inflated (a declared size also bounds what inflating that part can give).
"""

from __future__ import annotations

import os
import stat
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.io.excel_layout import MAX_IMPORT_BYTES  # refused before the file is opened

MAX_UNZIPPED_BYTES = 400 * 1024 * 1024  # a zip bomb is refused before it is inflated
MAX_PARTS = 10_000  # entries in the zip (an export has 31)
_XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class FileRefused(ValueError):
    """The file is not a workbook that can be read; `reason` says why, naming the file."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_DEVICE = QT_TRANSLATE_NOOP("ExcelErrors", "a device")
_KINDS = ((stat.S_ISDIR, QT_TRANSLATE_NOOP("ExcelErrors", "a folder")),
          (stat.S_ISFIFO, QT_TRANSLATE_NOOP("ExcelErrors", "a named pipe (FIFO)")),
          (stat.S_ISCHR, _DEVICE), (stat.S_ISBLK, _DEVICE), (stat.S_ISSOCK, QT_TRANSLATE_NOOP(
              "ExcelErrors", "a socket")))
_CANNOT_READ = QT_TRANSLATE_NOOP("ExcelErrors", "%1 cannot be read: %2")


def _not_regular(path: Path, mode: int) -> FileRefused | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), QT_TRANSLATE_NOOP(
        "ExcelErrors", "not a regular file"))
    return FileRefused(QT_TRANSLATE_NOOP(
        "ExcelErrors", "%1 is %2, not a workbook file; only a saved .xlsx file can be imported.").arg(
            path, kind))


def check_regular(path: Path) -> None:
    """Refuse what is not a regular file (a folder, a named pipe, a device) before it is opened:
    opening a named pipe waits for a writer forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        raise FileRefused(_CANNOT_READ.arg(path, exc.strerror or str(exc))) from exc
    refused = _not_regular(path, mode)
    if refused is not None:
        raise refused


@contextmanager
def open_workbook(path: Path) -> Iterator[zipfile.ZipFile]:
    """The workbook's archive after the checks that need no XML: a regular file (checked before and,
    against a swap, after opening without blocking), its size, its type, its zip directory's
    entries and their unpacked sizes."""
    check_regular(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileRefused(_CANNOT_READ.arg(path, exc.strerror or str(exc))) from exc
    handle = os.fdopen(fd, "rb")
    try:
        info = os.fstat(fd)
        refused = _not_regular(path, info.st_mode)
        if refused is not None:
            raise refused
        if info.st_size > MAX_IMPORT_BYTES:
            raise FileRefused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 is %2 MB; workbooks over %3 MB are not imported.").arg(
                    path.name, f"{info.st_size / 1024 / 1024:.1f}", MAX_IMPORT_BYTES // 1024 // 1024))
        head = handle.read(8)
        if head.startswith(_XLS_MAGIC):
            raise FileRefused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 is an old-style .xls workbook: save it as an Excel Workbook (.xlsx) and "
                "import that.").arg(path.name))
        if not head.startswith(b"PK"):
            raise FileRefused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 is not an Excel workbook (.xlsx).").arg(path.name))
        try:
            entries = _zip_entries(handle)
            archive = zipfile.ZipFile(handle) if entries <= MAX_PARTS else None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
            raise FileRefused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 is damaged or incomplete (not a readable .xlsx): %2").arg(
                    path.name, exc)) from exc
        if archive is None:
            raise FileRefused(QT_TRANSLATE_NOOP(
                "ExcelErrors", "%1 has %2 parts; workbooks with more than %3 are not imported.").arg(
                    path.name, f"{entries:,}", f"{MAX_PARTS:,}"))
        with archive:
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > MAX_UNZIPPED_BYTES:
                raise FileRefused(QT_TRANSLATE_NOOP(
                    "ExcelErrors", "%1 unpacks to more than %2 MB; it is not imported.").arg(
                        path.name, MAX_UNZIPPED_BYTES // 1024 // 1024))
            if "xl/workbook.xml" not in {i.filename for i in infos}:
                raise FileRefused(QT_TRANSLATE_NOOP(
                    "ExcelErrors", "%1 is a zip file but not an Excel workbook (.xlsx).").arg(path.name))
            yield archive
    finally:
        handle.close()


def _zip_entries(handle: Any) -> int:
    """How many entries the zip's directory declares, read from its end record before the
    directory itself is parsed (a 20 MB directory can list 400,000 entries)."""
    end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]  # what ZipFile itself reads first
    if end is None:
        raise zipfile.BadZipFile("no zip directory at the end of the file")
    handle.seek(0)
    return int(end[zipfile._ECD_ENTRIES_TOTAL])  # type: ignore[attr-defined]
