"""The deadline engine: a table of dated rules (DESIGN §5, FACTS "Deadline rules") and `reminders()`.

Each rule says, for some event kinds, when reminders fall due relative to the event date ("steps"),
what to do at each step, and what to say once its last deadline has passed ("late"). Rules never read
the system clock: `today` is a parameter, and days are whole calendar days.

How steps become reminders (kept deliberately quiet):
- For each event and each rule, only the NEXT step is produced: the earliest step due today or later,
  and only when it is due within the horizon (`today + days`). Steps already passed are superseded by
  the next one, not reported as overdue.
- Once every step has passed and the rule's late date has passed too, one overdue reminder is produced
  (due = the late date, so `days_left` is negative) until the user marks the event done.
- A recurring event (a check-in every N weeks or months) is expanded into occurrences; each occurrence
  gets its next step like a single event, but a past occurrence is never overdue: a series has no
  "done" per occurrence (only marking the whole event done ends it), so an overdue reminder for every
  past check-in would be noise that can never be cleared.
- Rules for appointments and closing dates also have a step on the event date itself: without it the
  day of a hearing or check-in would show nothing (the 1-day step is superseded that morning).
- An event whose recurrence is invalid (every < 1) is treated as a single event on its date.
- A person missing from `people` is treated as having no court case and no stay of removal, with an
  empty name.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import pairwise
from operator import attrgetter

from domain.models import Event, EventKind, Recurrence, RecurrenceUnit, Reminder
from domain.recurrence import add_months, occurrences
from domain.text import Message, Text

FACTS_CHECKED = date(2026, 11, 22)
CONFIDENCES = frozenset({"H", "M", "C"})

_MAX_ORDINAL = date.max.toordinal()


class Unit(StrEnum):
    """What a rule's step offsets count: calendar days, or calendar months (day clamped to month end)."""

    DAYS = "days"
    MONTHS = "months"


class Applies(StrEnum):
    """Which people a rule is for, from the facts the rules need about a person."""

    EVERYONE = "everyone"
    COURT_CASE = "court_case"
    STAY_OF_REMOVAL = "stay_of_removal"
    NO_STAY_OF_REMOVAL = "no_stay_of_removal"


@dataclass(slots=True)
class PersonFacts:
    """What the rules need to know about a person: the name to show and two facts that change rules."""

    person_id: int
    name: str
    has_court_case: bool = False
    has_stay_of_removal: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """One reminder of a rule, due `offset` days or months after the event date (negative: before)."""

    offset: int
    title: Text
    action: Text


@dataclass(frozen=True, slots=True)
class Rule:
    """A deadline rule: the event kinds it covers, its steps, its late reminder, and where it comes from.

    `steps` are in increasing offset order. `late`, when set, is the overdue reminder shown once its own
    offset has passed (it must not come before the last step); `None` means the rule never goes overdue.
    `checked` is the date the source was last checked; `confidence` is FACTS' mark (H, M or C).
    """

    id: str
    kinds: frozenset[EventKind]
    source: str
    checked: date
    confidence: str
    description: Text
    steps: tuple[Step, ...]
    late: Step | None = None
    unit: Unit = Unit.DAYS
    applies: Applies = Applies.EVERYONE

    def __post_init__(self) -> None:
        if not self.steps:
            raise ValueError(f"rule {self.id} has no steps")
        offsets = [s.offset for s in self.steps]
        if any(a >= b for a, b in pairwise(offsets)):
            raise ValueError(f"rule {self.id}: steps must be in strictly increasing offset order")
        if self.late is not None and self.late.offset < offsets[-1]:
            raise ValueError(f"rule {self.id}: the late reminder comes before the last step")
        if self.confidence not in CONFIDENCES:
            raise ValueError(f"rule {self.id}: confidence must be H, M or C")

    def applies_to(self, facts: PersonFacts | None) -> bool:
        """Whether the rule is for this person (`None`: an unknown person, with neither fact)."""
        if self.applies is Applies.EVERYONE:
            return True
        court = facts is not None and facts.has_court_case
        stay = facts is not None and facts.has_stay_of_removal
        if self.applies is Applies.COURT_CASE:
            return court
        if self.applies is Applies.STAY_OF_REMOVAL:
            return stay
        return not stay

    def step_dates(self, event_date: date) -> tuple[date, ...]:
        """The due dates of the steps for an event on `event_date`, in order.

        Raises OverflowError when a step falls outside the calendar (only near year 1 or 9999).
        """
        if self.unit is Unit.MONTHS:
            return tuple(add_months(event_date, s.offset) for s in self.steps)
        return tuple(event_date + timedelta(days=s.offset) for s in self.steps)

    def late_date(self, event_date: date) -> date | None:
        """The due date of the overdue reminder for an event on `event_date` (None: never overdue)."""
        if self.late is None:
            return None
        if self.unit is Unit.MONTHS:
            return add_months(event_date, self.late.offset)
        return event_date + timedelta(days=self.late.offset)

    def lead_days(self) -> int:
        """The most days before the event date that this rule's first step can fall due (0 if none)."""
        first = self.steps[0].offset
        if first >= 0:
            return 0
        # 31 days per month is an upper bound: the exact span of N calendar months varies.
        return -first * (31 if self.unit is Unit.MONTHS else 1)

    def lag_days(self) -> int:
        """The most days after the event date that this rule's last step can fall due (0 if none)."""
        last = self.steps[-1].offset
        return max(0, last) * (31 if self.unit is Unit.MONTHS else 1)


# --- Wording -------------------------------------------------------------------------------------
# Titles say what to do; actions say how, in plain words. No relative times ("tomorrow", "in 30 days"):
# a reminder is listed ahead of its due date, and the screen shows the dates and days left itself.

_EOIR_LINE_EN = "1-800-898-7180 (TDD 1-800-828-1120; English and Spanish, 24 hours)"
_EOIR_LINE_ES = "1-800-898-7180 (TDD 1-800-828-1120; en inglés y español, las 24 horas)"

