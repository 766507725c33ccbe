"""`amparo pack …`: make, sign, check and import content packs, and go back to the previous one.

    amparo pack keygen --out KEYFILE [--passphrase-stdin]
    amparo pack build DIR --kind resources|rights --id ID --version N --publisher NAME --out FILE
    amparo pack sign FILE --key KEYFILE [--passphrase-stdin]
    amparo pack verify FILE
    amparo pack import FILE [--yes]
    amparo pack restore-previous
    amparo pack status
    amparo pack remove-publisher ID

No vault is needed. An import shows the publisher, the key fingerprint, the version, the date and
what would change, in the chosen language, and writes nothing until the person says yes (`--yes`, or
"yes" typed at a terminal); without a terminal and without `--yes` it is refused with exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from content.packs.errors import PackRefused
from ui.cli.errors import EXIT_ERROR, EXIT_OK, EXIT_USAGE, CliError

Gettext = Callable[[str], str]
_YES = ("yes", "y", "sí", "si", "s")


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Gettext) -> None:
    """The `pack` commands, their help texts in the language of `_`."""
    pack = sub.add_parser("pack", help=_("signed packs of rights information and local resources"))
    pack_sub = pack.add_subparsers(dest="pack_command", required=True, parser_class=parser_class)
    keygen = pack_sub.add_parser("keygen", parents=[common], help=_("make a publisher's signing key"))
    keygen.add_argument("--out", type=Path, required=True)
    keygen.add_argument("--passphrase-stdin", action="store_true",
                        help=_("encrypt the key with a passphrase read from one line of standard input"))
    build = pack_sub.add_parser("build", parents=[common], help=_("make an unsigned pack from a folder of data files"))
    build.add_argument("folder", type=Path)
    build.add_argument("--kind", choices=("resources", "rights"), required=True)
    build.add_argument("--id", required=True)
    build.add_argument("--version", type=int, required=True, dest="pack_version")
    build.add_argument("--publisher", required=True)
    build.add_argument("--languages", default="es,en", help=_("languages of the pack, e.g. es,en"))
    build.add_argument("--out", type=Path, required=True)
    sign = pack_sub.add_parser("sign", parents=[common], help=_("sign a pack with a publisher's key"))
    sign.add_argument("file", type=Path)
    sign.add_argument("--key", type=Path, required=True)
    sign.add_argument("--passphrase-stdin", action="store_true",
                      help=_("read the key's passphrase from one line of standard input"))
    verify = pack_sub.add_parser("verify", parents=[common], help=_("check a pack without importing it"))
    verify.add_argument("file", type=Path)
    imp = pack_sub.add_parser("import", parents=[common], help=_("check a pack, show what it changes, and apply it"))
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help=_("apply without asking"))
    pack_sub.add_parser("restore-previous", parents=[common],
                        help=_("go back to the rights information in use before the last import"))
    pack_sub.add_parser("status", parents=[common], help=_("which rights information and local packs are in use"))
    remove = pack_sub.add_parser("remove-publisher", parents=[common],
                                 help=_("remove a local publisher's pack and its resources"))
    remove.add_argument("id")


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Gettext], int]]:
    return {
        ("pack", "keygen"): _refusals(cmd_keygen),
        ("pack", "build"): _refusals(cmd_build),
        ("pack", "sign"): _refusals(cmd_sign),
        ("pack", "verify"): _refusals(cmd_verify),
        ("pack", "import"): _refusals(cmd_import),
        ("pack", "restore-previous"): _refusals(cmd_restore_previous),
        ("pack", "status"): _refusals(cmd_status),
        ("pack", "remove-publisher"): _refusals(cmd_remove_publisher),
    }


def use_imported_content() -> None:
    """Let this command's guides and card read the rights pack imported on this computer, if any."""
    from content.active import configure
    from storage.pack_store import PackStore
    from ui.cli.data_folder import default_data_dir

    # The light modules only: verifying waits until a command shows guides or the card.
    configure(imported=PackStore.in_data_dir(default_data_dir()).rights_folder())


