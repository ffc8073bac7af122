"""A team workspace under database roles and server faults, on the real throw-away cluster:
a read-only role gets a read-only workspace whose writes are refused (ReadOnlyError) without a
change; a lost server makes writes fail with OfflineError (nothing queued), `online` False, and
`reconnect()` succeed once the server is back; a server down at open is a plain
ServerUnavailableError; `watch()` calls back within a second of another connection's commit."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from desktop_app.domain.periods import Quarter
from desktop_app.storage.errors import OfflineError, ReadOnlyError, ServerUnavailableError
from desktop_app.storage.locations import open_workspace
from desktop_app.storage.team_setup import init_team
from tests.pg_cluster import Cluster

# The grants README's "Team workspace" section gives (ROLE and DB filled in).
READ_WRITE = ("CREATE ROLE {role} LOGIN",
              "GRANT CONNECT ON DATABASE {db} TO {role}",
              "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
              "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}")
READ_ONLY = ("CREATE ROLE {role} LOGIN",
             "GRANT CONNECT ON DATABASE {db} TO {role}",
             "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")


def _team(cluster: Cluster, grants: tuple[str, ...], kind: str) -> tuple[str, str]:
    """(admin URL, the role's URL) of a new team workspace with a role given `grants`."""
    db = cluster.new_database()
    admin = cluster.url(db)
    init_team(admin)
    role = f"{kind}_{db}"
    for statement in grants:
        cluster.admin(statement.format(role=role, db=f'"{db}"'), dbname=db)
    return admin, cluster.url(db, user=role)


def _state(ws: object) -> tuple:
    return (ws.ranking(), ws.snapshots(), ws.scorecard_lines(), ws.change_log())  # type: ignore[attr-defined]


def test_a_read_write_role_writes(pg_cluster: Cluster) -> None:
    _, url = _team(pg_cluster, READ_WRITE, "writer")
    with open_workspace(url) as ws:
        assert ws.read_only is False
        order = ws.ranking()
        ws.set_ranking(list(reversed(order)), "writer's order", expected=order)
        ws.save_snapshot("by the writer", "", "2025-09-01")
        ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "consensus", Decimal("1.5"))
        assert ws.ranking() == list(reversed(order))


def test_a_read_only_role_reads_and_every_write_is_refused(pg_cluster: Cluster) -> None:
    admin, url = _team(pg_cluster, READ_ONLY, "reader")
    with open_workspace(url) as ws, open_workspace(admin) as owner:
        assert ws.read_only is True and owner.read_only is False
        before = _state(owner)
        assert _state(ws) == before
        order = ws.ranking()
        writes = [
            lambda: ws.set_ranking(list(reversed(order)), "x", expected=order),
            lambda: ws.save_snapshot("y", "", ""),
            lambda: ws.set_scorecard_value("MSFT", Quarter(2025, 4), "revenue", "actual", Decimal("1")),
        ]
        for write in writes:
            with pytest.raises(ReadOnlyError, match="may read"):
                write()
        ws._read_only = False  # even past the window's own check, the server refuses
        for write in writes:
            with pytest.raises(ReadOnlyError, match="may read"):
                write()
        assert _state(owner) == before


def test_a_lost_server_refuses_writes_and_reconnect_brings_it_back(pg_restartable: Cluster) -> None:
    cluster = pg_restartable
    url = cluster.url(cluster.new_database())
    init_team(url)
    with open_workspace(url) as ws:
        order = ws.ranking()
        assert ws.online
        cluster.stop()
        with pytest.raises(OfflineError, match="nothing is queued"):
            ws.set_ranking(list(reversed(order)), "offline", expected=order)
        assert ws.online is False
        with pytest.raises(OfflineError):  # and again, without touching the server
            ws.save_snapshot("offline", "", "")
        with pytest.raises(OfflineError, match="Cannot read"):
            ws.ranking()
        assert ws.reconnect() is False
        cluster.start()
        assert ws.reconnect() is True and ws.online
        assert ws.ranking() == order  # nothing was queued and replayed
        assert [e.summary for e in ws.change_log()][0].startswith("Team workspace created")
        ws.set_ranking(list(reversed(order)), "online again", expected=order)
        assert ws.ranking() == list(reversed(order))


