"""The age of the rights information against a fake clock: when the guides screen must warn."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from content.staleness import (
    DEFAULT_MONTHS,
    MONTH_CHOICES,
    add_months,
    check_staleness,
    parse_months,
    whole_months_between,
)
from domain.clock import FakeClock

REVIEWED = date(2026, 11, 30)


def test_add_months_keeps_the_day_or_takes_the_last_day_of_a_short_month() -> None:
    assert add_months(REVIEWED, 6) == date(2027, 5, 30)
    assert add_months(REVIEWED, 3) == date(2027, 2, 28)
    assert add_months(date(2027, 12, 31), 2) == date(2028, 2, 29)
    assert add_months(date(2026, 1, 15), 24) == date(2028, 1, 15)


def test_whole_months_count_only_completed_months() -> None:
    assert whole_months_between(REVIEWED, date(2027, 5, 29)) == 5
    assert whole_months_between(REVIEWED, date(2027, 5, 30)) == 6
    assert whole_months_between(REVIEWED, date(2027, 6, 30)) == 7
    assert whole_months_between(REVIEWED, date(2026, 1, 1)) == 0


def test_nothing_is_said_until_the_limit_has_passed() -> None:
    clock = FakeClock(datetime(2026, 11, 30, 9, 0))
    assert check_staleness([REVIEWED], clock.today()) is None
    clock.advance(days=181)  # 2027-05-30: exactly six months, not older than six months
    assert clock.today() == date(2027, 5, 30)
    assert check_staleness([REVIEWED], clock.today()) is None
    clock.advance(days=1)
    found = check_staleness([REVIEWED], clock.today())
    assert found is not None
    assert (found.reviewed, found.months_old, found.limit_months) == (REVIEWED, 6, DEFAULT_MONTHS)


def test_seven_months_later_the_oldest_review_date_decides() -> None:
    clock = FakeClock(datetime(2027, 6, 30, 9, 0))
    found = check_staleness([date(2026, 12, 15), REVIEWED, date(2027, 1, 2)], clock.today())
    assert found is not None and found.reviewed == REVIEWED and found.months_old == 7


def test_a_longer_limit_from_settings_keeps_quiet_longer() -> None:
    today = date(2027, 6, 30)
    assert check_staleness([REVIEWED], today, 12) is None
    assert check_staleness([REVIEWED], today, 3) is not None


def test_no_dates_means_nothing_to_warn_about_and_a_zero_limit_is_refused() -> None:
    assert check_staleness([], date(2030, 1, 1)) is None
    with pytest.raises(ValueError):
        check_staleness([REVIEWED], REVIEWED, 0)


@pytest.mark.parametrize(("raw", "expected"), [("12", 12), (3, 3), ("7", DEFAULT_MONTHS),
                                               ("many", DEFAULT_MONTHS), (None, DEFAULT_MONTHS)])
def test_a_stored_limit_is_one_of_the_choices_or_the_default(raw: object, expected: int) -> None:
    assert parse_months(raw) == expected
    assert expected in MONTH_CHOICES
