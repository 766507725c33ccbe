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
    """Kinds of dated obligations. The values are the stable identifiers of the command line.

    The order is the order of the event editor's list: court and USCIS dates, then status papers.
    """

    ICE_CHECKIN = "ice_checkin"
    COURT_HEARING = "court_hearing"
    INDIVIDUAL_HEARING = "individual_hearing"
    BIOMETRICS = "biometrics"
    INTERVIEW = "interview"
    FILING_DEADLINE = "filing_deadline"
    EVIDENCE_REQUEST_DUE = "evidence_request_due"
    JUDGE_DECISION = "judge_decision"
    BIA_DECISION = "bia_decision"
    ABSENTIA_ORDER = "absentia_order"
    VOLUNTARY_DEPARTURE_GRANTED = "voluntary_departure_granted"
    VOLUNTARY_DEPARTURE = "voluntary_departure"
    STAY_EXPIRY = "stay_expiry"
    LAST_ARRIVAL = "last_arrival"
    ASYLUM_FEE_NOTICE = "asylum_fee_notice"
    TPS_WINDOW_START = "tps_window_start"
    TPS_WINDOW_END = "tps_window_end"
    TPS_DESIGNATION_END = "tps_designation_end"
    EAD_EXPIRY = "ead_expiry"
    DACA_EXPIRY = "daca_expiry"
    GREEN_CARD_EXPIRY = "green_card_expiry"
    CONDITIONAL_GREEN_CARD_EXPIRY = "conditional_green_card_expiry"
    NATURALIZATION_ANNIVERSARY = "naturalization_anniversary"
    PAROLE_END = "parole_end"
    U_VISA_CERTIFICATION = "u_visa_certification"
    PASSPORT_EXPIRY = "passport_expiry"
    ADDRESS_CHANGE = "address_change"
    OTHER = "other"
    # Worked out from a person's date of birth, never entered (see DERIVED_EVENT_KINDS).
    TURNS_14 = "turns_14"
    SIJS_AGE_LIMIT = "sijs_age_limit"

# Kinds the rules derive from a person's date of birth: the event editor does not offer them.
DERIVED_EVENT_KINDS: frozenset[EventKind] = frozenset({EventKind.TURNS_14, EventKind.SIJS_AGE_LIMIT})


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


# What shows the vault that a person is not a U.S. citizen (for the registration-at-14 reminder). A family
# petition is left out: its person may be the U.S.-citizen petitioner. Without any of these (or an
# A-number) a person is treated as possibly a citizen and gets no registration reminder.
NONCITIZEN_CASE_KINDS: frozenset[CaseKind] = frozenset(set(CaseKind) - {CaseKind.FAMILY_PETITION, CaseKind.OTHER})
NONCITIZEN_EVENT_KINDS: frozenset[EventKind] = frozenset({
    EventKind.ICE_CHECKIN, EventKind.STAY_EXPIRY, EventKind.TPS_WINDOW_START, EventKind.TPS_WINDOW_END,
    EventKind.EAD_EXPIRY, EventKind.DACA_EXPIRY, EventKind.GREEN_CARD_EXPIRY, EventKind.TPS_DESIGNATION_END,
    EventKind.CONDITIONAL_GREEN_CARD_EXPIRY, EventKind.LAST_ARRIVAL, EventKind.PAROLE_END,
    EventKind.NATURALIZATION_ANNIVERSARY,
})


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


class Item(StrEnum):
    """What a line of the deadline list is. The values are stable identifiers of the command line."""

    APPOINTMENT = "appointment"  # the dated obligation itself (a check-in, a hearing, an expiry)
    REMINDER = "reminder"  # a step that prepares for one


