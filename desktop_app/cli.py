"""`csp-desk` (and `python -m desktop_app`): open the window, or run a subcommand.

This module stays light: PySide6, pandas and storage are imported only inside the function that
needs them, so `csp-desk --help` and the subcommands start quickly.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.cli_translations import (
    error_message,
    language,
    language_of,
    set_language,
    translated,
    untranslated,
    wrap,
)
from desktop_app.domain.texts import QT_TRANSLATE_NOOP
from desktop_app.storage.locations import is_url, location_arg

PROG = "csp-desk"
LANGUAGES = ("en", "zh_TW")  # desktop_app.ui.i18n.LANGUAGES, named here so --help imports no Qt

# Exit statuses: 0 ok, 1 an expected failure (message on stderr), 2 bad command line (argparse).
EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class _Formatter(argparse.HelpFormatter):
    """argparse's layout; in Chinese the help is wrapped by display width (a CJK character takes two
    columns) and between characters, where textwrap counts characters and breaks only at spaces."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return super()._split_lines(text, width) if language() == "en" else wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if language() == "en":
            return super()._fill_text(text, width, indent)
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))


class _Parser(argparse.ArgumentParser):
    """The parser of `csp-desk` and, through add_subparsers, of every command and action."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:  # noqa: ANN401 - argparse's own
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def _workspace_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--workspace",
        metavar="PATH|URL",
        type=location_arg,
        default=default,
        help=translated(QT_TRANSLATE_NOOP(
            "Cli", "the workspace file (the window creates it if missing), or a team workspace's "
            "database URL (postgresql://user@host:port/dbname, service=NAME); default: "
            "$CSP_DESK_WORKSPACE, else a file in the user data folder (see `csp-desk info`)")),
    )


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The full parser; without `with_commands` only the window's options (a faster start when the
    command line names no command)."""
    parser = _Parser(
        prog=PROG,
        usage="%(prog)s [-h] [--version] [--workspace PATH] [--language {en,zh_TW}] [--quit-after-paint] "
        "[COMMAND ...]",
        description=translated(QT_TRANSLATE_NOOP(
            "Cli", "CSP Desk: rank the cloud service providers, keep the scorecards and the capex "
            "picture. Without a command, opens the window.")),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}",
                        help=translated(QT_TRANSLATE_NOOP(
                            "Cli", "show the program's version number and exit")))
    _workspace_option(parser, default=None)
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help=translated(QT_TRANSLATE_NOOP(
            "Cli", "the language of the window and of these messages: en or zh_TW (default: the OS "
            "locale; the window: View ▸ Language, else the OS locale)")),
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help=translated(QT_TRANSLATE_NOOP(
            "Cli", "open the window, quit as soon as it has been painted (smoke tests, benchmarks)")),
    )
    commands = {}
    if with_commands:
        from desktop_app.cli_commands import discover

        commands = discover()
    if commands:
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog=parser.prog,
                                    title=translated(QT_TRANSLATE_NOOP("Cli", "commands")))
        for command in commands.values():
            child = sub.add_parser(
                command.name, help=translated(command.help),
                description=translated(command.description or command.help)
            )
            # Accepted after the command too; SUPPRESS keeps a value given before the command.
            _workspace_option(child, default=argparse.SUPPRESS)
            if command.configure is not None:
                command.configure(child)
            child.set_defaults(_run=command.run)
    return parser


def _error(message: str) -> None:
    if sys.stderr is not None:
        try:
            print(translated(QT_TRANSLATE_NOOP("Cli", "%1: error: %2").arg(PROG, message)), file=sys.stderr)
        except (OSError, ValueError):
            pass  # stderr closed: the exit status still tells


def _window_only(argv: Sequence[str]) -> bool:
    """True when `argv` holds nothing but the window's own options (no command, no --help)."""
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token == "--quit-after-paint" or token.startswith(("--workspace=", "--language=")):
            continue
        if token in ("--workspace", "--language") and tokens:
            tokens.pop(0)
            continue
        return False
    return True


def _window_options(argv: Sequence[str]) -> argparse.Namespace | None:
    """The window's options read without building the parser (its set-up, with gettext looking
    for argparse's translations, is a noticeable part of the window's start), when `argv` spells
    them the plain way and every value is valid UTF-8 text; None otherwise: the parser then reads
    them and says what is wrong, exactly as before."""
    values: dict[str, Any] = {"workspace": None, "language": None, "quit_after_paint": False}
    tokens = list(argv)
    while tokens:
        token = tokens.pop(0)
        if token == "--quit-after-paint":
            values["quit_after_paint"] = True
            continue
        name, equals, value = token.partition("=")
        if name not in ("--workspace", "--language"):
            return None  # a command, --help, an abbreviation, a typo: the parser's business
        if not equals:
            if not tokens or tokens[0].startswith("-"):
                return None  # the parser reports the missing value
            value = tokens.pop(0)
        values[name[2:]] = value
    if values["language"] not in (None, *LANGUAGES) or _not_text(list(values.values())[:2]):
        return None
    if values["workspace"] is not None:
        values["workspace"] = location_arg(values["workspace"])
    return argparse.Namespace(**values)


