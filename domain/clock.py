"""The injectable clock: rules and screens ask a Clock for "today" instead of reading the system."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current local date and time."""

    def today(self) -> date: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock, in the computer's local time."""

    def today(self) -> date:
        return date.today()

    def now(self) -> datetime:
        return datetime.now()


@dataclass
class FakeClock:
    """A clock for tests and benchmarks that only moves when told to."""

    current: datetime = field(default_factory=lambda: datetime(2026, 11, 22, 9, 0))

    def today(self) -> date:
        return self.current.date()

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)