GENERIC_LATE_TITLE = Text("This date has passed", "Esta fecha ya pasó")
GENERIC_LATE_ACTION = Text(
    "Mark it done, or talk to your lawyer if something is still pending.",
    "Márquela como hecha, o hable con su abogado si algo quedó pendiente.",
)
_NO_AUTO_EXTENSION_EN = "Ask a lawyer whether an automatic extension applies to you; do not count on one."
_NO_AUTO_EXTENSION_ES = (
    "Pregúntele a un abogado si a usted le corresponde una extensión automática; no cuente con ella."
)
_TPS_CHECK_EN = (
    "Several TPS terminations are in court and the rules are changing: check the latest government "
    "notice with a legal organization."
)
_TPS_CHECK_ES = (
    "Varias terminaciones de TPS están en los tribunales y las reglas están cambiando: confirme el aviso "
    "más reciente del gobierno con una organización legal."
)


def _days(offset: int, title: Text, action: Text) -> Step:
    return Step(offset, title, action)


_RECHECK_TITLE = Text("Re-check your hearing date", "Vuelva a confirmar la fecha de su audiencia")
_RECHECK_ACTION = Text(
    "Hearings move often. Once a week, call the immigration court line " + _EOIR_LINE_EN
    + " or check acis.eoir.justice.gov with your 9-digit A-number (add a 0 in front of an 8-digit one).",
    "Las audiencias cambian con frecuencia. Una vez por semana, llame a la línea de la corte de "
    "inmigración, " + _EOIR_LINE_ES + ", o consulte acis.eoir.justice.gov con su número A de 9 dígitos "
    "(si tiene 8, agregue un 0 al principio).",
)
# Weekly re-checks start 26 weeks before a hearing and stop 2 weeks before it, on the hearing's weekday:
# the 7-day and 1-day hearing reminders carry the re-check themselves. A bound is needed so storage can
# pre-filter events by date (`max_lead_days`).
RECHECK_FIRST_WEEK = 26
RECHECK_LAST_WEEK = 2


