"""Commands that make a vault: `vault create`, and `demo` (synthetic households).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.args import INT64_MAX, PEOPLE_MAX, whole_number
from ui.cli.errors import EXIT_OK
from ui.cli.output import print_lines
from ui.cli.unlocking import Secrets


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Callable[[str], str]) -> None:
    """The vault and demo commands, their help texts in the language of `_`."""
    vault_cmd = sub.add_parser("vault", help=_("create a vault"))
    vault_sub = vault_cmd.add_subparsers(dest="vault_command", required=True, parser_class=parser_class)
    create = vault_sub.add_parser("create", parents=[common, secret], help=_("create a new vault folder"))
    create.add_argument("path", type=Path)

    demo = sub.add_parser("demo", parents=[common, secret], help=_("make a vault of synthetic households"))
    demo.add_argument("path", type=Path)
    demo.add_argument("--people", type=whole_number(1, PEOPLE_MAX), required=True)
    demo.add_argument("--seed", type=whole_number(-INT64_MAX, INT64_MAX), default=1)


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]]:
    return {("vault", "create"): cmd_vault_create, ("demo", None): cmd_demo}


def cmd_vault_create(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault

    vault, recovery = Vault.create(args.path, Secrets(args.passphrase_stdin, _).new())
    vault.close()
    print_lines([
        _("Vault created."),
        _("Recovery key (write it down or print it, and keep it somewhere safe; it is shown only once):"),
        recovery,
    ])
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault
    from storage.demo import populate

    counted: list[int] = []
    # Filled before the new vault is renamed into place: a demo cut off leaves nothing behind.
    passphrase = Secrets(args.passphrase_stdin, _).new()
    vault, recovery = Vault.create(args.path, passphrase, fill=lambda made: counted.append(
        populate(made, args.people, seed=args.seed, today=date.today())))
    vault.close()
    count = counted[0]
    print_lines([_("Demo vault created with {count} synthetic people.").format(count=count), recovery])
    return EXIT_OK
