"""Command-line commands that move data out of and into a vault: bundles, calendar files, CSV.

    amparo bundle export PATH (--person ID ... | --to NAME) --out FILE
    amparo bundle import PATH FILE [--yes] [--prefer ours|theirs]
    amparo calendar PATH --person ID ... --out FILE.ics [--no-names] [--no-places] [--days N]
    amparo export PATH --what people|events --out FILE.csv
    amparo import-people PATH FILE.csv|FILE.xlsx [--map COLUMN=FIELD ...] [--yes] [--rejects OUT.csv]

A bundle is encrypted; the transfer code is printed once and never stored. An import shows what it
would do and writes nothing without `--yes`. Calendar and CSV files are not encrypted, and the
command says so each time. Every file is created readable by its owner only.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.errors import EXIT_DAMAGED, EXIT_ERROR, EXIT_OK, EXIT_TOO_NEW, EXIT_USAGE, EXIT_WRONG, CliError
from ui.cli.output import print_lines
from ui.cli.unlocking import open_vault

Gettext = Callable[[str], str]


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Gettext) -> None:
    """The bundle, calendar, export and import commands, their help texts in the language of `_`."""
    bundle = sub.add_parser("bundle", help=_("move people between vaults in an encrypted file"))
    bundle_sub = bundle.add_subparsers(dest="bundle_command", required=True, parser_class=parser_class)
    export = bundle_sub.add_parser("export", parents=[common, secret], help=_("write chosen people to a bundle"))
    export.add_argument("path", type=Path)
    who = export.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", type=int, nargs="+", help=_("ids of the people to include"))
    who.add_argument("--to", default="", help=_("a destination name: include what changed since the last export there"))
    export.add_argument("--out", type=Path, required=True)
    imp = bundle_sub.add_parser("import", parents=[common, secret], help=_("merge a bundle into a vault"))
    imp.add_argument("path", type=Path)
    imp.add_argument("file", type=Path)
    imp.add_argument("--yes", action="store_true", help=_("apply the merge (without it nothing is written)"))
    imp.add_argument("--prefer", choices=("ours", "theirs"), default="ours",
                     help=_("for rows changed in both vaults (default: keep this vault's)"))
    imp.add_argument("--code-stdin", action="store_true",
                     help=_("read the transfer code from the next line of standard input"))

    calendar = sub.add_parser("calendar", parents=[common, secret], help=_("appointments as an .ics calendar file"))
    calendar.add_argument("path", type=Path)
    calendar.add_argument("--person", type=int, nargs="+", required=True)
    calendar.add_argument("--out", type=Path, required=True)
    calendar.add_argument("--days", type=int, default=365)
    calendar.add_argument("--no-names", action="store_true", help=_("leave people's names out"))
    calendar.add_argument("--no-places", action="store_true", help=_("leave places out"))
    calendar.add_argument("--today", default="", help=argparse.SUPPRESS)

    export_csv = sub.add_parser("export", parents=[common, secret], help=_("people or events to a CSV file"))
    export_csv.add_argument("path", type=Path)
    export_csv.add_argument("--what", choices=("people", "events"), required=True)
    export_csv.add_argument("--out", type=Path, required=True)
    _add_import_people(sub, common, secret, _)


def _add_import_people(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                       _: Gettext) -> None:
    imp = sub.add_parser("import-people", parents=[common, secret],
                         help=_("people from a spreadsheet (.csv or .xlsx); nothing is written without --yes"))
    imp.add_argument("path", type=Path)
    imp.add_argument("file", type=Path)
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                     help=_("read FIELD from COLUMN (its header, or its number from 1)"))
    imp.add_argument("--yes", action="store_true", help=_("add the accepted rows (in one step: all or none)"))
    imp.add_argument("--duplicates", choices=("skip", "add"), default="skip",
                     help=_("rows that look like someone already in the vault (default: skip them)"))
    imp.add_argument("--rejects", type=Path, help=_("write the rows that were set aside, with the reason, to a CSV"))


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Gettext], int]]:
    return {
        ("bundle", "export"): cmd_bundle_export,
        ("bundle", "import"): cmd_bundle_import,
        ("calendar", None): cmd_calendar,
        ("export", None): cmd_export,
        ("import-people", None): cmd_import_people,
    }


def _atomic_write(path: Path, data: bytes, _: Gettext) -> None:
    from storage.atomic import atomic_write

    try:
        atomic_write(path, data)
    except OSError:
        raise CliError(EXIT_ERROR, _("Could not write the output file.")) from None


def _bundle_error(exc: Exception, _: Gettext) -> Exception:
    from storage.handoff import BundleTooNew, WrongTransferCode

    if isinstance(exc, WrongTransferCode):
        return CliError(EXIT_WRONG, _("This transfer code does not open the file, or the file was changed after it "
                                      "was made. Check the code; nothing was imported."))
    if isinstance(exc, BundleTooNew):
        return CliError(EXIT_TOO_NEW, _("This file was made by a newer version of Amparo. Update Amparo to import "
                                        "it; nothing was imported."))
    return CliError(EXIT_DAMAGED, _("This file is not an Amparo transfer file, or it is damaged. Nothing was "
                                    "imported."))


def cmd_bundle_export(args: argparse.Namespace, _: Gettext) -> int:
    from storage.handoff import NothingToSend, export_bundle

    with open_vault(args, _) as vault:
        if args.person is not None:
            missing = [pid for pid in args.person if vault.people.get(pid) is None]
            if missing:
                raise CliError(EXIT_USAGE, _("No person with id {id} in this vault.").format(id=missing[0]))
        try:
            data, code, count = export_bundle(vault.db, args.person, peer=args.to)
        except NothingToSend:
            print_lines([_("Nothing changed since the last transfer to {name}. No file was written.").format(
                name=args.to)])
            return EXIT_OK
    _atomic_write(args.out, data, _)
    print_lines([
        _("{count} people written to the transfer file.").format(count=count),
        _("Transfer code (give it to the person who imports the file, not with the file; it is shown only "
          "once):"),
        code,
    ])
    return EXIT_OK


def _read_code(args: argparse.Namespace, _: Gettext) -> str:
    import getpass


    if args.code_stdin:
        line = sys.stdin.readline()
        if not line.strip():
            raise CliError(EXIT_USAGE, _("No transfer code on standard input."))
        return line.strip()
    return getpass.getpass(_("Transfer code: "))


def cmd_bundle_import(args: argparse.Namespace, _: Gettext) -> int:
    from storage import VaultError
    from storage.handoff import apply_plan, plan_import, read_bundle

    try:
        data = args.file.read_bytes()
    except OSError:
        raise CliError(EXIT_ERROR, _("Could not read the transfer file.")) from None
    with open_vault(args, _) as vault:
        code = _read_code(args, _)
        try:
            bundle = read_bundle(data, code)
        except VaultError as exc:
            raise _bundle_error(exc, _) from None
        plan = plan_import(vault.db, bundle.payload)
        people = plan.people_summary()
        lines = [_("In this file: {new} people new, {changed} changed, {conflict} changed in both vaults, "
                   "{same} the same.").format(new=people["new"], changed=people["changed"],
                                               conflict=people["conflict"], same=people["unchanged"])]
        here, there = _("this vault"), _("the file")
        for conflict in plan.conflicts:
            lines.append(_("Changed in both vaults ({table}):").format(table=conflict.table))
            for name in conflict.differing_fields:
                ours = "" if conflict.ours is None else str(conflict.ours.get(name, ""))
                theirs = "" if conflict.theirs is None else str(conflict.theirs.get(name, ""))
                lines.append(f"  {name}: {here} = {ours!r} | {there} = {theirs!r}")
        if not args.yes:
            lines.append(_("Nothing was written. To import, run the same command again with --yes."))
            print_lines(lines)
            return EXIT_OK
        plan.choices = {c.identity: args.prefer for c in plan.conflicts}
        done = apply_plan(vault.db, plan, vault.people.reindex)
    lines.append(_("Imported: {added} records added, {changed} changed, {deleted} deleted.").format(**done))
    print_lines(lines)
    return EXIT_OK


def _unencrypted_warning(_: Gettext) -> None:
    sys.stderr.write("amparo: " + _("Warning: this file is NOT encrypted. Anyone who gets it can read it. "
                                    "Delete it when you no longer need it.") + "\n")


def cmd_calendar(args: argparse.Namespace, _: Gettext) -> int:
    from reports.calendar import CalendarOptions, appointments_ics

    today = date.fromisoformat(args.today) if args.today else date.today()
    if args.days < 0:
        raise CliError(EXIT_USAGE, _("--days must be 0 or more."))
    with open_vault(args, _, write=False) as vault:
        people = {}
        for person_id in args.person:
            person = vault.people.get(person_id)
            if person is None:
                raise CliError(EXIT_USAGE, _("No person with id {id} in this vault.").format(id=person_id))
            people[person_id] = (person, vault.events.for_person(person_id))
    options = CalendarOptions(lang=args.lang, names=not args.no_names, places=not args.no_places,
                              first=today, days=args.days)
    _atomic_write(args.out, appointments_ics(list(people.values()), options), _)
    sys.stderr.write("amparo: " + _("Calendar programs often copy their events to the internet (the cloud). "
                                    "Use --no-names and --no-places to leave names and places out.") + "\n")
    _unencrypted_warning(_)
    return EXIT_OK


PEOPLE_FIELDS = ("id", "given_names", "family_names", "preferred_name", "date_of_birth", "country_of_birth",
                 "languages", "a_number", "phone", "address", "notes")
EVENT_FIELDS = ("id", "person_id", "kind", "date", "time", "place", "done", "notes")


def cmd_export(args: argparse.Namespace, _: Gettext) -> int:

    buffer = io.StringIO()
    with open_vault(args, _, write=False) as vault:
        if args.what == "people":
            fields = PEOPLE_FIELDS
            rows = vault.db.query(f"SELECT {', '.join(fields)} FROM person ORDER BY sort_key, id")  # noqa: S608
        else:
            fields = EVENT_FIELDS
            rows = vault.db.query(f"SELECT {', '.join(fields)} FROM event ORDER BY date, id")  # noqa: S608
    writer = csv.writer(buffer)
    writer.writerow(fields)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    _atomic_write(args.out, buffer.getvalue().encode("utf-8-sig"), _)
    _unencrypted_warning(_)
    return EXIT_OK


def _mapping(headers: list[str], overrides: list[str], _: Gettext) -> dict[int, str]:
    from domain.spreadsheet_import import FIELDS, guess_mapping

    mapping = guess_mapping(headers)
    for item in overrides:
        column, _sep, target = item.partition("=")
        if target not in FIELDS:
            raise CliError(EXIT_USAGE, _("--map: unknown field {field}. Fields: {fields}.").format(
                field=target, fields=", ".join(FIELDS)))
        if column.isdigit() and 1 <= int(column) <= len(headers):
            index = int(column) - 1
        elif column in headers:
            index = headers.index(column)
        else:
            raise CliError(EXIT_USAGE, _("--map: no column {column} in the file.").format(column=column))
        mapping = {i: f for i, f in mapping.items() if f != target and i != index}
        mapping[index] = target
    if "given_names" not in mapping.values() or "family_names" not in mapping.values():
        raise CliError(EXIT_USAGE, _("Say which columns hold the given names and the family names, for example "
                                     "--map Nombre=given_names --map Apellidos=family_names."))
    return mapping


def cmd_import_people(args: argparse.Namespace, _: Gettext) -> int:
    from domain.spreadsheet_import import check_rows, split_duplicates
    from storage.spreadsheet import SpreadsheetError, read_table

    try:
        headers, rows = read_table(args.file)
    except (OSError, SpreadsheetError):
        raise CliError(EXIT_USAGE, _("Could not read the spreadsheet. Save it as .csv or .xlsx and try "
                                     "again.")) from None
    mapping = _mapping(headers, args.map, _)
    lines = [_("Columns read:")]
    lines += [f"  {headers[i] or i + 1} → {field}" for i, field in sorted(mapping.items())]
    ignored = [h for i, h in enumerate(headers) if i not in mapping and h]
    if ignored:
        lines.append(_("Columns not read: {columns}").format(columns=", ".join(ignored)))
    checked = check_rows(rows, mapping, args.lang, date.today())
    with open_vault(args, _) as vault:
        ready, duplicates = split_duplicates(checked.accepted, lambda p: bool(vault.people.duplicates(p)))
        to_add = ready + (duplicates if args.duplicates == "add" else [])
        lines.append(_("{ready} rows ready, {rejected} set aside with problems, {duplicates} look like people "
                       "already in the vault or earlier in the file.").format(
            ready=len(ready), rejected=len(checked.rejected), duplicates=len(duplicates)))
        for line, problems in checked.rejected[:50]:
            lines.append(_("Line {line}: {problems}").format(line=line,
                                                              problems=" ".join(p.render(args.lang) for p in problems)))
        if duplicates:
            lines.append(_("Lines that look like duplicates: {lines}").format(
                lines=", ".join(str(line) for line, _p in duplicates[:50])))
        if args.rejects is not None and checked.rejected:
            _write_rejects(args.rejects, headers, rows, checked.rejected, args.lang, _)
        if not args.yes:
            lines.append(_("Nothing was written. To add the rows that are ready, run the same command again with "
                           "--yes."))
            print_lines(lines)
            return EXIT_OK
        vault.people.add_many([person for _line, person in to_add])
    lines.append(_("{count} people added.").format(count=len(to_add)))
    print_lines(lines)
    return EXIT_OK


def _write_rejects(path: Path, headers: list[str], rows: list[list[str]], rejected: list[tuple[int, Any]],
                   lang: str, _: Gettext) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_("line"), _("problem"), *headers])
    for line, problems in rejected:
        writer.writerow([line, " ".join(p.render(lang) for p in problems), *rows[line - 2]])
    _atomic_write(path, buffer.getvalue().encode("utf-8-sig"), _)
    _unencrypted_warning(_)