RULES: tuple[Rule, ...] = (
    Rule(
        id="daca_renewal",
        kinds=frozenset({EventKind.DACA_EXPIRY}),
        source="USCIS guidance as cited by NILC",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "DACA renewal: file between 150 and 120 days before DACA expires; filing earlier than 150 days "
            "may be rejected. DACA work permits get no automatic extension.",
            "Renovación de DACA: presente la solicitud entre 150 y 120 días antes de que venza DACA; si la "
            "presenta antes de los 150 días, se la pueden rechazar. El permiso de trabajo de DACA no recibe "
            "extensión automática.",
        ),
        steps=(
            _days(
                -150,
                Text("The DACA renewal window opens", "Se abre el plazo para renovar DACA"),
                Text(
                    "From this date you can file the DACA renewal (Forms I-821D and I-765); file it within "
                    "30 days. Do not file earlier: it may be rejected. Gather your papers and the fee now.",
                    "Desde esta fecha puede presentar la renovación de DACA (formularios I-821D e I-765); "
                    "preséntela dentro de los 30 días siguientes. No la presente antes, porque se la pueden "
                    "rechazar. Vaya juntando sus papeles y el pago.",
                ),
            ),
            _days(
                -120,
                Text(
                    "File the DACA renewal (Form I-821D and I-765) now — the window is open",
                    "Presente la renovación de DACA (formularios I-821D e I-765) ahora: "
                    "el plazo está abierto",
                ),
                Text(
                    "File by this date, 120 days before your DACA expires. DACA work permits get no "
                    "automatic extension, so filing late can leave you without a work permit.",
                    "Preséntela a más tardar en esta fecha, 120 días antes de que venza su DACA. El permiso "
                    "de trabajo de DACA no se extiende automáticamente: si presenta tarde, puede quedarse "
                    "sin permiso de trabajo.",
                ),
            ),
        ),
        late=_days(
            -120,
            Text(
                "The DACA renewal is late — file as soon as possible",
                "La renovación de DACA va tarde: preséntela cuanto antes",
            ),
            Text(
                "The date to file 120 days before expiry has passed. File Forms I-821D and I-765 as soon as "
                "possible and talk to a lawyer or legal organization. DACA work permits get no automatic "
                "extension.",
                "Ya pasó la fecha para presentar 120 días antes del vencimiento. Presente los formularios "
                "I-821D e I-765 cuanto antes y hable con un abogado o una organización legal. El permiso de "
                "trabajo de DACA no se extiende automáticamente.",
            ),
        ),
    ),
    Rule(
        id="ead_renewal",
        kinds=frozenset({EventKind.EAD_EXPIRY}),
        source="USCIS Form I-765 instructions",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Work permit (EAD) renewal: for most categories, Form I-765 may be filed up to 180 days before "
            "the card expires. Automatic extensions changed in 2024 and 2025 and are not promised here.",
            "Renovación del permiso de trabajo (EAD): en la mayoría de las categorías, el formulario I-765 "
            "se puede presentar hasta 180 días antes de que venza la tarjeta. Las extensiones automáticas "
            "cambiaron en 2024 y 2025; aquí no se promete ninguna.",
        ),
        steps=(
            _days(
                -180,
                Text("You can renew the work permit", "Ya puede renovar el permiso de trabajo"),
                Text(
                    "For most categories, the renewal (Form I-765) can be filed from this date, 180 days "
                    "before the card expires. File early. " + _NO_AUTO_EXTENSION_EN,
                    "En la mayoría de las categorías, la renovación (formulario I-765) se puede presentar "
                    "desde esta fecha, 180 días antes de que venza la tarjeta. Preséntela pronto. "
                    + _NO_AUTO_EXTENSION_ES,
                ),
            ),
            _days(
                0,
                Text("Renew the work permit now", "Renueve el permiso de trabajo ahora"),
                Text(
                    "The renewal window is open: file Form I-765 before the card expires. "
                    + _NO_AUTO_EXTENSION_EN,
                    "El plazo de renovación está abierto: presente el formulario I-765 antes de que venza "
                    "la tarjeta. " + _NO_AUTO_EXTENSION_ES,
                ),
            ),
        ),
        late=_days(
            0,
            Text("The work permit has expired", "El permiso de trabajo está vencido"),
            Text(
                "If the renewal is not filed, file Form I-765 as soon as possible and ask a lawyer whether "
                "you may keep working. Mark this done once it is handled.",
                "Si no ha presentado la renovación, presente el formulario I-765 cuanto antes y pregúntele "
                "a un abogado si puede seguir trabajando. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="green_card_renewal",
        kinds=frozenset({EventKind.GREEN_CARD_EXPIRY}),
        source="USCIS (Form I-90; Form I-751 for conditional residence)",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Green card renewal: a 10-year card is renewed with Form I-90 within the 6 months before it "
            "expires; a 2-year conditional card needs Form I-751 in the 90 days before it expires.",
            "Renovación de la tarjeta de residencia: la tarjeta de 10 años se renueva con el formulario "
            "I-90 en los 6 meses antes de que venza; la tarjeta condicional de 2 años necesita el "
            "formulario I-751 en los 90 días antes del vencimiento.",
        ),
        unit=Unit.MONTHS,
        steps=(
            Step(
                -6,
                Text("You can renew the green card", "Ya puede renovar la tarjeta de residencia"),
                Text(
                    "From this date, 6 months before it expires, a 10-year green card can be renewed with "
                    "Form I-90. If yours is a 2-year (conditional) card, the form is I-751, filed in the 90 "
                    "days before it expires — ask a lawyer.",
                    "Desde esta fecha, 6 meses antes del vencimiento, la tarjeta de residencia de 10 años se "
                    "puede renovar con el formulario I-90. Si la suya es de 2 años (residencia condicional), "
                    "el formulario es el I-751 y se presenta en los 90 días antes del vencimiento; consulte "
                    "con un abogado.",
                ),
            ),
            Step(
                0,
                Text("Renew the green card now", "Renueve la tarjeta de residencia ahora"),
                Text(
                    "File Form I-90 before the card expires (Form I-751 for a 2-year conditional card — ask "
                    "a lawyer).",
                    "Presente el formulario I-90 antes de que venza la tarjeta (el I-751 si es una tarjeta "
                    "condicional de 2 años; consulte con un abogado).",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The green card has expired", "La tarjeta de residencia está vencida"),
            Text(
                "Renew it with Form I-90 as soon as possible, and talk to a lawyer now if it was a 2-year "
                "(conditional) card. Mark this done once it is handled.",
                "Renuévela con el formulario I-90 cuanto antes, y hable ya con un abogado si era una "
                "tarjeta condicional de 2 años. Márquelo como hecho cuando esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="passport_stay",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source="Form I-246 text; law-firm pages (stay of removal needs a passport valid 6 months or more)",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "With a stay of removal: a request for a stay needs a passport valid for at least 6 months.",
            "Con una suspensión de deportación: para pedir la suspensión se necesita un pasaporte con al "
            "menos 6 meses de vigencia.",
        ),
        unit=Unit.MONTHS,
        applies=Applies.STAY_OF_REMOVAL,
        steps=(
            Step(
                -6,
                Text(
                    "Renew the passport before it has less than 6 months left",
                    "Renueve el pasaporte antes de que le queden menos de 6 meses",
                ),
                Text(
                    "A stay of removal request needs a passport valid for at least 6 months. Start the "
                    "renewal at your consulate, and check with your lawyer.",
                    "Para pedir una suspensión de deportación se necesita un pasaporte con al menos 6 meses "
                    "de vigencia. Empiece la renovación en su consulado y consulte con su abogado.",
                ),
            ),
        ),
        late=Step(
            -6,
            Text(
                "The passport has less than 6 months left — renew it now",
                "Al pasaporte le quedan menos de 6 meses: renuévelo ya",
            ),
            Text(
                "A stay of removal request needs a passport valid for at least 6 months. Renew it at your "
                "consulate as soon as possible and tell your lawyer. Mark this done once it is renewed.",
                "Para pedir una suspensión de deportación se necesita un pasaporte con al menos 6 meses de "
                "vigencia. Renuévelo en su consulado cuanto antes y avísele a su abogado. Márquelo como "
                "hecho cuando lo tenga.",
            ),
        ),
    ),
    Rule(
        id="passport_expiry",
        kinds=frozenset({EventKind.PASSPORT_EXPIRY}),
        source="Law-firm pages (passport valid 6 months or more for travel and a stay request)",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Passport: keep it valid for at least 6 months for travel and for a stay of removal request.",
            "Pasaporte: manténgalo vigente con al menos 6 meses por delante para viajar y para pedir una "
            "suspensión de deportación.",
        ),
        unit=Unit.MONTHS,
        applies=Applies.NO_STAY_OF_REMOVAL,
        steps=(
            Step(
                -6,
                Text(
                    "Renew the passport if you travel or need it as ID",
                    "Renueve el pasaporte si va a viajar o si lo usa como identificación",
                ),
                Text(
                    "The passport expires 6 months after this date. Keep it valid for at least 6 months to "
                    "travel or to request a stay of removal. A renewal at the consulate can take weeks.",
                    "El pasaporte vence 6 meses después de esta fecha. Para viajar o para pedir una "
                    "suspensión de deportación, debe tener al menos 6 meses de vigencia. La renovación en el "
                    "consulado puede tardar semanas.",
                ),
            ),
        ),
        late=Step(
            0,
            Text("The passport has expired", "El pasaporte está vencido"),
            Text(
                "Renew it at your consulate if you travel or need it as ID, then mark this done.",
                "Renuévelo en su consulado si va a viajar o si lo usa como identificación, y luego márquelo "
                "como hecho.",
            ),
        ),
    ),
    Rule(
        id="stay_expiry",
        kinds=frozenset({EventKind.STAY_EXPIRY}),
        source="Form I-246 text; law-firm pages",
        checked=FACTS_CHECKED,
        confidence="M",
        description=Text(
            "Stay of removal: usually granted for a limited time; a new request (Form I-246) is filed in "
            "person at the ICE field office. Reminders 60 and 30 days before it ends.",
            "Suspensión de deportación: se suele dar por un tiempo limitado; una nueva solicitud "
            "(formulario I-246) se presenta en persona en la oficina de ICE. Recordatorios 60 y 30 días "
            "antes de que termine.",
        ),
        steps=(
            _days(
                -60,
                Text(
                    "Plan with your lawyer for the end of the stay of removal",
                    "Planee con su abogado qué hacer cuando termine la suspensión de deportación",
                ),
                Text(
                    "Ask your lawyer whether to request a new stay (Form I-246, filed in person at the ICE "
                    "field office). It needs a passport valid for at least 6 months; the fee is $155 and "
                    "may change.",
                    "Pregúntele a su abogado si conviene pedir una nueva suspensión (formulario I-246, que "
                    "se presenta en persona en la oficina de ICE). Se necesita un pasaporte con al menos 6 "
                    "meses de vigencia; la tarifa es de $155 y puede cambiar.",
                ),
            ),
            _days(
                -30,
                Text(
                    "The stay of removal ends soon — is a new request filed?",
                    "La suspensión de deportación termina pronto: ¿ya presentó una nueva solicitud?",
                ),
                Text(
                    "If a new stay is needed and not yet requested, talk to your lawyer now. Keep your "
                    "family plan ready.",
                    "Si hace falta una nueva suspensión y todavía no la ha pedido, hable ya con su abogado. "
                    "Tenga listo su plan familiar.",
                ),
            ),
            _days(
                0,
                Text("The stay of removal ends", "Termina la suspensión de deportación"),
                Text(
                    "The stay ends on this date. Talk to your lawyer about where your request stands, and "
                    "keep your family plan ready.",
                    "La suspensión termina en esta fecha. Hable con su abogado sobre cómo va su solicitud y "
                    "tenga listo su plan familiar.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The stay of removal has ended", "La suspensión de deportación ya terminó"),
            Text(
                "Talk to your lawyer now. Mark this done once a new stay is granted or the matter is "
                "handled.",
                "Hable ya con su abogado. Márquelo como hecho cuando le den una nueva suspensión o el asunto "
                "esté resuelto.",
            ),
        ),
    ),
    Rule(
        id="tps_window_open",
        kinds=frozenset({EventKind.TPS_WINDOW_START}),
        source="Federal Register notices (dates entered by the user); Alianza Americas",
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration opens on the date set by the government notice, as entered by the user.",
            "La re-inscripción de TPS abre en la fecha que fija el aviso del gobierno, según la anotó el "
            "usuario.",
        ),
        steps=(
            _days(
                0,
                Text("TPS re-registration opens", "Se abre la re-inscripción de TPS"),
                Text(
                    "Re-register during the window in the government notice (the dates you entered). "
                    + _TPS_CHECK_EN,
                    "Vuelva a inscribirse dentro del plazo del aviso del gobierno (las fechas que usted "
                    "anotó). " + _TPS_CHECK_ES,
                ),
            ),
        ),
        late=_days(
            0,
            Text(
                "TPS re-registration is open — file before it closes",
                "La re-inscripción de TPS está abierta: preséntela antes de que cierre",
            ),
            Text(
                "The window opened on this date. File before it closes, then mark this done. "
                + _TPS_CHECK_EN,
                "El plazo se abrió en esta fecha. Presente antes de que cierre y luego márquelo como hecho. "
                + _TPS_CHECK_ES,
            ),
        ),
    ),
    Rule(
        id="tps_window_close",
        kinds=frozenset({EventKind.TPS_WINDOW_END}),
        source="Federal Register notices (dates entered by the user); Alianza Americas",
        checked=FACTS_CHECKED,
        confidence="C",
        description=Text(
            "TPS re-registration closes on the date set by the government notice, as entered by the user. "
            "Reminders 30 and 7 days before.",
            "La re-inscripción de TPS cierra en la fecha que fija el aviso del gobierno, según la anotó el "
            "usuario. Recordatorios 30 y 7 días antes.",
        ),
        steps=(
            _days(
                -30,
                Text(
                    "File the TPS re-registration before the window closes",
                    "Presente la re-inscripción de TPS antes de que cierre el plazo",
                ),
                Text(
                    "If you have not re-registered yet, file now; the window is the one in the government "
                    "notice you entered. " + _TPS_CHECK_EN,
                    "Si todavía no se ha vuelto a inscribir, preséntela ya; el plazo es el del aviso del "
                    "gobierno que usted anotó. " + _TPS_CHECK_ES,
                ),
            ),
            _days(
                -7,
                Text(
                    "The TPS window closes soon — file now",
                    "El plazo de TPS está por cerrar: presente ya",
                ),
                Text(
                    "If you have not filed, file now and keep a copy of everything you send and the receipt. "
                    "If you need help, call a legal organization today.",
                    "Si no ha presentado, hágalo ya y guarde una copia de todo lo que envíe y el recibo. Si "
                    "necesita ayuda, llame hoy mismo a una organización legal.",
                ),
            ),
            _days(
                0,
                Text("The TPS re-registration window closes", "Cierra el plazo de re-inscripción de TPS"),
                Text(
                    "The window in the notice ends on this date. If you have not filed, talk to a legal "
                    "organization right away.",
                    "El plazo del aviso termina en esta fecha. Si no ha presentado, hable de inmediato con "
                    "una organización legal.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The TPS re-registration window has closed", "Se cerró el plazo de re-inscripción de TPS"),
            Text(
                "If you re-registered, mark this done. If you did not, talk to a legal organization right "
                "away.",
                "Si se volvió a inscribir, márquelo como hecho. Si no, hable de inmediato con una "
                "organización legal.",
            ),
        ),
    ),
    Rule(
        id="ice_checkin",
        kinds=frozenset({EventKind.ICE_CHECKIN}),
        source="ice.gov ATD page; FACTS: check-ins have become riskier (M); family preparedness plan",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "ICE check-ins (order of supervision, Alternatives to Detention) are separate from court "
            "hearings and often recur. Reminders 7 days and 1 day before, with a preparation checklist.",
            "Las citas de control con ICE (orden de supervisión, Alternativas a la Detención) son aparte de "
            "las audiencias en la corte y suelen repetirse. Recordatorios 7 días y 1 día antes, con una "
            "lista para prepararse.",
        ),
        steps=(
            _days(
                -7,
                Text("Prepare for the ICE check-in", "Prepárese para la cita de control con ICE"),
                Text(
                    "Talk to your lawyer before the check-in. Gather your papers (the order of supervision, "
                    "ID, any letters from ICE or the court). Tell a trusted person when and where it is, "
                    "and when to expect your call. Have your family plan ready.",
                    "Hable con su abogado antes de la cita. Junte sus papeles (la orden de supervisión, su "
                    "identificación, las cartas de ICE o de la corte). Dígale a una persona de confianza "
                    "cuándo y dónde es la cita, y a qué hora le va a llamar. Tenga listo su plan familiar.",
                ),
            ),
            _days(
                -1,
                Text("ICE check-in: last checklist", "Cita con ICE: última revisión"),
                Text(
                    "Did you talk to your lawyer? Have your papers and your lawyer's phone number written on "
                    "paper. Your trusted person knows when and where you are going and when you will call. "
                    "Your family plan and the children's caregivers are ready.",
                    "¿Ya habló con su abogado? Tenga sus papeles y el teléfono de su abogado apuntado en "
                    "papel. Su persona de confianza sabe cuándo y adónde va, y a qué hora le va a llamar. "
                    "Su plan familiar y quienes cuidarían a sus hijos están listos.",
                ),
            ),
            _days(
                0,
                Text("ICE check-in day", "Día de la cita con ICE"),
                Text(
                    "Go on time with your papers and your lawyer's phone number. Your trusted person should "
                    "know where you are and whom to call if they do not hear from you.",
                    "Llegue a tiempo con sus papeles y el teléfono de su abogado. Su persona de confianza "
                    "debe saber dónde está y a quién llamar si no sabe de usted.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The check-in date has passed", "La fecha de la cita con ICE ya pasó"),
            Text(
                "If you went, mark it done and enter the next check-in. If you could not go, talk to your "
                "lawyer right away.",
                "Si fue, márquela como hecha y anote la próxima cita. Si no pudo ir, hable de inmediato con "
                "su abogado.",
            ),
        ),
    ),
    Rule(
        id="court_hearing",
        kinds=frozenset({EventKind.COURT_HEARING}),
        source="EOIR customer service page; Practice Manual 1.6",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Immigration court hearings: reminders 30, 7 and 1 day before; hearings move often, so re-check "
            "the date with the court's line or portal.",
            "Audiencias en la corte de inmigración: recordatorios 30, 7 y 1 día antes; las audiencias "
            "cambian con frecuencia, así que vuelva a confirmar la fecha en la línea o el portal de la "
            "corte.",
        ),
        steps=(
            _days(
                -30,
                Text("Prepare for the court hearing with your lawyer", "Prepare la audiencia con su abogado"),
                Text(
                    "Meet your lawyer or legal organization about the hearing and gather the documents they "
                    "ask for. Missing a hearing can lead to an order of removal. Re-check the date at "
                    + _EOIR_LINE_EN + " or acis.eoir.justice.gov.",
                    "Reúnase con su abogado u organización legal para preparar la audiencia y junte los "
                    "documentos que le pidan. Si falta a una audiencia, le pueden dictar una orden de "
                    "deportación. Vuelva a confirmar la fecha en el " + _EOIR_LINE_ES
                    + " o en acis.eoir.justice.gov.",
                ),
            ),
            _days(
                -7,
                Text(
                    "Court hearing coming up: confirm the date and time",
                    "Se acerca la audiencia: confirme la fecha y la hora",
                ),
                Text(
                    "Hearings move often. Call " + _EOIR_LINE_EN + " or check acis.eoir.justice.gov with "
                    "your A-number. Plan how you will get there and who will care for your children.",
                    "Las audiencias cambian con frecuencia. Llame al " + _EOIR_LINE_ES + " o consulte "
                    "acis.eoir.justice.gov con su número A. Planee cómo va a llegar y quién cuidará a sus "
                    "hijos.",
                ),
            ),
            _days(
                -1,
                Text("Court hearing: last check", "Audiencia: última revisión"),
                Text(
                    "Confirm the date once more at 1-800-898-7180. Have your papers and your lawyer's phone "
                    "number ready, plan to arrive early, and tell a trusted person where you will be.",
                    "Confirme la fecha una vez más en el 1-800-898-7180. Tenga listos sus papeles y el "
                    "teléfono de su abogado, planee llegar temprano y dígale a una persona de confianza "
                    "dónde va a estar.",
                ),
            ),
            _days(
                0,
                Text("Court hearing day", "Día de la audiencia"),
                Text(
                    "Arrive early with your papers. If something keeps you from going, call your lawyer "
                    "right away: missing a hearing can lead to an order of removal.",
                    "Llegue temprano con sus papeles. Si algo le impide ir, llame de inmediato a su abogado: "
                    "si falta a la audiencia, le pueden dictar una orden de deportación.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The hearing date has passed", "La fecha de la audiencia ya pasó"),
            Text(
                "If the hearing took place, mark it done and enter the next date. If you missed it, talk to "
                "a lawyer right away.",
                "Si la audiencia se celebró, márquela como hecha y anote la próxima fecha. Si no pudo ir, "
                "hable de inmediato con un abogado.",
            ),
        ),
    ),
    Rule(
        id="hearing_recheck",
        kinds=frozenset({EventKind.COURT_HEARING}),
        source="EOIR customer service page; Practice Manual 1.6",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Hearings move often: re-check the hearing date every week before it, by the EOIR automated "
            "line or the online portal.",
            "Las audiencias cambian con frecuencia: vuelva a confirmar la fecha cada semana antes de la "
            "audiencia, en la línea automática de EOIR o en el portal en línea.",
        ),
        steps=tuple(
            _days(-7 * week, _RECHECK_TITLE, _RECHECK_ACTION)
            for week in range(RECHECK_FIRST_WEEK, RECHECK_LAST_WEEK - 1, -1)
        ),
    ),
    Rule(
        id="appointment",
        kinds=frozenset({EventKind.BIOMETRICS, EventKind.INTERVIEW}),
        source="The appointment notice (date entered by the user)",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Biometrics appointments and interviews: reminders 7 days and 1 day before.",
            "Citas de huellas (biométricos) y entrevistas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Get ready for the appointment", "Prepárese para la cita"),
                Text(
                    "Read the appointment notice again: bring it, your ID and the papers it asks for. If "
                    "you cannot go, ask your lawyer how to reschedule before the date.",
                    "Vuelva a leer el aviso de la cita: llévelo, junto con su identificación y los papeles "
                    "que pide. Si no puede ir, pregúntele a su abogado cómo cambiar la fecha antes del día.",
                ),
            ),
            _days(
                -1,
                Text("Appointment: last check", "Cita: última revisión"),
                Text(
                    "Have the notice, your ID and your papers ready, and plan to arrive early.",
                    "Tenga listos el aviso, su identificación y sus papeles, y planee llegar temprano.",
                ),
            ),
            _days(
                0,
                Text("Appointment day", "Día de la cita"),
                Text(
                    "Arrive early with the notice, your ID and your papers.",
                    "Llegue temprano con el aviso, su identificación y sus papeles.",
                ),
            ),
        ),
        late=_days(
            0,
            Text("The appointment date has passed", "La fecha de la cita ya pasó"),
            Text(
                "If you went, mark it done. If you missed it, talk to your lawyer about what to do next.",
                "Si fue, márquela como hecha. Si no pudo ir, hable con su abogado sobre qué hacer.",
            ),
        ),
    ),
    Rule(
        id="filing_deadline",
        kinds=frozenset({EventKind.FILING_DEADLINE}),
        source="The deadline entered by the user",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Filing deadlines: reminders 7 days and 1 day before.",
            "Fechas límite para presentar: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Send the papers before the deadline", "Envíe los papeles antes de la fecha límite"),
                Text(
                    "Finish and send the papers early, leaving time for the mail. Keep a copy of everything "
                    "and proof that you sent it.",
                    "Termine y envíe los papeles con tiempo, pensando en lo que tarda el correo. Guarde una "
                    "copia de todo y el comprobante de envío.",
                ),
            ),
            _days(
                -1,
                Text("Filing deadline: last check", "Fecha límite: última revisión"),
                Text(
                    "If the papers are not sent yet, talk to your lawyer about the fastest way to file them.",
                    "Si todavía no ha enviado los papeles, hable con su abogado sobre la forma más rápida de "
                    "presentarlos.",
                ),
            ),
            _days(
                0,
                Text("Last day to file", "Último día para presentar"),
                Text(
                    "If the papers are not filed, talk to your lawyer right away.",
                    "Si no ha presentado los papeles, hable de inmediato con su abogado.",
                ),
            ),
        ),
        late=_days(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
    ),
    Rule(
        id="other_date",
        kinds=frozenset({EventKind.OTHER}),
        source="The date entered by the user",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Other dates: reminders 7 days and 1 day before.",
            "Otras fechas: recordatorios 7 días y 1 día antes.",
        ),
        steps=(
            _days(
                -7,
                Text("Get ready for this date", "Prepárese para esta fecha"),
                Text(
                    "Read your notes for this date and gather what you need.",
                    "Lea sus notas sobre esta fecha y junte lo que necesite.",
                ),
            ),
            _days(
                -1,
                Text("This date is close: last check", "Esta fecha está cerca: última revisión"),
                Text(
                    "Check your notes once more and have everything ready.",
                    "Revise sus notas una vez más y tenga todo listo.",
                ),
            ),
            _days(
                0,
                Text("The date has come", "Llegó la fecha"),
                Text(
                    "Do what this date requires, then mark it done.",
                    "Haga lo que corresponde a esta fecha y luego márquela como hecha.",
                ),
            ),
        ),
        late=_days(0, GENERIC_LATE_TITLE, GENERIC_LATE_ACTION),
    ),
    Rule(
        id="address_uscis",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source="8 CFR 265.1",
        checked=FACTS_CHECKED,
        confidence="H",
        description=Text(
            "Change of address: tell USCIS with Form AR-11 within 10 days of moving.",
            "Cambio de domicilio: avise a USCIS con el formulario AR-11 dentro de los 10 días siguientes a "
            "la mudanza.",
        ),
        steps=(
            _days(
                10,
                Text(
                    "Tell USCIS your new address (Form AR-11)",
                    "Avise a USCIS de su nueva dirección (formulario AR-11)",
                ),
                Text(
                    "Report the move to USCIS with Form AR-11 within 10 days of moving. Keep proof that "
                    "you sent it.",
                    "Informe la mudanza a USCIS con el formulario AR-11 dentro de los 10 días siguientes. "
                    "Guarde el comprobante de envío.",
                ),
            ),
        ),
        late=_days(
            10,
            Text("Form AR-11 is late — send it now", "El formulario AR-11 va tarde: envíelo ya"),
            Text(
                "The 10 days to report your move to USCIS have passed. Send Form AR-11 as soon as possible "
                "and keep proof. Mark this done once it is sent.",
                "Ya pasaron los 10 días para informar su mudanza a USCIS. Envíe el formulario AR-11 cuanto "
                "antes y guarde el comprobante. Márquelo como hecho cuando lo envíe.",
            ),
        ),
    ),
    Rule(
        id="address_court",
        kinds=frozenset({EventKind.ADDRESS_CHANGE}),
        source="8 CFR 1003.15(d)(2); EOIR Practice Manual",
        checked=FACTS_CHECKED,
        confidence="M",
        applies=Applies.COURT_CASE,
        description=Text(
            "Change of address with a case in immigration court: Form EOIR-33 within 5 days of moving; a "
            "missed hearing notice can lead to an order of removal.",
            "Cambio de domicilio con un caso en la corte de inmigración: formulario EOIR-33 dentro de los 5 "
            "días siguientes a la mudanza; no recibir un aviso de audiencia puede llevar a una orden de "
            "deportación.",
        ),
        steps=(
            _days(
                5,
                Text(
                    "Tell the immigration court your new address (Form EOIR-33)",
                    "Avise a la corte de inmigración de su nueva dirección (formulario EOIR-33)",
                ),
                Text(
                    "With a case in immigration court, report a move with Form EOIR-33 within 5 days — "
                    "check with your lawyer. If a hearing notice goes to your old address and you miss the "
                    "hearing, you can be ordered removed.",
                    "Si tiene un caso en la corte de inmigración, informe la mudanza con el formulario "
                    "EOIR-33 dentro de 5 días; confírmelo con su abogado. Si el aviso de una audiencia llega "
                    "a su dirección anterior y usted no se presenta, le pueden ordenar la deportación.",
                ),
            ),
        ),
        late=_days(
            5,
            Text("Form EOIR-33 is late — send it now", "El formulario EOIR-33 va tarde: envíelo ya"),
            Text(
                "Send Form EOIR-33 to the immigration court as soon as possible so you do not miss a hearing "
                "notice, and check with your lawyer. Mark this done once it is sent.",
                "Envíe el formulario EOIR-33 a la corte de inmigración cuanto antes para no perderse un "
                "aviso de audiencia, y consulte con su abogado. Márquelo como hecho cuando lo envíe.",
            ),
        ),
    ),
)


