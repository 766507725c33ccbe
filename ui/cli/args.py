"""Argument types of the command line, and the one-line message for a value they reject.

What a user types reaches Amparo as-is: bytes that are not UTF-8 (Python keeps them as lone
surrogates), numbers far past what SQLite or a date can hold, a "date" that is none. Each type
here turns such a value into a usage error (exit 2) that names the argument, instead of a failure
deep in storage. The types raise `ArgumentTypeError` with an English message id; `argument_message`
translates it in the user's language. The rejected value is never echoed: it may be personal data.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from content.i18n import N_

# SQLite stores integers in 64 signed bits; larger ids or limits overflow inside the driver.
INT64_MAX = 2**63 - 1
# `deadlines --days`: a century ahead is far beyond any deadline and keeps `today + days` a valid date.
DAYS_MAX = 36_500
# `demo --people`: the benchmarks use 100,000; ten times that still finishes.
PEOPLE_MAX = 1_000_000

NOT_TEXT = N_("it contains bytes that are not UTF-8 text. Retype it, or check the terminal's encoding.")
NOT_DATE = N_("write the date as YYYY-MM-DD, for example 2027-03-02.")
RANGE = N_("use a whole number from {low} to {high}.")
NOT_UTF8_STDIN = N_("the passphrase on standard input is not UTF-8 text. Nothing was changed.")


class _RangeError(argparse.ArgumentTypeError):
    """A number outside its range; keeps the bounds so the message can show them."""

    def __init__(self, low: int, high: int) -> None:
        super().__init__(RANGE)
        self.low = low
        self.high = high


def text(value: str) -> str:
    """Free text (names, places, search words): any Unicode, but only what really is UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(NOT_TEXT) from None
    return value


def iso_date(value: str) -> date:
    """A calendar date written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text(value).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(NOT_DATE) from None


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """A type for integers from `low` to `high` (digits only, an optional sign; nothing else)."""

    def convert(value: str) -> int:
        stripped = value.strip()
        digits = stripped.removeprefix("-").removeprefix("+")
        # int() accepts "1_000" and non-ASCII digits; and more than 20 digits is past any bound here
        # (also keeps int() from working on a megabyte of digits).
        if not (digits.isascii() and digits.isdigit()) or len(digits) > 20:
            raise _RangeError(low, high)
        number = int(stripped)
        if not low <= number <= high:
            raise _RangeError(low, high)
        return number

    convert.__name__ = "whole_number"
    return convert


def _grouped(number: int, lang: str) -> str:
    return f"{number:,}".replace(",", " " if lang == "es" else ",")


def argument_message(error: argparse.ArgumentError, lang: str, gettext: Callable[[str], str]) -> str:
    """"--person: use a whole number from 1 to …" in the chosen language, for a rejected argument."""
    problem = error.message
    if problem == RANGE and isinstance(error.__context__, _RangeError):
        bounds = error.__context__
        problem = gettext(RANGE).format(low=_grouped(bounds.low, lang), high=_grouped(bounds.high, lang))
    elif problem in (NOT_TEXT, NOT_DATE):
        problem = gettext(problem)
    if error.argument_name is None:
        return problem
    return gettext("{argument}: {problem}").format(argument=error.argument_name, problem=problem)
