"""The shapes of the deadline rules: steps, rules, units, and the facts about a person they use.

The rules themselves are data (`content/rules.toml`, read by `content.rule_loader`); the engine that
turns them into reminders is `domain.rules`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise

from domain.business_days import add_business_days, business_days_bound
from domain.models import EventKind
from domain.recurrence import add_months
from domain.text import Text

CONFIDENCES = frozenset({"H", "M", "C"})


class Unit(StrEnum):
    """What a rule's step offsets count: calendar days, or calendar months (day clamped to month end)."""

    DAYS = "days"
    MONTHS = "months"
    BUSINESS_DAYS = "business_days"  # Monday to Friday (see domain.business_days)


class Applies(StrEnum):
    """Which people a rule is for, from the facts the rules need about a person."""

    EVERYONE = "everyone"
    COURT_CASE = "court_case"
    STAY_OF_REMOVAL = "stay_of_removal"
    NO_STAY_OF_REMOVAL = "no_stay_of_removal"
    DACA_CASE = "daca_case"
    TPS_CASE = "tps_case"
    # A work permit of someone with neither a DACA nor a TPS case: the 180-day rule.
    NO_DACA_OR_TPS_CASE = "no_daca_or_tps_case"
    SIJS_CASE = "sijs_case"
    NONCITIZEN = "noncitizen"


@dataclass(slots=True)
class PersonFacts:
    """What the rules need to know about a person: the name to show and the facts that change rules.

    `noncitizen` is True only when the vault shows it (an A-number or an immigration case): a person
    the vault knows nothing about, such as a child born in the U.S., gets no registration reminder.
    `date_of_birth` feeds the reminders that come from age alone (registration at 14, SIJS before 21).
    """

    person_id: int
    name: str
    has_court_case: bool = False
    has_stay_of_removal: bool = False
    has_daca_case: bool = False
    has_tps_case: bool = False
    has_sijs_case: bool = False
    noncitizen: bool = False
    date_of_birth: date | None = None

    def flags(self) -> tuple[bool, ...]:
        """The facts that decide which rules apply, as a key (the name and birth date are not among them)."""
        return (self.has_court_case, self.has_stay_of_removal, self.has_daca_case, self.has_tps_case,
                self.has_sijs_case, self.noncitizen)


@dataclass(frozen=True, slots=True)
class Step:
    """One reminder of a rule, due `offset` days, months or business days after the event date.

    A negative offset is before the event date.
    """

    offset: int
    title: Text
    action: Text


@dataclass(frozen=True, slots=True)
class Rule:
    """A deadline rule: the event kinds it covers, its steps, its late reminder, and where it comes from.

    `steps` are in increasing offset order. `late`, when set, is the overdue reminder shown once its own
    offset has passed (it must not come before the last step); `None` means the rule never goes overdue.
    `source` names where the rule comes from in words a user can read, in both languages; `checked` is
    the date the source was last checked; `confidence` is FACTS' mark (H, M or C), for the app to show
    in words. `deadline`, when set, is the offset of the step that is a hard deadline: a rule with one
    must keep a reminder on Today's 90-day view on each of the 180 days before it (the no-gap property).
    """

    id: str
    kinds: frozenset[EventKind]
    source: Text
    checked: date
    confidence: str
    description: Text
    steps: tuple[Step, ...]
    late: Step | None = None
    unit: Unit = Unit.DAYS
    applies: Applies = Applies.EVERYONE
    deadline: int | None = None

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
        if self.deadline is not None and self.deadline not in offsets:
            raise ValueError(f"rule {self.id}: the deadline must be one of the steps")

    def applies_to(self, facts: PersonFacts | None) -> bool:
        """Whether the rule is for this person (`None`: an unknown person, with none of the facts)."""
        applies = self.applies
        if applies is Applies.EVERYONE:
            return True
        if facts is None:
            return applies in (Applies.NO_STAY_OF_REMOVAL, Applies.NO_DACA_OR_TPS_CASE)
        if applies is Applies.COURT_CASE:
            return facts.has_court_case
        if applies is Applies.STAY_OF_REMOVAL:
            return facts.has_stay_of_removal
        if applies is Applies.NO_STAY_OF_REMOVAL:
            return not facts.has_stay_of_removal
        if applies is Applies.DACA_CASE:
            return facts.has_daca_case
        if applies is Applies.TPS_CASE:
            return facts.has_tps_case and not facts.has_daca_case
        if applies is Applies.NO_DACA_OR_TPS_CASE:
            return not (facts.has_daca_case or facts.has_tps_case)
        if applies is Applies.SIJS_CASE:
            return facts.has_sijs_case
        return facts.noncitizen

    def step_dates(self, event_date: date) -> tuple[date, ...]:
        """The due dates of the steps for an event on `event_date`, in order.

        Raises OverflowError when a step falls outside the calendar (only near year 1 or 9999).
        """
        return tuple(self.shift(event_date, s.offset) for s in self.steps)

    def shift(self, event_date: date, offset: int) -> date:
        """`event_date` moved by `offset` of this rule's unit (OverflowError outside the calendar)."""
        if self.unit is Unit.MONTHS:
            return add_months(event_date, offset)
        if self.unit is Unit.BUSINESS_DAYS:
            return add_business_days(event_date, offset)
        return event_date + timedelta(days=offset)

    def late_date(self, event_date: date) -> date | None:
        """The due date of the overdue reminder for an event on `event_date` (None: never overdue)."""
        if self.late is None:
            return None
        return self.shift(event_date, self.late.offset)

    def deadline_date(self, event_date: date) -> date | None:
        """The hard deadline for an event on `event_date` (None: the rule has none)."""
        return None if self.deadline is None else self.shift(event_date, self.deadline)

    def _span_days(self, offset: int) -> int:
        # 31 days per month is an upper bound: the exact span of N calendar months varies.
        if self.unit is Unit.MONTHS:
            return offset * 31
        if self.unit is Unit.BUSINESS_DAYS:
            return business_days_bound(offset)
        return offset

    def lead_days(self) -> int:
        """The most days before the event date that this rule's first step can fall due (0 if none)."""
        first = self.steps[0].offset
        return 0 if first >= 0 else self._span_days(-first)

    def lag_days(self) -> int:
        """The most days after the event date that this rule's last step can fall due (0 if none)."""
        last = self.steps[-1].offset
        return 0 if last <= 0 else self._span_days(last)
