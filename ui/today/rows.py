"""Today's table rows made on request: a header row before each non-empty group, then its reminders.

A row object per reminder, built on every change of filter, took a third of a second at a clinic's
100,000 reminders. Reminders sorted by due date fall into the groups in order (overdue, next 7, 30,
90 days), so four boundaries found by bisection describe every row, and a row is made only when the
view asks for it (a screenful at a time).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import compress, count, repeat
from operator import attrgetter, is_
from typing import Generic, TypeVar

from domain.models import Reminder

G = TypeVar("G")


@dataclass(frozen=True, slots=True)
class Row(Generic[G]):
    """One row: a reminder, or (reminder None) the header of `group` with its `count`."""

    group: G
    reminder: Reminder | None = None
    count: int = 0


@dataclass(frozen=True, slots=True)
class _Segment(Generic[G]):
    header_row: int
    group: G
    start: int  # index of the group's first reminder in the whole list
    count: int


class GroupedRows(Generic[G]):
    """The rows of `reminders` (sorted by days left) split at `limits` into `groups`.

    `limits` are the last day of each group but the last (for example -1, 7, 30): a reminder with
    `days_left` ≤ limit belongs to that group or an earlier one.
    """

    def __init__(self, reminders: list[Reminder], groups: list[G], limits: list[int],
                 presorted: bool = False) -> None:
        if presorted:  # the caller vouches for the order: four bisections, nothing per reminder
            days_left = attrgetter("days_left")
            bounds = ([0] + [bisect_right(reminders, limit, key=days_left) for limit in limits]
                      + [len(reminders)])
        else:
            days = [r.days_left for r in reminders]
            if days == sorted(days):
                bounds = [0] + [bisect_right(days, limit) for limit in limits] + [len(days)]
            else:  # not in order: group them stably, as the rows will show them
                rank = [sum(d > limit for limit in limits) for d in days]
                order = sorted(range(len(rank)), key=rank.__getitem__)
                reminders = [reminders[i] for i in order]
                rank = [rank[i] for i in order]
                bounds = [bisect_left(rank, g) for g in range(len(groups))] + [len(rank)]
        self.reminders = reminders
        self._segments: list[_Segment[G]] = []
        row = 0
        for group, start, stop in zip(groups, bounds[:-1], bounds[1:], strict=True):
            if stop > start:
                self._segments.append(_Segment(row, group, start, stop - start))
                row += 1 + stop - start
        self._length = row

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, row: int) -> Row[G]:
        for seg in self._segments:
            if row == seg.header_row:
                return Row(seg.group, None, seg.count)
            if seg.header_row < row <= seg.header_row + seg.count:
                return Row(seg.group, self.reminders[seg.start + row - seg.header_row - 1])
        raise IndexError(row)

    def __iter__(self) -> Iterator[Row[G]]:
        return (self[i] for i in range(self._length))

    def header_rows(self) -> list[int]:
        return [seg.header_row for seg in self._segments]

    def of_group(self, group: G) -> list[Reminder]:
        for seg in self._segments:
            if seg.group == group:
                return self.reminders[seg.start:seg.start + seg.count]
        return []

    def row_of(self, reminder: Reminder) -> int | None:
        """The row showing this very reminder object (found at C speed: no Python call per row)."""
        index = next(compress(count(), map(is_, self.reminders, repeat(reminder))), None)
        return None if index is None else self.row_of_index(index)

    def row_of_index(self, index: int) -> int:
        """The row of the `index`-th reminder (headers come before each group)."""
        for seg in self._segments:
            if index < seg.start + seg.count:
                return seg.header_row + 1 + index - seg.start
        raise IndexError(index)

    def row_where(self, wanted: object) -> int | None:
        """The row of the first reminder for which `wanted(reminder)` is true."""
        for seg in self._segments:
            for i in range(seg.count):
                if wanted(self.reminders[seg.start + i]):  # type: ignore[operator]
                    return seg.header_row + 1 + i
        return None
