"""The throw-away PostgreSQL cluster the team-workspace tests use (tests/pg_cluster.py)."""

from __future__ import annotations

import psycopg
import pytest

from tests.pg_cluster import PASSWORD, PASSWORD_ROLE, Cluster


def test_each_test_gets_an_empty_database(pg_cluster: Cluster, pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone()
        name = conn.execute("SELECT current_database()").fetchone()
    assert tables == (0,)
    assert name is not None and pg_url.endswith("/" + name[0])


def test_the_password_role_needs_its_password(pg_cluster: Cluster) -> None:
    url = pg_cluster.url("postgres", user=PASSWORD_ROLE)
    with pytest.raises(psycopg.OperationalError, match="password"):
        psycopg.connect(url, password="wrong").close()
    with psycopg.connect(url, password=PASSWORD) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (PASSWORD_ROLE,)
