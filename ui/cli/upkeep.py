"""Commands that keep a vault safe: backup, a new passphrase, the integrity check, restore, repair of a
damaged key file, and export of the raw key.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from content.i18n import translator
from ui.cli.errors import EXIT_DAMAGED, EXIT_OK, EXIT_USAGE, CliError
from ui.cli.output import output_error, print_lines
from ui.cli.unlocking import Secrets, open_vault


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Callable[[str], str]) -> None:
    """The backup, passwd, check, restore, repair and key commands, their help texts in the language of `_`."""
    backup = sub.add_parser("backup", parents=[common, secret], help=_("encrypted backup of a vault"))
    backup.add_argument("path", type=Path)
    backup.add_argument("--out", type=Path)

    passwd = sub.add_parser("passwd", parents=[common, secret], help=_("change the passphrase"))
    passwd.add_argument("path", type=Path)
    passwd.add_argument("--re-encrypt", action="store_true",
                        help=_("also re-encrypt the vault and its backups under a new key, so that old copies "
                             "of the key file and the old passphrase no longer open it; prints a new recovery key"))

    check = sub.add_parser("check", parents=[common, secret], help=_("integrity check"))
    check.add_argument("path", type=Path)

    restore = sub.add_parser("restore", parents=[common, secret],
                             help=_("restore the newest sound backup, or a copy made with backup --out"))
    restore.add_argument("path", type=Path)
    restore.add_argument("--from", dest="copy", type=Path,
                         help=_("a copy made with backup --out (the vault at PATH is made or replaced)"))
    restore.add_argument("--recovery-key", action="store_true", help=_("type the recovery key instead"))

    repair = sub.add_parser("repair", parents=[common, secret],
                            help=_("open a vault whose key file is damaged, using the spare copy in backups/"))
    repair.add_argument("path", type=Path)
    repair.add_argument("--recovery-key", action="store_true", help=_("type the recovery key instead"))

    key = sub.add_parser("key", help=_("the vault's encryption key"))
    key_sub = key.add_subparsers(dest="key_command", required=True, parser_class=parser_class)
    export = key_sub.add_parser("export", parents=[common, secret],
                                help=_("print the raw database key, for opening the vault with a standard SQLCipher 4 "
                                       "tool (see docs/reliability.md)"))
    export.add_argument("path", type=Path)
    export.add_argument("--recovery-key", action="store_true", help=_("type the recovery key instead"))


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]]:
    return {("backup", None): cmd_backup, ("passwd", None): cmd_passwd, ("check", None): cmd_check,
            ("restore", None): cmd_restore, ("repair", None): cmd_repair, ("key", "export"): cmd_key_export}


def cmd_backup(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    with open_vault(args, _) as vault:
        if not args.out:
            made = vault.backup()
            print(_("Encrypted backup written: {name}").format(name=made.name))
            return EXIT_OK
        try:
            vault.export_copy(args.out)
        except OSError as exc:
            raise output_error(exc, _) from None
    print(_("Encrypted copy written: {name}. It opens with the passphrase or the recovery key of today, "
            "with: amparo restore NEW-PATH --from FILE").format(name=args.out.name))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage.rekey import reencrypt

    with open_vault(args, _) as vault:
        new = Secrets(args.passphrase_stdin, _).new()
        if not args.re_encrypt:
            vault.change_passphrase(new)
            print(_("Passphrase changed."))
            return EXIT_OK
        recovery = reencrypt(vault, new)
    print_lines([
        _("Passphrase changed and the vault re-encrypted with a new key. The old passphrase, the old recovery "
          "key and old copies of the key file no longer open it."),
        _("New recovery key (write it down or print it, and keep it somewhere safe; it is shown only once; "
          "the old one no longer works):"),
        recovery,
    ])
    return EXIT_OK


def cmd_check(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from ui.wording.backup_words import backup_line

    with open_vault(args, _, write=False) as vault:
        problems = vault.check()
        backups = vault.backup_health()
    if backups:
        print_lines([_("Backups, newest first:"), *("  " + backup_line(h, args.lang) for h in backups)])
    if problems:
        raise CliError(EXIT_DAMAGED, _("The vault is damaged: {count} problems found. Restore a backup with: "
                                       "amparo restore PATH").format(count=len(problems)))
    print(_("The vault is in good condition."))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault
    from ui.wording.backup_words import when_words

    if args.copy is None and not args.path.is_dir():
        raise CliError(EXIT_USAGE, _("There is no vault at that path."))
    if args.copy is not None and not args.copy.is_file():
        raise CliError(EXIT_USAGE, _("There is no file at the path given with --from."))
    secret = Secrets(args.passphrase_stdin, _).read(_("Recovery key: ") if args.recovery_key else _("Passphrase: "))
    t = translator(args.lang)
    if args.copy is not None:
        vault, kept = Vault.restore_from_copy(args.copy, args.path, secret, recovery=args.recovery_key)
        with vault:
            count = vault.people.count()
        lines = [t.ngettext("The vault was restored from the copy: {count} person.",
                            "The vault was restored from the copy: {count} people.", count).format(count=count)]
    else:
        vault, used, kept = Vault.restore_newest_backup(args.path, secret, recovery=args.recovery_key)
        with vault:
            count = vault.people.count()
        lines = [t.ngettext("The vault was restored from the backup of {when}: {count} person.",
                            "The vault was restored from the backup of {when}: {count} people.", count).format(
            when=when_words(used.made_at, args.lang), count=count)]
    if kept is not None:
        lines.append(_("What it held before was kept in its backups folder as {name}.").format(name=kept.name))
    print_lines(lines)
    return EXIT_OK


def cmd_repair(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault

    prompt = _("Recovery key: ") if args.recovery_key else _("Passphrase: ")
    secret = Secrets(args.passphrase_stdin, _).read(prompt)
    from storage.vault_folder import LOCK_WAIT_SECONDS

    vault, repaired = Vault.repair_key_file(args.path, secret, recovery=args.recovery_key, wait=LOCK_WAIT_SECONDS)
    vault.close()
    if repaired:
        print(_("The key file was damaged and has been put back from its spare copy. The vault opens again."))
    else:
        print(_("The key file is in good condition. Nothing was changed."))
    return EXIT_OK


def cmd_key_export(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault
    from storage.vault_folder import ACCESS_READ, LOCK_WAIT_SECONDS

    prompt = _("Recovery key: ") if args.recovery_key else _("Passphrase: ")
    secret = Secrets(args.passphrase_stdin, _).read(prompt)
    opener = Vault.open_with_recovery_key if args.recovery_key else Vault.open
    with opener(args.path, secret, access=ACCESS_READ, wait=LOCK_WAIT_SECONDS) as vault:
        raw = vault.raw_key()
    sys.stderr.write("amparo: " + _("Warning: this key opens the vault's database without any passphrase. Anyone "
                                    "who sees it, or a copy of it, can read everything in the vault. Do not save "
                                    "it in a file or send it by message.") + "\n")
    # The line a SQLCipher 4 shell takes as it is, right after opening vault.db.
    print(f'PRAGMA key = "{raw}";')
    return EXIT_OK
