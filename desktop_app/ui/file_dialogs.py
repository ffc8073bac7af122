"""Every file dialog of the app is opened here (Open Workspace, Save a Copy, Export to Excel, Import
from Excel, Export Chart, the start-up's Open Another Workspace): none of them may read the open
workspace's files.

Why: SQLite protects the workspace with POSIX advisory locks on the file and its `-shm`, and a
POSIX lock dies when the process closes *any* descriptor of the file. Qt's widget file dialog lists
a folder through QFileSystemModel, whose default icon provider asks QMimeDatabase for each file's
type; for names no glob knows (`ws.cspdesk`, `ws.cspdesk-wal`, `ws.cspdesk-shm`) that opens the
file, reads its first bytes and closes it. The window's locks were gone (2 → 0 in /proc/locks); a
`csp-desk ranking` in a terminal then checkpointed and deleted `-wal`/`-shm` and the window went on
writing into the deleted `-wal` while it said "Saved".

So on Linux and the other Unix desktops (not macOS) the dialog is Qt's own widget dialog with
`ContentFreeIconProvider`, which names and draws files by their suffix and folders as folders and
never opens a file. The platform's native dialog is not used there: the GTK dialog (what Qt's GTK
platform theme shows) runs inside this process and sniffs file contents the same way (GIO content
type guessing), and the KDE and portal dialogs are other programs whose behaviour this app cannot
check. On Windows the native dialog is used: SQLite locks there with LockFileEx, which belongs to
the handle that took it, so another handle closing does not release it. On macOS the native panel
is used too (the system's look, icons by file type from Launch Services); note that it was not
verified here that it never reads the file, and it stays a candidate for the widget dialog should
it turn out to (`use_native_dialog`).

A second line of defence for any MIME lookup Qt might still make (icons elsewhere, drags):
`mime_globs.register_mime_globs()`, called at start-up before the QApplication, puts the shipped
`resources/mime/packages/csp-desk.xml` on XDG_DATA_DIRS. It gives `*.cspdesk`, `*.cspdesk-wal`
and `*.cspdesk-shm` a glob, and with a glob Qt 6's QMimeDatabase names the file without opening
it (checked with strace; tests/test_file_dialog_locks.py checks the locks).

The app itself uses no QFileSystemWatcher: inotify would only watch, but kqueue on macOS opens
each watched file; it uses no QMimeDatabase, and no widget accepts file drops from outside (the ranking
list accepts internal moves only): tests/test_file_dialog_locks.py checks these.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileInfo, QSize, QUrl
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QFileIconProvider, QStyle, QTreeView, QWidget

from desktop_app.ui.mime_globs import use_native_dialog

WIDGET_DIALOG_SIZE = QSize(860, 500)
_THEME_ICON_BY_SUFFIX = {
    "xlsx": "x-office-spreadsheet", "xls": "x-office-spreadsheet", "csv": "text-csv",
    "png": "image-x-generic", "svg": "image-x-generic", "jpg": "image-x-generic",
    "txt": "text-x-generic", "pdf": "application-pdf",
}



class ContentFreeIconProvider(QFileIconProvider):
    """Icons and type names from a file's name only (its suffix), folders as folders: never opens
    a file. Icons are made once, in the GUI thread; the dialog's model asks from a worker thread."""

    def __init__(self) -> None:
        super().__init__()
        style = QApplication.style()
        SP = QStyle.StandardPixmap
        self._folder = style.standardIcon(SP.SP_DirIcon)
        self._file = style.standardIcon(SP.SP_FileIcon)
        self._by_type = {
            QFileIconProvider.IconType.Computer: style.standardIcon(SP.SP_ComputerIcon),
            QFileIconProvider.IconType.Desktop: style.standardIcon(SP.SP_DesktopIcon),
            QFileIconProvider.IconType.Trashcan: style.standardIcon(SP.SP_TrashIcon),
            QFileIconProvider.IconType.Network: style.standardIcon(SP.SP_DriveNetIcon),
            QFileIconProvider.IconType.Drive: style.standardIcon(SP.SP_DriveHDIcon),
            QFileIconProvider.IconType.Folder: self._folder,
            QFileIconProvider.IconType.File: self._file,
        }
        self._by_suffix = {suffix: QIcon.fromTheme(name, self._file)
                           for suffix, name in _THEME_ICON_BY_SUFFIX.items()}
        self._folder_type = QCoreApplication.translate("FileDialogs", "Folder")
        self._file_type = QCoreApplication.translate("FileDialogs", "File")
        self._suffix_type = QCoreApplication.translate("FileDialogs", "%1 file")

    def icon(self, what: object) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self._by_type[QFileIconProvider.IconType.Drive]
            if what.isDir():
                return self._folder
            return self._by_suffix.get(what.suffix().lower(), self._file)
        found: QIcon = self._by_type.get(what, self._file)  # type: ignore[call-overload]
        return found

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return self._folder_type
        suffix = info.suffix()
        return self._suffix_type.replace("%1", suffix.upper()) if suffix else self._file_type