def test_a_server_down_at_open_is_a_plain_error(pg_restartable: Cluster) -> None:
    cluster = pg_restartable
    url = cluster.url(cluster.new_database())
    init_team(url)
    cluster.stop()
    with pytest.raises(ServerUnavailableError, match="Cannot reach the server .* open a local"):
        open_workspace(url)


def test_watch_calls_back_within_a_second_of_a_commit_elsewhere(pg_url: str) -> None:
    init_team(pg_url)
    with open_workspace(pg_url) as window, open_workspace(pg_url) as other:
        seen = threading.Event()
        stop = window.watch(seen.set)
        assert stop is not None
        try:
            assert not seen.wait(0.3)  # nothing committed yet
            last = window.last_change_id()
            order = other.ranking()
            other.set_ranking(list(reversed(order)), "elsewhere", expected=order)
            assert seen.wait(1.0)
            assert [c.summary for c in window.changes_after(last)] == ["elsewhere"]
            seen.clear()
            other.set_ranking(order, "", expected=list(reversed(order)))
            assert seen.wait(1.0)
        finally:
            stop()


def test_watch_reconnects_after_the_server_restarts(pg_restartable: Cluster) -> None:
    cluster = pg_restartable
    url = cluster.url(cluster.new_database())
    init_team(url)
    with open_workspace(url) as window:
        seen = threading.Event()
        stop = window.watch(seen.set)
        assert stop is not None
        try:
            cluster.stop()
            cluster.start()
            assert seen.wait(5.0)  # called once it listens again: changes may have been missed
            seen.clear()
            with open_workspace(url) as other:
                order = other.ranking()
                other.set_ranking(list(reversed(order)), "after the restart", expected=order)
            assert seen.wait(1.0)
        finally:
            stop()


def test_a_connection_lost_at_commit_says_the_outcome_is_unknown(pg_cluster: Cluster) -> None:
    """The server connection dies as COMMIT is sent (its backend is terminated right then): the write
    is not reported as saved nor as surely not saved; the workspace is offline, nothing is queued,
    and after `reconnect()` it reads what the server holds (here: the edit was not committed)."""
    import psycopg

    from desktop_app.storage.pg_connection import COMMIT_UNKNOWN

    url = pg_cluster.url(pg_cluster.new_database())
    init_team(url)
    with open_workspace(url) as ws, psycopg.connect(url, autocommit=True) as admin:
        order = ws.ranking()
        logged = len(ws.change_log())
        backend = ws._db.raw.info.backend_pid  # type: ignore[attr-defined]
        killed: list[bool] = []

        def kill_at_commit(sql: str) -> None:
            if sql == "COMMIT" and not killed:
                row = admin.execute("SELECT pg_terminate_backend(%s, 5000)", (backend,)).fetchone()
                killed.append(bool(row and row[0]))

        ws._db.set_trace_callback(kill_at_commit)  # type: ignore[attr-defined]
        with pytest.raises(OfflineError) as refused:
            ws.set_ranking(list(reversed(order)), "lost at commit", expected=order)
        assert killed == [True]
        assert str(refused.value) == str(COMMIT_UNKNOWN)
        assert ws.online is False
        with pytest.raises(OfflineError):  # nothing queued, nothing retried on its own
            ws.set_ranking(list(reversed(order)), "again", expected=order)
        assert ws.reconnect() is True and ws.online
        assert ws.ranking() == order  # the server never got the COMMIT
        assert len(ws.change_log()) == logged
        ws.set_ranking(list(reversed(order)), "after", expected=order)
        assert ws.ranking() == list(reversed(order))
