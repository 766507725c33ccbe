"""The command-line interface (DESIGN §8): the same storage, rules and reports as the app, no Qt.

Exit codes: 0 done; 2 usage or a rejected value; 3 wrong passphrase; 4 damaged vault; 5 vault from a
newer version; 1 anything else. Errors are one line on stderr in the chosen language and never carry
field values or a traceback.

This module parses the arguments and runs one command; the commands live in their groups
(`GROUPS`), each a module with `add_commands` and `commands`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from typing import Any, NoReturn

from content.i18n import translator
from ui.cli import deadlines, handoff, new_vaults, packs, people, printouts, upkeep
from ui.cli.argparse_lang import argparse_language
from ui.cli.args import argument_message
from ui.cli.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError, vault_error
from ui.privacy.no_core_dumps import disable_core_dumps

# Each command group is a module with `add_commands` (its parsers) and `commands` (its handlers), in the
# order `--help` lists them.
GROUPS = (new_vaults, people, deadlines, printouts, upkeep, handoff, packs)


def _version() -> str:
    """The one version number: the installed package's metadata (pyproject.toml's `version`)."""
    try:
        return metadata.version("amparo")
    except metadata.PackageNotFoundError:
        return "0+source"  # a checkout run without being installed


VERSION = _version()


def _default_lang() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    return "en"


class _Parser(argparse.ArgumentParser):
    """argparse with exit code 2 and one short line on errors.

    A value rejected by an argument's type is raised as `ArgumentError` (not `exit_on_error`) so that
    `run` can word it in the chosen language, naming the argument.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("exit_on_error", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        raise CliError(EXIT_USAGE, message)


def build_parser(_: Callable[[str], str]) -> argparse.ArgumentParser:
    """The parser, its help texts in the language of `_`."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("en", "es"), default=_default_lang(), help=_("language of messages"))
    secret = argparse.ArgumentParser(add_help=False)
    secret.add_argument("--passphrase-stdin", action="store_true",
                        help=_("read the passphrase from one line of standard input"))

    parser = _Parser(prog="amparo", description=_("Amparo: encrypted case and deadline keeper."))
    parser.add_argument("--version", action="store_true", help=_("print the version and exit"))
    # Also before the command ("amparo --lang es --help"); `run` reads the last --lang wherever it is.
    parser.add_argument("--lang", choices=("en", "es"), default=argparse.SUPPRESS, help=_("language of messages"))
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    for group in GROUPS:
        group.add_commands(sub, common, secret, _Parser, _)
    return parser


def _command(key: tuple[str, str | None]) -> Callable[[argparse.Namespace, Callable[[str], str]], int]:
    return next(found for group in GROUPS if (found := group.commands().get(key)) is not None)


def _lang_in(argv: Sequence[str]) -> str:
    """The --lang asked for, found before parsing so that usage errors are in that language too."""
    found = _default_lang()
    for i, arg in enumerate(argv):  # the last one counts, as for argparse
        if arg.startswith("--lang="):
            found = "es" if arg.endswith("=es") else "en"
        elif arg == "--lang" and i + 1 < len(argv):
            found = "es" if argv[i + 1] == "es" else "en"
    return found


def run(argv: Sequence[str]) -> int:
    """Run one command; returns the exit code."""
    # First, before any passphrase or vault row is in memory (DESIGN §3).
    disable_core_dumps()
    _ = translator(_lang_in(argv)).gettext
    try:
        with argparse_language(_lang_in(argv)):
            args = build_parser(_).parse_args(list(argv))
        # Given before the command, --lang would be overwritten by the command's own default.
        args.lang = _lang_in(argv)
        _ = translator(args.lang).gettext
        if args.version:
            print(f"amparo {VERSION}")
            return EXIT_OK
        if args.command is None:
            raise CliError(EXIT_USAGE, _("Name a command, or run without arguments to open the app."))
        sub = getattr(args, f"{args.command}_command", None)
        packs.use_imported_content()  # guides and the card read a rights pack imported on this computer
        return _command((args.command, sub))(args, _)
    except CliError as exc:
        sys.stderr.write(f"amparo: {exc.message}\n")
        return exc.code
    except argparse.ArgumentError as exc:
        message = argument_message(exc, _lang_in(argv), _)
        sys.stderr.write(f"amparo: {message}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        sys.stderr.write("amparo: " + _("Stopped.") + "\n")
        return EXIT_ERROR
    except Exception as exc:
        from content.active import ContentUnverified
        from content.rule_loader import ContentFileError
        from storage import VaultError
        from storage.errors import disk_error

        exc = disk_error(exc) or exc  # a full or read-only disk met outside the vault's own checks
        if isinstance(exc, VaultError):
            error = vault_error(exc, _)
        elif isinstance(exc, ContentUnverified):
            from ui.cli.pack_import import unverified_message

            error = CliError(EXIT_ERROR, unverified_message(_))
        elif isinstance(exc, ContentFileError):  # its text names a content file and key, never vault data
            error = CliError(EXIT_ERROR, _(
                "Amparo's deadline rules could not be read ({problem}). Nothing was changed. Installing "
                "Amparo again puts the original files back.").format(problem=exc))
        else:
            # Only the type is reported: an exception's text may quote personal data.
            error = CliError(EXIT_ERROR, _("Unexpected error ({kind}). Nothing else was changed.").format(
                kind=type(exc).__name__))
        sys.stderr.write(f"amparo: {error.message}\n")
        return error.code
