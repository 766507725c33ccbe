"""Commands that add people and their dated obligations, and find people: `person add`, `event add`,
`search`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from ui.cli.args import INT64_MAX, text, whole_number
from ui.cli.errors import EXIT_OK, EXIT_USAGE, CliError
from ui.cli.output import print_table
from ui.cli.unlocking import open_vault


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Callable[[str], str]) -> None:
    """The person, event and search commands, their help texts in the language of `_`."""
    person = sub.add_parser("person", help=_("people in a vault"))
    person_sub = person.add_subparsers(dest="person_command", required=True, parser_class=parser_class)
    padd = person_sub.add_parser("add", parents=[common, secret], help=_("add a person; prints the new id"))
    padd.add_argument("path", type=Path)
    padd.add_argument("--given", type=text, required=True)
    padd.add_argument("--family", type=text, required=True)
    padd.add_argument("--a-number", type=text, default="")
    padd.add_argument("--dob", type=text, default="")
    padd.add_argument("--country", type=text, default="")
    padd.add_argument("--phone", type=text, default="")

    event = sub.add_parser("event", help=_("dated obligations"))
    event_sub = event.add_subparsers(dest="event_command", required=True, parser_class=parser_class)
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


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]]:
    return {("person", "add"): cmd_person_add, ("event", "add"): cmd_event_add, ("search", None): cmd_search}


def _reject(problems: Sequence[Any], lang: str) -> NoReturn:
    raise CliError(EXIT_USAGE, " ".join(p.render(lang) for p in problems))


def cmd_person_add(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.date_input import parse_date
    from domain.models import Person
    from domain.validation import Invalid, ValidationError, clean_person

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
    with open_vault(args, _) as vault:
        print(vault.people.add(person))
    return EXIT_OK


def cmd_event_add(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.date_input import parse_date
    from domain.models import DERIVED_EVENT_KINDS, Event, EventKind
    from domain.validation import Invalid

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
    with open_vault(args, _) as vault:
        if vault.people.get(args.person) is None:
            raise CliError(EXIT_USAGE, _("There is no person with that id in this vault."))
        print(vault.events.add(Event(args.person, kind, parsed.value, time=when, place=args.place)))
    return EXIT_OK


def cmd_search(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from domain.validation import format_a_number

    with open_vault(args, _, write=False) as vault:
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
    print_table([_("Id"), _("Name"), _("A-number"), _("Born"), _("Phone")], table)
    return EXIT_OK
