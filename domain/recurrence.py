"""Calendar-month arithmetic and the dates of recurring events (check-ins every N weeks or months).

A monthly series keeps the day of its first date and clamps it to the end of shorter months, counted
from the first date each time (Jan 31 → Feb 28/29 → Mar 31), so a short month never shifts the rest of
the series.
"""

from __future__ import annotations

from calendar import isleap
from collections.abc import Iterator
from datetime import date, timedelta

from domain.models import Recurrence, RecurrenceUnit

_MIN_YEAR = date.min.year
_MAX_YEAR = date.max.year
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of `month` (1-12) in `year`."""
    if month == 2 and isleap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def add_months(d: date, months: int) -> date:
    """`d` moved by whole calendar months (negative: back), the day clamped to the target month's end.

    Raises OverflowError when the result falls outside the years `date` can hold, like `date + timedelta`.
    """
    index = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(index, 12)
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise OverflowError("date value out of range")
    month = month0 + 1
    day = d.day
    # Only days past the 28th can fall off the end of a shorter month.
    if day > 28:
        day = min(day, days_in_month(year, month))
    return date(year, month, day)


def occurrences(start: date, recurrence: Recurrence, first: date, last: date) -> Iterator[date]:
    """The dates of the series starting on `start` that fall between `first` and `last` (both included).

    Dates come in order, never before `start` and never after `recurrence.until`. Raises ValueError when
    `recurrence.every` is less than 1.
    """
    if recurrence.every < 1:
        raise ValueError("a recurrence repeats every 1 or more weeks or months")
    low = max(first, start)
    high = last if recurrence.until is None else min(last, recurrence.until)
    if low > high:
        return
    if recurrence.unit is RecurrenceUnit.WEEKS:
        yield from _weekly(start, 7 * recurrence.every, low, high)
    else:
        yield from _monthly(start, recurrence.every, low, high)


def _weekly(start: date, step: int, low: date, high: date) -> Iterator[date]:
    s = start.toordinal()
    # Jump straight to the first occurrence on or after `low` instead of walking from a start years back.
    k = -(-(low.toordinal() - s) // step)
    o = s + k * step
    h = high.toordinal()
    while o <= h:
        yield date.fromordinal(o)
        o += step


def _monthly(start: date, every: int, low: date, high: date) -> Iterator[date]:
    months_apart = (low.year - start.year) * 12 + (low.month - start.month)
    # This k lands in `low`'s month or earlier, so at most a couple of dates are skipped below.
    k = max(0, months_apart // every)
    while True:
        try:
            d = add_months(start, k * every)
        except OverflowError:
            return
        if d > high:
            return
        if d >= low:
            yield d
        k += 1


def date_standing(start: date, recurrence: Recurrence | None, today: date) -> date:
    """The date a series stands at on `today`: its next date from `today` on (within 400 days), or its
    last one once it has ended; a date that does not repeat, or is still ahead, is itself.

    A list of a person's dates shows this one, as Today does: a monthly check-in's first date, weeks
    ago, read as a missed appointment.
    """
    if recurrence is None or start >= today:
        return start
    ahead = next(occurrences(start, recurrence, today, today + timedelta(days=400)), None)
    return ahead or max(occurrences(start, recurrence, start, today), default=start)
