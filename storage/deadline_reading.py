"""Reading what Today needs from the vault: the open events, and the facts about people the rules use.

Kept apart from `storage.vault` (opening, keys, backups) because it is the one hot path of a clinic's
day: every unlock and every change recomputes the whole Today list from these reads.
"""

from __future__ import annotations

import gc
from datetime import date, timedelta

from domain.appointments import deadline_items
from domain.models import (
    DERIVED_EVENT_KINDS,
    NONCITIZEN_CASE_KINDS,
    NONCITIZEN_EVENT_KINDS,
    CaseKind,
    EventKind,
    Reminder,
)
from domain.rules import PersonFacts, birth_date_ranges, max_lead_days
from storage.codec import date_in
from storage.db import Database
from storage.records import EventRepository


def read_deadlines(reader: Database, today: date, days: int = 90, *, person_id: int | None = None) -> list[Reminder]:
    """Reminders due within `days` of `today` (and every overdue one), sorted by due date, with the
    appointments themselves dated in that time (`domain.appointments`). With `person_id`, only that
    person's: a one-person printout reads one person's rows, not the whole clinic's.

    `reader` is the vault's second, read-only connection (`Vault.deadlines`).
    """
    # Dates worked out from birth dates are never stored (the command line refuses them).
    longest = max(max_lead_days(kind) for kind in EventKind if kind not in DERIVED_EVENT_KINDS)
    # Hundreds of thousands of short-lived, cycle-free objects: pausing the collector saves
    # repeated full collections over them (about a third of the time at 100,000 people).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with reader.lock:
            events = EventRepository(reader).open_for_rules(today + timedelta(days=days + longest), person_id)
            facts = person_facts(reader, sorted({e.person_id for e in events}), birth_date_ranges(today, days),
                                 only=person_id)
        return deadline_items(events, facts, today, days)
    finally:
        if collecting:
            gc.enable()


def person_facts(
    db: Database, person_ids: list[int], born_in: tuple[tuple[date, date], ...] = (), only: int | None = None
) -> dict[int, PersonFacts]:
    """What the rules need about each person of `person_ids`, and about everyone born in `born_in`
    (with `only`, about that one person alone).

    People born in those ranges may have reminders from their age alone (registration at 14,
    SIJS before 21) without any event of their own; only for them does the vault work out whether
    they are known not to be U.S. citizens.
    """

    # One query per kind: each is answered from the (kind, person_id) indexes alone.
    one = "" if only is None else f" AND person_id = {int(only)}"

    def having(case_kinds: set[CaseKind], event_kinds: set[EventKind]) -> set[int]:
        found: set[int] = set()
        for case_kind in case_kinds:
            found.update(r[0] for r in db.query(f'SELECT person_id FROM "case" WHERE kind = ?{one}',  # noqa: S608
                                                (case_kind.value,)))
        for event_kind in event_kinds:
            found.update(r[0] for r in db.query(f"SELECT person_id FROM event WHERE kind = ?{one}",  # noqa: S608
                                                (event_kind.value,)))
        return found

    court = having({CaseKind.REMOVAL}, {EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING})
    stay = having({CaseKind.STAY_OF_REMOVAL}, {EventKind.STAY_EXPIRY})
    daca = having({CaseKind.DACA}, {EventKind.DACA_EXPIRY})
    tps = having({CaseKind.TPS}, {EventKind.TPS_WINDOW_START, EventKind.TPS_WINDOW_END,
                                  EventKind.TPS_DESIGNATION_END})
    sijs = having({CaseKind.SIJS}, set())

    def facts_of(pid: int, name: str) -> PersonFacts:
        return PersonFacts(pid, name, pid in court, pid in stay, pid in daca, pid in tps, pid in sijs)

    wanted = set(person_ids) if only is None else {only}
    # The name is joined by SQLite: one string per row to bring into Python instead of three.
    names: tuple[str, tuple[int, ...]] = (
        "SELECT id, given_names || ' ' || family_names FROM person INDEXED BY person_sort", ())
    if only is not None:
        names = ("SELECT id, given_names || ' ' || family_names FROM person WHERE id = ?", (only,))
    facts = {pid: facts_of(pid, name) for pid, name in db.query(*names) if pid in wanted}
    # Two ranges at most (one per age rule); an empty one matches no stored date.
    bounds = [d.isoformat() for pair in born_in[:2] for d in pair]
    bounds += ["9999-12-31", "0001-01-01"] * (2 - len(born_in[:2]))
    aged = db.query(
        "SELECT id, given_names || ' ' || family_names, date_of_birth, a_number != '' FROM person "  # noqa: S608
        f"WHERE (date_of_birth BETWEEN ? AND ? OR date_of_birth BETWEEN ? AND ?){one.replace('person_id', 'id')}",
        bounds,
    )
    shown_noncitizen = known_noncitizens(db, [pid for pid, _name, _born, a_number in aged if not a_number])
    for pid, name, born, has_a_number in aged:
        person = facts.get(pid) or facts_of(pid, name)
        person.date_of_birth = date_in(born)
        person.noncitizen = bool(has_a_number) or pid in shown_noncitizen
        facts[pid] = person
    return facts

def known_noncitizens(db: Database, person_ids: list[int]) -> set[int]:
    """Those of `person_ids` the vault shows are not U.S. citizens by a case or a date of a kind only
    non-citizens have (domain.models NONCITIZEN_CASE_KINDS and NONCITIZEN_EVENT_KINDS).

    Asked in batches through the (kind, person_id) indexes: three queries per person took 0.6 s
    for the 4,000 people of age-based reminders in a clinic of 100,000.
    """
    case_kinds = sorted(kind.value for kind in NONCITIZEN_CASE_KINDS)
    event_kinds = sorted(kind.value for kind in NONCITIZEN_EVENT_KINDS)
    found: set[int] = set()
    batch = 500  # well under SQLite's limit on bound values
    for start in range(0, len(person_ids), batch):
        ids = person_ids[start:start + batch]
        marks = ", ".join("?" * len(ids))
        for table, kinds in (('"case"', case_kinds), ("event", event_kinds)):
            kind_marks = ", ".join("?" * len(kinds))
            found.update(r[0] for r in db.query(
                f"SELECT DISTINCT person_id FROM {table} WHERE kind IN ({kind_marks}) "  # noqa: S608
                f"AND person_id IN ({marks})", (*kinds, *ids)))
    return found
