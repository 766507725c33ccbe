"""Passphrases typed at the terminal or read from standard input, and opening a vault with one.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from typing import Any

from ui.cli.args import NOT_UTF8_STDIN
from ui.cli.errors import EXIT_USAGE, CliError


class Secrets:
    """Passphrases from getpass, or successive lines of standard input with --passphrase-stdin."""

    def __init__(self, from_stdin: bool, gettext: Callable[[str], str]) -> None:
        self.from_stdin = from_stdin
        self._ = gettext

    def read(self, prompt: str) -> str:
        if self.from_stdin:
            line = self._stdin_line()
            if not line:
                raise CliError(EXIT_USAGE, self._("No passphrase on standard input."))
            # Only the line ending is removed: spaces are part of a passphrase.
            return line[:-2] if line.endswith("\r\n") else line.removesuffix("\n")
        return getpass.getpass(prompt)

    def _stdin_line(self) -> str:
        """One line of standard input, decoded as strict UTF-8 whatever the locale says."""
        raw = getattr(sys.stdin, "buffer", None)
        if raw is None:  # a text stream handed in by a caller (tests): already decoded
            return str(sys.stdin.readline())
        try:
            return bytes(raw.readline()).decode("utf-8")
        except UnicodeDecodeError:
            # A Latin-1 "contraseña" would otherwise become a different passphrase or a crash.
            raise CliError(EXIT_USAGE, self._("{argument}: {problem}").format(
                argument="--passphrase-stdin", problem=self._(NOT_UTF8_STDIN))) from None

    def new(self) -> str:
        first = self.read(self._("New passphrase: "))
        if not self.from_stdin and first != self.read(self._("Type it again: ")):
            raise CliError(EXIT_USAGE, self._("The two passphrases are different. Nothing was changed."))
        if len(first) < 8:
            raise CliError(EXIT_USAGE, self._("Use a passphrase of at least 8 characters."))
        return first


def open_vault(args: argparse.Namespace, gettext: Callable[[str], str], *, write: bool = True) -> Any:
    """Open for a writing command (waits a few seconds for another writer), or for a reading one
    (read-only, and said so, when the vault's disk or folder cannot be written)."""
    from storage import Vault
    from storage.vault_folder import ACCESS_READ, ACCESS_WRITE, LOCK_WAIT_SECONDS

    secrets = Secrets(args.passphrase_stdin, gettext)
    vault = Vault.open(args.path, secrets.read(gettext("Passphrase: ")),
                       access=ACCESS_WRITE if write else ACCESS_READ, wait=LOCK_WAIT_SECONDS)
    if vault.on_read_only_media:
        sys.stderr.write("amparo: " + gettext("The vault is on a read-only disk or folder: it was opened for "
                                              "reading only.") + "\n")
    return vault