@dataclass(slots=True)
class Reminder:
    """A line of the deadline list: a rule's step for one event (or one occurrence of it), or the
    appointment itself (`item` is APPOINTMENT; see `domain.appointments`).

    `kind`, `event_date`, `event_time` and `place` always describe the appointment, so a step can say
    which appointment it prepares for and when. An appointment's `due` is its own date.

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
    source: Message  # where the rule comes from, in words for the user; empty for a plain appointment
    checked: date | None  # None: not from a rule (an appointment with no step of that day)
    place: str = ""
    event_time: time | None = None
    item: Item = Item.REMINDER
    confidence: str = "H"  # FACTS' mark for the rule: H, M or C (changing)

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


EVENT_KIND_LABELS: dict[EventKind, Text] = {
    EventKind.ICE_CHECKIN: Text("ICE check-in", "Cita de control con ICE"),
    EventKind.COURT_HEARING: Text("Immigration court hearing", "Audiencia en la corte de inmigración"),
    EventKind.STAY_EXPIRY: Text("Stay of removal ends", "Vence la suspensión de deportación"),
    EventKind.TPS_WINDOW_START: Text(
        "TPS re-registration opens", "Se abre el plazo para volver a inscribirse en TPS"
    ),
    EventKind.TPS_WINDOW_END: Text(
        "TPS re-registration closes", "Cierra el plazo para volver a inscribirse en TPS"
    ),
    EventKind.EAD_EXPIRY: Text("Work permit expires", "Vence el permiso de trabajo"),
    EventKind.DACA_EXPIRY: Text("DACA expires", "Vence DACA"),
    EventKind.GREEN_CARD_EXPIRY: Text("Green card expires", "Vence la tarjeta de residencia"),
    EventKind.PASSPORT_EXPIRY: Text("Passport expires", "Vence el pasaporte"),
    EventKind.BIOMETRICS: Text("Biometrics appointment", "Cita de huellas (biométricos)"),
    EventKind.INTERVIEW: Text("Interview", "Entrevista"),
    EventKind.FILING_DEADLINE: Text("Filing deadline", "Fecha límite para presentar"),
    EventKind.ADDRESS_CHANGE: Text("Moved to a new address", "Cambio de domicilio"),
    EventKind.OTHER: Text("Other date", "Otra fecha"),
    EventKind.TPS_DESIGNATION_END: Text("TPS for the country ends", "Termina el TPS del país"),
    EventKind.CONDITIONAL_GREEN_CARD_EXPIRY: Text(
        "Conditional (2-year) green card expires", "Vence la tarjeta de residencia condicional (de 2 años)"
    ),
    EventKind.LAST_ARRIVAL: Text(
        "Last arrival in the U.S. (asylum: one year)", "Última llegada a EE. UU. (asilo: un año)"
    ),
    EventKind.ASYLUM_FEE_NOTICE: Text("Yearly asylum fee notice", "Aviso del pago anual de asilo"),
    EventKind.JUDGE_DECISION: Text("Immigration judge's decision", "Decisión del juez de inmigración"),
    EventKind.ABSENTIA_ORDER: Text(
        "Order of removal in absence", "Orden de deportación en ausencia"
    ),
    EventKind.BIA_DECISION: Text(
        "Decision of the Board of Immigration Appeals (BIA)", "Decisión de la Junta de Apelaciones (BIA)"
    ),
    EventKind.VOLUNTARY_DEPARTURE_GRANTED: Text(
        "Voluntary departure granted (bond)", "Le dieron salida voluntaria (fianza)"
    ),
    EventKind.VOLUNTARY_DEPARTURE: Text(
        "Voluntary departure: last day to leave", "Salida voluntaria: último día para salir"
    ),
    EventKind.EVIDENCE_REQUEST_DUE: Text(
        "Deadline to answer USCIS (RFE or NOID)", "Fecha límite para responder a USCIS (RFE o NOID)"
    ),
    EventKind.NATURALIZATION_ANNIVERSARY: Text(
        "5 (or 3) years as a permanent resident", "Cumple 5 (o 3) años como residente permanente"
    ),
    EventKind.PAROLE_END: Text("Parole (I-94) ends", "Termina el parole (I-94)"),
    EventKind.U_VISA_CERTIFICATION: Text(
        "U visa certification signed (Supplement B)", "Firma de la certificación de la visa U (Suplemento B)"
    ),
    EventKind.INDIVIDUAL_HEARING: Text(
        "Individual (final) court hearing", "Audiencia individual (final) en la corte"
    ),
    EventKind.TURNS_14: Text("Turns 14: registration", "Cumple 14 años: registro"),
    EventKind.SIJS_AGE_LIMIT: Text(
        "Last day to file SIJS (before turning 21)", "Último día para pedir SIJS (antes de cumplir 21)"
    ),
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
