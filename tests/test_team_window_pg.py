"""The window on a REAL team workspace (issue 12): a MainWindow over a TeamWorkspace on the
throw-away PostgreSQL cluster (tests/pg_cluster.py), no stand-ins. The window writes as Bo;
another PM (Ann) writes through a TeamWorkspace of her own. Proven here: the data and the address
(without its password) are shown and the file-only actions are off with a reason; Ann's reorder
arrives by LISTEN/NOTIFY within a second with Bo's undo history kept and "Ann moved …" said; Bo's
write over Ann's is refused and reloaded naming her; a read-only role gets a read-only window; a
server stopped mid-session makes the window offline (an edit refused, never queued) and it
reconnects by itself once the server is back."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop_app.storage.locations import open_workspace
from desktop_app.storage.team_setup import init_team
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import presence
from desktop_app.ui.main_window import MainWindow
from tests.pg_cluster import PASSWORD, PASSWORD_ROLE, Cluster
from tests.ranking_support import SEED

WRITER_GRANTS = ("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                 "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
READER_GRANTS = ("CREATE ROLE {role} LOGIN",
                 "GRANT CONNECT ON DATABASE {db} TO {role}",
                 "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")


@pytest.fixture
def team_url(pg_url: str) -> str:
    init_team(pg_url)
    return pg_url


@pytest.fixture
def as_bo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSP_DESK_USER", "Bo")


def stored(url: str) -> list[str]:
    """The order as a fresh connection reads it from the server."""
    with open_workspace(url) as other:
        return [e.ticker for e in other.ranking()]


def stored_rationale(url: str, ticker: str) -> str:
    with open_workspace(url) as other:
        return {e.ticker: e.rationale for e in other.ranking()}[ticker]


def local_hhmm(url: str) -> str:
    """The newest change's time as the window shows it (local time)."""
    from datetime import datetime

    with open_workspace(url) as other:
        at = datetime.fromisoformat(other.change_log(1)[0].at)
    return at.astimezone().strftime("%H:%M")


@pytest.fixture
def ann(team_url: str, monkeypatch: pytest.MonkeyPatch,
        as_bo: None) -> Iterator[Callable[[Callable[[Workspace], object]], None]]:
    """`ann(lambda ws: …)` writes as Ann through her own server connection."""
    other = open_workspace(team_url)

    def write(action: Callable[[Workspace], object]) -> None:
        monkeypatch.setenv("CSP_DESK_USER", "Ann")
        try:
            action(other)
        finally:
            monkeypatch.setenv("CSP_DESK_USER", "Bo")

    yield write
    other.close()


def move_to_top(ticker: str) -> Callable[[Workspace], None]:
    def action(ws: Workspace) -> None:
        entries = ws.ranking()
        first = [e for e in entries if e.ticker == ticker]
        ws.set_ranking(first + [e for e in entries if e.ticker != ticker], "move", expected=entries)
    return action