def _refusals(command: Callable[[argparse.Namespace, Gettext], int]) -> Callable[[argparse.Namespace, Gettext], int]:
    def run(args: argparse.Namespace, _: Gettext) -> int:

        try:
            return command(args, _)
        except PackRefused as exc:
            raise CliError(EXIT_USAGE, exc.render(_) + " " + _("Nothing was changed.")) from None
    return run


def _store() -> Any:
    from ui.cli.data_folder import default_data_dir
    from ui.cli.pack_import import store_for

    return store_for(default_data_dir())


def _passphrase(from_stdin: bool, prompt: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    return getpass.getpass(prompt)


def _write_new(path: Path, data: bytes, mode: int, _: Gettext) -> None:

    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except FileExistsError:
        raise CliError(EXIT_USAGE, _("{path} already exists; choose another name. Nothing was changed.").format(
            path=path)) from None
    except OSError:
        raise CliError(EXIT_ERROR, _("Could not write the output file.")) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def cmd_keygen(args: argparse.Namespace, _: Gettext) -> int:
    from content.packs.keys import fingerprint, new_private_key, private_key_pem, public_key_b64

    passphrase = _passphrase(True, "") if args.passphrase_stdin else None
    if args.passphrase_stdin and len(passphrase or "") < 8:
        raise CliError(EXIT_USAGE, _("Use a passphrase of at least 8 characters."))
    key = new_private_key()
    public = public_key_b64(key.public_key())
    _write_new(args.out, private_key_pem(key, passphrase), 0o600, _)
    public_path = args.out.with_name(args.out.name + ".pub")
    _write_new(public_path, (public + "\n").encode("ascii"), 0o644, _)
    print(_("Signing key written to {path} (only you can read it). Keep it on this offline computer; "
            "never send it.").format(path=args.out))
    print(_("Public key: {key}").format(key=public))
    print(_("Fingerprint (give it to families in person): {fingerprint}").format(fingerprint=fingerprint(public)))
    return EXIT_OK


def cmd_build(args: argparse.Namespace, _: Gettext) -> int:
    from content.packs.archive import write_pack_bytes
    from content.packs.build import gather_folder, unsigned_parts

    if not args.folder.is_dir():
        raise CliError(EXIT_USAGE, _("There is no folder at that path."))
    languages = tuple(x.strip() for x in args.languages.split(",") if x.strip())
    parts = unsigned_parts(gather_folder(args.folder), pack_id=args.id, kind=args.kind, version=args.pack_version,
                           day=date.today(), languages=languages, publisher=args.publisher)
    _write_new(args.out, write_pack_bytes(parts), 0o644, _)
    done = _("Unsigned pack written to {path} (data files: {count}). "
             "Sign it with: amparo pack sign {path} --key KEYFILE")
    print(done.format(path=args.out, count=len(parts.files)))
    return EXIT_OK


def cmd_sign(args: argparse.Namespace, _: Gettext) -> int:
    from content.packs.archive import write_pack_bytes
    from content.packs.build import read_unsigned, signed_parts
    from content.packs.keys import fingerprint, is_encrypted_pem, load_private_key, public_key_b64
    from content.packs.trust import project_keys
    from content.packs.verify import verify_parts
    from storage.atomic import atomic_write
    from ui.cli.pack_import import read_pack_file

    try:
        pem = args.key.read_bytes()
    except OSError:
        raise CliError(EXIT_USAGE, _("The key file cannot be read.")) from None
    passphrase = _passphrase(args.passphrase_stdin, _("Key passphrase: ")) if is_encrypted_pem(pem) else None
    key = load_private_key(pem, passphrase)
    parts = signed_parts(read_unsigned(read_pack_file(args.file)), key)
    public = public_key_b64(key.public_key())
    verify_parts(parts, project_keys() | {public})
    atomic_write(args.file, write_pack_bytes(parts))
    os.chmod(args.file, 0o644)  # a pack is meant to be handed out
    print(_("Pack signed. Fingerprint of the signing key: {fingerprint}").format(fingerprint=fingerprint(public)))
    return EXIT_OK


def _describe(pack: Any, _: Gettext, lang: str) -> list[str]:
    from babel.dates import format_date

    manifest = pack.manifest
    kind = _("rights information (guides, card, rules)") if manifest.kind == "rights" else _("local resources")
    return [
        _("Pack: {id} — {kind}").format(id=manifest.id, kind=kind),
        _("Publisher: {name}").format(name=manifest.publisher),
        _("Key fingerprint: {fingerprint}").format(fingerprint=pack.fingerprint),
        _("Version: {version}").format(version=manifest.version),
        _("Date: {date}").format(date=format_date(manifest.date, format="long",
                                                   locale="es_US" if lang == "es" else "en_US")),
    ]


def cmd_verify(args: argparse.Namespace, _: Gettext) -> int:
    from content.packs.trust import project_keys
    from content.packs.verify import verify_pack_bytes
    from ui.cli.pack_import import read_pack_file

    pack = verify_pack_bytes(read_pack_file(args.file), project_keys())
    print("\n".join(_describe(pack, _, args.lang)))
    if pack.manifest.kind == "resources":
        print(_("This pack is signed by a local publisher, not by the Amparo project. Trust it only if the "
                "fingerprint matches the one the publisher gave you in person."))
    print(_("The pack is intact and its signature is good."))
    return EXIT_OK


def cmd_import(args: argparse.Namespace, _: Gettext) -> int:
    from ui.cli.pack_import import apply_import, plan_import, read_pack_file

    store = _store()
    plan = plan_import(read_pack_file(args.file), store)
    lines = _describe(plan.pack, _, args.lang)
    if plan.is_local:
        lines.append(_("This pack is signed by a local publisher, not by the Amparo project. Import it only if "
                       "the fingerprint above matches the one the publisher gave you in person. It can add "
                       "resources to your directory; it cannot change guides, the card or rules."))
    lines.append(_("What changes:"))
    lines += ["  • " + c.words(_) for c in plan.changes] or ["  " + _("Nothing: the files are the same.")]
    print("\n".join(lines))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(EXIT_USAGE, _("Nothing was imported. To apply this pack, run the command again with --yes."))
        answer = input(_("Apply this pack? Type yes to apply: ")).strip().lower()
        if answer not in _YES:
            print(_("Nothing was imported."))
            return EXIT_OK
    apply_import(plan, store)
    print(_("The pack was imported."))
    return EXIT_OK


def cmd_restore_previous(args: argparse.Namespace, _: Gettext) -> int:
    from ui.cli.pack_import import restore_previous

    if not restore_previous(_store()):
        raise CliError(EXIT_USAGE, _("No imported rights information is in use: Amparo already shows its own."))
    print(_("The previous rights information is back in use."))
    return EXIT_OK


def cmd_status(args: argparse.Namespace, _: Gettext) -> int:
    from content import active
    from ui.cli.pack_import import activate, publishers, unverified_message

    store = _store()
    activate(store)
    problem = active.builtin_problem()
    if problem is not None:
        print(unverified_message(_) + " (" + problem.render(_) + ")")
    try:
        current = active.active_content()
    except active.ContentUnverified:
        pass
    else:
        where = _("imported") if current.imported else _("built into Amparo")
        print(_("Rights information in use: version {version} of {date} ({where}).").format(
            version=current.manifest.version, date=current.manifest.date.isoformat(), where=where))
    found = publishers(store)
    if not found:
        print(_("No local resources packs are imported."))
    for publisher in found:
        print(_("Local resources from {name} ({id}, version {version}). Entries: {count}. Fingerprint: {fingerprint}")
              .format(name=publisher.name, id=publisher.pack_id, version=publisher.version,
                      count=len(publisher.resources), fingerprint=publisher.fingerprint))
    return EXIT_OK


def cmd_remove_publisher(args: argparse.Namespace, _: Gettext) -> int:
    from ui.cli.pack_import import remove_publisher

    if not remove_publisher(_store(), args.id):
        raise CliError(EXIT_USAGE, _("No local pack with that id is imported."))
    print(_("The publisher's pack and its resources were removed."))
    return EXIT_OK
