"""A throw-away PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temporary folder, on a
free local port (and a socket in the same folder), stopped at the end of the session (and at exit).

`initdb` and `pg_ctl` refuse to run as root: as root they run as the `postgres` user
(`runuser -u postgres --`) in a folder that user owns; as anyone else they run directly.
Local connections are trusted, except for the role `PASSWORD_ROLE`, which must give its password
(scram-sha-256) so that ~/.pgpass and PGPASSWORD can be tested.

`start_cluster()` returns a `Cluster` or raises `ClusterUnavailable` with the reason.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path


def _pg_bin() -> Path:
    """$CSP_DESK_PG_BIN, else PostgreSQL 15's Debian folder, else the newest one installed."""
    if os.environ.get("CSP_DESK_PG_BIN"):
        return Path(os.environ["CSP_DESK_PG_BIN"])
    preferred = Path("/usr/lib/postgresql/15/bin")
    if (preferred / "initdb").exists():
        return preferred
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return found[-1].parent if found else preferred


PG_BIN = _pg_bin()
SUPERUSER = "csp_admin"
PASSWORD_ROLE = "csp_pw"
PASSWORD = "s3cret-pw"


class ClusterUnavailable(RuntimeError):
    """PostgreSQL could not be started here (the message says why)."""


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Cluster:
    folder: Path
    port: int
    as_postgres: bool
    running: bool = False
    _databases: int = field(default=0)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def socket_dir(self) -> Path:
        return self.folder / "sock"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120,
                                cwd=self.folder, stdin=subprocess.DEVNULL)
        if check and result.returncode != 0:
            raise ClusterUnavailable(f"{' '.join(args[:2])} failed ({result.returncode}): "
                                     f"{(result.stderr or result.stdout).strip()[-800:]}")
        return result

    def url(self, dbname: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        auth = user if password is None else f"{user}:{password}"
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{dbname}"

    def start(self) -> None:
        """Start the server and wait until it accepts connections (pg_ctl -w)."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.folder / "server.log"), "-w",
                  "-t", "60", "-o", f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1",
                  "start")
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (connections are cut: `fast`; `immediate` is a crash)."""
        self._run("pg_ctl", "-D", str(self.data), "-w", "-t", "60", "-m", mode, "stop", check=False)
        self.running = False

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        """Run one statement as the superuser, in autocommit (CREATE DATABASE, roles…)."""
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, prefix: str = "t") -> str:
        """A new empty database (its name); the schema is created by the test."""
        self._databases += 1
        name = f"{prefix}_{os.getpid()}_{self._databases}"
        self.admin(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        return name

    def destroy(self) -> None:
        if self.running:
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(durable: bool = False) -> Cluster:
    """initdb + start a cluster in a new temporary folder; ClusterUnavailable with the reason.
    Not `durable` (the tests): fsync and synchronous commit off, faster and lost on a crash."""
    if not (PG_BIN / "initdb").exists():
        raise ClusterUnavailable(f"no PostgreSQL at {PG_BIN} (install the Debian package postgresql)")
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise ClusterUnavailable(f"psycopg is not installed: {exc}") from exc
    as_postgres = os.geteuid() == 0
    # As root the folder must be reachable by `postgres`: under /tmp, not a root-only $TMPDIR.
    folder = Path(tempfile.mkdtemp(prefix="csp-pg-", dir="/tmp" if as_postgres else None))
    cluster = Cluster(folder=folder, port=_free_port(), as_postgres=as_postgres)
    try:
        cluster.socket_dir.mkdir()
        pwfile = folder / "pw"
        pwfile.write_text("admin\n")
        if as_postgres:
            if shutil.which("runuser") is None:
                raise ClusterUnavailable("running as root without runuser: cannot start PostgreSQL")
            shutil.chown(folder, "postgres", "postgres")
            shutil.chown(cluster.socket_dir, "postgres", "postgres")
            shutil.chown(pwfile, "postgres", "postgres")
        cluster._run("initdb", "-D", str(cluster.data), "-U", SUPERUSER, "--auth=trust",
                     "--encoding=UTF8", "--locale=C", "--no-sync")
        hba = cluster.data / "pg_hba.conf"
        hba.write_text(
            f"local all {PASSWORD_ROLE} scram-sha-256\n"
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "local all all trust\n"
            "host all all 127.0.0.1/32 trust\n")
        with (cluster.data / "postgresql.conf").open("a") as conf:
            if not durable:
                conf.write("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n")
            conf.write("max_connections = 200\n")
        cluster.start()
        atexit.register(cluster.destroy)
        cluster.admin(f"CREATE ROLE {PASSWORD_ROLE} LOGIN PASSWORD '{PASSWORD}'")
    except (ClusterUnavailable, OSError, subprocess.SubprocessError) as exc:
        log = folder / "server.log"
        tail = log.read_text(errors="replace")[-800:] if log.exists() else ""
        cluster.destroy()
        raise ClusterUnavailable(f"{exc} {tail}".strip()) from exc
    return cluster


def wait_until(condition: object, timeout: float = 10.0) -> bool:
    """Poll `condition()` until it is true or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.02)
    return bool(condition())  # type: ignore[operator]


def main() -> int:
    """`python tests/pg_cluster.py`: a throw-away cluster holding a trial team workspace (seeded
    with the data set) until Ctrl-C; prints the URL to give to `csp-desk --workspace`."""
    import signal
    import sys

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)  # `kill` stops and deletes the server too
    root = Path(__file__).resolve().parent.parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from desktop_app.storage.team_setup import init_team

    try:
        cluster = start_cluster(durable=True)
    except ClusterUnavailable as exc:
        print(f"Cannot start PostgreSQL: {exc}", file=sys.stderr)
        return 1
    try:
        url = cluster.url(cluster.new_database("trial"))
        print(init_team(url))
        print(f"\n  csp-desk --workspace {url}\n\nCtrl-C stops the server and deletes it.", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