# --- Compiled form -------------------------------------------------------------------------------
# `reminders` runs over every event of a clinic's vault, so each rule is turned once into plain tuples:
# offsets for bisect, and ready-made Messages (reminder texts have no placeholders, so one Message per
# step is shared by every reminder).


class _Plan:
    __slots__ = (
        "applies",
        "checked",
        "late_messages",
        "late_offset",
        "messages",
        "months",
        "offsets",
        "rule",
        "rule_id",
        "source",
    )

    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.rule_id = rule.id
        self.source = rule.source
        self.checked = rule.checked
        self.applies = rule.applies
        self.months = rule.unit is Unit.MONTHS
        self.offsets = tuple(s.offset for s in rule.steps)
        self.messages = tuple((Message(s.title, ()), Message(s.action, ())) for s in rule.steps)
        late = rule.late
        self.late_offset = None if late is None else late.offset
        self.late_messages = (
            (Message(GENERIC_LATE_TITLE, ()), Message(GENERIC_LATE_ACTION, ()))
            if late is None
            else (Message(late.title, ()), Message(late.action, ()))
        )


def _compile(rules: tuple[Rule, ...]) -> dict[EventKind, tuple[tuple[_Plan, ...], int, int]]:
    by_kind: dict[EventKind, tuple[tuple[_Plan, ...], int, int]] = {}
    for kind in EventKind:
        plans = tuple(_Plan(r) for r in rules if kind in r.kinds)
        if plans:
            lead = max(p.rule.lead_days() for p in plans)
            lag = max(p.rule.lag_days() for p in plans)
            by_kind[kind] = (plans, lead, lag)
    return by_kind


