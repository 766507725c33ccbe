"""The shapes of the deadline rules: steps, rules, units, and the facts about a person they use.

Kept apart from the rule table (`domain.rule_table`) and the engine (`domain.rules`) so the table can be
read and reviewed on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from domain.models import EventKind
from domain.recurrence import add_months
from domain.text import Text

FACTS_CHECKED = date(2026, 11, 22)
CONFIDENCES = frozenset({"H", "M", "C"})



class Unit(StrEnum):
    """What a rule's step offsets count: calendar days, or calendar months (day clamped to month end)."""

    DAYS = "days"
    MONTHS = "months"


class Applies(StrEnum):
    """Which people a rule is for, from the facts the rules need about a person."""

    EVERYONE = "everyone"
    COURT_CASE = "court_case"
    STAY_OF_REMOVAL = "stay_of_removal"
    NO_STAY_OF_REMOVAL = "no_stay_of_removal"


@dataclass(slots=True)
class PersonFacts:
    """What the rules need to know about a person: the name to show and two facts that change rules."""

    person_id: int
    name: str
    has_court_case: bool = False
    has_stay_of_removal: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """One reminder of a rule, due `offset` days or months after the event date (negative: before)."""

    offset: int
    title: Text
    action: Text


@dataclass(frozen=True, slots=True)
class Rule:
    """A deadline rule: the event kinds it covers, its steps, its late reminder, and where it comes from.

    `steps` are in increasing offset order. `late`, when set, is the overdue reminder shown once its own
    offset has passed (it must not come before the last step); `None` means the rule never goes overdue.
    `checked` is the date the source was last checked; `confidence` is FACTS' mark (H, M or C).
    """

    id: str
    kinds: frozenset[EventKind]
    source: str
    checked: date
    confidence: str
    description: Text
    steps: tuple[Step, ...]
    late: Step | None = None
    unit: Unit = Unit.DAYS
    applies: Applies = Applies.EVERYONE

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError(f"rule {self.id} has no steps")
        offsets = [s.offset for s in self.steps]
        if any(a >= b for a, b in pairwise(offsets)):
            raise ValueError(f"rule {self.id}: steps must be in strictly increasing offset order")
        if self.late is not None and self.late.offset < offsets[-1]:
            raise ValueError(f"rule {self.id}: the late reminder comes before the last step")
        if self.confidence not in CONFIDENCES:
            raise ValueError(f"rule {self.id}: confidence must be H, M or C")

    def applies_to(self, facts: PersonFacts | None) -> bool:
        """Whether the rule is for this person (`None`: an unknown person, with neither fact)."""
        if self.applies is Applies.EVERYONE:
            return True
        court = facts is not None and facts.has_court_case
        stay = facts is not None and facts.has_stay_of_removal
        if self.applies is Applies.COURT_CASE:
            return court
        if self.applies is Applies.STAY_OF_REMOVAL:
            return stay
        return not stay

    def step_dates(self, event_date: date) -> tuple[date, ...]:
        """The due dates of the steps for an event on `event_date`, in order.

        Raises OverflowError when a step falls outside the calendar (only near year 1 or 9999).
        """
        if self.unit is Unit.MONTHS:
            return tuple(add_months(event_date, s.offset) for s in self.steps)
        return tuple(event_date + timedelta(days=s.offset) for s in self.steps)

    def late_date(self, event_date: date) -> date | None:
        """The due date of the overdue reminder for an event on `event_date` (None: never overdue)."""
        if self.late is None:
            return None
        if self.unit is Unit.MONTHS:
            return add_months(event_date, self.late.offset)
        return event_date + timedelta(days=self.late.offset)

    def lead_days(self) -> int:
        """The most days before the event date that this rule's first step can fall due (0 if none)."""
        first = self.steps[0].offset
        if first >= 0:
            return 0
        # 31 days per month is an upper bound: the exact span of N calendar months varies.
        return -first * (31 if self.unit is Unit.MONTHS else 1)

    def lag_days(self) -> int:
        """The most days after the event date that this rule's last step can fall due (0 if none)."""
        last = self.steps[-1].offset
        return max(0, last) * (31 if self.unit is Unit.MONTHS else 1)
