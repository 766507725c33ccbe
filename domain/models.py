"""Dataclasses for everything a vault holds (DESIGN §4), plus the reminders the rules produce.

Identifiers (`id`, `uuid`, timestamps) are filled in by storage; a new object has `id=None`.
Dates are `datetime.date`, times `datetime.time`; storage turns them into ISO text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from domain.text import Message, Text


class EventKind(StrEnum):
    """Kinds of dated obligations. The values are the stable identifiers of the command line."""

    ICE_CHECKIN = "ice_checkin"
    COURT_HEARING = "court_hearing"
    STAY_EXPIRY = "stay_expiry"
    TPS_WINDOW_START = "tps_window_start"
    TPS_WINDOW_END = "tps_window_end"
    EAD_EXPIRY = "ead_expiry"
    DACA_EXPIRY = "daca_expiry"
    GREEN_CARD_EXPIRY = "green_card_expiry"
    PASSPORT_EXPIRY = "passport_expiry"
    BIOMETRICS = "biometrics"
    INTERVIEW = "interview"
    FILING_DEADLINE = "filing_deadline"
    ADDRESS_CHANGE = "address_change"
    OTHER = "other"


class CaseKind(StrEnum):
    """Kinds of immigration cases."""

    REMOVAL = "removal"
    ASYLUM = "asylum"
    TPS = "tps"
    DACA = "daca"
    STAY_OF_REMOVAL = "stay_of_removal"
    U_T_VISA = "u_t_visa"
    SIJS = "sijs"
    FAMILY_PETITION = "family_petition"
    NATURALIZATION = "naturalization"
    OTHER = "other"


class ContactCategory(StrEnum):
    """Categories of the contacts directory."""

    ATTORNEY = "attorney"
    HOTLINE = "hotline"
    SANCTUARY = "sanctuary"
    CONSULATE = "consulate"
    BOND_FUND = "bond_fund"
    EMERGENCY = "emergency"
    CAREGIVER = "caregiver"
    OTHER = "other"


class RecurrenceUnit(StrEnum):
    """Units for recurring check-ins."""

    WEEKS = "weeks"
    MONTHS = "months"


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A check-in that repeats every `every` weeks or months, optionally until a date."""

    every: int
    unit: RecurrenceUnit
    until: date | None = None


@dataclass(slots=True)
class Person:
    """Someone in a household or a clinic's client list."""

    given_names: str
    family_names: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    country_of_birth: str = ""
    languages: str = ""
    a_number: str = ""  # 9 digits, or "" when unknown
    phone: str = ""  # E.164 when valid, as typed otherwise
    address: str = ""
    relationship: str = ""
    safe_to_contact: bool = True
    contact_method: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""

    @property
    def display_name(self) -> str:
        return display_name(self.given_names, self.family_names, self.preferred_name)


def display_name(given_names: str, family_names: str, preferred_name: str = "") -> str:
    """The name to show: given and family names, with a different preferred name in quotes."""
    name = f"{given_names} {family_names}".strip()
    if preferred_name and preferred_name != given_names:
        return f"{name} “{preferred_name}”"
    return name


@dataclass(slots=True)
class Case:
    """An immigration case of one person."""

    person_id: int
    kind: CaseKind
    status: str = ""
    agency: str = ""
    office: str = ""
    receipt_numbers: tuple[str, ...] = ()
    attorney_id: int | None = None
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Event:
    """A dated obligation: a check-in, a hearing, an expiry, a window, a move."""

    person_id: int
    kind: EventKind
    date: date
    case_id: int | None = None
    time: time | None = None
    place: str = ""
    recurrence: Recurrence | None = None
    done: bool = False
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Contact:
    """An attorney, hotline, congregation, consulate, bond fund, caregiver or emergency contact."""

    category: ContactCategory
    name: str
    organization: str = ""
    phones: tuple[str, ...] = ()
    address: str = ""
    hours: str = ""
    languages: str = ""
    last_verified: date | None = None
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Document:
    """An identity or immigration document of a person, for the documents checklist."""

    person_id: int
    kind: str
    location: str = ""
    expiry: date | None = None
    have_copy: bool = False
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Caregiver:
    """A person who may care for a child: name, how they are related, and a phone (E.164 or empty)."""

    name: str = ""
    relationship: str = ""
    phone: str = ""


