"""The deadline engine: turns a table of dated rules (DESIGN §5, FACTS "Deadline rules") into `reminders()`.

The table itself is data: `content/rules.toml` and its words in `content/<lang>/rules.toml`, read and
checked by `content.rule_loader`. The engine holds one table per process: `use_rule_loader(load)`
registers the function that reads it on first use (programs call `content.rule_loader.install_builtin_rules()`
at start), and `use_rule_table(rules)` installs a table at once (a content pack, a test).

Each rule says, for some event kinds, when reminders fall due relative to the event date ("steps"),
what to do at each step, and what to say once its last deadline has passed ("late"). Rules never read
the system clock: `today` is a parameter, and days are whole calendar days.

How steps become reminders (kept deliberately quiet):
- For each event and each rule, only the NEXT step is produced: the earliest step due today or later,
  and only when it is due within the horizon (`today + days`). Steps already passed are superseded by
  the next one, not reported as overdue.
- Once every step has passed and the rule's late date has passed too, one overdue reminder is produced
  (due = the late date, so `days_left` is negative) until the user marks the event done.
- A recurring event (a check-in every N weeks or months) is expanded into occurrences; each occurrence
  gets its next step like a single event, but a past occurrence is never overdue: a series has no
  "done" per occurrence (only marking the whole event done ends it), so an overdue reminder for every
  past check-in would be noise that can never be cleared.
- Rules for appointments and closing dates also have a step on the event date itself: without it the
  day of a hearing or check-in would show nothing (the 1-day step is superseded that morning).
- An event whose recurrence is invalid (every < 1) is treated as a single event on its date.
- A person missing from `people` is treated as having none of the facts (no court case, no stay of
  removal, no DACA, TPS or SIJS case, not known to be a non-citizen), with an empty name.
- Rules counted in business days count Monday to Friday only (domain.business_days).
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta
from itertools import chain
from operator import attrgetter

from domain.models import Event, EventKind, Item, Recurrence, RecurrenceUnit, Reminder
from domain.recurrence import add_months, occurrences
from domain.rule_types import CONFIDENCES, Applies, PersonFacts, Rule, Step, Unit
from domain.text import Message

__all__ = [
    "CONFIDENCES", "Applies", "NoRuleTable", "PersonFacts", "Rule", "Step", "Unit", "birth_date_ranges",
    "max_lead_days", "reminders", "rule_table", "rules_for", "use_rule_loader", "use_rule_table",
]

_MAX_ORDINAL = date.max.toordinal()


# --- Compiled form -------------------------------------------------------------------------------
# `reminders` runs over every event of a clinic's vault, so each rule is turned once into plain tuples:
# offsets for bisect, and ready-made Messages (reminder texts have no placeholders, so one Message per
# step is shared by every reminder).


class _Plan:
    __slots__ = (
        "applies",
        "checked",
        "confidence",
        "late_messages",
        "late_offset",
        "messages",
        "offsets",
        "rule",
        "rule_id",
        "shifted",
        "source",
    )

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.rule_id = rule.id
        self.source = Message(rule.source, ())
        self.checked = rule.checked
        self.confidence = rule.confidence
        self.applies = rule.applies
        # Months and business days have no fixed length: their steps are worked out per event date.
        self.shifted = rule.unit is not Unit.DAYS
        self.offsets = tuple(s.offset for s in rule.steps)
        self.messages = tuple((Message(s.title, ()), Message(s.action, ())) for s in rule.steps)
        late = rule.late
        self.late_offset = None if late is None else late.offset
        # Without a late step (late_offset None) these are never shown.
        self.late_messages = self.messages[-1] if late is None else (Message(late.title, ()), Message(late.action, ()))


def _compile(rules: tuple[Rule, ...]) -> dict[EventKind, tuple[tuple[_Plan, ...], int, int]]:
    by_kind: dict[EventKind, tuple[tuple[_Plan, ...], int, int]] = {}
    for kind in EventKind:
        plans = tuple(_Plan(r) for r in rules if kind in r.kinds)
        if plans:
            lead = max(p.rule.lead_days() for p in plans)
            lag = max(p.rule.lag_days() for p in plans)
            by_kind[kind] = (plans, lead, lag)
    return by_kind


class NoRuleTable(RuntimeError):
    """The engine was asked for reminders before any rule table was given to it (a program bug)."""


_Plans = dict[EventKind, tuple[tuple[_Plan, ...], int, int]]
_table: tuple[Rule, ...] | None = None
_plans: _Plans | None = None
_loader: Callable[[], tuple[Rule, ...]] | None = None


def use_rule_table(rules: Iterable[Rule]) -> None:
    """Make `rules` the table every later call uses (ids must be unique)."""
    global _table, _plans
    table = tuple(rules)
    ids = [r.id for r in table]
    if len(set(ids)) != len(ids):
        raise ValueError("rule ids must be unique")
    _table, _plans = table, _compile(table)


def use_rule_loader(load: Callable[[], tuple[Rule, ...]]) -> None:
    """Read the table with `load` on first use; a table installed before is dropped."""
    global _table, _plans, _loader
    _loader = load
    _table = _plans = None


def rule_table() -> tuple[Rule, ...]:
    """The rules in use, in table order."""
    _ensure()
    assert _table is not None
    return _table


def _ensure() -> _Plans:
    if _plans is None:
        if _loader is None:
            raise NoRuleTable(
                "no deadline rules were loaded: call content.rule_loader.install_builtin_rules() at start"
            )
        use_rule_table(_loader())
    assert _plans is not None
    return _plans


def __getattr__(name: str) -> tuple[Rule, ...]:
    # `RULES` was a constant when the table was Python; it now reads the table in use.
    if name == "RULES":
        return rule_table()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def rules_for(kind: EventKind) -> tuple[Rule, ...]:
    """The rules that apply to events of `kind`, in table order."""
    entry = _ensure().get(kind)
    return () if entry is None else tuple(p.rule for p in entry[0])


def max_lead_days(kind: EventKind) -> int:
    """How many days before an event of `kind` its earliest reminder can fall due.

    Storage may skip a not-done, non-recurring event whose date is after `today + days + max_lead_days`.
    Recurring events (their date is the series start) and past events must always be passed in.
    """
    entry = _ensure().get(kind)
    return 0 if entry is None else entry[1]


def _shifted_ordinal(rule: Rule, d: date, offset: int) -> int:
    if offset == 0:
        return d.toordinal()
    try:
        return rule.shift(d, offset).toordinal()
    except OverflowError:
        # Out of the calendar: before any today when going back, beyond any horizon when going forward.
        return 0 if offset < 0 else _MAX_ORDINAL + 1


def _next_shifted_step(plan: _Plan, anchor: date, t: int, h: int, late_allowed: bool) -> tuple[int, int]:
    """(due ordinal, step index; -1 = late, -2 = nothing) for a rule counted in months or business days."""
    rule = plan.rule
    for i, off in enumerate(plan.offsets):
        due = _shifted_ordinal(rule, anchor, off)
        if due >= t:
            return (due, i) if due <= h else (0, -2)
    late_off = plan.late_offset
    if late_allowed and late_off is not None:
        due = _shifted_ordinal(rule, anchor, late_off)
        if due < t:
            return due, -1
    return 0, -2


# The dates worked out from a date of birth: (kind, age in years, days before that birthday, the fact
# that calls for it). "SIJS before 21": the last day to file is the day before the 21st birthday.
_AGE_EVENTS = (
    (EventKind.TURNS_14, 14, 0, attrgetter("noncitizen")),
    (EventKind.SIJS_AGE_LIMIT, 21, 1, attrgetter("has_sijs_case")),
)


def _age_date(born: date, years: int, days_before: int) -> date:
    """The day someone born on `born` turns `years` old, less `days_before` days.

    A Feb 29 birthday gives Feb 28 in other years rather than Mar 1: a deadline counted from it can
    only come earlier than the law's, never later. Raises OverflowError outside the calendar.
    """
    return add_months(born, 12 * years) - timedelta(days=days_before)


def _derived_events(people: Mapping[int, PersonFacts], today: date, days: int) -> list[Event]:
    """The dates that come from a person's age alone, as unsaved events (id 0, never marked done).

    Registration at 14 is for a known non-citizen; SIJS before 21 for someone with a SIJS case. The
    rules' `applies` check the same facts again, so an event entered by hand behaves the same way.
    Only dates whose reminders can fall in [today, today + days] are made (none is ever overdue).
    """
    derived = []
    plans = _ensure()
    for kind, years, days_before, wanted in _AGE_EVENTS:
        entry = plans.get(kind)
        if entry is None:
            continue  # a table with no rule for this age: nothing to remind
        _, lead, lag = entry
        first = today.toordinal() - lag
        last = today.toordinal() + days + lead
        for pid, facts in people.items():
            born = facts.date_of_birth
            if born is None or not wanted(facts):
                continue
            try:
                when = _age_date(born, years, days_before)
            except OverflowError:
                continue  # a birth date at the very edge of the calendar: no such birthday
            if first <= when.toordinal() <= last:
                derived.append(Event(pid, kind, when, id=0))
    return derived


def birth_date_ranges(today: date, days: int) -> tuple[tuple[date, date], ...]:
    """Ranges of birth dates (inclusive) whose age-based reminders can be due by `today + days`.

    Storage passes people born in these ranges even when they have no event. The ranges are a little
    wider than needed (a day each side for Feb 29); the rules themselves decide what is shown.
    """
    ranges = []
    plans = _ensure()
    for kind, years, days_before, _wanted in _AGE_EVENTS:
        entry = plans.get(kind)
        if entry is None:
            continue
        lead, lag = entry[1], entry[2]
        try:
            first = add_months(today - timedelta(days=lag), -12 * years) - timedelta(days=1)
            last = add_months(today + timedelta(days=days + lead + days_before), -12 * years) + timedelta(days=1)
        except OverflowError:
            continue
        ranges.append((first, last))
    return tuple(ranges)


# Person id, event date and rule id after the documented (due, person, event_id) make the order total.
_BUCKET_ORDER = attrgetter("person", "person_id", "event_id", "event_date", "rule_id")

# What one reminder of an event gets from the rules: everything but the person, event id, kind and
# place. It depends only on the event's kind, date and recurrence and on the person's facts, so it
# is worked out once per distinct combination and shared by every event that has it (a clinic's
# events fall on a few hundred dates). Fields: the due date's bucket, event (occurrence) date, due
# date, days left, rule id, title, action, source, checked, confidence.
_Hit = tuple[list[Reminder], date, date, int, str, Message, Message, Message, date, str]
# The per-kind working set of one `reminders` call: plans in rule-id order, lead and lag days, whether
# any plan depends on the person's facts, and the hits found so far by (date, recurrence, facts).
_KindWork = tuple[tuple[_Plan, ...], int, int, bool, dict[tuple[object, ...], tuple[_Hit, ...]]]


def reminders(
    events: Iterable[Event], people: Mapping[int, PersonFacts], today: date, days: int = 90
) -> list[Reminder]:
    """The reminders due by `today + days`, overdue ones included, sorted by (due, person, event_id).

    Ties are broken by person id after the name (two people may share a name), then by event date
    and rule id, so the order is total.

    Besides `events`, each person in `people` whose date of birth is known gets the reminders that come
    from age alone (registration at 14, SIJS before 21), as unsaved events with event id 0.

    Done events produce nothing. Raises ValueError when `days` is negative.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    # Hundreds of thousands of new reminders would trigger full garbage collections that walk every
    # object the caller holds (all events and people): a third of the run time at clinic scale. Nothing
    # here creates reference cycles, so collection is only postponed to the end.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _reminders(chain(events, _derived_events(people, today, days)), people, today.toordinal(), days)
    finally:
        if gc_was_enabled:
            gc.enable()