_PLANS = _compile(RULES)


def rules_for(kind: EventKind) -> tuple[Rule, ...]:
    """The rules that apply to events of `kind`, in table order."""
    entry = _PLANS.get(kind)
    return () if entry is None else tuple(p.rule for p in entry[0])


def max_lead_days(kind: EventKind) -> int:
    """How many days before an event of `kind` its earliest reminder can fall due.

    Storage may skip a not-done, non-recurring event whose date is after `today + days + max_lead_days`.
    Recurring events (their date is the series start) and past events must always be passed in.
    """
    entry = _PLANS.get(kind)
    return 0 if entry is None else entry[1]


def _month_ordinal(d: date, months: int) -> int:
    if months == 0:
        return d.toordinal()
    try:
        return add_months(d, months).toordinal()
    except OverflowError:
        # Out of the calendar: before any today when going back, beyond any horizon when going forward.
        return 0 if months < 0 else _MAX_ORDINAL + 1


def _next_month_step(plan: _Plan, anchor: date, t: int, h: int, late_allowed: bool) -> tuple[int, int]:
    """(due ordinal, step index; -1 = late, -2 = nothing) for a rule counted in months."""
    for i, off in enumerate(plan.offsets):
        due = _month_ordinal(anchor, off)
        if due >= t:
            return (due, i) if due <= h else (0, -2)
    late_off = plan.late_offset
    if late_allowed and late_off is not None:
        due = _month_ordinal(anchor, late_off)
        if due < t:
            return due, -1
    return 0, -2