def open_on(qtbot: QtBot, location: str, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(open_workspace(location), settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_window_on_a_server_shows_the_data_and_the_address_without_password(
        qtbot: QtBot, pg_cluster: Cluster, tmp_path: Path) -> None:
    db = pg_cluster.new_database()
    init_team(pg_cluster.url(db))
    for grant in WRITER_GRANTS:
        pg_cluster.admin(grant.format(role=PASSWORD_ROLE), dbname=db)
    url = pg_cluster.url(db, user=PASSWORD_ROLE, password=PASSWORD)
    shown = f"postgresql://{PASSWORD_ROLE}@127.0.0.1:{pg_cluster.port}/{db}"
    window = open_on(qtbot, url, tmp_path)
    try:
        assert window.tab_page(0).model.order() == SEED
        assert window.windowTitle() == f"{shown} — CSP Desk"
        assert window.path_label.full_text() == shown
        assert PASSWORD not in window.path_label.toolTip()
        assert not window.presence.banner.isVisible()
        for action in (window.action_backup, window.action_restore, window.action_save_copy):
            assert not action.isEnabled()
            assert action.toolTip() == ("Only for a workspace file: this workspace is on a "
                                        f"server ({shown}).")
        assert window.external_changes.watching  # LISTEN, no polling
        assert not window.external_changes._timer.isActive()
        window.tabs.setCurrentIndex(1)
        assert window.tab_page(1).model.rowCount() > 0  # the scorecards too
        qtbot.wait(50)
        assert window.grab().save(str(tmp_path / "team_window.png"))
    finally:
        window.close()
    assert window.backups.last_error == ""  # no backup of a server was attempted


def test_anns_reorder_arrives_within_a_second_and_bos_undo_is_kept(
        qtbot: QtBot, team_url: str, ann, tmp_path: Path) -> None:
    window = open_on(qtbot, team_url, tmp_path)
    try:
        tab = window.tab_page(0)
        tab.select("META")
        tab.editor.edit.setPlainText("Bo's reason for Meta")
        tab.editor.end_burst()
        tab.select("GOOGL")
        assert window.undo_stack.count() == 1
        assert stored_rationale(team_url, "META") == "Bo's reason for Meta"

        started = time.monotonic()
        ann(move_to_top("AMZN"))
        qtbot.waitUntil(lambda: tab.model.order() == ["AMZN", "MSFT", "GOOGL", "META"], timeout=2000)
        assert time.monotonic() - started < 1.0
        assert window.tab_page(0) is tab and tab.selected_ticker() == "GOOGL"
        assert window.undo_stack.count() == 1  # kept
        assert window.statusBar().currentMessage() == (
            f"Changed by others: Ann moved Amazon to 1 at {local_hhmm(team_url)}. Shown as it is "
            "now; your undo history is kept.")

        window.undo_stack.undo()  # Bo's own rationale edit: Ann did not touch it
        assert stored_rationale(team_url, "META") != "Bo's reason for Meta"
        assert stored(team_url) == ["AMZN", "MSFT", "GOOGL", "META"]  # Ann's order stays
    finally:
        window.close()


def test_bos_reorder_over_anns_is_refused_and_reloaded_naming_her(
        qtbot: QtBot, team_url: str, ann, tmp_path: Path) -> None:
    window = open_on(qtbot, team_url, tmp_path)
    try:
        window.external_changes.stop()  # Bo's view is stale when he moves
        tab = window.tab_page(0)
        ann(move_to_top("META"))
        tab.select("GOOGL")
        assert tab.view.move_selected("up") is False
        qtbot.waitUntil(lambda: tab.model.order() == ["META", "MSFT", "AMZN", "GOOGL"], timeout=2000)
        assert window.statusBar().currentMessage() == (
            f"Not applied: Ann moved Meta to 1 at {local_hhmm(team_url)}. Shown as it is now.")
        assert window.save_state_label.text().startswith("Not saved: ")
        assert stored(team_url) == ["META", "MSFT", "AMZN", "GOOGL"]  # nothing overwritten
        assert window.undo_stack.count() == 0
        with open_workspace(team_url) as fresh:
            assert [e.author for e in fresh.change_log(1)] == ["Ann"]
    finally:
        window.close()


def test_a_read_only_role_gets_a_read_only_window(qtbot: QtBot, pg_cluster: Cluster,
                                                  tmp_path: Path) -> None:
    db = pg_cluster.new_database()
    init_team(pg_cluster.url(db))
    role = f"reader_{db}"
    for grant in READER_GRANTS:
        pg_cluster.admin(grant.format(role=role, db=f'"{db}"'), dbname=db)
    url = pg_cluster.url(db, user=role)
    window = open_on(qtbot, url, tmp_path)
    try:
        tab = window.tab_page(0)
        assert tab.model.order() == SEED
        assert window.windowTitle().startswith("Read-only — postgresql://")
        assert window.presence.banner.isVisible()
        assert window.presence.banner_label.text().startswith("Read-only: you may read")
        assert window.save_state_label.text() == "Read-only: nothing can be saved"
        assert tab.editor.edit.isReadOnly() and not tab.view.dragEnabled()
        assert not window.action_import.isEnabled() and not window.action_set_price.isEnabled()
        tab._editable = True  # as if editing were on: the server refuses the write itself
        tab.select("GOOGL")
        assert tab.view.move_selected("up") is False
        assert tab.model.order() == SEED and stored(url) == SEED
        assert window.save_state_label.text().startswith("Not saved: ")
        assert "Saved" not in window.statusBar().currentMessage()
        assert window.undo_stack.count() == 0
    finally:
        window.close()


def test_a_server_stopped_mid_session_makes_the_window_offline_until_it_is_back(
        qtbot: QtBot, pg_restartable: Cluster, tmp_path: Path, as_bo: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(presence, "LOOK_MS", 100)
    monkeypatch.setattr(presence, "RECONNECT_MS", 200)
    cluster = pg_restartable
    url = cluster.url(cluster.new_database())
    init_team(url)
    window = open_on(qtbot, url, tmp_path)
    try:
        tab = window.tab_page(0)
        tab.select("AMZN")
        cluster.stop()
        qtbot.waitUntil(lambda: window.presence.offline, timeout=2000)  # the watcher saw it
        assert window.windowTitle().startswith("Offline — postgresql://")
        assert window.presence.state_label.text() == "Offline — reconnecting…"
        assert tab.model.order() == SEED  # the view is kept
        assert tab.editor.edit.isReadOnly() and not tab.view.dragEnabled()
        tab._editable = True  # an edit tried anyway: refused by the workspace, not queued
        tab.select("GOOGL")
        assert tab.view.move_selected("up") is False
        assert window.save_state_label.text().startswith("Not saved: ")
        assert "Saved" not in window.statusBar().currentMessage()
        assert window.undo_stack.count() == 0
        assert tab.model.order() == SEED
        window.tabs.setCurrentIndex(2)  # a tab not built yet cannot be read: it says so
        capex = window.tabs.widget(2)
        note = capex.findChild(QLabel, "lazyTabUnavailable")
        assert not capex.is_built and note is not None and note.isVisible()
        assert note.text().startswith("This pane cannot be shown now: Cannot read the team workspace")
        qtbot.wait(50)
        assert window.grab().save(str(tmp_path / "offline.png"))  # looked at by hand

        cluster.start()
        qtbot.waitUntil(lambda: not window.presence.offline, timeout=5000)
        qtbot.waitUntil(lambda: capex.is_built, timeout=5000)  # it tried again by itself
        assert not note.isVisible()
        window.tabs.setCurrentIndex(0)
        assert window.statusBar().currentMessage().startswith("Back online")
        assert not window.presence.banner.isVisible()
        assert window.save_state_label.text() == "All changes saved"
        assert stored(url) == SEED  # nothing was queued and replayed
        assert not tab.editor.edit.isReadOnly()
        tab.select("GOOGL")
        assert tab.view.move_selected("up") is True  # writes go through again
        assert stored(url) == ["MSFT", "GOOGL", "AMZN", "META"]
    finally:
        window.close()


def test_a_connection_lost_at_commit_is_not_called_saved_and_the_window_shows_the_server(
        qtbot: QtBot, team_url: str, tmp_path: Path, as_bo: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Bo's move is sent, and his connection dies at COMMIT: the window says the change may or may
    not have been saved (never "Saved"), keeps no undo step for it, and once reconnected shows
    what the server holds."""
    import psycopg

    from desktop_app.storage.pg_connection import COMMIT_UNKNOWN

    monkeypatch.setattr(presence, "LOOK_MS", 100)
    monkeypatch.setattr(presence, "RECONNECT_MS", 200)
    window = open_on(qtbot, team_url, tmp_path)
    try:
        with psycopg.connect(team_url, autocommit=True) as admin:
            db = window.workspace._db  # type: ignore[attr-defined]
            backend = db.raw.info.backend_pid

            def kill_at_commit(sql: str) -> None:
                if sql == "COMMIT":
                    db.set_trace_callback(None)
                    admin.execute("SELECT pg_terminate_backend(%s, 5000)", (backend,))

            db.set_trace_callback(kill_at_commit)
            tab = window.tab_page(0)
            tab.select("META")
            assert tab.view.move_selected("up") is False
        assert window.save_state_label.text() == f"Not saved: {COMMIT_UNKNOWN}"
        assert "Saved" not in window.statusBar().currentMessage()
        assert window.undo_stack.count() == 0
        assert tab.model.order() == SEED
        qtbot.waitUntil(lambda: window.presence.offline, timeout=3000)
        qtbot.waitUntil(lambda: not window.presence.offline, timeout=5000)  # reconnected by itself
        assert stored(team_url) == SEED == tab.model.order()
        tab.select("META")
        assert tab.view.move_selected("up") is True
        assert stored(team_url) == ["MSFT", "AMZN", "META", "GOOGL"]
    finally:
        window.close()
