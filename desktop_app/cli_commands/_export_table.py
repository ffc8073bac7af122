"""`csp-desk export OUT.csv|OUT.parquet --table NAME`: one frame of the data API written to a file.

The workspace is only read (desktop_app.api opens it read-only, so a window may have it open);
the file is written beside the target under a temporary name and moved into place once complete,
so an existing file is replaced whole or not at all. pandas (and pyarrow for parquet) are
imported here, when the command runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop_app.cli_commands import CliError
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.files import temp_name


def _api() -> Any:  # noqa: ANN401 - the module, imported lazily with pandas
    try:
        import desktop_app.api
    except ImportError as exc:  # the frozen application leaves out pandas and the data API
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "This copy of CSP Desk has no data API (%1): `export --table` needs CSP Desk "
            "installed with Python and pandas (pip install csp-desk). Write the workbook (export "
            "OUT.xlsx) instead; nothing was written.").arg(exc)) from None
    return desktop_app.api


def _parquet_engine() -> None:
    if not _api().parquet_available():
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "Writing parquet needs the pyarrow package, which is not installed (pip "
            "install pyarrow). Write a .csv file instead; nothing was written."))


def write_table(workspace: Path | str, table: str, out: Path) -> Path:
    """Write table `table` of the workspace at `workspace` to `out` (.csv or .parquet)."""
    from desktop_app.storage.locations import is_url

    if is_url(workspace):
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "The data API reads workspace files; a team workspace on a server is not "
            "supported by `export --table` yet. Write the workbook (export OUT.xlsx --workspace URL) "
            "instead; nothing was written."))
    workspace = Path(workspace)
    parquet = out.suffix.lower() == ".parquet"
    _api()
    if parquet:
        _parquet_engine()
    if not workspace.exists():
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "There is no workspace at %1; nothing was written.").arg(
            workspace))
    if out.is_dir():
        raise CliError(QT_TRANSLATE_NOOP(
            "CliMessages", "Cannot write %1: it is a folder. Nothing was written.").arg(
            out))
    api = _api()
    with api.open_workspace(workspace) as data:
        frame = api.TABLES[table](data)
    temp = temp_name(out.parent, f".{out.name}.", out.suffix)
    try:
        if parquet:
            frame.to_parquet(temp, index=False)
        else:
            frame.to_csv(temp, index=False, encoding="utf-8")
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CliError(QT_TRANSLATE_NOOP("CliMessages", "Could not write %1: %2. Nothing was written.").arg(
            out, exc.strerror or exc)) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out
