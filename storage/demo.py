"""Synthetic households for demos, tests and benchmarks: invented people, never real ones.

The same seed and the same `today` always give the same vault contents. Names carry accents and two
surnames; each household has some of check-ins (recurring), hearings, stays of removal, TPS windows,
DACA and work-permit expiries spread over the next year, some of them already overdue.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from domain.models import (
    Case,
    CaseKind,
    Contact,
    ContactCategory,
    Event,
    EventKind,
    Person,
    Recurrence,
    RecurrenceUnit,
)
from storage.vault import Vault

GIVEN = (
    "José", "María", "Ana Lucía", "Juan Carlos", "Guadalupe", "Jesús", "Sofía", "Ramón", "Verónica", "Héctor",
    "Iván", "Mónica", "Óscar", "Inés", "Raúl", "Begoña", "Noé", "Zoé", "Andrés", "Dulce María", "Efraín",
    "Yesenia", "Wilmer", "Xiomara", "Brayan", "Keyla", "Nguyễn Thị", "Trần Văn", "Lê", "Darío", "Nayeli",
    "Ángel", "Itzel", "Rubén", "Maribel", "Tomás", "Elías", "Rocío", "Joaquín", "Leticia",
)
FAMILY = (
    "Ñúñez", "Peña", "García", "Hernández", "López", "Martínez", "Rodríguez", "Pérez", "Gómez", "Díaz",
    "Ramírez", "Cruz", "Chávez", "Álvarez", "Jiménez", "Muñoz", "Ortíz", "Castañeda", "Guzmán", "Benítez",
    "de la Cruz", "del Río", "Quiñónez", "Zúñiga", "Aguilar", "Sánchez", "Mejía", "Ávila", "Ibáñez", "Nguyễn",
    "Trần", "Ochoa", "Villaseñor", "Barrientos", "Solís", "Cifuentes",
)
COUNTRIES = ("México", "Guatemala", "Honduras", "El Salvador", "Venezuela", "Haití", "Nicaragua", "Vietnam")
PLACES = (
    "Oficina de ICE, 100 Calle Ficticia", "Corte de inmigración, Sala 4", "Centro de ayuda ASC",
    "USCIS Field Office", "Oficina de ERO",
)


def _household(rng: random.Random, today: date, anums: list[str], index: int) -> list[tuple[Person, list[Event],
                                                                                             list[Case]]]:
    family = rng.choice(FAMILY) + " " + rng.choice(FAMILY)
    members = []
    size = rng.choice((1, 1, 2, 3, 3, 4, 5))
    for m in range(size):
        adult = m < 2
        born = today - timedelta(days=rng.randint(19 * 365, 60 * 365) if adult else rng.randint(1 * 365, 17 * 365))
        anum = anums[index + m] if adult or rng.random() < 0.3 else ""
        person = Person(
            given_names=rng.choice(GIVEN),
            family_names=family,
            date_of_birth=born,
            country_of_birth=rng.choice(COUNTRIES),
            languages="es" if rng.random() < 0.8 else "es, en",
            a_number=anum,
            phone=f"+1{rng.randint(201, 989)}555{rng.randint(0, 9999):04d}" if adult else "",
            address=f"{rng.randint(1, 9999)} Calle Inventada, Apt {rng.randint(1, 40)}",
            relationship=("madre" if m == 0 else "padre") if adult else "hijo/a",
            safe_to_contact=rng.random() < 0.9,
        )
        events: list[Event] = []
        cases: list[Case] = []
        if adult:
            events, cases = _obligations(rng, today)
        members.append((person, events, cases))
    return members


def _soon(rng: random.Random, today: date, overdue_share: float = 0.08) -> date:
    if rng.random() < overdue_share:
        return today - timedelta(days=rng.randint(1, 40))
    return today + timedelta(days=rng.randint(0, 365))


def _obligations(rng: random.Random, today: date) -> tuple[list[Event], list[Case]]:
    events: list[Event] = []
    cases: list[Case] = []
    roll = rng.random()
    if roll < 0.35:
        cases.append(Case(0, CaseKind.REMOVAL, status="pending", agency="EOIR"))
        events.append(Event(0, EventKind.COURT_HEARING, _soon(rng, today), time=time(8, 30), place=PLACES[1]))
        events.append(Event(0, EventKind.ICE_CHECKIN, today - timedelta(days=rng.randint(0, 60)),
                            time=time(9, 0), place=PLACES[0],
                            recurrence=Recurrence(rng.choice((1, 3)), RecurrenceUnit.MONTHS)))
    elif roll < 0.5:
        cases.append(Case(0, CaseKind.STAY_OF_REMOVAL, status="granted", agency="ICE"))
        events.append(Event(0, EventKind.STAY_EXPIRY, _soon(rng, today)))
        events.append(Event(0, EventKind.PASSPORT_EXPIRY, today + timedelta(days=rng.randint(30, 900))))
    elif roll < 0.7:
        cases.append(Case(0, CaseKind.TPS, status="approved", agency="USCIS"))
        start = _soon(rng, today, 0.03)
        events.append(Event(0, EventKind.TPS_WINDOW_START, start))
        events.append(Event(0, EventKind.TPS_WINDOW_END, start + timedelta(days=60)))
        events.append(Event(0, EventKind.EAD_EXPIRY, today + timedelta(days=rng.randint(20, 500))))
    elif roll < 0.85:
        cases.append(Case(0, CaseKind.DACA, status="approved", agency="USCIS"))
        events.append(Event(0, EventKind.DACA_EXPIRY, today + timedelta(days=rng.randint(60, 500))))
    else:
        cases.append(Case(0, CaseKind.ASYLUM, status="pending", agency="USCIS"))
        events.append(Event(0, EventKind.BIOMETRICS, _soon(rng, today), place=PLACES[3]))
        events.append(Event(0, EventKind.EAD_EXPIRY, today + timedelta(days=rng.randint(20, 500))))
    return events, cases


def _directory(rng: random.Random) -> list[Contact]:
    entries = [
        (ContactCategory.ATTORNEY, "Lcda. Rosa Ficticia", "Centro Legal Ejemplo"),
        (ContactCategory.ATTORNEY, "Attorney Sam Example", "Example Immigrant Legal Aid"),
        (ContactCategory.HOTLINE, "Línea de respuesta rápida", "Red Comunitaria Ejemplo"),
        (ContactCategory.SANCTUARY, "Iglesia San Ejemplo", "Congregación San Ejemplo"),
        (ContactCategory.CONSULATE, "Consulado (ejemplo)", "Consulado General"),
        (ContactCategory.BOND_FUND, "Fondo de fianzas Ejemplo", "Fondo Comunitario"),
    ]
    return [
        Contact(category=c, name=n, organization=o, phones=(f"+1{rng.randint(201, 989)}555{rng.randint(0, 9999):04d}",),
                languages="es, en")
        for c, n, o in entries
    ]


def populate(vault: Vault, people: int, *, seed: int = 1, today: date, batch: int = 2000) -> int:
    """Add about `people` synthetic people (whole households) to `vault`; returns how many were added."""
    rng = random.Random(seed)
    anums = [f"{n:09d}" for n in rng.sample(range(10_000_000, 999_999_999), people + 8)]
    contacts = _directory(rng)
    contact_ids = [vault.contacts.add(c) for c in contacts]
    added = 0
    while added < people:
        with vault.db.transaction():
            stop = min(people, added + batch)
            while added < stop:
                household = _household(rng, today, anums, added)[: stop - added]
                for person, events, cases in household:
                    pid = vault.people.add(person)
                    for case in cases:
                        case.person_id = pid
                        vault.cases.add(case)
                    for event in events:
                        event.person_id = pid
                        vault.events.add(event)
                    if events:
                        vault.contacts.link(pid, contact_ids[rng.randrange(2)], "abogado/a")
                    added += 1
    return added