def _in_person_order(events: Iterable[Event], people: Mapping[int, PersonFacts]) -> list[Event]:
    """The events not done, sorted by (person name, person id, event id), equal ones kept in order."""
    live = [e for e in events if not e.done]
    names = {}
    for pid in {e.person_id for e in live}:
        facts = people.get(pid)
        names[pid] = "" if facts is None else facts.name
    # Sorting ids, then (stably) names, ranks people by (name, id) without building a tuple per person.
    order = sorted(sorted(names), key=names.__getitem__)
    rank = {pid: i for i, pid in enumerate(order)}
    live.sort(key=lambda e: (rank[e.person_id], e.id or 0))
    return live


def _reminders(events: Iterable[Event], people: Mapping[int, PersonFacts], t: int, days: int) -> list[Reminder]:
    h = min(t + days, _MAX_ORDINAL)
    # Reminders are collected per due date. Events are visited in (person, person id, event id) order
    # and each event's hits come in (occurrence date, rule id) order, so every bucket is filled already
    # sorted and nothing needs sorting at the end (sorting 300,000 reminders on a five-part key took a
    # quarter of the run time). Only events sharing a person and an event id (unsaved ones, id 0)
    # could break that; then the buckets are sorted as before.
    buckets: dict[int, list[Reminder]] = {}
    days_by_ordinal: dict[int, date] = {}
    work: dict[EventKind, _KindWork] = {
        kind: (tuple(sorted(plans, key=attrgetter("rule_id"))), lead, lag,
               any(p.applies is not Applies.EVERYONE for p in plans), {})
        for kind, (plans, lead, lag) in _ensure().items()
    }
    work_get = work.get
    people_get = people.get
    weeks = RecurrenceUnit.WEEKS
    new_reminder = Reminder
    exact = True
    last_person: int | None = None
    last_event: int | None = None
    # Events come grouped by person: the person's facts key is worked out once per person.
    flags_pid: int | None = None
    flags: tuple[bool, ...] | None = None
    for ev in _in_person_order(events, people):
        kind = ev.kind
        kind_work = work_get(kind)
        if kind_work is None:
            continue
        plans, lead, lag, needs_facts, found = kind_work
        pid = ev.person_id
        facts = people_get(pid)
        rec = ev.recurrence
        if needs_facts and pid != flags_pid:
            flags_pid, flags = pid, None if facts is None else facts.flags()
        key = (
            ev.date,
            None if rec is None or rec.every < 1 else (rec.every, rec.unit is weeks, rec.until),
            flags if needs_facts else None,
        )
        hits = found.get(key)
        if hits is None:
            hits = found[key] = _hits(plans, lead, lag, facts, ev.date, rec, t, h, buckets, days_by_ordinal)
        if not hits:
            continue
        eid = ev.id or 0
        if eid == last_event and pid == last_person:
            exact = False
        last_person, last_event = pid, eid
        name = "" if facts is None else facts.name
        place, at, reminder = ev.place, ev.time, Item.REMINDER
        for bucket, anchor, due, left, rule_id, title, action, source, checked, confidence in hits:
            bucket.append(
                new_reminder(
                    pid, name, eid, kind, anchor, due, left, rule_id, title, action, source, checked, place, at,
                    reminder, confidence,
                )
            )
    out: list[Reminder] = []
    for due_ordinal in sorted(buckets):
        bucket = buckets[due_ordinal]
        if not exact and len(bucket) > 1:
            bucket.sort(key=_BUCKET_ORDER)
        out.extend(bucket)
    return out