@dataclass(slots=True)
class ChildPlan:
    """Who cares for one child if a parent is detained.

    The child is written into the plan itself (`name`, `date_of_birth`): a child need not be a person
    of the vault. `child_id` links a child that also is one (plans made before children could be
    written in); the plan's own name wins when both exist.
    """

    child_id: int | None = None
    name: str = ""
    date_of_birth: date | None = None
    caregivers: tuple[Caregiver, ...] = ()  # first and second choice
    authorization: str = ""
    school_notes: str = ""
    medical_notes: str = ""


@dataclass(slots=True)
class FamilyPlan:
    """A family preparedness plan kept for one parent (`person_id`)."""

    person_id: int
    children: list[ChildPlan] = field(default_factory=list)
    documents_location: str = ""
    power_of_attorney: str = ""
    notes: str = ""
    id: int | None = None
    uuid: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Reminder:
    """Something that is due: produced by a deadline rule from one event (or one occurrence of it).

    Not frozen on purpose: at clinic scale hundreds of thousands are built at once, and a frozen
    dataclass's constructor (one `object.__setattr__` per field) cost more than the rules themselves.
    Treat reminders as read-only values.
    """

    person_id: int
    person: str
    event_id: int
    kind: EventKind
    event_date: date
    due: date
    days_left: int
    rule_id: str
    title: Message
    action: Message
    source: str
    checked: date
    place: str = ""

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


EVENT_KIND_LABELS: dict[EventKind, Text] = {
    EventKind.ICE_CHECKIN: Text("ICE check-in", "Cita de control con ICE"),
    EventKind.COURT_HEARING: Text("Immigration court hearing", "Audiencia en la corte de inmigración"),
    EventKind.STAY_EXPIRY: Text("Stay of removal ends", "Vence la suspensión de deportación"),
    EventKind.TPS_WINDOW_START: Text("TPS re-registration opens", "Abre la re-inscripción de TPS"),
    EventKind.TPS_WINDOW_END: Text("TPS re-registration closes", "Cierra la re-inscripción de TPS"),
    EventKind.EAD_EXPIRY: Text("Work permit expires", "Vence el permiso de trabajo"),
    EventKind.DACA_EXPIRY: Text("DACA expires", "Vence DACA"),
    EventKind.GREEN_CARD_EXPIRY: Text("Green card expires", "Vence la tarjeta de residencia"),
    EventKind.PASSPORT_EXPIRY: Text("Passport expires", "Vence el pasaporte"),
    EventKind.BIOMETRICS: Text("Biometrics appointment", "Cita de huellas (biométricos)"),
    EventKind.INTERVIEW: Text("Interview", "Entrevista"),
    EventKind.FILING_DEADLINE: Text("Filing deadline", "Fecha límite para presentar"),
    EventKind.ADDRESS_CHANGE: Text("Moved to a new address", "Cambio de domicilio"),
    EventKind.OTHER: Text("Other date", "Otra fecha"),
}

CASE_KIND_LABELS: dict[CaseKind, Text] = {
    CaseKind.REMOVAL: Text("Removal proceedings", "Proceso de deportación"),
    CaseKind.ASYLUM: Text("Asylum", "Asilo"),
    CaseKind.TPS: Text("TPS", "TPS"),
    CaseKind.DACA: Text("DACA", "DACA"),
    CaseKind.STAY_OF_REMOVAL: Text("Stay of removal", "Suspensión de deportación"),
    CaseKind.U_T_VISA: Text("U or T visa", "Visa U o T"),
    CaseKind.SIJS: Text("SIJS (special immigrant juvenile)", "SIJS (menor inmigrante especial)"),
    CaseKind.FAMILY_PETITION: Text("Family petition", "Petición familiar"),
    CaseKind.NATURALIZATION: Text("Naturalization", "Naturalización"),
    CaseKind.OTHER: Text("Other", "Otro"),
}

CONTACT_CATEGORY_LABELS: dict[ContactCategory, Text] = {
    ContactCategory.ATTORNEY: Text("Attorney or legal organization", "Abogado u organización legal"),
    ContactCategory.HOTLINE: Text("Rapid-response hotline", "Línea de respuesta rápida"),
    ContactCategory.SANCTUARY: Text("Sanctuary congregation", "Congregación santuario"),
    ContactCategory.CONSULATE: Text("Consulate", "Consulado"),
    ContactCategory.BOND_FUND: Text("Bond fund", "Fondo de fianzas"),
    ContactCategory.EMERGENCY: Text("Emergency contact", "Contacto de emergencia"),
    ContactCategory.CAREGIVER: Text("Caregiver", "Cuidador o cuidadora"),
    ContactCategory.OTHER: Text("Other", "Otro"),
}
