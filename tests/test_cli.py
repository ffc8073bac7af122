"""The command line, run as the user runs it: `python -m desktop_app ...` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import desktop_app

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_PARENT = Path(desktop_app.__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m desktop_app *args`, importing the same desktop_app as this test process."""
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PACKAGE_PARENT), environ.get("PYTHONPATH", "")) if p
    )
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_help(tmp_path: Path) -> None:
    result = run_cli("--help", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: csp-desk")
    for option in ("--version", "--workspace", "--quit-after-paint"):
        assert option in result.stdout


def test_version(tmp_path: Path) -> None:
    result = run_cli("--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"csp-desk {desktop_app.__version__}\n"


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("--no-such-option", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert "unrecognized arguments: --no-such-option" in result.stderr
    assert "Traceback" not in result.stderr


def test_workspace_is_accepted_before_and_after_a_command(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "mine.cspdesk"
    before = run_cli("--workspace", str(target), "info", cwd=tmp_path)
    after = run_cli("info", "--workspace", str(target), cwd=tmp_path)
    for result in (before, after):
        assert result.returncode == 0, result.stderr
        assert f"workspace  {target} (not created yet)" in result.stdout
    assert not target.exists()


def test_default_workspace_comes_from_the_environment(tmp_path: Path) -> None:
    target = tmp_path / "from-env.cspdesk"
    result = run_cli("info", cwd=tmp_path, CSP_DESK_WORKSPACE=str(target))
    assert result.returncode == 0, result.stderr
    assert f"workspace  {target} " in result.stdout


def test_quit_after_paint_with_a_command_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli("--quit-after-paint", "info", cwd=tmp_path)
    assert result.returncode == 2
    assert "--quit-after-paint" in result.stderr


def test_cli_module_starts_without_heavy_imports(tmp_path: Path) -> None:
    code = (
        "import sys; import desktop_app.cli as cli; cli.build_parser(); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pandas', 'pyqtgraph', 'openpyxl', 'numpy')); "
        "assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(PACKAGE_PARENT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_foreign_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    foreign = tmp_path / "notes.cspdesk"
    foreign.write_bytes(b"hello\n")
    stat = foreign.stat()
    result = run_cli(
        "--workspace", str(foreign), "--quit-after-paint", cwd=tmp_path, QT_QPA_PLATFORM="offscreen"
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert str(foreign) in result.stderr or foreign.name in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert foreign.read_bytes() == b"hello\n"
    assert foreign.stat().st_mtime_ns == stat.st_mtime_ns


def test_window_opens_paints_and_quits(tmp_path: Path) -> None:
    workspace = tmp_path / "x.cspdesk"
    result = run_cli(
        "--quit-after-paint", "--workspace", str(workspace), cwd=tmp_path, QT_QPA_PLATFORM="offscreen"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert workspace.is_file()


def test_entry_points_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"] == {"csp-desk": "desktop_app.cli:main"}
    assert project["gui-scripts"] == {"csp-deskw": "desktop_app.cli:main"}
    from desktop_app import cli

    assert callable(cli.main)


def test_installed_entry_points_match_pyproject() -> None:
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        dist = distribution("csp-desk")
    except PackageNotFoundError:  # running from a checkout without installing: nothing to compare
        return
    installed = {(ep.group, ep.name): ep.value for ep in dist.entry_points}
    assert installed[("console_scripts", "csp-desk")] == "desktop_app.cli:main"
    assert installed[("gui_scripts", "csp-deskw")] == "desktop_app.cli:main"
    assert dist.version == desktop_app.__version__
