"""The appointments themselves in the deadline list: dates worked out by hand, with times and places."""

from __future__ import annotations

from datetime import date, time

import pytest

from domain.appointments import LISTED_KINDS, NOT_LISTED, appointment_actions, appointments, deadline_items
from domain.models import Event, EventKind, Item, Recurrence, RecurrenceUnit
from domain.rules import PersonFacts

TODAY = date(2026, 11, 30)  # a Monday
PLACE = "ICE, 300 N Los Angeles St"
PEOPLE = {1: PersonFacts(1, "Marta Ejemplo", has_court_case=True), 2: PersonFacts(2, "Beto Ficticio")}


def _checkin(**kw: object) -> Event:
    return Event(1, EventKind.ICE_CHECKIN, date(2026, 12, 29), time=time(8, 30), place=PLACE,
                 recurrence=Recurrence(1, RecurrenceUnit.MONTHS), id=1, **kw)  # type: ignore[arg-type]


def _hearing() -> Event:
    return Event(1, EventKind.COURT_HEARING, date(2027, 1, 15), time=time(13, 0), place="Sala 3", id=2)


def test_every_checkin_in_the_horizon_and_the_hearing_with_time_and_place() -> None:
    lines = appointments([_checkin(), _hearing()], PEOPLE, TODAY, 90)
    # 90 days from Nov 30 is Feb 28, 2027; the series keeps the 29th, clamped to Feb 28 in 2027.
    assert [(a.kind, a.due, a.days_left, a.event_time, a.place) for a in lines] == [
        (EventKind.ICE_CHECKIN, date(2026, 12, 29), 29, time(8, 30), PLACE),
        (EventKind.COURT_HEARING, date(2027, 1, 15), 46, time(13, 0), "Sala 3"),
        (EventKind.ICE_CHECKIN, date(2027, 1, 29), 60, time(8, 30), PLACE),
        (EventKind.ICE_CHECKIN, date(2027, 2, 28), 90, time(8, 30), PLACE),
    ]
    assert all(a.item is Item.APPOINTMENT and a.event_date == a.due and a.person == "Marta Ejemplo" for a in lines)
    assert lines[0].title.render("es") == "Cita de control con ICE"
    assert lines[1].title.render("en") == "Immigration court hearing"
    assert not lines[0].overdue and lines[0].checked is None and lines[0].rule_id == ""


def test_a_horizon_of_28_days_ends_the_day_before_the_checkin() -> None:
    assert appointments([_checkin()], PEOPLE, TODAY, 28) == []
    assert [a.due for a in appointments([_checkin()], PEOPLE, TODAY, 29)] == [date(2026, 12, 29)]


def test_past_done_and_moves_are_not_listed_and_a_bad_recurrence_is_one_date() -> None:
    events = [
        Event(1, EventKind.COURT_HEARING, date(2026, 11, 29), id=3),  # yesterday: drops off
        Event(1, EventKind.BIOMETRICS, date(2026, 12, 3), done=True, id=4),
        Event(2, EventKind.ADDRESS_CHANGE, date(2026, 12, 1), id=5),
        Event(2, EventKind.ICE_CHECKIN, date(2026, 12, 7), recurrence=Recurrence(0, RecurrenceUnit.WEEKS), id=6),
        Event(2, EventKind.EAD_EXPIRY, TODAY, id=7),  # today still counts
    ]
    lines = appointments(events, PEOPLE, TODAY, 90)
    assert [(a.event_id, a.due, a.days_left) for a in lines] == [(7, TODAY, 0), (6, date(2026, 12, 7), 7)]


def test_a_weekly_series_that_ends() -> None:
    ev = Event(2, EventKind.ICE_CHECKIN, date(2026, 11, 16), id=8,
               recurrence=Recurrence(2, RecurrenceUnit.WEEKS, until=date(2027, 1, 1)))
    # Nov 16 + 2 weeks = Nov 30 (today), Dec 14, Dec 28; Jan 11 is after the end of the series.
    assert [a.due for a in appointments([ev], PEOPLE, TODAY, 90)] == [
        date(2026, 11, 30), date(2026, 12, 14), date(2026, 12, 28)]


def test_every_dated_obligation_is_listed_with_words_in_both_languages() -> None:
    assert frozenset(EventKind) - NOT_LISTED == LISTED_KINDS
    assert EventKind.ADDRESS_CHANGE in NOT_LISTED and EventKind.INDIVIDUAL_HEARING in LISTED_KINDS
    assert set(appointment_actions()) == LISTED_KINDS
    for text in appointment_actions().values():
        assert text.en and text.es and text.en != text.es


def test_steps_say_which_appointment_and_when() -> None:
    items = deadline_items([_checkin(), _hearing()], PEOPLE, TODAY, 90)
    steps = [r for r in items if r.item is Item.REMINDER]
    prepare = next(r for r in steps if r.rule_id == "ice_checkin")
    # Only the next step of each occurrence: 7 days before Dec 29 is Dec 22.
    assert prepare.due == date(2026, 12, 22) and prepare.event_date == date(2026, 12, 29)
    assert prepare.event_time == time(8, 30) and prepare.place == PLACE
    hearing_step = next(r for r in steps if r.rule_id == "court_hearing")
    # 30 days before Jan 15 is Dec 16.
    assert hearing_step.due == date(2026, 12, 16) and hearing_step.event_time == time(13, 0)
    dues = [r.due for r in items]
    assert dues == sorted(dues)
    assert sum(r.item is Item.APPOINTMENT for r in items) == 4


def test_on_the_day_the_appointment_carries_the_rules_words_once() -> None:
    day = date(2026, 12, 29)
    items = [r for r in deadline_items([_checkin()], PEOPLE, day, 0) if r.event_date == day]
    assert len(items) == 1
    line = items[0]
    assert line.item is Item.APPOINTMENT and line.rule_id == "ice_checkin" and line.checked is not None
    assert line.action.render("en").startswith("Go on time with your papers and your lawyer's phone number")
    assert line.title.render("es") == "Cita de control con ICE"


def test_appointments_come_first_on_their_date_and_a_missed_hearing_is_overdue_once() -> None:
    missed = Event(1, EventKind.COURT_HEARING, date(2026, 11, 20), id=9)
    ead = Event(2, EventKind.EAD_EXPIRY, date(2026, 12, 22), id=10)
    items = deadline_items([missed, ead, _checkin()], PEOPLE, TODAY, 30)
    overdue = [r for r in items if r.overdue]
    assert [(r.event_id, r.item, r.due) for r in overdue] == [(9, Item.REMINDER, date(2026, 11, 20))]
    on_22 = [(r.event_id, r.item) for r in items if r.due == date(2026, 12, 22)]
    # The work permit's own date first, then the check-in's preparation step; the renewal's next step
    # comes earlier (the work-permit rule reminds again and again before the expiry).
    assert on_22 == [(10, Item.APPOINTMENT), (1, Item.REMINDER)]
    renewal = [r.due for r in items if r.event_id == 10 and r.item is Item.REMINDER]
    assert len(renewal) == 1 and renewal[0] < date(2026, 12, 22)


def test_negative_days_is_refused() -> None:
    with pytest.raises(ValueError):
        appointments([], PEOPLE, TODAY, -1)
