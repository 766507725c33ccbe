"""`EventRepository.open_for_rules`: the same events as `open_until`, with every field the rules and the
appointment lines read."""

from __future__ import annotations

from datetime import date, time

from domain.models import Event, EventKind, Person, Recurrence, RecurrenceUnit
from storage import Vault


def test_same_events_and_rule_fields_as_open_until(vault: Vault) -> None:
    ana = vault.people.add(Person("Ana", "Pérez"))
    beto = vault.people.add(Person("Beto", "Amaya"))
    vault.events.add(Event(ana, EventKind.ICE_CHECKIN, date(2026, 1, 31), place="Oficina — 2",
                           recurrence=Recurrence(3, RecurrenceUnit.MONTHS, date(2027, 12, 31))))
    vault.events.add(Event(beto, EventKind.COURT_HEARING, date(2026, 12, 1), time=time(8, 30), notes="n"))
    vault.events.add(Event(beto, EventKind.BIOMETRICS, date(2026, 12, 1)))
    vault.events.add(Event(ana, EventKind.EAD_EXPIRY, date(2029, 1, 1)))  # after `last`: left out
    done = vault.events.add(Event(ana, EventKind.OTHER, date(2026, 11, 1)))
    vault.events.mark_done(done)

    def rule_fields(e: Event) -> tuple[object, ...]:
        return (e.id, e.person_id, e.kind, e.date, e.time, e.place, e.recurrence, e.done)

    last = date(2027, 6, 1)
    lean = vault.events.open_for_rules(last)
    assert sorted(map(rule_fields, lean), key=str) == sorted(map(rule_fields, vault.events.open_until(last)), key=str)
    assert len(lean) == 3 and all(type(e.kind) is EventKind for e in lean)
    # The appointment lines show the time: it is read too (one object per distinct time).
    assert sorted((e.time for e in lean), key=str) == [time(8, 30), None, None]


def test_one_persons_deadlines_equal_their_share_of_everyones(vault: Vault) -> None:
    """A one-person printout reads only that person's rows and gets exactly their lines of Today."""
    from storage.demo import populate

    today = date(2026, 11, 30)
    populate(vault, 60, seed=4, today=today)
    everyone = vault.deadlines(today, 90)
    people = sorted({r.person_id for r in everyone})
    assert len(people) > 10
    for pid in people:
        mine = [(r.rule_id, r.event_id, r.due, r.item) for r in vault.deadlines(today, 90, person_id=pid)]
        assert mine == [(r.rule_id, r.event_id, r.due, r.item) for r in everyone if r.person_id == pid]