# Person id, event date and rule id after the documented (due, person, event_id) make the order total.
_BUCKET_ORDER = attrgetter("person", "person_id", "event_id", "event_date", "rule_id")

# What one reminder of an event gets from the rules: everything but the person, event id, kind and
# place. It depends only on the event's kind, date and recurrence and on the person's two facts, so it
# is worked out once per distinct combination and shared by every event that has it (a clinic's
# events fall on a few hundred dates). Fields: the due date's bucket, event (occurrence) date, due
# date, days left, rule id, title, action, source, checked.
_Hit = tuple[list[Reminder], date, date, int, str, Message, Message, str, date]
# The per-kind working set of one `reminders` call: plans in rule-id order, lead and lag days, whether
# any plan depends on the person's facts, and the hits found so far by (date, recurrence, facts).
_KindWork = tuple[tuple[_Plan, ...], int, int, bool, dict[tuple[object, ...], tuple[_Hit, ...]]]


def reminders(
    events: Iterable[Event], people: Mapping[int, PersonFacts], today: date, days: int = 90
) -> list[Reminder]:
    """The reminders due by `today + days`, overdue ones included, sorted by (due, person, event_id).

    Ties are broken by person id after the name (two people may share a name), then by event date
    and rule id, so the order is total.

    Done events produce nothing. Raises ValueError when `days` is negative.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    # Hundreds of thousands of new reminders would trigger full garbage collections that walk every
    # object the caller holds (all events and people): a third of the run time at clinic scale. Nothing
    # here creates reference cycles, so collection is only postponed to the end.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _reminders(events, people, today.toordinal(), days)
    finally:
        if gc_was_enabled:
            gc.enable()


def _in_person_order(events: Iterable[Event], people: Mapping[int, PersonFacts]) -> list[Event]:
    """The events not done, sorted by (person name, person id, event id), equal ones kept in order."""
    live = [e for e in events if not e.done]
    names = {}
    for pid in {e.person_id for e in live}:
        facts = people.get(pid)
        names[pid] = "" if facts is None else facts.name
    # Sorting ids, then (stably) names, ranks people by (name, id) without building a tuple per person.
    order = sorted(sorted(names), key=names.__getitem__)
    rank = {pid: i for i, pid in enumerate(order)}
    live.sort(key=lambda e: (rank[e.person_id], e.id or 0))
    return live


def _reminders(events: Iterable[Event], people: Mapping[int, PersonFacts], t: int, days: int) -> list[Reminder]:
    h = min(t + days, _MAX_ORDINAL)
    # Reminders are collected per due date. Events are visited in (person, person id, event id) order
    # and each event's hits come in (occurrence date, rule id) order, so every bucket is filled already
    # sorted and nothing needs sorting at the end (sorting 300,000 reminders on a five-part key took a
    # quarter of the run time). Only events sharing a person and an event id (unsaved ones, id 0)
    # could break that; then the buckets are sorted as before.
    buckets: dict[int, list[Reminder]] = {}
    days_by_ordinal: dict[int, date] = {}
    work: dict[EventKind, _KindWork] = {
        kind: (tuple(sorted(plans, key=attrgetter("rule_id"))), lead, lag,
               any(p.applies is not Applies.EVERYONE for p in plans), {})
        for kind, (plans, lead, lag) in _PLANS.items()
    }
    work_get = work.get
    people_get = people.get
    weeks = RecurrenceUnit.WEEKS
    new_reminder = Reminder
    exact = True
    last_person: int | None = None
    last_event: int | None = None
    for ev in _in_person_order(events, people):
        kind = ev.kind
        kind_work = work_get(kind)
        if kind_work is None:
            continue
        plans, lead, lag, needs_facts, found = kind_work
        pid = ev.person_id
        facts = people_get(pid)
        rec = ev.recurrence
        key = (
            ev.date,
            None if rec is None or rec.every < 1 else (rec.every, rec.unit is weeks, rec.until),
            (facts is not None and facts.has_court_case, facts is not None and facts.has_stay_of_removal)
            if needs_facts else None,
        )
        hits = found.get(key)
        if hits is None:
            hits = found[key] = _hits(plans, lead, lag, facts, ev.date, rec, t, h, buckets, days_by_ordinal)
        if not hits:
            continue
        eid = ev.id or 0
        if eid == last_event and pid == last_person:
            exact = False
        last_person, last_event = pid, eid
        name = "" if facts is None else facts.name
        place, at = ev.place, ev.time
        for bucket, anchor, due, left, rule_id, title, action, source, checked in hits:
            bucket.append(
                new_reminder(
                    pid, name, eid, kind, anchor, due, left, rule_id, title, action, source, checked, place, at
                )
            )
    out: list[Reminder] = []
    for due_ordinal in sorted(buckets):
        bucket = buckets[due_ordinal]
        if not exact and len(bucket) > 1:
            bucket.sort(key=_BUCKET_ORDER)
        out.extend(bucket)
    return out


def _hits(
    plans: tuple[_Plan, ...],
    lead: int,
    lag: int,
    facts: PersonFacts | None,
    event_date: date,
    rec: Recurrence | None,
    t: int,
    h: int,
    buckets: dict[int, list[Reminder]],
    days_by_ordinal: dict[int, date],
) -> tuple[_Hit, ...]:
    """The reminders of one event for rules in `plans`, as hits, in (occurrence date, rule id) order."""
    anchors: Iterable[date]
    if rec is None or rec.every < 1:
        anchors = (event_date,)
        late_allowed = True
    else:
        # Only occurrences that can still have a step due in [today, horizon] are expanded.
        first = date.fromordinal(max(1, t - lag))
        last = date.fromordinal(min(_MAX_ORDINAL, h + lead))
        anchors = occurrences(event_date, rec, first, last)
        late_allowed = False
    hits: list[_Hit] = []
    for anchor in anchors:
        a = anchor.toordinal()
        for plan in plans:
            if plan.applies is not Applies.EVERYONE and not plan.rule.applies_to(facts):
                continue
            if plan.months:
                due, i = _next_month_step(plan, anchor, t, h, late_allowed)
                if i == -2:
                    continue
                title, action = plan.messages[i] if i >= 0 else plan.late_messages
            else:
                offsets = plan.offsets
                i = bisect_left(offsets, t - a)
                if i < len(offsets):
                    due = a + offsets[i]
                    if due > h:
                        continue
                    title, action = plan.messages[i]
                else:
                    late_off = plan.late_offset
                    if not late_allowed or late_off is None:
                        continue
                    due = a + late_off
                    if due >= t:
                        continue
                    title, action = plan.late_messages
            if due < 1:
                continue  # before year 1: only reachable from dates at the very start of the calendar
            bucket = buckets.setdefault(due, [])
            day = days_by_ordinal.get(due)
            if day is None:
                day = days_by_ordinal[due] = date.fromordinal(due)
            hits.append((bucket, anchor, day, due - t, plan.rule_id, title, action, plan.source, plan.checked))
    return tuple(hits)
