"""`csp-desk` (and `python -m desktop_app`): open the window, or run a subcommand.

This module stays light: PySide6, pandas and storage are imported only inside the function that
needs them, so `csp-desk --help` and the subcommands start quickly.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app import __version__

PROG = "csp-desk"

# Exit statuses: 0 ok, 1 an expected failure (message on stderr), 2 bad command line (argparse).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _workspace_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        type=lambda text: Path(text).expanduser(),
        default=default,
        help="the workspace file (the window creates it if missing); default: $CSP_DESK_WORKSPACE, "
        "else a file in the user data folder (see `csp-desk info`)",
    )


def build_parser() -> argparse.ArgumentParser:
    from desktop_app.cli_commands import discover

    parser = argparse.ArgumentParser(
        prog=PROG,
        usage="%(prog)s [-h] [--version] [--workspace PATH] [--quit-after-paint] [COMMAND ...]",
        description="CSP Desk: rank the cloud service providers, keep the scorecards and the capex "
        "picture. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _workspace_option(parser, default=None)
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="open the window, quit as soon as it has been painted (smoke tests, benchmarks)",
    )
    commands = discover()
    if commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
        for command in commands.values():
            child = sub.add_parser(
                command.name, help=command.help, description=command.description or command.help
            )
            # Accepted after the command too; SUPPRESS keeps a value given before the command.
            _workspace_option(child, default=argparse.SUPPRESS)
            if command.configure is not None:
                command.configure(child)
            child.set_defaults(_run=command.run)
    return parser


def _error(message: str) -> None:
    if sys.stderr is not None:
        print(f"{PROG}: error: {message}", file=sys.stderr)


def _run_gui(args: argparse.Namespace) -> int:
    # run_gui reports a workspace it cannot open itself: a dialog, or stderr with --quit-after-paint.
    from desktop_app.ui.app import run_gui

    return int(run_gui(args.workspace, quit_after_paint=args.quit_after_paint) or 0)


def _expected_errors() -> tuple[type[BaseException], ...]:
    from desktop_app.cli_commands import CliError

    errors: list[type[BaseException]] = [CliError]
    try:
        from desktop_app.storage.workspace import WorkspaceError
    except ImportError:
        pass
    else:
        errors.append(WorkspaceError)
    return tuple(errors)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.workspace is None:
        from desktop_app.paths import default_workspace

        args.workspace = default_workspace()
    run = getattr(args, "_run", None)
    if run is not None and args.quit_after_paint:
        parser.error("--quit-after-paint only applies to the window (no command)")
    try:
        return int(run(args) if run is not None else _run_gui(args))
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        if not isinstance(exc, _expected_errors()):
            raise
        _error(str(exc))
        return int(getattr(exc, "status", EXIT_FAILURE))


if __name__ == "__main__":
    sys.exit(main())
