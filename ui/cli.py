"""The command-line interface (DESIGN §8): the same storage, rules and reports as the app, no Qt.

Exit codes: 0 done; 2 usage or a rejected value; 3 wrong passphrase; 4 damaged vault; 5 vault from a
newer version; 1 anything else. Errors are one line on stderr in the chosen language and never carry
field values or a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import errno
import gc
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, NoReturn

from content.i18n import translator
from ui.cli_argparse_lang import argparse_language
from ui.cli_args import (
    DAYS_MAX,
    INT64_MAX,
    NOT_UTF8_STDIN,
    PEOPLE_MAX,
    argument_message,
    iso_date,
    text,
    whole_number,
)
from ui.no_core_dumps import disable_core_dumps


def _version() -> str:
    """The one version number: the installed package's metadata (pyproject.toml's `version`)."""
    try:
        return metadata.version("amparo")
    except metadata.PackageNotFoundError:
        return "0+source"  # a checkout run without being installed


VERSION = _version()
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_WRONG, EXIT_DAMAGED, EXIT_TOO_NEW = 0, 1, 2, 3, 4, 5


class CliError(Exception):
    """An expected failure with its exit code and an already translated one-line message."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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

    vault_cmd = sub.add_parser("vault", help=_("create a vault"))
    vault_sub = vault_cmd.add_subparsers(dest="vault_command", required=True, parser_class=_Parser)
    create = vault_sub.add_parser("create", parents=[common, secret], help=_("create a new vault folder"))
    create.add_argument("path", type=Path)

    demo = sub.add_parser("demo", parents=[common, secret], help=_("make a vault of synthetic households"))
    demo.add_argument("path", type=Path)
    demo.add_argument("--people", type=whole_number(1, PEOPLE_MAX), required=True)
    demo.add_argument("--seed", type=whole_number(-INT64_MAX, INT64_MAX), default=1)

    person = sub.add_parser("person", help=_("people in a vault"))
    person_sub = person.add_subparsers(dest="person_command", required=True, parser_class=_Parser)
    padd = person_sub.add_parser("add", parents=[common, secret], help=_("add a person; prints the new id"))
    padd.add_argument("path", type=Path)
    padd.add_argument("--given", type=text, required=True)
    padd.add_argument("--family", type=text, required=True)
    padd.add_argument("--a-number", type=text, default="")
    padd.add_argument("--dob", type=text, default="")
    padd.add_argument("--country", type=text, default="")
    padd.add_argument("--phone", type=text, default="")

    event = sub.add_parser("event", help=_("dated obligations"))
    event_sub = event.add_subparsers(dest="event_command", required=True, parser_class=_Parser)
    eadd = event_sub.add_parser("add", parents=[common, secret], help=_("add an event; prints the new id"))
    eadd.add_argument("path", type=Path)
    eadd.add_argument("--person", type=whole_number(1, INT64_MAX), required=True)
    eadd.add_argument("--kind", type=text, required=True)
    eadd.add_argument("--date", type=text, required=True)
    eadd.add_argument("--time", type=text, default="")
    eadd.add_argument("--place", type=text, default="")

    search = sub.add_parser("search", parents=[common, secret], help=_("find people"))
    search.add_argument("path", type=Path)
    search.add_argument("text", type=text, metavar="TEXT")
    search.add_argument("--format", choices=("table", "json"), default="table")
    search.add_argument("--limit", type=whole_number(1, INT64_MAX), default=50)

    deadlines = sub.add_parser(
        "deadlines", parents=[common, secret], help=_("what is due"),
        epilog=_("Each line is an appointment itself (item \"appointment\": a check-in, a hearing, an expiry, "
        "due on its own date) or a reminder that prepares for one (item \"reminder\"). csv and json fields: "
        "person_id, person, event_id, kind, event_date, due, days_left, title, action, rule, source, place, "
        "item, event (the kind in words), event_time (HH:MM; null in json and empty in csv when there is "
        "none). Dates are YYYY-MM-DD."),
    )
    deadlines.add_argument("path", type=Path)
    deadlines.add_argument("--days", type=whole_number(0, DAYS_MAX), default=90)
    deadlines.add_argument("--format", choices=("table", "csv", "json"), default="table")
    deadlines.add_argument("--today", type=iso_date, default=None, help=argparse.SUPPRESS)

    summary = sub.add_parser("summary", parents=[common, secret], help=_("case summary PDF of one person"))
    summary.add_argument("path", type=Path)
    summary.add_argument("--person", type=whole_number(1, INT64_MAX), required=True)
    summary.add_argument("--out", type=Path, required=True)
    summary.add_argument("--paper", choices=("letter", "a4"), default="letter")
    summary.add_argument("--notes", action="store_true", help=_("include notes"))

    card = sub.add_parser("card", parents=[common], help=_("wallet rights card sheet PDF (no vault needed)"))
    card.add_argument("--out", type=Path, required=True)
    card.add_argument("--size", choices=("business", "id1"), default="business")
    card.add_argument("--paper", choices=("letter", "a4"), default="letter")
    card.add_argument("--layout", choices=("foldover", "duplex"), default="foldover")

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
    key_sub = key.add_subparsers(dest="key_command", required=True, parser_class=_Parser)
    export = key_sub.add_parser("export", parents=[common, secret],
                                help=_("print the raw database key, for opening the vault with a standard SQLCipher 4 "
                                       "tool (see docs/reliability.md)"))
    export.add_argument("path", type=Path)
    export.add_argument("--recovery-key", action="store_true", help=_("type the recovery key instead"))

    from ui.cli_handoff import add_commands

    add_commands(sub, common, secret, _Parser, _)
    from ui import cli_pack

    cli_pack.add_commands(sub, common, _Parser, _)
    return parser


