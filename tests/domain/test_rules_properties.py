"""Property tests of the deadline engine over 1990–2100 (and the calendar's edges), and at clinic scale."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.clinic_events import clinic_events
from domain.models import DERIVED_EVENT_KINDS, Event, EventKind, Recurrence, RecurrenceUnit, Reminder
from domain.recurrence import add_months
from domain.rules import RULES, PersonFacts, Rule, reminders, rules_for

DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))

recurrences = st.none() | st.builds(
    Recurrence,
    every=st.integers(min_value=1, max_value=6),
    unit=st.sampled_from(list(RecurrenceUnit)),
    until=st.none() | DATES,
)


def _events(dates: st.SearchStrategy[date], recurring: bool = True) -> st.SearchStrategy[list[Event]]:
    event = st.builds(
        Event,
        person_id=st.integers(min_value=1, max_value=3),
        kind=st.sampled_from(list(EventKind)),
        date=dates,
        recurrence=recurrences if recurring else st.none(),
        done=st.booleans(),
        id=st.integers(min_value=1, max_value=50),
    )
    return st.lists(event, max_size=8)


PEOPLE = st.fixed_dictionaries(
    {
        i: st.builds(PersonFacts, st.just(i), st.sampled_from(["Ana", "Beto", "Zoila"]), st.booleans(), st.booleans())
        for i in (1, 2, 3)
    }
)


def _order(r: Reminder) -> tuple[date, str, int, int]:
    # Two people may share a name: the person id keeps each one's reminders together.
    return (r.due, r.person, r.person_id, r.event_id)


@settings(max_examples=300, deadline=None)
@given(events=_events(DATES), people=PEOPLE, today=DATES, days=st.integers(min_value=0, max_value=800))
def test_invariants(events: list[Event], people: dict[int, PersonFacts], today: date, days: int) -> None:
    got = reminders(events, people, today, days)
    assert [_order(r) for r in got] == sorted(_order(r) for r in got)
    live_ids = {e.id for e in events if not e.done}
    for r in got:
        assert r.days_left == (r.due - today).days
        assert r.due <= today + timedelta(days=days)
        assert r.event_id in live_ids
        assert r.person == people[r.person_id].name
        for message in (r.title, r.action):
            for lang in ("en", "es"):
                assert message.render(lang).strip()
        assert r.title.render("en") != r.title.render("es")


@settings(deadline=None)
@given(events=_events(DATES), people=PEOPLE, today=DATES, days=st.integers(min_value=0, max_value=800))
def test_done_events_produce_nothing(
    events: list[Event], people: dict[int, PersonFacts], today: date, days: int
) -> None:
    for e in events:
        e.done = True
    assert reminders(events, people, today, days) == []


@given(
    kind=st.sampled_from(list(EventKind)),
    event_date=DATES,
    today=DATES,
    days=st.integers(min_value=0, max_value=800),
    court=st.booleans(),
    stay=st.booleans(),
    flags=st.tuples(st.booleans(), st.booleans(), st.booleans(), st.booleans()),
)
def test_single_event_gets_the_next_step_or_one_overdue(
    kind: EventKind, event_date: date, today: date, days: int, court: bool, stay: bool,
    flags: tuple[bool, bool, bool, bool],
) -> None:
    """An oracle from the rule table: the earliest step on or after today, else the late reminder."""
    daca, tps, sijs, noncitizen = flags
    facts = PersonFacts(1, "Ana", court, stay, daca, tps, sijs, noncitizen)
    event = Event(person_id=1, kind=kind, date=event_date, id=1)
    got = {r.rule_id: (r.due, r.title) for r in reminders([event], {1: facts}, today, days)}
    horizon = today + timedelta(days=days)
    expected = {}
    for rule in rules_for(kind):
        if not rule.applies_to(facts):
            continue
        steps = rule.step_dates(event_date)
        upcoming = [d for d in steps if d >= today]
        late = rule.late_date(event_date)
        if upcoming:
            if upcoming[0] <= horizon:
                expected[rule.id] = upcoming[0]
        elif late is not None and late < today:
            expected[rule.id] = late
    assert {k: v[0] for k, v in got.items()} == expected
    if kind is EventKind.COURT_HEARING:
        assert len(got) <= 2


@given(expiry=DATES)
def test_windows_never_invert(expiry: date) -> None:
    for rule in RULES:
        steps = rule.step_dates(expiry)
        assert list(steps) == sorted(steps)
        late = rule.late_date(expiry)
        assert late is None or late >= steps[-1]
    (daca,) = rules_for(EventKind.DACA_EXPIRY)
    _, opens, file_by = daca.step_dates(expiry)
    assert opens < file_by < expiry
    assert (file_by - opens).days == 30
    (green,) = rules_for(EventKind.GREEN_CARD_EXPIRY)
    window_opens = green.step_dates(expiry)[0]
    assert 181 <= (expiry - window_opens).days <= 184


@settings(deadline=None)
@given(
    events=_events(st.dates(), recurring=True),
    people=PEOPLE,
    today=st.dates(),
    days=st.integers(min_value=0, max_value=5000),
)
def test_whole_calendar_never_crashes(
    events: list[Event], people: dict[int, PersonFacts], today: date, days: int
) -> None:
    got = reminders(events, people, today, days)
    for r in got:
        assert r.days_left == (r.due - today).days


def test_calendar_edges() -> None:
    people = {1: PersonFacts(1, "Ana", True, True)}
    for d in (date.min, date(1, 1, 2), date(1, 5, 1), date.max, date(9999, 12, 25)):
        events = [
            Event(person_id=1, kind=k, date=d, id=i, recurrence=rec)
            for i, k in enumerate(EventKind)
            for rec in (None, Recurrence(1, RecurrenceUnit.MONTHS), Recurrence(1, RecurrenceUnit.WEEKS))
        ]
        for today in (date.min, date(1, 6, 1), date.max, date(9999, 12, 1)):
            for r in reminders(events, people, today, 365):
                assert r.days_left == (r.due - today).days


def test_clinic_scale_behaviour() -> None:
    """300,000 events of 100,000 people, a year ahead (the timing is in bench/bench_rules.py)."""
    today = date(2026, 11, 22)
    events, people = clinic_events(300_000, 100_000, today)
    got = reminders(events, people, today, 365)
    assert len(got) > 100_000
    # In order, inside the window (or overdue), each for a known person, and none for a done event.
    assert got == sorted(got, key=_full_order)
    assert all(r.days_left == (r.due - today).days and r.days_left <= 365 for r in got)
    assert all(r.person == people[r.person_id].name for r in got[:: 997])
    done = {e.id for e in events if e.done}
    assert not any(r.event_id in done for r in got)
    # A slice of the clinic gives exactly its own people's reminders from the whole list.
    few = {i: people[i] for i in range(1, 51)}
    alone = reminders([e for e in events if e.person_id in few], few, today, 365)
    assert alone == [r for r in got if r.person_id in few]


def _full_order(r: Reminder) -> tuple[date, str, int, int, date, str]:
    return (r.due, r.person, r.person_id, r.event_id, r.event_date, r.rule_id)


SAME_NAMES = st.fixed_dictionaries(
    {i: st.builds(PersonFacts, st.just(i), st.sampled_from(["Ana", "Ñandú"]), st.booleans(), st.booleans())
     for i in (1, 2, 3)}
)


@settings(max_examples=300, deadline=None)
@given(
    events=st.lists(
        st.builds(
            Event,
            person_id=st.integers(min_value=1, max_value=4),  # 4: a person missing from `people`
            kind=st.sampled_from(list(EventKind)),
            date=st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31)),
            recurrence=recurrences,
            id=st.none() | st.integers(min_value=0, max_value=3),  # shared and missing ids on purpose
        ),
        max_size=10,
    ),
    people=SAME_NAMES,
    today=st.dates(min_value=date(2025, 6, 1), max_value=date(2027, 6, 1)),
    days=st.integers(min_value=0, max_value=400),
)
def test_list_equals_each_event_alone_merged_in_order(
    events: list[Event], people: dict[int, PersonFacts], today: date, days: int
) -> None:
    """The whole list is each event's own reminders, merged by the full order, ties kept in input order.

    The engine fills the list in one pass over the events sorted by person; this oracle checks that
    against the plain definition, including events that share a person and an id (unsaved ones).
    """
    merged = [r for e in events for r in reminders([e], people, today, days)]
    merged.sort(key=_full_order)
    assert reminders(events, people, today, days) == merged




# --- The no-gap property (DESIGN §11): before a hard deadline, Today is never silent about it --------

# Facts that make each kind of rule apply: a rule is checked with the first set it applies to.
_FACTS_CHOICES = (
    PersonFacts(1, "Ana"),
    PersonFacts(1, "Ana", has_court_case=True, has_stay_of_removal=True),
    PersonFacts(1, "Ana", has_daca_case=True),
    PersonFacts(1, "Ana", has_tps_case=True),
    PersonFacts(1, "Ana", has_sijs_case=True, noncitizen=True),
)
DEADLINE_RULES = [rule for rule in RULES if rule.deadline is not None]


def _facts_for(rule: Rule) -> PersonFacts:
    return next(f for f in _FACTS_CHOICES if rule.applies_to(f))


def _gap_days(rule: Rule, event_date: date) -> list[date]:
    """Days of the 180 before the rule's deadline on which Today's 90-day view has nothing from it.

    A deadline counted from a decision or notice (a positive offset) cannot be known before that event:
    the days checked start at the event date then.
    """
    deadline = rule.deadline_date(event_date)
    assert deadline is not None
    first = deadline - timedelta(days=180)
    if rule.deadline is not None and rule.deadline > 0:
        first = max(first, event_date)
    facts = _facts_for(rule)
    kind = min(rule.kinds)
    event = Event(person_id=1, kind=kind, date=event_date, id=1)
    gaps = []
    day = first
    while day <= deadline:
        if not any(r.rule_id == rule.id for r in reminders([event], {1: facts}, day, 90)):
            gaps.append(day)
        day += timedelta(days=1)
    return gaps


def test_there_are_deadline_rules_for_every_hard_deadline_kind() -> None:
    kinds = {k for rule in DEADLINE_RULES for k in rule.kinds}
    assert {
        EventKind.DACA_EXPIRY, EventKind.EAD_EXPIRY, EventKind.GREEN_CARD_EXPIRY, EventKind.STAY_EXPIRY,
        EventKind.TPS_WINDOW_END, EventKind.TPS_DESIGNATION_END, EventKind.CONDITIONAL_GREEN_CARD_EXPIRY,
        EventKind.LAST_ARRIVAL, EventKind.ASYLUM_FEE_NOTICE, EventKind.JUDGE_DECISION, EventKind.ABSENTIA_ORDER,
        EventKind.BIA_DECISION, EventKind.VOLUNTARY_DEPARTURE_GRANTED, EventKind.VOLUNTARY_DEPARTURE,
        EventKind.EVIDENCE_REQUEST_DUE, EventKind.PAROLE_END, EventKind.U_VISA_CERTIFICATION,
        EventKind.INDIVIDUAL_HEARING, EventKind.FILING_DEADLINE, EventKind.ADDRESS_CHANGE,
        EventKind.TURNS_14, EventKind.SIJS_AGE_LIMIT,
    } <= kinds


# Month ends, leap days and a year end: where calendar arithmetic goes wrong.
_EDGE_DATES = (date(2027, 1, 31), date(2028, 2, 29), date(2027, 3, 1), date(2026, 12, 31), date(2027, 6, 30))


def test_no_gap_on_calendar_edges() -> None:
    for rule in DEADLINE_RULES:
        for event_date in _EDGE_DATES:
            assert _gap_days(rule, event_date) == [], (rule.id, event_date)


@settings(max_examples=150, deadline=None)
@given(rule=st.sampled_from(DEADLINE_RULES), event_date=DATES)
def test_no_gap_before_any_deadline(rule: Rule, event_date: date) -> None:
    assert _gap_days(rule, event_date) == []


@settings(max_examples=60, deadline=None)
@given(born=st.dates(min_value=date(1990, 1, 1), max_value=date(2080, 12, 31)))
def test_no_gap_before_age_deadlines_from_a_birth_date(born: date) -> None:
    """Registration at 14 and SIJS before 21, worked out from the birth date alone (no event)."""
    facts = PersonFacts(1, "Luz", has_sijs_case=True, noncitizen=True, date_of_birth=born)
    deadlines = {
        "registration_at_14": add_months(born, 14 * 12) + timedelta(days=30),
        "sijs_age_limit": add_months(born, 21 * 12) - timedelta(days=1),
    }
    for rule_id, deadline in deadlines.items():
        for back in range(181):
            today = deadline - timedelta(days=back)
            got = reminders([], {1: facts}, today, 90)
            assert any(r.rule_id == rule_id and r.event_id == 0 for r in got), (rule_id, today)


AGED_PEOPLE = st.fixed_dictionaries(
    {
        i: st.builds(
            PersonFacts, st.just(i), st.sampled_from(["Ana", "Beto"]), st.booleans(), st.booleans(),
            st.booleans(), st.booleans(), st.booleans(), st.booleans(), st.none() | st.dates(),
        )
        for i in (1, 2, 3)
    }
)


@settings(max_examples=200, deadline=None)
@given(events=_events(DATES), people=AGED_PEOPLE, today=st.dates(), days=st.integers(min_value=0, max_value=3000))
def test_age_reminders_keep_the_invariants(
    events: list[Event], people: dict[int, PersonFacts], today: date, days: int
) -> None:
    """Birth-date reminders: never overdue, only for the facts that call for them, event id 0."""
    got = reminders(events, people, today, days)
    assert [_order(r) for r in got] == sorted(_order(r) for r in got)
    for r in got:
        assert r.days_left == (r.due - today).days and r.due <= today + timedelta(days=days)
        if r.event_id == 0 and r.kind in DERIVED_EVENT_KINDS:
            facts = people[r.person_id]
            assert r.days_left >= 0 and facts.date_of_birth is not None
            assert facts.noncitizen if r.kind is EventKind.TURNS_14 else facts.has_sijs_case
