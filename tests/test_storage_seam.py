"""The storage seam: what the window catches is storage's own error kinds, never sqlite3's. A read of
a closed workspace (a view about to be replaced) raises WorkspaceClosedError, a WorkspaceError."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.storage.errors import WorkspaceClosedError, WorkspaceError
from desktop_app.storage.workspace import Workspace


def test_reading_a_closed_workspace_raises_storage_s_own_error(tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "ws.cspdesk")
    assert ws.companies()
    ws.close()
    with pytest.raises(WorkspaceClosedError) as closed:
        ws.companies()
    assert isinstance(closed.value, WorkspaceError)
    assert "closed" in str(closed.value)
