"""The frozen application (issue 15): `python scripts/build_app.py` builds dist/csp-desk/ with
PyInstaller, and the bundle works where Python does not: run with a clean environment (`env -i`:
no virtual environment, no PATH, no PYTHONPATH), from a folder outside the checkout, it prints its
version, paints its window on a new workspace, lists the ranking, writes a workbook that openpyxl
opens, checks the workspace, opens an older workspace (upgraded) and refuses a newer one unchanged.

Slow (PyInstaller takes a minute or more; with CSP_DESK_BUNDLE=dist/csp-desk the tests run an app
already built instead of building one); skipped where PyInstaller is not installed
(`pip install ".[build]"`; .ci/run installs it) or on Windows (no `env -i`)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import desktop_app
from desktop_app.io import excel_layout as L
from desktop_app.storage.schema import target_version
from desktop_app.storage.workspace import Workspace

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
MAX_BUNDLE_BYTES = 250 * 1000 * 1000

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="runs the bundle with `env -i`"),
    pytest.mark.skipif(shutil.which("env") is None, reason="needs env(1)"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The app built here, or the one $CSP_DESK_BUNDLE names (.ci/run builds it in a step of its own)."""
    built = os.environ.get("CSP_DESK_BUNDLE", "")
    if built:
        assert (Path(built) / "csp-desk").is_file(), f"CSP_DESK_BUNDLE={built} holds no csp-desk program"
        return Path(built)
    pytest.importorskip("PyInstaller", reason="pip install \".[build]\" to build the frozen app")
    out = tmp_path_factory.mktemp("frozen")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_app.py"), "--dist", str(out / "dist"),
                           "--work", str(out / "work")], cwd=ROOT, capture_output=True, text=True,
                          timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    app = out / "dist" / "csp-desk"
    assert (app / "csp-desk").is_file()
    return app


def _run(app: Path, cwd: Path, *args: str, platform: str = "") -> subprocess.CompletedProcess[str]:
    """The bundle's program with nothing of this environment: `env -i HOME=… [QT_QPA_PLATFORM=…]`."""
    env = ["env", "-i", f"HOME={cwd / 'home'}"] + ([f"QT_QPA_PLATFORM={platform}"] if platform else [])
    return subprocess.run([*env, str(app / "csp-desk"), *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A current folder outside the checkout, with its own empty HOME."""
    assert ROOT not in tmp_path.resolve().parents
    (tmp_path / "home").mkdir()
    return tmp_path


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_the_bundle_holds_what_it_needs_and_not_more(bundle: Path) -> None:
    inside = bundle / "_internal"
    assert sorted(p.name for p in (inside / "desktop_app" / "data").glob("*.csv")) == \
        sorted(p.name for p in (ROOT / "data").glob("*.csv"))
    assert (inside / "desktop_app" / "resources" / "icons").is_dir()
    for qm in (ROOT / "resources").rglob("*.qm"):  # translations, once there are any
        assert (inside / "desktop_app" / "resources" / qm.relative_to(ROOT / "resources")).is_file()
    plugins = inside / "PySide6" / "Qt" / "plugins" / "platforms"
    names = {p.name for p in plugins.iterdir()}
    assert {"libqoffscreen.so", "libqxcb.so"} <= names or "libqcocoa.dylib" in names
    for left_out in ("pandas", "pyarrow", "pytest", "tests", "PyInstaller"):
        assert not (inside / left_out).exists(), left_out
    assert not list(inside.rglob("libQt6Qml*")) and not list(inside.rglob("libQt6Quick*"))
    assert _size(bundle) < MAX_BUNDLE_BYTES


def test_the_bundle_runs_with_a_clean_environment(bundle: Path, outside: Path) -> None:
    done = _run(bundle, outside, "--version")
    assert done.returncode == 0 and done.stdout.strip() == f"csp-desk {desktop_app.__version__}", done.stderr
    info = _run(bundle, outside, "--workspace", "w.cspdesk", "info")
    assert info.returncode == 0, info.stderr
    assert str(bundle) in info.stdout and str(ROOT) not in info.stdout  # its own data, not the checkout's

    workspace = outside / "w.cspdesk"
    painted = _run(bundle, outside, "--workspace", str(workspace), "--quit-after-paint", platform="offscreen")
    assert painted.returncode == 0, painted.stderr
    assert workspace.is_file()

    ranking = _run(bundle, outside, "--workspace", str(workspace), "ranking")
    assert ranking.returncode == 0, ranking.stderr
    assert [line.split()[1] for line in ranking.stdout.splitlines()] == ["MSFT", "AMZN", "GOOGL", "META"]

    book = outside / "out.xlsx"
    exported = _run(bundle, outside, "--workspace", str(workspace), "export", book.name)
    assert exported.returncode == 0, exported.stderr
    assert Path(exported.stdout.strip()) == book
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == list(L.SHEETS)
    assert wb[L.SCORECARDS].max_row > 100

    checked = _run(bundle, outside, "--workspace", str(workspace), "check")
    assert checked.returncode == 0 and checked.stdout.startswith("ok"), checked.stdout + checked.stderr

    table = _run(bundle, outside, "--workspace", str(workspace), "export", "t.csv", "--table", "capex")
    assert table.returncode == 1 and "data API" in table.stderr and not (outside / "t.csv").exists()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs Xvfb (xvfb-run)")
def test_the_bundle_paints_on_x11_with_its_own_xcb_plugin(bundle: Path, outside: Path) -> None:
    workspace = outside / "x.cspdesk"
    script = (f'env -i DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" HOME="{outside / "home"}" '
              f'QT_QPA_PLATFORM=xcb "{bundle / "csp-desk"}" --workspace "{workspace}" --quit-after-paint')
    done = subprocess.run(["xvfb-run", "-a", "sh", "-c", script], cwd=outside, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert workspace.is_file()


def _version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_workspaces_travel_between_the_workstation_and_the_bundle(bundle: Path, outside: Path) -> None:
    made_here = outside / "desk.cspdesk"  # the workstation's (this interpreter's) workspace
    with Workspace.open(made_here) as ws:
        ws.backup_to(outside / "laptop.cspdesk")  # File ▸ Save a Copy
    laptop = outside / "laptop.cspdesk"
    moved = _run(bundle, outside, "--workspace", str(laptop), "ranking", "set", "AMZN", "MSFT", "GOOGL", "META")
    assert moved.returncode == 0, moved.stderr
    with Workspace.open(laptop) as back:  # and back on the workstation
        assert [e.ticker for e in back.ranking()] == ["AMZN", "MSFT", "GOOGL", "META"]
        assert back.meta()["copy_of"] == str(made_here.resolve())

    old = outside / "v1.cspdesk"
    shutil.copy(DATA / "workspace_v1.cspdesk", old)
    assert _version(old) == 1
    opened = _run(bundle, outside, "--workspace", str(old), "ranking")
    assert opened.returncode == 0, opened.stderr
    assert _version(old) == target_version()  # older: migrated, as the workstation does
    checked = _run(bundle, outside, "--workspace", str(old), "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr

    newer = outside / "newer.cspdesk"
    shutil.copy(old, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {target_version() + 1}")
    conn.close()
    before = newer.read_bytes()
    refused = _run(bundle, outside, "--workspace", str(newer), "ranking")
    assert refused.returncode == 1 and "newer version" in refused.stderr, refused.stderr
    assert newer.read_bytes() == before
    assert not Path(f"{newer}-wal").exists()
    assert os.path.getsize(newer) == len(before)