_provider: ContentFreeIconProvider | None = None


def icon_provider() -> ContentFreeIconProvider:
    """The one provider (the dialogs do not own it, so it lives as long as the app)."""
    global _provider
    if _provider is None:
        _provider = ContentFreeIconProvider()
    return _provider


def make_dialog(parent: QWidget | None, caption: str, start: str | Path, filters: str,
                save: bool) -> QFileDialog:
    """The dialog, not shown yet: in `start`'s folder with `start`'s file name selected (or in the
    folder `start` when it is one)."""
    start_path = Path(start)
    folder, name = (start_path, "") if start_path.is_dir() else (start_path.parent, start_path.name)
    dialog = QFileDialog(parent, caption, str(folder), filters)
    dialog.setObjectName("fileDialog")
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if not use_native_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setIconProvider(icon_provider())
        # Qt's own zh_TW file lacks these two labels of its widget dialog: ours, translated
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn,
                            QCoreApplication.translate("FileDialogs", "&Look in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType,
                            QCoreApplication.translate("FileDialogs", "Files of &type:"))
        dialog.resize(WIDGET_DIALOG_SIZE)
        _widen_columns(dialog)
    if name:
        dialog.selectFile(name)
    return dialog


def _widen_columns(dialog: QFileDialog) -> None:
    """The widget dialog's detail columns (size, type, date) wide enough for their texts: Qt sizes
    them for short English words and elides `212 KiB` or `CSPDESK 檔案`. Measured on sample texts, not
    on the folder's rows (that would read every row of a large folder on each layout)."""
    view = dialog.findChild(QTreeView, "treeView")
    if view is None:
        return
    metrics = view.fontMetrics()
    samples = ("9,999.9 KiB", QCoreApplication.translate("FileDialogs", "%1 file").replace("%1", "CSPDESK"),
               "2026/12/31 23:59")
    header = view.header()
    for column, sample in enumerate(samples, start=1):
        if column < header.count():
            wide = metrics.horizontalAdvance(sample) + 24
            header.resizeSection(column, max(header.sectionSize(column), wide))


def _ask(parent: QWidget | None, caption: str, start: str | Path, filters: str,
         save: bool) -> tuple[str, str]:
    dialog = make_dialog(parent, caption, start, filters, save)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, start: str | Path,
                   filters: str) -> tuple[str, str]:
    """Like QFileDialog.getOpenFileName: (chosen path, chosen filter), ("", "") when cancelled."""
    return _ask(parent, caption, start, filters, save=False)


def save_file_name(parent: QWidget | None, caption: str, start: str | Path,
                   filters: str) -> tuple[str, str]:
    """Like QFileDialog.getSaveFileName (asks before replacing a file): ("", "") when cancelled."""
    return _ask(parent, caption, start, filters, save=True)


def open_with_system(url: QUrl) -> bool:
    """Open a file with the program the system associates with it (a note's PDF, written to a
    temporary copy first: never the workspace or its side files). QDesktopServices hands the
    file to another program (xdg-open, the portal, Launch Services); it is named only here so
    that the rule "nothing else in the app reaches for the file system through Qt" stays checkable."""
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


def workspace_folder(workspace: Any) -> Path:  # noqa: ANN401 - a Workspace (storage is below ui)
    """Where an export dialog starts for `workspace`: beside its file; the home folder for a team
    workspace, which has no folder of its own."""
    return Path.home() if workspace.is_remote else Path(workspace.path).parent


def remembered_folder(window: Any, key: str) -> Path:  # noqa: ANN401 - the main window
    """The folder last used for an export kept under settings `key`, if it still exists; else the
    workspace's (workspace_folder)."""
    settings = getattr(window, "_settings", None)
    saved = settings.value(key) if settings is not None else None
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return workspace_folder(window.workspace)


def remember_folder(window: Any, key: str, path: Path) -> None:  # noqa: ANN401 - the main window
    """Keep `path`'s folder under settings `key` for the next export of its kind."""
    settings = getattr(window, "_settings", None)
    if settings is not None:
        settings.setValue(key, str(path.parent))
