"""Whether the rights information on this computer is old enough that the law may have moved on.

Amparo is offline, so the only way it can know its guides and card may be out of date is their own
review dates against today's date (from an injected clock). The words shown to the user live in the
interface; this module only answers "how old, and is that too old" so it can be tested with a fake
clock and no Qt.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

DEFAULT_MONTHS = 6
"""After this many months without a review the guides screen says the information may be out of date."""

MONTH_CHOICES: tuple[int, ...] = (3, 6, 12, 24)
"""The choices offered in Settings (laws on immigration changed several times a year in 2025–2026)."""


def add_months(day: date, months: int) -> date:
    """`day` moved `months` calendar months later; the 31st becomes the month's last day when needed."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def whole_months_between(earlier: date, later: date) -> int:
    """How many whole calendar months have passed from `earlier` to `later` (0 if `later` is not after)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if months > 0 and add_months(earlier, months) > later:
        months -= 1
    return max(0, months)


@dataclass(frozen=True, slots=True)
class Staleness:
    """Rights information past its review limit: the oldest review date and how old it is in months."""

    reviewed: date
    months_old: int
    limit_months: int


def check_staleness(reviewed: Iterable[date], today: date, limit_months: int = DEFAULT_MONTHS) -> Staleness | None:
    """The staleness of the oldest of `reviewed`, or None while everything is within `limit_months`.

    The oldest date decides: one guide left unreviewed is enough for the reader to be warned, since
    nothing tells them which guide changed with the law.
    """
    if limit_months < 1:
        raise ValueError(f"the review limit must be at least one month, not {limit_months}")
    dates = list(reviewed)
    if not dates:
        return None
    oldest = min(dates)
    if add_months(oldest, limit_months) >= today:
        return None
    return Staleness(oldest, whole_months_between(oldest, today), limit_months)


def parse_months(raw: object) -> int:
    """A stored limit read back: one of MONTH_CHOICES, else the default (a hand-edited file is not trusted)."""
    try:
        value = int(str(raw))
    except ValueError:
        return DEFAULT_MONTHS
    return value if value in MONTH_CHOICES else DEFAULT_MONTHS
