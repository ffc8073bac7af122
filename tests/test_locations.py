"""Where a workspace is: a file path or a database address (storage/locations.py), and how an
address is shown (never with its password); the SQL dialect translation of the team workspace."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.storage.locations import display, is_url, location_arg


@pytest.mark.parametrize(("text", "url"), [
    ("postgresql://ann@db:5432/team", True),
    ("postgres://db/team", True),
    ("  service=team", True),
    ("host=db dbname=team user=ann", True),
    ("workspace.cspdesk", False),
    ("/home/ann/postgresql/team.cspdesk", False),
    ("service.cspdesk", False),
])
def test_an_address_is_told_from_a_path(text: str, url: bool) -> None:
    assert is_url(text) is url
    assert isinstance(location_arg(text), str if url else Path)
    assert not is_url(Path(text))


@pytest.mark.parametrize(("given", "shown"), [
    ("postgresql://ann:s3cret@db:5432/team", "postgresql://ann@db:5432/team"),
    ("postgresql://ann@db:5432/team?password=s3cret&sslmode=require",
     "postgresql://ann@db:5432/team?sslmode=require"),
    ("host=db password=s3cret dbname=team", "host=db dbname=team"),
    ("workspace.cspdesk", "workspace.cspdesk"),
])
def test_an_address_is_shown_without_its_password(given: str, shown: str) -> None:
    assert sorted(display(given).split()) == sorted(shown.split())  # libpq keywords: any order
    assert "s3cret" not in display(given)


def test_the_dialect_is_translated_once_for_both_backends() -> None:
    from desktop_app.storage.pg_connection import translate

    assert translate("SELECT a FROM t WHERE b = ? AND c IS ? AND d LIKE '5%'") == (
        "SELECT a FROM t WHERE b = %s AND c IS NOT DISTINCT FROM %s AND d LIKE '5%%'", None)
    assert translate("INSERT INTO snapshots (label) VALUES (?)") == (
        "INSERT INTO snapshots (label) VALUES (%s) RETURNING snapshot_id", "snapshot_id")
    assert translate("INSERT INTO ranking (rank) VALUES (?)") == (
        "INSERT INTO ranking (rank) VALUES (%s)", None)
