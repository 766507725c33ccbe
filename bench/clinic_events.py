"""Synthetic deadline-engine input at clinic scale (invented people and events, fixed seed).

Shared by `bench/bench_rules.py`, which times the engine on it, and the behaviour test of the engine
at this scale, which checks what comes out and never how long it took.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from domain.models import Event, EventKind, Recurrence, RecurrenceUnit
from domain.rules import PersonFacts


def clinic_events(n_events: int, n_people: int, today: date) -> tuple[list[Event], dict[int, PersonFacts]]:
    """`n_events` events of `n_people` people spread from 400 days back to 800 days ahead of `today`."""
    rng = random.Random(20261122)
    people = {
        i: PersonFacts(i, f"Persona {i}", rng.random() < 0.3, rng.random() < 0.1) for i in range(1, n_people + 1)
    }
    kinds = list(EventKind)
    events = []
    for i in range(n_events):
        kind = kinds[i % len(kinds)]
        rec = None
        if kind is EventKind.ICE_CHECKIN and rng.random() < 0.5:
            rec = Recurrence(rng.choice([1, 3]), RecurrenceUnit.MONTHS)
        events.append(
            Event(
                person_id=rng.randint(1, n_people),
                kind=kind,
                date=today + timedelta(days=rng.randint(-400, 800)),
                recurrence=rec,
                done=rng.random() < 0.2,
                id=i + 1,
            )
        )
    return events, people
