"""Synthetic data for the report tests (invented people; no real personal data)."""

from __future__ import annotations

from datetime import date, timedelta

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
    Reminder,
)
from domain.text import Message, Text
from reports.family_plan import FamilyPlanData
from reports.summary import SummaryData

TODAY = date(2026, 11, 22)
VIETNAMESE = "Nguyễn Thị Ánh"
SPANISH = "José Ñúñez Peña"


def make_reminder(person: str, days: int, event_id: int, place: str = "") -> Reminder:
    due = TODAY + timedelta(days=days)
    return Reminder(
        person_id=1,
        person=person,
        event_id=event_id,
        kind=EventKind.ICE_CHECKIN,
        event_date=due,
        due=due,
        days_left=days,
        rule_id="checkin",
        source=Message.of(Text("Test source", "Fuente de prueba")),
        title=Message.of(Text("ICE check-in at {office}", "Cita con ICE en {office}"), office="Field Office"),
        action=Message.of(Text("Talk to your lawyer before you go.", "Hable con su abogado antes de ir.")),
        checked=TODAY,
        place=place,
    )


def make_person(given: str = "José", family: str = "Ñúñez Peña", **extra: object) -> Person:
    return Person(
        given_names=given,
        family_names=family,
        id=1,
        date_of_birth=date(1988, 3, 3),
        country_of_birth="Guatemala",
        languages="Español, K'iche'",
        a_number="012345678",
        phone="+12135550147",
        address="123 Calle Falsa, Los Angeles, CA",
        safe_to_contact=False,
        contact_method="Text message",
        notes="Private note: prefers mornings.",
        **extra,
    )  # type: ignore[arg-type]


def summary_data(person: Person | None = None, events: int = 6, documents: int = 5) -> SummaryData:
    person = person or make_person()
    return SummaryData(
        person=person,
        cases=[
            Case(
                person_id=1,
                kind=CaseKind.ASYLUM,
                status="Pending",
                agency="EOIR",
                office="Los Angeles",
                receipt_numbers=("ZLA1234567890",),
                notes="Case note: hearing moved.",
            ),
            Case(person_id=1, kind=CaseKind.TPS, status="Approved", agency="USCIS"),
        ],
        events=[
            Event(
                person_id=1,
                kind=EventKind.ICE_CHECKIN,
                date=TODAY - timedelta(days=30 * (i + 1)),
                place="300 N Los Angeles St",
                done=i % 2 == 0,
                notes=f"Event note {i}",
            )
            for i in range(events)
        ],
        reminders=[
            make_reminder(person.display_name, -3, 1),
            make_reminder(person.display_name, 12, 2, place="Room 5"),
        ],
        contacts=[
            (
                Contact(
                    category=ContactCategory.ATTORNEY,
                    name="Lcda. Marta Ruiz",
                    organization="Clínica Legal Esperanza",
                    phones=("+1 213 555 0100",),
                ),
                "Attorney",
            ),
            (
                Contact(category=ContactCategory.EMERGENCY, name=VIETNAMESE, phones=("+1 213 555 0111",)),
                "Neighbor",
            ),
        ],
        documents=[
            Document(
                person_id=1,
                kind=f"Document {i}",
                location="Blue folder, closet",
                have_copy=i % 2 == 1,
                expiry=date(2027, 3, 3),
                notes="Doc note",
            )
            for i in range(documents)
        ],
        today=TODAY,
    )


def family_data() -> FamilyPlanData:
    parent = make_person()
    child = Person(given_names="Ánh", family_names="Nguyễn Thị", id=7, date_of_birth=date(2016, 5, 9))
    plan = FamilyPlan(
        person_id=1,
        children=[
            ChildPlan(
                child_id=7,
                caregivers=(
                    Caregiver("Rosa Elena Martínez", "tía", "+12135550143"),
                    Caregiver("Luis Ortega", "neighbor", "+13235550199"),
                ),
                authorization="Caregiver affidavit signed 2026",
                school_notes="Lincoln Elementary, 3rd grade",
                medical_notes="Asthma inhaler in backpack",
            )
        ],
        documents_location="Red box under the bed",
        power_of_attorney="Rosa Elena Martínez",
        notes="Spare key with neighbor.",
    )
    contacts = [
        (
            Contact(
                category=ContactCategory.HOTLINE, name="Rapid response line", phones=("+1 888 555 0123",)
            ),
            "Hotline",
        ),
        (
            Contact(category=ContactCategory.ATTORNEY, name="Lcda. Marta Ruiz", phones=("+1 213 555 0100",)),
            "Attorney",
        ),
    ]
    return FamilyPlanData(parent=parent, plan=plan, children=[child], contacts=contacts)


GUIDE_MD = """# If officers come to your door

You do **not** have to open the door. Ask them to *slide the warrant* under it.

## Check the warrant

1. It names a court.
2. A judge signed it.

- Stay calm.
- Stay silent.

> **This is changing.** A 2025 ICE memo claims more power to enter; it is contested in court.
> Talk to a lawyer now if you have a final order.

See [EOIR](https://acis.eoir.justice.gov) for hearing dates.
"""
