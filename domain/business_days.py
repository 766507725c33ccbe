"""Counting business days (Monday to Friday), for deadlines the rules state in business days.

Federal holidays are not known here: a date counted this way can only be earlier than the real
deadline, never later, so the reminder texts say that holidays do not count either and to check.
"""

from __future__ import annotations

from datetime import date, timedelta

_SATURDAY = 5


def add_business_days(d: date, n: int) -> date:
    """`d` moved by `n` Monday-to-Friday days (negative: back); `n = 0` is `d` itself.

    A start on a weekend counts from that day: one business day after a Saturday is the Monday.
    Raises OverflowError when the result falls outside the calendar, like `date + timedelta`.
    """
    step = timedelta(days=1 if n >= 0 else -1)
    left = abs(n)
    while left:
        d += step
        if d.weekday() < _SATURDAY:
            left -= 1
    return d


def business_days_bound(n: int) -> int:
    """An upper bound on the calendar days that `n` business days can span (n >= 0)."""
    # Every 5 business days span 7 calendar days; a start on a weekend adds at most 2 more.
    return -(-n * 7 // 5) + 2
