"""`Vault.first_deadlines`: the start of Today's list, read from only the events that can give it.

Whatever the vault holds, the first rows are exactly the first rows of the whole list, every reminder
due by `through` is among them, and a list too short to split comes back whole.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from domain.models import Case, CaseKind, Event, EventKind, Person, Recurrence, RecurrenceUnit
from storage import Vault
from storage.deadline_reading import read_first_deadlines

TODAY = date(2026, 11, 30)
STORED_KINDS = [k for k in EventKind if k not in (EventKind.TURNS_14, EventKind.SIJS_AGE_LIMIT)]


def _fill(vault: Vault, seed: int, people: int) -> None:
    """Synthetic people with dates of every kind from two months back to fourteen months ahead, some repeating,
    some done, some with cases that change the rules, some at the ages of the age-based reminders."""
    rng = random.Random(seed)
    for i in range(people):
        born = None
        if rng.random() < 0.3:
            born = TODAY - timedelta(days=rng.choice([14, 21]) * 365 - rng.randint(-200, 200))
        pid = vault.people.add(Person(f"Nombre{i}", f"Prueba{seed}", date_of_birth=born,
                                      a_number=f"{rng.randint(10**8, 10**9 - 1)}" if rng.random() < 0.5 else ""))
        if rng.random() < 0.4:
            vault.cases.add(Case(pid, rng.choice(list(CaseKind))))
        for _ in range(rng.randint(0, 4)):
            kind = rng.choice(STORED_KINDS)
            when = TODAY + timedelta(days=rng.randint(-60, 420))
            recurrence = None
            if kind is EventKind.ICE_CHECKIN and rng.random() < 0.5:
                recurrence = Recurrence(1, RecurrenceUnit.MONTHS)
            vault.events.add(Event(pid, kind, when, recurrence=recurrence, done=rng.random() < 0.1))


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("at_least", [1, 5, 20])
def test_first_rows_are_the_start_of_the_whole_list(vault: Vault, seed: int, at_least: int) -> None:
    _fill(vault, seed, people=150)
    reader = vault._reader()
    whole = vault.deadlines(TODAY)
    first = read_first_deadlines(reader, TODAY, at_least=at_least)
    assert len(whole) > 40  # the vault is big enough for the list to be split
    assert first.reminders == whole[: len(first.reminders)]
    assert all(r.due > first.through for r in whole[len(first.reminders):])
    assert first.complete or len(first.reminders) >= at_least


def test_a_short_list_comes_back_whole(vault: Vault) -> None:
    _fill(vault, 4, people=5)
    first = vault.first_deadlines(TODAY)
    assert first.complete
    assert first.reminders == vault.deadlines(TODAY)


def test_an_empty_vault_has_an_empty_complete_list(vault: Vault) -> None:
    first = vault.first_deadlines(TODAY)
    assert first.complete and first.reminders == []


def test_a_long_list_is_split_where_no_later_event_can_reach(vault: Vault) -> None:
    _fill(vault, 3, people=150)
    whole = vault.deadlines(TODAY)
    first = read_first_deadlines(vault._reader(), TODAY, at_least=5)
    assert not first.complete
    assert 5 <= len(first.reminders) < len(whole)
