"""Repositories: every record type round-trips, search finds people the ways a volunteer types."""

from __future__ import annotations

from datetime import date, time

import pytest

from domain.models import (
    Caregiver,
    Case,
    CaseKind,
    ChildPlan,
    Contact,
    ContactCategory,
    Document,
    Event,
    EventKind,
    FamilyPlan,
    Person,
    Recurrence,
    RecurrenceUnit,
)
from storage import Vault


@pytest.fixture
def jose(vault: Vault) -> int:
    return vault.people.add(Person(
        "José María", "Ñúñez Peña", preferred_name="Chema", date_of_birth=date(1988, 2, 29),
        a_number="012345678", phone="+12025550143", address="1 Calle Inventada",
    ))


def test_person_roundtrip_and_update(vault: Vault, jose: int) -> None:
    person = vault.people.get(jose)
    assert person is not None
    assert person.display_name == "José María Ñúñez Peña “Chema”"
    assert person.date_of_birth == date(1988, 2, 29) and person.uuid and person.created_at
    person.family_names = "Ñúñez Zúñiga"
    vault.people.update(person)
    assert vault.people.search("zuniga")[0].id == jose
    assert vault.people.search("pena") == []


@pytest.mark.parametrize("typed", [
    "jose", "JOSÉ", "nunez", "Ñúñez peña", "jose nun", "chema", "A012345678", "A-012-345-678",
    "012 345 678", "12345678", "a12345678", "202-555-0143", "(202) 555-0143", "2025550143", "+1 202 555 0143",
])
def test_search_finds_the_person_however_it_is_typed(vault: Vault, jose: int, typed: str) -> None:
    assert [r.id for r in vault.people.search(typed)] == [jose]


@pytest.mark.parametrize("typed", ['"', "*", "jose OR", "NEAR(", "name:", "-", "''", "   "])
def test_search_syntax_in_input_is_harmless(vault: Vault, jose: int, typed: str) -> None:
    vault.people.search(typed)
    vault.people.count(typed)


def test_page_and_count_in_name_order(vault: Vault) -> None:
    for given, family in [("Ana", "Zúñiga"), ("Beto", "Álvarez"), ("Ceci", "Muñoz"), ("Dani", "alvarez")]:
        vault.people.add(Person(given, family))
    names = [r.family_names for r in vault.people.page("", 0, 10)]
    assert names == ["Álvarez", "alvarez", "Muñoz", "Zúñiga"]
    assert [r.given_names for r in vault.people.page("", 1, 2)] == ["Dani", "Ceci"]
    assert vault.people.count() == 4 and vault.people.count("alvarez") == 2


def test_delete_and_undo_restore_everything(vault: Vault, jose: int) -> None:
    lawyer = vault.contacts.add(Contact(ContactCategory.ATTORNEY, "Lcda. Ejemplo"))
    case_id = vault.cases.add(Case(jose, CaseKind.REMOVAL, receipt_numbers=("IOE0123456789",), attorney_id=lawyer))
    vault.events.add(Event(jose, EventKind.COURT_HEARING, date(2027, 3, 3), case_id=case_id, time=time(8, 30)))
    vault.documents.add(Document(jose, "passport", location="caja azul", expiry=date(2030, 1, 1)))
    vault.contacts.link(jose, lawyer, "abogada")
    rosa = Caregiver("tía Rosa", phone="+12135550143")
    vault.family_plans.save(FamilyPlan(jose, children=[ChildPlan(99, caregivers=(rosa,))]))
    deleted = vault.people.delete(jose)
    assert vault.people.get(jose) is None and vault.events.for_person(jose) == []
    assert vault.people.search("jose") == []
    vault.people.restore(deleted)
    assert vault.people.search("jose")[0].id == jose
    assert vault.cases.for_person(jose)[0].receipt_numbers == ("IOE0123456789",)
    assert vault.events.for_person(jose)[0].time == time(8, 30)
    assert vault.documents.for_person(jose)[0].location == "caja azul"
    assert vault.contacts.for_person(jose)[0][1] == "abogada"
    plan = vault.family_plans.for_person(jose)
    assert plan is not None and plan.children[0].caregivers == (rosa,)


def test_family_plan_children_written_in_with_two_caregivers(vault: Vault, jose: int) -> None:
    child = ChildPlan(name="Sofía Ñúñez", date_of_birth=date(2017, 4, 2),
                      caregivers=(Caregiver("Rosa Martínez", "tía", "+12135550143"),
                                  Caregiver("Luis Ortega", "vecino", "+13235550199")),
                      authorization="carta firmada", school_notes="3.º grado", medical_notes="asma")
    vault.family_plans.save(FamilyPlan(jose, children=[child], documents_location="caja roja"))
    plan = vault.family_plans.for_person(jose)
    assert plan is not None and plan.children == [child]
    assert plan.children[0].child_id is None


