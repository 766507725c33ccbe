"""Reading what Today needs from the vault: the open events, and the facts about people the rules use.

Kept apart from `storage.vault` (opening, keys, backups) because it is the one hot path of a clinic's
day: every unlock and every change recomputes the whole Today list from these reads.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
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


# How far the first try of `read_first_deadlines` reaches; each next one reaches twice as far again.
_FIRST_STEP_DAYS = 30


@dataclass(frozen=True, slots=True)
class FirstDeadlines:
    """The start of a Today list: every reminder due on or before `through`, in the list's order.

    `complete` when that is the whole list (nothing else is due within the horizon).
    """

    reminders: list[Reminder]
    through: date
    complete: bool


def read_first_deadlines(reader: Database, today: date, days: int = 90, *, at_least: int = 100) -> FirstDeadlines:
    """The first reminders of `read_deadlines(reader, today, days)` — at least `at_least` of them when the
    list has that many — read from only the events that can give them.

    A reminder falls due at most `max_lead_days(kind)` before its event, so every reminder due by a
    date D comes from an event of its kind dated by D + that lead: only those events are read and
    worked out, and the reminders due by D are exactly the list's first ones. The app shows them at
    once and the whole list when `read_deadlines` has it (at 100,000 people: 5,000 events instead of
    130,000). D starts a month after the earliest possible due date and reaches twice as far each time
    too few reminders are in; once it passes the horizon, the whole list is read instead.
    """
    horizon = today + timedelta(days=days)
    leads = {kind: max_lead_days(kind) for kind in EventKind if kind not in DERIVED_EVENT_KINDS}
    born_in = birth_date_ranges(today, days)
    collecting = gc.isenabled()
    gc.disable()
    try:
        with reader.lock:
            repo = EventRepository(reader)
            starts = repo.first_open_dates()
            earliest = min((first - timedelta(days=leads.get(kind, 0)) for kind, first in starts.items()),
                           default=horizon)
            flags = case_flags(reader)
            through, step = earliest, _FIRST_STEP_DAYS
            while True:
                through += timedelta(days=step)
                step *= 2
                if through >= horizon:
                    break
                latest = {kind: through + timedelta(days=lead) for kind, lead in leads.items()}
                events = repo.open_for_rules_due_by(latest)
                # Names only order and label the rows: work out first whose rows come by D, then read
                # only their names (a few hundred, not thousands of random page reads).
                facts = person_facts(reader, sorted({e.person_id for e in events}), born_in, flags=flags,
                                     named=False)
                due = {r.person_id for r in deadline_items(events, facts, today, days) if r.due <= through}
                for pid, name in _names(reader, {pid for pid in due if not facts[pid].name}):
                    facts[pid].name = name
                theirs = [e for e in events if e.person_id in due]
                first = [r for r in deadline_items(theirs, facts, today, days) if r.due <= through]
                if len(first) >= at_least:
                    return FirstDeadlines(first, through, complete=False)
            return FirstDeadlines(read_deadlines(reader, today, days), horizon, complete=True)
    finally:
        if collecting:
            gc.enable()


# Who has a court case, a stay of removal, DACA, TPS and SIJS (`PersonFacts`), by person id.
CaseFlags = tuple[set[int], set[int], set[int], set[int], set[int]]


def case_flags(db: Database, only: int | None = None) -> CaseFlags:
    """The people whose cases or dates change which rules apply to them (of everyone, or of `only`)."""
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

    return (
        having({CaseKind.REMOVAL}, {EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING}),
        having({CaseKind.STAY_OF_REMOVAL}, {EventKind.STAY_EXPIRY}),
        having({CaseKind.DACA}, {EventKind.DACA_EXPIRY}),
        having({CaseKind.TPS}, {EventKind.TPS_WINDOW_START, EventKind.TPS_WINDOW_END, EventKind.TPS_DESIGNATION_END}),
        having({CaseKind.SIJS}, set()),
    )


def person_facts(
    db: Database, person_ids: list[int], born_in: tuple[tuple[date, date], ...] = (), only: int | None = None,
    flags: CaseFlags | None = None, named: bool = True,
) -> dict[int, PersonFacts]:
    """What the rules need about each person of `person_ids`, and about everyone born in `born_in`
    (with `only`, about that one person alone).

    People born in those ranges may have reminders from their age alone (registration at 14,
    SIJS before 21) without any event of their own; only for them does the vault work out whether
    they are known not to be U.S. citizens. `flags` saves asking `case_flags` again; with `named` False,
    the people of `person_ids` get an empty name (those born in `born_in` always have theirs).
    """
    one = "" if only is None else f" AND person_id = {int(only)}"
    court, stay, daca, tps, sijs = flags or case_flags(db, only)

    def facts_of(pid: int, name: str) -> PersonFacts:
        return PersonFacts(pid, name, pid in court, pid in stay, pid in daca, pid in tps, pid in sijs)

    wanted = set(person_ids) if only is None else {only}
    if named:
        facts = {pid: facts_of(pid, name) for pid, name in _names(db, wanted)}
    else:
        facts = {pid: facts_of(pid, "") for pid in wanted}
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
    for start in range(0, len(person_ids), _BATCH):
        ids = person_ids[start:start + _BATCH]
        marks = ", ".join("?" * len(ids))
        for table, kinds in (('"case"', case_kinds), ("event", event_kinds)):
            kind_marks = ", ".join("?" * len(kinds))
            found.update(r[0] for r in db.query(
                f"SELECT DISTINCT person_id FROM {table} WHERE kind IN ({kind_marks}) "  # noqa: S608
                f"AND person_id IN ({marks})", (*kinds, *ids)))
    return found


# Up to this many people, their names are looked up by id; beyond, one pass over every person is
# quicker than a random (decrypting) page read per person.
_NAMES_BY_ID = 20_000
_BATCH = 500  # bound values per query, well under SQLite's limit


def _names(db: Database, wanted: set[int]) -> list[tuple[int, str]]:
    """(id, full name) of the people of `wanted`."""
    # The name is joined by SQLite: one string per row to bring into Python instead of three.
    name = "SELECT id, given_names || ' ' || family_names FROM person"
    if len(wanted) > _NAMES_BY_ID:
        return [row for row in db.query(f"{name} INDEXED BY person_sort") if row[0] in wanted]
    ids = sorted(wanted)
    found: list[tuple[int, str]] = []
    for start in range(0, len(ids), _BATCH):
        batch = ids[start:start + _BATCH]
        found += db.query(f"{name} WHERE id IN ({', '.join('?' * len(batch))})", batch)
    return found
