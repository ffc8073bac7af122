"""Where the export dialogs (Excel, PDF tear sheet) start: the folder last used for that kind of
export, else beside the workspace file, else (a team workspace) the home folder."""

from __future__ import annotations

from pathlib import Path


def test_an_export_dialog_starts_in_the_folder_last_used_else_beside_the_workspace(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from PySide6.QtCore import QSettings

    from desktop_app.ui.file_dialogs import remember_folder, remembered_folder

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = SimpleNamespace(_settings=settings, workspace=SimpleNamespace(
        is_remote=False, path=tmp_path / "desk" / "w.cspdesk"))
    assert remembered_folder(window, "excel/folder") == tmp_path / "desk"
    (tmp_path / "out").mkdir()
    remember_folder(window, "excel/folder", tmp_path / "out" / "summary.xlsx")
    assert remembered_folder(window, "excel/folder") == tmp_path / "out"
    assert remembered_folder(window, "report/folder") == tmp_path / "desk"  # each kind its own
    (tmp_path / "out").rmdir()  # a remembered folder that is gone: beside the workspace again
    assert remembered_folder(window, "excel/folder") == tmp_path / "desk"
    window.workspace.is_remote = True  # a team workspace has no folder: the home folder
    assert remembered_folder(window, "report/folder") == Path.home()
