"""The command line on a team workspace (real `python -m desktop_app` subprocesses against the
throw-away PostgreSQL cluster): `team init` into an empty database only, from the data set or a
copy of a local file; every command takes `--workspace URL`; `log` shows who changed what on both
backends; passwords come from libpq (PGPASSWORD, ~/.pgpass) and are never printed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_ranking_cli import PACKAGE_PARENT

from desktop_app.storage.locations import open_workspace
from desktop_app.storage.workspace import Workspace
from tests.pg_cluster import PASSWORD, PASSWORD_ROLE, Cluster


def cli(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = dict(os.environ)
    environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(PACKAGE_PARENT), environ.get("PYTHONPATH", "")) if p)
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=120)


def test_team_init_seeds_an_empty_database_and_refuses_a_second_time(pg_url: str,
                                                                     tmp_path: Path) -> None:
    made = cli("team", "init", pg_url, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Created the team workspace" in made.stdout and "seeded with the data set" in made.stdout
    with open_workspace(pg_url) as ws, Workspace.open(tmp_path / "file.cspdesk") as local:
        assert ws.ranking() == local.ranking()
        assert ws.scorecard_lines() == local.scorecard_lines()
        assert ws.statements() == local.statements() and ws.snapshots() == local.snapshots()
        before = ws.last_change_id()
    again = cli("team", "init", pg_url, cwd=tmp_path)
    assert again.returncode == 1 and "is not empty" in again.stderr
    with open_workspace(pg_url) as ws:
        assert ws.last_change_id() == before


def test_team_init_says_what_it_did_in_the_chosen_language(pg_cluster: Cluster, tmp_path: Path) -> None:
    url = pg_cluster.url(pg_cluster.new_database())
    made = cli("--language", "zh_TW", "team", "init", url, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("已在 postgresql://") and "建立團隊工作區，以內建資料集填入（4 家公司" in made.stdout


def test_team_init_from_a_file_copies_every_table(pg_url: str, tmp_path: Path) -> None:
    source = tmp_path / "mine.cspdesk"
    with Workspace.open(source) as ws:
        order = ws.ranking()
        ws.set_ranking(list(reversed(order)), "my order")
        ws.add_note("KGI", __import__("datetime").date(2025, 8, 6), "with a file", "ana",
                    file=("n.pdf", b"%PDF-1.4 " + bytes(range(256))))
        local_log = ws.change_log()
        local_notes = ws.notes()
    made = cli("team", "init", pg_url, "--from", str(source), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert f"copied from {source}" in made.stdout
    with open_workspace(pg_url) as team:
        assert team.ranking() == list(reversed(order))
        assert team.change_log()[1:] == local_log  # every row kept, plus the one saying so
        assert team.change_log(1)[0].summary.startswith("Team workspace created, copied from")
        assert team.notes() == local_notes
        assert team.note_file("n002") == ("n.pdf", b"%PDF-1.4 " + bytes(range(256)))
        team.save_snapshot("after the copy", "", "2025-09-01")  # the ids go on after the copied ones
        assert team.snapshots()[-1].snapshot_id == max(s.snapshot_id for s in team.snapshots())


def test_every_command_takes_a_url(pg_url: str, tmp_path: Path) -> None:
    assert cli("team", "init", pg_url, cwd=tmp_path).returncode == 0
    moved = cli("ranking", "set", "AMZN", "MSFT", "META", "GOOGL", "--workspace", pg_url,
                cwd=tmp_path, CSP_DESK_USER="Ann")
    assert moved.returncode == 0, moved.stderr
    shown = cli("--workspace", pg_url, "ranking", cwd=tmp_path)
    assert shown.stdout.splitlines()[0].split()[:2] == ["1", "AMZN"]
    price = cli("price", "set", "MSFT", "512.5", "--date", "2025-08-06", "--workspace", pg_url,
                cwd=tmp_path)
    assert price.returncode == 0, price.stderr
    check = cli("check", "--workspace", pg_url, cwd=tmp_path)
    assert check.returncode == 0 and check.stdout.startswith("ok  postgresql://"), check.stderr
    book = cli("export", str(tmp_path / "out.xlsx"), "--workspace", pg_url, cwd=tmp_path)
    assert book.returncode == 0, book.stderr
    assert (tmp_path / "out.xlsx").stat().st_size > 0
    import openpyxl

    from desktop_app.io import excel_layout as L

    workbook = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert workbook[L.SCORECARDS]["R5"].value == "revenue"
    workbook[L.SCORECARDS]["E5"] = 77000
    workbook.save(tmp_path / "out.xlsx")
    imported = cli("import", str(tmp_path / "out.xlsx"), "--workspace", pg_url, cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().endswith(f"into {pg_url} in one change.")  # its address
    sheet = cli("report", str(tmp_path / "sheet.pdf"), "--workspace", pg_url, cwd=tmp_path,
                QT_QPA_PLATFORM="offscreen")
    assert sheet.returncode == 0, sheet.stderr
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    info = cli("info", "--workspace", pg_url, cwd=tmp_path)
    assert info.returncode == 0, info.stderr
    assert f"workspace  {pg_url} (a team workspace on a PostgreSQL server)" in info.stdout
    assert not [p for p in tmp_path.rglob("*") if "postgres" in p.name]  # no file named so
    backup = cli("backup", "--workspace", pg_url, cwd=tmp_path)
    assert backup.returncode == 1 and "pg_dump" in backup.stderr
    env_url = cli("ranking", cwd=tmp_path, CSP_DESK_WORKSPACE=pg_url)
    assert env_url.stdout.splitlines()[0].split()[:2] == ["1", "AMZN"]
    table = cli("export", str(tmp_path / "t.csv"), "--table", "scorecards", "--workspace", pg_url,
                cwd=tmp_path)  # the data API reads files only: said plainly, nothing written
    assert table.returncode == 1 and "team workspace" in table.stderr, table.stderr
    assert "Traceback" not in table.stderr and not (tmp_path / "t.csv").exists()


@pytest.mark.parametrize("backend_", ["file", "postgresql"])
def test_log_shows_time_author_and_summary(backend_: str, pg_cluster: Cluster,
                                           tmp_path: Path) -> None:
    if backend_ == "file":
        location = str(tmp_path / "w.cspdesk")
    else:
        location = pg_cluster.url(pg_cluster.new_database())
        assert cli("team", "init", location, cwd=tmp_path).returncode == 0
    for user, order in (("Ann", ["AMZN", "MSFT", "META", "GOOGL"]),
                        ("Bo", ["MSFT", "AMZN", "META", "GOOGL"])):
        result = cli("ranking", "set", *order, "--workspace", location, cwd=tmp_path,
                     CSP_DESK_USER=user)
        assert result.returncode == 0, result.stderr
    shown = cli("log", "--limit", "2", "--workspace", location, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[2] == "Bo" and "Move MSFT from 2 to 1" in lines[0]  # as the window says it
    assert lines[1].split()[2] == "Ann"
    assert lines[0][:4].isdigit() and lines[0][10] == " " and lines[0].split()[1].endswith("Z")
    assert len(cli("log", "--workspace", location, cwd=tmp_path).stdout.splitlines()) == 3


def test_a_password_comes_from_libpq_and_is_never_printed(pg_cluster: Cluster,
                                                          tmp_path: Path) -> None:
    name = pg_cluster.new_database("pw")
    pg_cluster.admin(f'ALTER DATABASE "{name}" OWNER TO {PASSWORD_ROLE}')
    url = pg_cluster.url(name, user=PASSWORD_ROLE)
    home = tmp_path / "home"
    home.mkdir()
    refused = cli("team", "init", url, cwd=tmp_path, HOME=str(home), PGPASSWORD="")
    assert refused.returncode == 1 and "refused the login" in refused.stderr
    made = cli("team", "init", url, cwd=tmp_path, HOME=str(home), PGPASSWORD=PASSWORD)
    assert made.returncode == 0, made.stderr
    pgpass = home / ".pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:{name}:{PASSWORD_ROLE}:{PASSWORD}\n")
    pgpass.chmod(0o600)
    shown = cli("ranking", "--workspace", url, cwd=tmp_path, HOME=str(home), PGPASSWORD="")
    assert shown.returncode == 0, shown.stderr
    with_pw = url.replace(f"{PASSWORD_ROLE}@", f"{PASSWORD_ROLE}:{PASSWORD}@")
    checked = cli("check", "--workspace", with_pw, cwd=tmp_path, HOME=str(home))
    assert checked.returncode == 0 and PASSWORD not in checked.stdout + checked.stderr
    assert checked.stdout.strip() == f"ok  {url}"


def test_a_server_that_is_down_gives_a_plain_message(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = cli("ranking", "--workspace", f"postgresql://nobody@127.0.0.1:{port}/x", cwd=tmp_path)
    assert result.returncode == 1
    assert "Cannot reach the server of the team workspace" in result.stderr
    assert "Traceback" not in result.stderr


def test_opening_a_file_workspace_does_not_import_the_driver(tmp_path: Path) -> None:
    code = ("import sys; from desktop_app.storage.locations import open_workspace; "
            f"open_workspace({str(tmp_path / 'w.cspdesk')!r}).close(); "
            "print(sorted(m for m in sys.modules if m.startswith('psycopg')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, cwd=PACKAGE_PARENT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