def _hits(
    plans: tuple[_Plan, ...],
    lead: int,
    lag: int,
    facts: PersonFacts | None,
    event_date: date,
    rec: Recurrence | None,
    t: int,
    h: int,
    buckets: dict[int, list[Reminder]],
    days_by_ordinal: dict[int, date],
) -> tuple[_Hit, ...]:
    """The reminders of one event for rules in `plans`, as hits, in (occurrence date, rule id) order."""
    anchors: Iterable[date]
    if rec is None or rec.every < 1:
        anchors = (event_date,)
        late_allowed = True
    else:
        # Only occurrences that can still have a step due in [today, horizon] are expanded.
        first = date.fromordinal(max(1, t - lag))
        last = date.fromordinal(min(_MAX_ORDINAL, h + lead))
        anchors = occurrences(event_date, rec, first, last)
        late_allowed = False
    hits: list[_Hit] = []
    for anchor in anchors:
        a = anchor.toordinal()
        for plan in plans:
            if plan.applies is not Applies.EVERYONE and not plan.rule.applies_to(facts):
                continue
            if plan.shifted:
                due, i = _next_shifted_step(plan, anchor, t, h, late_allowed)
                if i == -2:
                    continue
                title, action = plan.messages[i] if i >= 0 else plan.late_messages
            else:
                offsets = plan.offsets
                i = bisect_left(offsets, t - a)
                if i < len(offsets):
                    due = a + offsets[i]
                    if due > h:
                        continue
                    title, action = plan.messages[i]
                else:
                    late_off = plan.late_offset
                    if not late_allowed or late_off is None:
                        continue
                    due = a + late_off
                    if due >= t:
                        continue
                    title, action = plan.late_messages
            if due < 1:
                continue  # before year 1: only reachable from dates at the very start of the calendar
            bucket = buckets.setdefault(due, [])
            day = days_by_ordinal.get(due)
            if day is None:
                day = days_by_ordinal[due] = date.fromordinal(due)
            hits.append(
                (bucket, anchor, day, due - t, plan.rule_id, title, action, plan.source, plan.checked, plan.confidence)
            )
    return tuple(hits)