def test_family_plan_saved_by_an_older_amparo_still_reads(vault: Vault, jose: int) -> None:
    # Before caregivers had fields, each child held a vault person's id and one line of caregivers.
    with vault.db.transaction() as conn:
        conn.execute(
            "INSERT INTO family_plan(uuid, person_id, children, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            ("u-old", jose, '[{"child_id": 7, "caregivers": "tía Rosa", "authorization": "", '
             '"school_notes": "", "medical_notes": "asma"}]', "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"),
        )
    plan = vault.family_plans.for_person(jose)
    assert plan is not None
    assert plan.children == [ChildPlan(7, caregivers=(Caregiver("tía Rosa"),), medical_notes="asma")]


def test_events_recurrence_done_and_open_until(vault: Vault, jose: int) -> None:
    series = vault.events.add(Event(jose, EventKind.ICE_CHECKIN, date(2026, 1, 31),
                                    recurrence=Recurrence(1, RecurrenceUnit.MONTHS, date(2027, 12, 31))))
    later = vault.events.add(Event(jose, EventKind.BIOMETRICS, date(2028, 1, 1)))
    stored = vault.events.get(series)
    assert stored is not None and stored.recurrence == Recurrence(1, RecurrenceUnit.MONTHS, date(2027, 12, 31))
    assert {e.id for e in vault.events.open_until(date(2027, 1, 1))} == {series}
    vault.events.mark_done(series)
    assert vault.events.open_until(date(2029, 1, 1))[0].id == later


def test_contacts_search_link_and_categories(vault: Vault, jose: int) -> None:
    church = vault.contacts.add(Contact(ContactCategory.SANCTUARY, "Iglesia San Ejemplo", phones=("+12025550100",)))
    vault.contacts.add(Contact(ContactCategory.HOTLINE, "Línea Rápida", organization="Red Ejemplo"))
    assert [r.id for r in vault.contacts.search("iglesia")] == [church]
    assert [r.name for r in vault.contacts.search("linea")] == ["Línea Rápida"]
    assert [r.id for r in vault.contacts.search(category=ContactCategory.SANCTUARY)] == [church]
    vault.contacts.link(jose, church, "acompañamiento")
    vault.contacts.link(jose, church, "santuario")
    assert [(c.name, role) for c, role in vault.contacts.for_person(jose)] == [("Iglesia San Ejemplo", "santuario")]
    vault.contacts.unlink(jose, church)
    assert vault.contacts.for_person(jose) == []


def test_duplicates_by_a_number_or_name_and_birth(vault: Vault, jose: int) -> None:
    same_anum = Person("Otro", "Nombre", a_number="012345678")
    same_name = Person("jose maria", "NUNEZ PENA", date_of_birth=date(1988, 2, 29))
    different = Person("José María", "Ñúñez Peña", date_of_birth=date(1990, 1, 1))
    assert [r.id for r in vault.people.duplicates(same_anum)] == [jose]
    assert [r.id for r in vault.people.duplicates(same_name)] == [jose]
    assert vault.people.duplicates(different) == []


def test_settings_live_inside_the_vault(vault: Vault) -> None:
    assert vault.settings.get("autolock_minutes", "5") == "5"
    vault.settings.set("autolock_minutes", "10")
    assert vault.settings.get("autolock_minutes") == "10"


def test_audit_records_actions_without_values(vault: Vault, jose: int) -> None:
    rows = vault.db.query("SELECT action, tbl, row_id FROM audit")
    assert ("insert", "person", jose) in rows
    flat = " ".join(str(v) for row in vault.db.query("SELECT * FROM audit") for v in row)
    assert "Ñúñez" not in flat and "012345678" not in flat


def test_deadlines_come_from_the_rules(vault: Vault, jose: int) -> None:
    vault.events.add(Event(jose, EventKind.COURT_HEARING, date(2026, 12, 20)))
    vault.events.add(Event(jose, EventKind.BIOMETRICS, date(2026, 11, 1)))  # past, not done: overdue
    found = vault.deadlines(date(2026, 11, 22), days=90)
    assert found == sorted(found, key=lambda r: r.due)
    assert any(r.kind is EventKind.BIOMETRICS and r.days_left < 0 for r in found)
    assert any(r.kind is EventKind.COURT_HEARING for r in found)
    assert all(r.person == "José María Ñúñez Peña" for r in found)