# --------------------------------------------------------------------------- passphrases

class _Secrets:
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


# --------------------------------------------------------------------------- commands

def _open(args: argparse.Namespace, gettext: Callable[[str], str], *, write: bool = True) -> Any:
    """Open for a writing command (waits a few seconds for another writer), or for a reading one
    (read-only, and said so, when the vault's disk or folder cannot be written)."""
    from storage import Vault
    from storage.vault import ACCESS_READ, ACCESS_WRITE, LOCK_WAIT_SECONDS

    secrets = _Secrets(args.passphrase_stdin, gettext)
    vault = Vault.open(args.path, secrets.read(gettext("Passphrase: ")),
                       access=ACCESS_WRITE if write else ACCESS_READ, wait=LOCK_WAIT_SECONDS)
    if vault.on_read_only_media:
        sys.stderr.write("amparo: " + gettext("The vault is on a read-only disk or folder: it was opened for "
                                              "reading only.") + "\n")
    return vault


def _print_lines(lines: Sequence[str]) -> None:
    sys.stdout.write("".join(line + "\n" for line in lines))


def cmd_vault_create(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault

    vault, recovery = Vault.create(args.path, _Secrets(args.passphrase_stdin, _).new())
    vault.close()
    _print_lines([
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
    passphrase = _Secrets(args.passphrase_stdin, _).new()
    vault, recovery = Vault.create(args.path, passphrase, fill=lambda made: counted.append(
        populate(made, args.people, seed=args.seed, today=date.today())))
    vault.close()
    count = counted[0]
    _print_lines([_("Demo vault created with {count} synthetic people.").format(count=count), recovery])
    return EXIT_OK


def _reject(problems: Sequence[Any], lang: str) -> NoReturn:
    raise CliError(EXIT_USAGE, " ".join(p.render(lang) for p in problems))


def cmd_person_add(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.models import Person
    from domain.validation import Invalid, ValidationError, clean_person, parse_date

    dob = None
    if args.dob:
        parsed = parse_date(args.dob, args.lang, field="date_of_birth")
        if isinstance(parsed, Invalid):
            _reject([parsed], args.lang)
        dob = parsed.value
    person = Person(given_names=args.given, family_names=args.family, a_number=args.a_number,
                    date_of_birth=dob, country_of_birth=args.country, phone=args.phone)
    try:
        person = clean_person(person, today=date.today())
    except ValidationError as exc:
        _reject(exc.problems, args.lang)
    with _open(args, _) as vault:
        print(vault.people.add(person))
    return EXIT_OK


def cmd_event_add(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.models import DERIVED_EVENT_KINDS, Event, EventKind
    from domain.validation import Invalid, parse_date

    # Dates worked out from a birth date (turning 14, the SIJS age limit) are not entered by hand.
    enterable = [k for k in EventKind if k not in DERIVED_EVENT_KINDS]
    if args.kind not in enterable:
        raise CliError(EXIT_USAGE, _("Unknown event kind. Use one of: {kinds}").format(
            kinds=", ".join(k.value for k in enterable)))
    kind = EventKind(args.kind)
    parsed = parse_date(args.date, args.lang)
    if isinstance(parsed, Invalid):
        _reject([parsed], args.lang)
    when = None
    if args.time:
        try:
            from datetime import time

            when = time.fromisoformat(args.time)
        except ValueError:
            raise CliError(EXIT_USAGE, _("Write the time as HH:MM, for example 09:30.")) from None
    with _open(args, _) as vault:
        if vault.people.get(args.person) is None:
            raise CliError(EXIT_USAGE, _("There is no person with that id in this vault."))
        print(vault.events.add(Event(args.person, kind, parsed.value, time=when, place=args.place)))
    return EXIT_OK


def cmd_search(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.validation import format_a_number

    with _open(args, _, write=False) as vault:
        rows = vault.people.search(args.text, limit=args.limit)
    if args.format == "json":
        print(json.dumps([
            {"id": r.id, "name": r.display_name, "given_names": r.given_names, "family_names": r.family_names,
             "a_number": r.a_number, "date_of_birth": r.date_of_birth.isoformat() if r.date_of_birth else None,
             "phone": r.phone}
            for r in rows
        ], ensure_ascii=False, indent=1))
        return EXIT_OK
    table = [[str(r.id), r.display_name, format_a_number(r.a_number) if r.a_number else "",
              r.date_of_birth.isoformat() if r.date_of_birth else "", r.phone] for r in rows]
    _print_table([_("Id"), _("Name"), _("A-number"), _("Born"), _("Phone")], table)
    return EXIT_OK


def _print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


class _Renderer:
    """Renders reminder fields once per distinct value.

    Reminders of one rule step share their Message objects and a person has many reminders, so at
    100,000 people rendering and encoding every field anew would be most of the running time.
    Caches are keyed by object identity: the reminders keep every key object alive meanwhile.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._texts: dict[int, str] = {}
        self._iso: dict[date, str] = {}
        self._events: dict[Any, str] = {}

    def text(self, message: Any) -> str:
        key = id(message)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = message.render(self.lang)
        return found

    def iso(self, day: date) -> str:
        found = self._iso.get(day)
        if found is None:
            found = self._iso[day] = day.isoformat()
        return found

    def event(self, kind: Any) -> str:
        """The name of an event kind in the chosen language ("Cita de control con ICE")."""
        found = self._events.get(kind)
        if found is None:
            from domain.models import EVENT_KIND_LABELS

            found = self._events[kind] = EVENT_KIND_LABELS[kind].get(self.lang)
        return found

    def record(self, r: Any) -> dict[str, Any]:
        return {"person_id": r.person_id, "person": r.person, "event_id": r.event_id, "kind": r.kind.value,
                "event_date": self.iso(r.event_date), "due": self.iso(r.due), "days_left": r.days_left,
                "title": self.text(r.title), "action": self.text(r.action), "rule": r.rule_id,
                "source": self.text(r.source), "place": r.place, "item": r.item.value, "event": self.event(r.kind),
                "event_time": _hhmm(r.event_time)}


def _hhmm(at: Any) -> str | None:
    """A time as "08:30" (24-hour, as stored), or None."""
    return None if at is None else at.strftime("%H:%M")



_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


class _JsonOf(dict[Any, str]):
    """value → its JSON text as UTF-8 bytes carried in a latin-1 str (see `_write_json`), on first use.

    A C-level lookup on every later use.
    """

    def __missing__(self, key: Any) -> str:
        # Most keys are names (100,000 people): one encoder made once goes straight to the C string
        # encoder, where json.dumps(ensure_ascii=False) would build a new encoder per call (0.1 s at
        # that scale).
        text = _ENCODE(key)
        self[key] = text = text.encode().decode("latin-1")
        return text


class _IsoOf(dict[date, str]):
    """date → '"YYYY-MM-DD"', computed on first use (ASCII, so the same in UTF-8 and latin-1)."""

    def __missing__(self, key: date) -> str:
        text = self[key] = f'"{key.isoformat()}"'
        return text


def _utf8_buffer() -> Any:
    """stdout's binary buffer, flushed, when stdout writes UTF-8 (None: write text to stdout)."""
    encoding = getattr(sys.stdout, "encoding", None)
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or not encoding or codecs.lookup(encoding).name != "utf-8":
        return None
    sys.stdout.flush()
    return buffer


def _write_json(found: Sequence[Any], renderer: _Renderer, batch: int = 1000) -> None:
    """The JSON list of DESIGN §8, one object per line, written in batches as UTF-8.

    Each distinct value is encoded once; a line is then a join of encoded pieces. This loop runs once
    per reminder (300,000 lines, 180 MB at clinic scale), so it uses only C-level lookups: messages and
    kinds by identity (their hashes are Python code), names, places and dates by value.

    Every piece is already UTF-8, held in a str with one latin-1 character per byte: Spanish names and
    dashes in titles would otherwise make each line a two-bytes-per-character string to build, join and
    then encode again; this way lines are one byte per character and `encode("latin-1")` yields the
    exact UTF-8 bytes with a plain copy. Small batches keep that copy in the processor's cache.
    """
    texts: dict[int, str] = {}
    # The kind's two fields and the item with them: one piece per kind and item, looked up by identity.
    tails = {
        (id(kind), id(item)): (
            json.dumps(kind.value),
            f'"item": {json.dumps(item.value)}, "event": {_JsonOf()[renderer.event(kind)]}, "event_time": ',
        )
        for kind in type(found[0].kind) for item in type(found[0].item)
    } if found else {}
    times = {None: "null"}
    json_of, iso_of = _JsonOf(), _IsoOf()

    def lines_of(chunk: Sequence[Any]) -> list[str]:
        return [
            f'{{"person_id": {r.person_id}, "person": {json_of[r.person]}, "event_id": {r.event_id}, '
            f'"kind": {kind}, "event_date": {iso_of[r.event_date]}, "due": {iso_of[r.due]}, '
            f'"days_left": {r.days_left}, "title": {texts[id(r.title)]}, "action": {texts[id(r.action)]}, '
            f'"rule": {json_of[r.rule_id]}, "source": {texts[id(r.source)]}, "place": {json_of[r.place]}, '
            f'{tail}{times[r.event_time]}}}'
            for r in chunk
            for kind, tail in (tails[id(r.kind), id(r.item)],)
        ]

    out = _utf8_buffer()
    write: Callable[[bytes], Any] = (
        out.write if out is not None else lambda data: sys.stdout.write(data.decode())
    )
    write(b"[")
    for start in range(0, len(found), batch):
        chunk = found[start : start + batch]
        try:
            lines = lines_of(chunk)
        except KeyError:
            # A message not met yet (a few dozen in all): encode the batch's new ones and build it
            # again. Cheaper than a first pass over every reminder to collect them.
            for r in chunk:
                for message in (r.title, r.action, r.source):
                    if id(message) not in texts:
                        texts[id(message)] = (
                            json.dumps(renderer.text(message), ensure_ascii=False).encode().decode("latin-1")
                        )
                if r.event_time not in times:
                    times[r.event_time] = json.dumps(_hhmm(r.event_time))
            lines = lines_of(chunk)
        write((("\n" if start == 0 else ",\n") + ",\n".join(lines)).encode("latin-1"))
    write(b"\n]\n" if found else b"]\n")
    if out is not None:
        out.flush()


def cmd_deadlines(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    today = args.today or date.today()
    # Hundreds of thousands of reminders stay alive until the end: the collector is kept off while
    # they are made and then told to leave them be (freeze) for the rest of the run. Switching it
    # back on before the freeze would start at once a collection over all of them (0.25 s at
    # 100,000 people), which is what `Vault.deadlines` does when the collector was on.
    collecting = gc.isenabled()
    gc.disable()
    try:
        with _open(args, _, write=False) as vault:
            found = vault.deadlines(today, args.days)
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    renderer = _Renderer(args.lang)
    if args.format == "json":
        _write_json(found, renderer)
        return EXIT_OK
    records = [renderer.record(r) for r in found]
    if args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(records[0]) if records else ["person_id"])
        writer.writeheader()
        writer.writerows(records)
    else:
        _print_table([_("Due"), _("Days"), _("Person"), _("What"), _("Event date"), _("Time"), _("Place")],
                     [[r["due"], str(r["days_left"]), r["person"], r["title"], r["event_date"],
                       r["event_time"] or "", r["place"]] for r in records])
    return EXIT_OK


def _write_out(path: Path, data: bytes, _: Callable[[str], str]) -> None:
    """Write a file the user asked for, readable by the owner only (0600) on a shared computer."""
    from storage.atomic import atomic_write

    try:
        atomic_write(path, data)
    except OSError as exc:
        raise _output_error(exc, _) from None


def _output_error(exc: OSError, _: Callable[[str], str]) -> CliError:
    """What to say when a file the user asked for (--out) could not be written."""
    from storage.errors import DiskFull, disk_error

    if exc.errno in (errno.ENOENT, errno.ENOTDIR, errno.EISDIR):
        return CliError(EXIT_USAGE, _("{argument}: {problem}").format(
            argument="--out", problem=_("there is no folder of that name, or the name is a folder.")))
    if isinstance(disk_error(exc), DiskFull):
        return CliError(EXIT_ERROR, _("Could not write the output file: the disk is full."))
    if exc.errno == errno.EROFS:
        return CliError(EXIT_ERROR, _("Could not write the output file: the disk is read-only."))
    return CliError(EXIT_ERROR, _("Could not write the output file."))


def cmd_summary(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from reports.summary import SummaryData, case_summary_pdf

    with _open(args, _, write=False) as vault:
        person = vault.people.get(args.person)
        if person is None:
            raise CliError(EXIT_USAGE, _("There is no person with that id in this vault."))
        today = date.today()
        reminders = vault.deadlines(today, 90, person_id=args.person)
        data = SummaryData(
            person=person, cases=vault.cases.for_person(args.person), events=vault.events.for_person(args.person),
            reminders=reminders, contacts=vault.contacts.for_person(args.person),
            documents=vault.documents.for_person(args.person), today=today,
        )
    _write_out(args.out, case_summary_pdf(data, args.lang, paper=args.paper, include_notes=args.notes), _)
    return EXIT_OK


def cmd_card(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from reports.card import card_pdf

    _write_out(args.out, card_pdf(args.lang, size=args.size, layout=args.layout, paper=args.paper), _)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    with _open(args, _) as vault:
        if not args.out:
            made = vault.backup()
            print(_("Encrypted backup written: {name}").format(name=made.name))
            return EXIT_OK
        try:
            vault.export_copy(args.out)
        except OSError as exc:
            raise _output_error(exc, _) from None
    print(_("Encrypted copy written: {name}. It opens with the passphrase or the recovery key of today, "
            "with: amparo restore NEW-PATH --from FILE").format(name=args.out.name))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage.rekey import reencrypt

    with _open(args, _) as vault:
        new = _Secrets(args.passphrase_stdin, _).new()
        if not args.re_encrypt:
            vault.change_passphrase(new)
            print(_("Passphrase changed."))
            return EXIT_OK
        recovery = reencrypt(vault, new)
    _print_lines([
        _("Passphrase changed and the vault re-encrypted with a new key. The old passphrase, the old recovery "
          "key and old copies of the key file no longer open it."),
        _("New recovery key (write it down or print it, and keep it somewhere safe; it is shown only once; "
          "the old one no longer works):"),
        recovery,
    ])
    return EXIT_OK


def cmd_check(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from ui.backup_words import backup_line

    with _open(args, _, write=False) as vault:
        problems = vault.check()
        backups = vault.backup_health()
    if backups:
        _print_lines([_("Backups, newest first:"), *("  " + backup_line(h, args.lang) for h in backups)])
    if problems:
        raise CliError(EXIT_DAMAGED, _("The vault is damaged: {count} problems found. Restore a backup with: "
                                       "amparo restore PATH").format(count=len(problems)))
    print(_("The vault is in good condition."))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault
    from ui.backup_words import when_words

    if args.copy is None and not args.path.is_dir():
        raise CliError(EXIT_USAGE, _("There is no vault at that path."))
    if args.copy is not None and not args.copy.is_file():
        raise CliError(EXIT_USAGE, _("There is no file at the path given with --from."))
    secret = _Secrets(args.passphrase_stdin, _).read(_("Recovery key: ") if args.recovery_key else _("Passphrase: "))
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
    _print_lines(lines)
    return EXIT_OK


def cmd_repair(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault

    prompt = _("Recovery key: ") if args.recovery_key else _("Passphrase: ")
    secret = _Secrets(args.passphrase_stdin, _).read(prompt)
    from storage.vault import LOCK_WAIT_SECONDS

    vault, repaired = Vault.repair_key_file(args.path, secret, recovery=args.recovery_key, wait=LOCK_WAIT_SECONDS)
    vault.close()
    if repaired:
        print(_("The key file was damaged and has been put back from its spare copy. The vault opens again."))
    else:
        print(_("The key file is in good condition. Nothing was changed."))
    return EXIT_OK


def cmd_key_export(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from storage import Vault
    from storage.vault import ACCESS_READ, LOCK_WAIT_SECONDS

    prompt = _("Recovery key: ") if args.recovery_key else _("Passphrase: ")
    secret = _Secrets(args.passphrase_stdin, _).read(prompt)
    opener = Vault.open_with_recovery_key if args.recovery_key else Vault.open
    with opener(args.path, secret, access=ACCESS_READ, wait=LOCK_WAIT_SECONDS) as vault:
        raw = vault.raw_key()
    sys.stderr.write("amparo: " + _("Warning: this key opens the vault's database without any passphrase. Anyone "
                                    "who sees it, or a copy of it, can read everything in the vault. Do not save "
                                    "it in a file or send it by message.") + "\n")
    # The line a SQLCipher 4 shell takes as it is, right after opening vault.db.
    print(f'PRAGMA key = "{raw}";')
    return EXIT_OK


_COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]] = {
    ("vault", "create"): cmd_vault_create,
    ("demo", None): cmd_demo,
    ("person", "add"): cmd_person_add,
    ("event", "add"): cmd_event_add,
    ("search", None): cmd_search,
    ("deadlines", None): cmd_deadlines,
    ("summary", None): cmd_summary,
    ("card", None): cmd_card,
    ("backup", None): cmd_backup,
    ("passwd", None): cmd_passwd,
    ("check", None): cmd_check,
    ("repair", None): cmd_repair,
    ("key", "export"): cmd_key_export,
    ("restore", None): cmd_restore,
}


def _command(key: tuple[str, str | None]) -> Callable[[argparse.Namespace, Callable[[str], str]], int]:
    from ui import cli_pack
    from ui.cli_handoff import commands

    cli_pack.use_imported_content()
    return _COMMANDS.get(key) or {**commands(), **cli_pack.commands()}[key]


def _vault_error(exc: Exception, _: Callable[[str], str]) -> CliError:
    from storage import (
        CopyDamaged,
        DiskFull,
        KeyFileDamaged,
        NoSoundBackup,
        NotAVault,
        ReadOnlyMedia,
        VaultBusy,
        VaultDamaged,
        VaultExists,
        VaultTooNew,
        WrongPassphrase,
    )

    if isinstance(exc, NotAVault):
        return CliError(EXIT_USAGE, _("There is no Amparo vault at that path. Check the folder name (a vault "
                                      "folder usually ends in .amparo)."))
    if isinstance(exc, VaultBusy):
        return CliError(EXIT_ERROR, _("The vault is busy: another Amparo window or command is changing it. Close "
                                      "it or wait, then try again. Nothing was changed."))
    if isinstance(exc, ReadOnlyMedia):
        return CliError(EXIT_ERROR, _("The vault is on a read-only disk or folder (for example a write-protected "
                                      "USB stick), so nothing can be saved there. Nothing was changed. To make "
                                      "changes, copy the vault folder to a disk you can write to."))
    if isinstance(exc, DiskFull):
        return CliError(EXIT_ERROR, _("The disk is full. Nothing was changed: the vault is as it was. Free some "
                                      "space and try again."))
    if isinstance(exc, WrongPassphrase):
        return CliError(EXIT_WRONG, _("Wrong passphrase. Nothing was changed. Check Caps Lock and try again."))
    if isinstance(exc, VaultTooNew):
        return CliError(EXIT_TOO_NEW, _("This vault was made by a newer version of Amparo. Update Amparo to open it."))
    if isinstance(exc, VaultExists):
        return CliError(EXIT_USAGE, _("Something already exists at that path. Choose a new folder name."))
    if isinstance(exc, NoSoundBackup):
        return CliError(EXIT_DAMAGED, _("This vault has no backup that passes its checks (or none at all), so "
                                        "none was restored. Nothing was changed."))
    if isinstance(exc, CopyDamaged):
        return CliError(EXIT_DAMAGED, _("This copy is damaged or is not an Amparo copy. Nothing was changed."))
    if isinstance(exc, KeyFileDamaged):
        return CliError(EXIT_DAMAGED, _("The vault's key file is damaged. Nothing was changed. Try: amparo repair "
                                        "PATH (it uses the spare copy kept in the vault's backups folder)."))
    if isinstance(exc, VaultDamaged):
        return CliError(EXIT_DAMAGED, _("The vault is damaged and cannot be opened safely. Nothing was changed. "
                                        "To bring back its newest sound backup: amparo restore PATH"))
    return CliError(EXIT_ERROR, _("The vault could not be opened."))


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
        from storage import VaultError
        from storage.errors import disk_error

        exc = disk_error(exc) or exc  # a full or read-only disk met outside the vault's own checks
        from content.active import ContentUnverified
        from ui.pack_import import unverified_message

        if isinstance(exc, VaultError):
            error = _vault_error(exc, _)
        elif isinstance(exc, ContentUnverified):
            error = CliError(EXIT_ERROR, unverified_message(_))
        else:
            # Only the type is reported: an exception's text may quote personal data.
            error = CliError(EXIT_ERROR, _("Unexpected error ({kind}). Nothing else was changed.").format(
                kind=type(exc).__name__))
        sys.stderr.write(f"amparo: {error.message}\n")
        return error.code
