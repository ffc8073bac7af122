"""Names a module still offers although their classes live in a module loaded on first use (so the
first paint does not create them): the same objects, loaded only when named."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent.parent

LAZY = {  # module -> (the module the names live in, the names)
    "desktop_app.domain.research": ("desktop_app.domain.research_tables", ("Forecast", "SupplyChainEntry")),
    "desktop_app.domain.calc": ("desktop_app.domain.checks", ("Agreement", "Check")),
    "desktop_app.storage.backups": ("desktop_app.storage.backup_records",
                                    ("Backup", "BackupSummary", "Policy", "DEFAULT_POLICY")),
}


@pytest.mark.parametrize("module", sorted(LAZY))
def test_a_lazy_name_is_loaded_only_when_named(module: str) -> None:
    home, names = LAZY[module]
    code = (
        "import importlib, sys\n"
        f"m = importlib.import_module({module!r})\n"
        f"print('BEFORE', {home!r} in sys.modules)\n"
        f"home = importlib.import_module({home!r})\n"
        f"print('SAME', all(getattr(m, n) is getattr(home, n) for n in {names!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r})\n{code}"],
                            capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "BEFORE False" in result.stdout and "SAME True" in result.stdout, result.stdout


def test_from_import_of_a_lazy_name_works_and_an_unknown_name_fails() -> None:
    from desktop_app.domain.calc import Check
    from desktop_app.domain.research import Forecast
    from desktop_app.storage.backups import Backup

    assert (Forecast.__module__, Check.__module__, Backup.__module__) == (
        "desktop_app.domain.research_tables", "desktop_app.domain.checks", "desktop_app.storage.backup_records")
    unknown = "Nothing"
    for module in LAZY:
        with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
            getattr(sys.modules[module], unknown)


def test_the_schema_version_a_start_reads_is_the_number_of_migrations() -> None:
    from desktop_app.storage import schema, schema_version

    assert schema_version.SCHEMA_VERSION == len(schema.MIGRATIONS) == schema.target_version()
