"""Forecasts are compare-and-set like every other figure (on a file and on a team workspace): a
write given the value it last saw, and the undo of a write, are refused with ConflictError, writing
nothing, when someone else changed the forecast in between; the window's undo of a forecast whose
value another PM changed since is refused and explained, not silently put back over theirs."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from desktop_app.storage.codec import dec_to_text
from desktop_app.storage.errors import ConflictError
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.commands.research import ForecastEntry, SetForecastCommand


def _value(ws: Any, company: str = "AMZN", year: str = "2025", metric: str = "Revenue") -> D | None:
    found = [f.value for f in ws.forecasts() if (f.company, f.year, f.metric) == (company, year, metric)]
    return found[0] if found else None


def test_a_forecast_write_and_its_undo_are_compare_and_set(any_ws: Any) -> None:
    seen = _value(any_ws)
    assert seen is not None
    stale = dec_to_text(seen + 1)  # not what is stored
    with pytest.raises(ConflictError):
        any_ws.set_forecast("AMZN", "2025", "Revenue", D("700000"), "US$mn", "Bo", expected=stale)
    assert _value(any_ws) == seen  # nothing written
    previous = any_ws.set_forecast("AMZN", "2025", "Revenue", D("700000"), "US$mn", "Bo",
                                   expected=dec_to_text(seen))
    any_ws.set_forecast("AMZN", "2025", "Revenue", D("710000"), "US$mn", "Ann")  # someone else, later
    with pytest.raises(ConflictError):  # Bo's undo would put the old value over Ann's
        any_ws.restore_forecast("AMZN", "2025", "Revenue", previous, written=dec_to_text(D("700000")))
    assert _value(any_ws) == D("710000")
    any_ws.restore_forecast("AMZN", "2025", "Revenue", previous, written=dec_to_text(D("710000")))
    assert _value(any_ws) == seen
    with pytest.raises(ConflictError):  # a new forecast expected absent, but one is stored
        any_ws.set_forecast("AMZN", "2025", "Revenue", D("1"), "US$mn", "Bo", expected=None)


def test_the_undo_of_a_forecast_changed_since_by_someone_else_is_refused(
        qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "ws.cspdesk"
    errors: list[str] = []
    with Workspace.open(path) as ws, open_workspace(path) as other:
        seen = _value(ws)
        stack = QUndoStack()
        entry = ForecastEntry(company="AMZN", year="2025", metric="Revenue", value=D("700000"),
                              unit="US$mn", user="Bo")
        stack.push(SetForecastCommand(ws, entry, on_error=errors.append))
        assert _value(other) == D("700000") and not errors
        stack.undo()
        assert _value(other) == seen and not errors  # nobody else wrote: the undo is applied
        stack.redo()
        assert _value(other) == D("700000")
        monkeypatch.setenv("CSP_DESK_USER", "Ann")
        other.set_forecast("AMZN", "2025", "Revenue", D("720000"), "US$mn", "Ann")
        stack.undo()
        assert _value(other) == D("720000")  # Ann's figure stays
        assert errors and errors[-1].startswith("Ann at ") and "can no longer be undone" in errors[-1]
