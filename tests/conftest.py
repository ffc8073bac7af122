"""Test setup: offscreen Qt unless a display is set, and a temporary workspace for every test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_user_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's workspace or settings: point both at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CSP_DESK_WORKSPACE", str(home / "workspace.cspdesk"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.cspdesk"
