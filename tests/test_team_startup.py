"""Starting the window on a team workspace (ui/startup.py): a URL opens through storage's
open_workspace; a server that is down at start says so plainly and offers a local workspace."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.paths import default_workspace
from desktop_app.storage.team_setup import init_team
from desktop_app.ui import startup, team_startup
from desktop_app.ui.startup import EXIT_FAILURE, Opened, open_for_window
from tests.pg_cluster import Cluster, _free_port

ROOT = Path(__file__).resolve().parent.parent


def test_a_url_opens_the_team_workspace(pg_url: str, qtbot: QtBot) -> None:
    init_team(pg_url)
    opened = open_for_window(pg_url, quiet=True)
    assert isinstance(opened, Opened)
    try:
        assert opened.workspace.is_remote and opened.workspace.location == pg_url
        assert opened.workspace.ranking()
    finally:
        opened.workspace.close()
        opened.guard.release()


def test_a_server_down_at_start_offers_a_local_workspace(pg_restartable: Cluster, tmp_path: Path,
                                                         qtbot: QtBot) -> None:
    url = pg_restartable.url(pg_restartable.new_database())
    init_team(url)
    pg_restartable.stop()
    asked: list[tuple[str, str]] = []

    def ask(shown: str, reason: str) -> str:
        asked.append((shown, reason))
        return team_startup.OPEN_LOCAL

    local = tmp_path / "local.cspdesk"
    opened = open_for_window(url, ask_server_down=ask, choose_other=lambda _: local)
    assert isinstance(opened, Opened)
    try:
        assert not opened.workspace.is_remote and opened.workspace.path == local
    finally:
        opened.workspace.close()
        opened.guard.release()
    assert asked and asked[0][0] == url and "Cannot reach the server" in asked[0][1]
    quit_ = open_for_window(url, ask_server_down=lambda *_: team_startup.QUIT)
    assert quit_ == EXIT_FAILURE


def test_quiet_start_on_a_server_that_is_down_exits_1_with_the_reason(
        pg_restartable: Cluster, capsys: pytest.CaptureFixture[str], qtbot: QtBot) -> None:
    url = pg_restartable.url(pg_restartable.new_database())
    init_team(url)
    pg_restartable.stop()
    assert open_for_window(url, quiet=True) == EXIT_FAILURE
    err = capsys.readouterr().err
    assert "Team workspace unavailable" in err and "open a local workspace" in err


def test_the_server_down_question_reads_plainly(qtbot: QtBot, tmp_path: Path) -> None:
    box = team_startup.server_down_box("postgresql://ann@db.example:5432/team",
                                       "Cannot reach the server (connection refused).")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = [b.text() for b in box.buttons()]
    assert sorted(texts) == ["Open a Local Workspace…", "Quit"]
    assert "postgresql://ann@db.example:5432/team" in box.text()
    assert box.defaultButton().text() == "Open a Local Workspace…"
    box.grab().save(str(tmp_path / "server_down.png"))
    assert (tmp_path / "server_down.png").stat().st_size > 0


def test_a_refused_login_asks_the_password_once_and_never_writes_it(
        pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    from tests.pg_cluster import PASSWORD, PASSWORD_ROLE

    name = pg_cluster.new_database("prompt")
    pg_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_ROLE}')
    url = pg_cluster.url(name, user=PASSWORD_ROLE)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    init_team(pg_cluster.url(name))  # as the superuser; the role owns the database
    pg_cluster.admin(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "
                     f"{PASSWORD_ROLE}", dbname=name)
    asked: list[str] = []

    def ask(shown: str, reason: str) -> str | None:
        asked.append(reason)
        return PASSWORD

    monkeypatch.setattr(team_startup, "ask_password", ask)
    opened = open_for_window(url)
    assert isinstance(opened, Opened)
    try:
        assert len(asked) == 1 and "refused the login" in asked[0]
        assert opened.workspace.ranking() and not opened.workspace.read_only
        assert PASSWORD not in opened.workspace.location
    finally:
        opened.workspace.close()
        opened.guard.release()
    data = Path(__import__("os").environ["XDG_DATA_HOME"])
    for path in [*data.rglob("*"), *tmp_path.rglob("*")]:
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path
    monkeypatch.setattr(team_startup, "ask_password", lambda shown, reason: None)  # cancelled
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "tell", lambda title, message, quiet: told.append((title, message)))
    assert open_for_window(url) == EXIT_FAILURE
    assert told and "refused the login" in told[0][1]


# ---------------------------------------------------------------- the command line, in a subprocess


def run_app(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m desktop_app *args` (offscreen), importing the same desktop_app as this test."""
    environ = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), environ.get("PYTHONPATH", "")) if p)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


def dead_url() -> str:
    """A database address on a local port where nothing listens."""
    return f"postgresql://csp_admin@127.0.0.1:{_free_port()}/house"


def no_files_named_like_a_url(folder: Path) -> None:
    assert not [p for p in folder.rglob("*") if "postgres" in p.name or ":" in p.name], folder


@pytest.mark.slow
def test_the_window_opens_on_a_url_paints_and_quits(pg_cluster: Cluster, tmp_path: Path) -> None:
    bare = pg_cluster.url(pg_cluster.new_database())  # no schema: proves the window went there
    result = run_app("--workspace", bare, "--quit-after-paint", cwd=tmp_path)
    assert result.returncode == 1 and "holds no CSP Desk workspace" in result.stderr, result.stderr
    init_team(bare)
    result = run_app("--workspace", bare, "--quit-after-paint", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not list(data.rglob("*.cspdesk")) and not list(tmp_path.rglob("*.cspdesk"))
    no_files_named_like_a_url(tmp_path)


@pytest.mark.slow
def test_csp_desk_workspace_may_name_the_server(pg_url: str, tmp_path: Path) -> None:
    init_team(pg_url)
    result = run_app("--quit-after-paint", cwd=tmp_path, CSP_DESK_WORKSPACE=pg_url)
    assert result.returncode == 0, result.stdout + result.stderr
    result = run_app("--quit-after-paint", cwd=tmp_path, CSP_DESK_WORKSPACE=dead_url())
    assert result.returncode == 1
    assert "Team workspace unavailable" in result.stderr and "Traceback" not in result.stderr
    no_files_named_like_a_url(tmp_path)


def test_a_port_where_nothing_listens_offers_the_local_workspace_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    url = dead_url()
    monkeypatch.setenv("CSP_DESK_WORKSPACE", url)  # the server named by the environment
    monkeypatch.chdir(tmp_path)
    offered: list[Path] = []

    def choose(start: Path) -> Path | None:
        offered.append(start)
        return tmp_path / "mine.cspdesk"

    opened = open_for_window(url, ask_server_down=lambda *_: team_startup.OPEN_LOCAL,
                             choose_other=choose)
    assert isinstance(opened, Opened)
    try:
        assert not opened.workspace.is_remote and opened.workspace.path == tmp_path / "mine.cspdesk"
    finally:
        opened.workspace.close()
        opened.guard.release()
    data = Path(os.environ["XDG_DATA_HOME"])
    assert offered == [default_workspace()] and offered[0].name == "workspace.cspdesk"
    assert data in offered[0].parents  # the user's own file, not a path made of the URL
    no_files_named_like_a_url(tmp_path)