def _run_gui(args: argparse.Namespace) -> int:
    # run_gui reports a workspace it cannot open itself: a dialog, or stderr with --quit-after-paint.
    # Start-up creates many long-lived objects (modules, Qt wrapper types and enums): the cyclic
    # garbage collector stays off until the window is painted, when run_gui freezes what exists
    # (later collections skip it) and turns it back on.
    import gc

    gc.disable()
    try:
        # What the window needs that does not use Qt is imported before PySide6: PySide6 reads the
        # source of every module imported after it (for its __feature__ switches).
        import platformdirs  # noqa: F401

        import desktop_app.paths  # noqa: F401
        import desktop_app.storage.backups  # noqa: F401
        import desktop_app.storage.workspace  # noqa: F401
        from desktop_app.ui.app import run_gui

        return int(run_gui(args.workspace, quit_after_paint=args.quit_after_paint,
                           language=args.language) or 0)
    finally:
        gc.enable()


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


def _safe_streams() -> None:
    """Printing never fails on a console that cannot show a character (PYTHONIOENCODING=ascii, a
    C locale, a Windows code page): it is written escaped instead. Without this a command would do
    its work, then fail on printing the result, and a retry would do the work twice."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def _not_text(value: object) -> bool:
    """True for a string or path holding bytes that are not UTF-8 (argv decoded with surrogateescape):
    SQLite, the workbook and the change log cannot store them."""
    if isinstance(value, (list, tuple)):
        return any(_not_text(item) for item in value)
    if isinstance(value, (str, Path)):
        try:
            str(value).encode("utf-8")
        except UnicodeEncodeError:
            return True
    return False


def _as_utf8(value: object) -> object:
    """A text argument decoded under a non-UTF-8 locale (LC_ALL=C without Python's UTF-8 mode)
    whose bytes are UTF-8 after all: the text they spell. Paths stay as given (the file system
    expects their bytes back)."""
    if isinstance(value, list):
        return [_as_utf8(item) for item in value]
    if isinstance(value, str) and _not_text(value):
        try:
            return os.fsencode(value).decode("utf-8")
        except (UnicodeError, ValueError):
            return value
    return value


def _check_text(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse (exit 2, before any work) an argument that is not UTF-8 text."""
    for name, value in vars(args).items():
        if not name.startswith("_"):
            value = _as_utf8(value)
            setattr(args, name, value)
        if not name.startswith("_") and _not_text(value):
            shown = ascii(value if not isinstance(value, Path) else str(value))
            parser.error(translated(QT_TRANSLATE_NOOP(
                "Cli", "%1 %2 holds bytes that are not UTF-8 text; nothing was done. Give it as UTF-8 "
                "(rename a file if needed).").arg(name.replace('_', '-'), shown)))


def _unexpected(exc: BaseException) -> int:
    """Anything the program did not expect: a log file with the traceback, one line on stderr."""
    from desktop_app import crash_log

    log = crash_log.write(type(exc), exc, exc.__traceback__, context="command line")
    _error(crash_log.summary(exc, log, translated))
    return EXIT_FAILURE


def _closed_output() -> int:
    """stdout was closed under us (`csp-desk ranking | head -1`): nothing more can be said there."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):
        pass
    return EXIT_FAILURE


def _main(argv: Sequence[str] | None) -> int:
    given = sys.argv[1:] if argv is None else argv
    set_language(language_of(given))
    args = _window_options(given)
    if args is None:
        if _window_only(given):
            with untranslated():  # a window start never shows the parser's help texts
                parser = build_parser(with_commands=False)
        else:
            parser = build_parser()
        args = parser.parse_args(argv)
        _check_text(parser, args)
        if getattr(args, "_run", None) is not None and args.quit_after_paint:
            parser.error(translated(QT_TRANSLATE_NOOP(
                "Cli", "--quit-after-paint only applies to the window (no command)")))
    if args.workspace is None:
        from desktop_app.paths import WORKSPACE_ENV, default_workspace

        env = os.environ.get(WORKSPACE_ENV, "")
        args.workspace = env.strip() if is_url(env) else default_workspace()
    run = getattr(args, "_run", None)
    return int(run(args) if run is not None else _run_gui(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; every failure ends in a message and an exit status, never a traceback
    (an unexpected one also writes a log file, see crash_log)."""
    _safe_streams()
    try:
        return _main(argv)
    except KeyboardInterrupt:
        _error(translated(QT_TRANSLATE_NOOP("Cli", "interrupted")))
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _closed_output()
    except Exception as exc:
        if not isinstance(exc, _expected_errors()):
            return _unexpected(exc)
        _error(error_message(exc))
        return int(getattr(exc, "status", EXIT_FAILURE))


if __name__ == "__main__":
    sys.exit(main())
