"""Test setup: offscreen Qt unless a display is set, and a temporary workspace for every test."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Any]:
    """A freshly seeded workspace file, open (modules that need another kind define their own)."""
    from desktop_app.storage.workspace import Workspace

    workspace = Workspace.open(tmp_path / "w.cspdesk")
    yield workspace
    workspace.close()


# ---------------------------------------------------------------- a real PostgreSQL server

from tests.pg_cluster import Cluster, ClusterUnavailable, start_cluster  # noqa: E402

_CLUSTER: dict[str, object] = {}


def _cluster() -> Cluster:
    """The session's throw-away cluster (tests/pg_cluster.py), started on first use. Skips the
    test with the reason when PostgreSQL cannot be started, except under CI=true (a failure)."""
    if "cluster" not in _CLUSTER and "error" not in _CLUSTER:
        try:
            _CLUSTER["cluster"] = start_cluster()
        except ClusterUnavailable as exc:
            _CLUSTER["error"] = str(exc)
        else:
            _stop_on_sigterm()
    if "error" in _CLUSTER:
        reason = f"PostgreSQL cannot be started: {_CLUSTER['error']}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason + " (CI=true: the PostgreSQL tests must run)", pytrace=False)
        pytest.skip(reason)
    cluster = _CLUSTER["cluster"]
    assert isinstance(cluster, Cluster)
    return cluster


def _stop_on_sigterm() -> None:
    """A run killed with SIGTERM (a `timeout`) ends like Ctrl-C, so that the session's end stops
    the cluster instead of leaving a server running (atexit does not run on a signal)."""
    import signal

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, interrupt)


@pytest.fixture(scope="session")
def pg_cluster() -> Cluster:
    """The running throw-away cluster (a tests.pg_cluster.Cluster); stopped at the session's end.
    Tests that stop it (pg_cluster.stop()) must start it again: see the `pg_restartable` fixture."""
    return _cluster()


@pytest.fixture
def pg_restartable(pg_cluster: Cluster) -> Iterator[Cluster]:
    """The cluster, for a test that stops and starts it: it is running again after the test."""
    yield pg_cluster
    if not pg_cluster.running:
        pg_cluster.start()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a new empty database on the cluster (superuser, trust auth, no password)."""
    return pg_cluster.url(pg_cluster.new_database())


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    cluster = _CLUSTER.pop("cluster", None)
    if cluster is not None:
        assert isinstance(cluster, Cluster)
        cluster.destroy()


# ---------------------------------------------------------------- both backends of the workspace API

BACKENDS = ["file", "postgresql"]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Each test using it runs twice: on a workspace file and on a team workspace (PostgreSQL)."""
    return str(request.param)


@pytest.fixture
def make_workspace(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Any:
    """make(seed=None) -> location: a new workspace of this test's backend, seeded with `seed`
    (default: the shipped data set); open it (again and again) with `open_workspace(location)`."""
    from desktop_app.storage.workspace import Workspace

    made = [0]

    def make(seed: Any = None) -> str | Path:
        made[0] += 1
        if backend == "file":
            path = tmp_path / f"ws{made[0]}.cspdesk"
            Workspace.open(path, seed).close()
            return path
        from desktop_app.storage.team_setup import init_team

        cluster = request.getfixturevalue("pg_cluster")
        url = cluster.url(cluster.new_database())
        init_team(url, seed=seed)
        return url

    return make


@pytest.fixture
def any_ws(make_workspace: Any) -> Iterator[Any]:
    """An open workspace seeded with the shipped data set, on each backend in turn."""
    from desktop_app.storage.locations import open_workspace

    workspace = open_workspace(make_workspace())
    yield workspace
    workspace.close()


@pytest.fixture(params=["en", "zh_TW"])
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The window's language installed as the app does at start-up (ui/i18n.py), English again after
    the test. (A test module that also needs the CJK fonts set up defines its own.)"""
    from desktop_app.ui import i18n

    assert i18n.install(qapp, request.param)
    try:
        yield request.param
    finally:
        i18n.install(qapp, "en")


@pytest.fixture
def chinese(qapp: Any) -> Iterator[None]:
    """The window's texts in Traditional Chinese for one test, English again after it."""
    from desktop_app.ui import i18n

    assert i18n.install(qapp, "zh_TW")
    try:
        yield
    finally:
        i18n.install(qapp, "en")
