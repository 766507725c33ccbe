"""Commands that make a PDF: a person's case summary, and the wallet rights card (no vault needed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ui.cli.args import INT64_MAX, whole_number
from ui.cli.errors import EXIT_OK, EXIT_USAGE, CliError
from ui.cli.output import write_out
from ui.cli.unlocking import open_vault


def add_commands(sub: Any, common: argparse.ArgumentParser, secret: argparse.ArgumentParser,
                 parser_class: type[argparse.ArgumentParser], _: Callable[[str], str]) -> None:
    """The summary and card commands, their help texts in the language of `_`."""
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


def commands() -> dict[tuple[str, str | None], Callable[[argparse.Namespace, Callable[[str], str]], int]]:
    return {("summary", None): cmd_summary, ("card", None): cmd_card}


def cmd_summary(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from reports.summary import SUMMARY_DAYS, SummaryData, case_summary_pdf

    with open_vault(args, _, write=False) as vault:
        person = vault.people.get(args.person)
        if person is None:
            raise CliError(EXIT_USAGE, _("There is no person with that id in this vault."))
        today = date.today()
        reminders = vault.deadlines(today, SUMMARY_DAYS, person_id=args.person)
        data = SummaryData(
            person=person, cases=vault.cases.for_person(args.person), events=vault.events.for_person(args.person),
            reminders=reminders, contacts=vault.contacts.for_person(args.person),
            documents=vault.documents.for_person(args.person), today=today,
        )
    write_out(args.out, case_summary_pdf(data, args.lang, paper=args.paper, include_notes=args.notes), _)
    return EXIT_OK


def cmd_card(args: argparse.Namespace, _: Callable[[str], str]) -> int:
    from reports.card import card_pdf

    write_out(args.out, card_pdf(args.lang, size=args.size, layout=args.layout, paper=args.paper), _)
    return EXIT_OK
