"""Window settings (geometry, last tab) in an INI file under the user's config directory.

The file lives at `platformdirs.user_config_path("csp-desk") / "csp-desk.ini"`, which honours
XDG_CONFIG_HOME on Linux, so tests point it at a temporary folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app import APP_ID, APP_NAME

ORGANIZATION = APP_NAME
APPLICATION = APP_ID
SETTINGS_FILE = f"{APP_ID}.ini"


def settings_path() -> Path:
    """Where the settings INI file lives (it need not exist yet)."""
    from platformdirs import user_config_path

    return user_config_path(APP_ID, appauthor=False) / SETTINGS_FILE


def app_settings() -> QSettings:
    """The application's settings, stored in the INI file at settings_path()."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)
