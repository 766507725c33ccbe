"""`Vault.deadlines` passes the rules what they need about people: cases, and birth dates for age rules."""

from __future__ import annotations

from datetime import date

from domain.models import Case, CaseKind, Event, EventKind, Item, Person
from storage import Vault

TODAY = date(2026, 12, 1)


def _rules(vault: Vault) -> set[tuple[str, int, str]]:
    return {(r.person, r.event_id, r.rule_id) for r in vault.deadlines(TODAY)}


def test_age_reminders_need_a_known_non_citizen_with_a_birth_date(vault: Vault) -> None:
    # All four turn 14 on Jan 31 2027 (registration reminder first due Dec 2 2026), none has an event.
    vault.people.add(Person("Ana", "Uno", date_of_birth=date(2013, 1, 31), a_number="012345678"))
    vault.people.add(Person("Beto", "Dos", date_of_birth=date(2013, 1, 31)))  # nothing shows a non-citizen
    carla = vault.people.add(Person("Carla", "Tres", date_of_birth=date(2013, 1, 31)))
    vault.cases.add(Case(carla, CaseKind.ASYLUM))
    dora = vault.people.add(Person("Dora", "Cuatro", date_of_birth=date(2013, 1, 31)))
    vault.cases.add(Case(dora, CaseKind.FAMILY_PETITION))  # could be a U.S.-citizen petitioner's case
    vault.people.add(Person("Eva", "Cinco", a_number="112345678"))  # no birth date
    assert _rules(vault) == {("Ana Uno", 0, "registration_at_14"), ("Carla Tres", 0, "registration_at_14")}


def test_sijs_reminder_for_a_sijs_case(vault: Vault) -> None:
    # 21 on Jun 15 2027: last day Jun 14; the 180-day step is Dec 16 2026, within 90 days of Dec 1.
    youth = vault.people.add(Person("Luis", "Seis", date_of_birth=date(2006, 6, 15)))
    vault.cases.add(Case(youth, CaseKind.SIJS))
    other = vault.people.add(Person("Mario", "Siete", date_of_birth=date(2006, 6, 15)))
    vault.cases.add(Case(other, CaseKind.ASYLUM))
    assert _rules(vault) == {("Luis Seis", 0, "sijs_age_limit")}


def test_work_permit_rule_follows_the_case(vault: Vault) -> None:
    daca = vault.people.add(Person("Nora", "Ocho"))
    vault.cases.add(Case(daca, CaseKind.DACA))
    tps = vault.people.add(Person("Olga", "Nueve"))
    vault.events.add(Event(tps, EventKind.TPS_DESIGNATION_END, date(2027, 9, 9)))
    plain = vault.people.add(Person("Pablo", "Diez"))
    for pid in (daca, tps, plain):
        vault.events.add(Event(pid, EventKind.EAD_EXPIRY, date(2027, 5, 1)))
    found = {(r.person, r.rule_id) for r in vault.deadlines(TODAY, 365)
             if r.kind is EventKind.EAD_EXPIRY and r.item is Item.REMINDER}
    assert found == {("Nora Ocho", "ead_daca"), ("Olga Nueve", "ead_tps"), ("Pablo Diez", "ead_renewal")}


def test_a_date_only_non_citizens_have_shows_a_non_citizen(vault: Vault) -> None:
    fede = vault.people.add(Person("Fede", "Once", date_of_birth=date(2013, 1, 31)))
    vault.events.add(Event(fede, EventKind.ICE_CHECKIN, date(2026, 6, 1), done=True))
    gina = vault.people.add(Person("Gina", "Doce", date_of_birth=date(2013, 1, 31)))
    vault.events.add(Event(gina, EventKind.OTHER, date(2026, 6, 1), done=True))
    assert _rules(vault) == {("Fede Once", 0, "registration_at_14")}
