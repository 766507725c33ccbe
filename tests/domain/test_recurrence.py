"""Tests for calendar-month arithmetic and recurring-event occurrences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.models import Recurrence, RecurrenceUnit
from domain.recurrence import add_months, days_in_month, occurrences

WEEKS = RecurrenceUnit.WEEKS
MONTHS = RecurrenceUnit.MONTHS


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2027, 1, 31), 1, date(2027, 2, 28)),  # non-leap February
        (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap February
        (date(2027, 3, 31), -1, date(2027, 2, 28)),
        (date(2027, 8, 31), -6, date(2027, 2, 28)),
        (date(2028, 8, 31), -6, date(2028, 2, 29)),
        (date(2028, 2, 29), 12, date(2029, 2, 28)),
        (date(2028, 2, 29), -12, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),  # year boundary forward
        (date(2027, 1, 15), -1, date(2026, 12, 15)),  # year boundary backward
        (date(2027, 5, 15), -6, date(2026, 11, 15)),
        (date(2027, 3, 31), -6, date(2026, 9, 30)),
        (date(2026, 10, 31), 0, date(2026, 10, 31)),
        (date(2026, 7, 30), 7, date(2027, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_add_months_outside_the_calendar_raises_overflow() -> None:
    with pytest.raises(OverflowError):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(OverflowError):
        add_months(date(1, 1, 31), -1)
    assert add_months(date(9999, 11, 30), 1) == date(9999, 12, 30)
    assert add_months(date(1, 2, 28), -1) == date(1, 1, 28)


def test_days_in_month() -> None:
    assert [days_in_month(2028, m) for m in range(1, 13)] == [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    assert days_in_month(2027, 2) == 28
    assert days_in_month(2100, 2) == 28  # century, not leap
    assert days_in_month(2000, 2) == 29  # 400-year rule


def test_weekly() -> None:
    got = list(occurrences(date(2026, 1, 5), Recurrence(1, WEEKS), date(2026, 1, 1), date(2026, 1, 31)))
    assert got == [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19), date(2026, 1, 26)]


def test_every_two_weeks_window_in_the_middle_of_the_series() -> None:
    got = list(occurrences(date(2026, 11, 2), Recurrence(2, WEEKS), date(2026, 11, 22), date(2026, 12, 31)))
    assert got == [date(2026, 11, 30), date(2026, 12, 14), date(2026, 12, 28)]


def test_window_edges_are_included() -> None:
    got = list(occurrences(date(2026, 11, 2), Recurrence(1, WEEKS), date(2026, 11, 9), date(2026, 11, 16)))
    assert got == [date(2026, 11, 9), date(2026, 11, 16)]


def test_monthly_from_the_31st_keeps_the_day() -> None:
    got = list(occurrences(date(2028, 1, 31), Recurrence(1, MONTHS), date(2028, 1, 1), date(2028, 7, 1)))
    assert got == [
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
        date(2028, 4, 30),
        date(2028, 5, 31),
        date(2028, 6, 30),
    ]
    non_leap = list(occurrences(date(2027, 1, 31), Recurrence(1, MONTHS), date(2027, 2, 1), date(2027, 3, 31)))
    assert non_leap == [date(2027, 2, 28), date(2027, 3, 31)]


def test_quarterly_across_a_year_boundary() -> None:
    got = list(occurrences(date(2026, 11, 30), Recurrence(3, MONTHS), date(2026, 12, 1), date(2027, 12, 31)))
    assert got == [date(2027, 2, 28), date(2027, 5, 30), date(2027, 8, 30), date(2027, 11, 30)]


def test_until_is_respected_and_included() -> None:
    rec = Recurrence(1, WEEKS, until=date(2026, 11, 16))
    got = list(occurrences(date(2026, 11, 2), rec, date(2026, 1, 1), date(2027, 12, 31)))
    assert got == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]
    monthly = Recurrence(1, MONTHS, until=date(2027, 3, 30))
    got = list(occurrences(date(2027, 1, 31), monthly, date(2027, 1, 1), date(2027, 12, 31)))
    assert got == [date(2027, 1, 31), date(2027, 2, 28)]


def test_no_occurrence_before_the_series_start() -> None:
    got = list(occurrences(date(2026, 11, 25), Recurrence(1, WEEKS), date(2026, 1, 1), date(2026, 12, 5)))
    assert got == [date(2026, 11, 25), date(2026, 12, 2)]
    got = list(occurrences(date(2026, 11, 25), Recurrence(1, MONTHS), date(2020, 1, 1), date(2027, 1, 1)))
    assert got == [date(2026, 11, 25), date(2026, 12, 25)]


def test_empty_window_and_window_after_until() -> None:
    rec = Recurrence(1, MONTHS, until=date(2026, 6, 1))
    assert list(occurrences(date(2026, 1, 1), rec, date(2026, 7, 1), date(2026, 12, 31))) == []
    assert list(occurrences(date(2026, 1, 1), Recurrence(1, WEEKS), date(2026, 3, 1), date(2026, 2, 1))) == []


def test_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="every 1 or more"):
        list(occurrences(date(2026, 1, 1), Recurrence(0, WEEKS), date(2026, 1, 1), date(2026, 2, 1)))


def test_series_stops_at_the_end_of_the_calendar() -> None:
    got = list(occurrences(date(9999, 10, 31), Recurrence(1, MONTHS), date(9999, 1, 1), date.max))
    assert got == [date(9999, 10, 31), date(9999, 11, 30), date(9999, 12, 31)]
    got = list(occurrences(date(9999, 12, 20), Recurrence(1, WEEKS), date(9999, 12, 1), date.max))
    assert got == [date(9999, 12, 20), date(9999, 12, 27)]


def _naive(start: date, rec: Recurrence, first: date, last: date) -> list[date]:
    """Walk the series from its start, one occurrence at a time (the slow, obvious way)."""
    out: list[date] = []
    k = 0
    while True:
        d = start + timedelta(weeks=rec.every * k) if rec.unit is WEEKS else add_months(start, rec.every * k)
        if d > last or (rec.until is not None and d > rec.until):
            return out
        if d >= first:
            out.append(d)
        k += 1


_dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@settings(deadline=None)
@given(
    start=_dates,
    every=st.integers(min_value=1, max_value=13),
    unit=st.sampled_from(list(RecurrenceUnit)),
    until=st.none() | _dates,
    first=_dates,
    span=st.integers(min_value=0, max_value=800),
)
def test_occurrences_match_walking_the_series(
    start: date, every: int, unit: RecurrenceUnit, until: date | None, first: date, span: int
) -> None:
    rec = Recurrence(every, unit, until)
    last = first + timedelta(days=span)
    got = list(occurrences(start, rec, first, last))
    assert got == _naive(start, rec, first, last)
    assert all(max(first, start) <= d <= last for d in got)
    assert got == sorted(set(got))
    if unit is MONTHS:
        assert all(d.day == min(start.day, days_in_month(d.year, d.month)) for d in got)


def test_the_date_a_series_stands_at() -> None:
    from domain.recurrence import date_standing

    monthly = Recurrence(1, RecurrenceUnit.MONTHS)
    today = date(2026, 11, 30)
    assert date_standing(date(2026, 11, 12), monthly, today) == date(2026, 12, 12)  # the next one, not the first
    assert date_standing(date(2026, 11, 30), monthly, today) == date(2026, 11, 30)  # today's is today's
    ended = Recurrence(1, RecurrenceUnit.MONTHS, until=date(2026, 11, 20))
    assert date_standing(date(2026, 8, 15), ended, today) == date(2026, 11, 15)  # its last one
    assert date_standing(date(2026, 8, 15), None, today) == date(2026, 8, 15)
    assert date_standing(date(2027, 1, 5), monthly, today) == date(2027, 1, 5)
