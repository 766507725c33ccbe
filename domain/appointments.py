"""The dated obligations themselves as lines of the deadline list, beside the steps that prepare for them.

The rules (`domain.rules`) produce only the next step of each event, so on its own the list would say
"Prepare for the ICE check-in" but never show the check-in: its date, time and place were nowhere.
Here every upcoming, not-done event becomes an appointment line (`Item.APPOINTMENT`) due on its own
date, and `deadline_items` merges those lines with the rules' steps.

- Each occurrence of a recurring check-in within the horizon is a line of its own: a family needs to
  see every date it must go, not only the next step of the series.
- An appointment is never overdue. Once its date has passed its line drops off; a missed date is what
  the rules' overdue reminder ("The check-in date has passed") is for, and two overdue lines for one
  missed hearing would only be noise.
- A move (`ADDRESS_CHANGE`) is not listed: its date is when the family moved, not something to attend.
  The deadlines it starts (AR-11, EOIR-33) are the rules' steps.
- On the day of something one attends (a check-in, a hearing, biometrics, an interview), the rules'
  step for that day ("ICE check-in day") says the same thing as the appointment line: its words go into
  the appointment line instead of being listed twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from operator import attrgetter

from domain.models import EVENT_KIND_LABELS, Event, EventKind, Item, Recurrence, Reminder
from domain.recurrence import occurrences
from domain.rules import PersonFacts, reminders
from domain.text import Message, Text

# What one goes to in person, at a time and place; the rest are dates by which something must be done.
ATTENDED_KINDS = frozenset({EventKind.ICE_CHECKIN, EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING,
                            EventKind.BIOMETRICS, EventKind.INTERVIEW})

_EXPIRY_ACTION = Text(
    "The document expires on this date. If the renewal is not under way, talk to a lawyer or a legal "
    "organization now.",
    "El documento vence en esta fecha. Si la renovación no está en trámite, hable ya con un abogado o una "
    "organización legal.",
)
_HEARING_ACTION = Text(
    "Go, even if you are afraid: missing a hearing can lead to an order of removal. Talk to your "
    "lawyer before it and confirm the date at 1-800-898-7180.",
    "Vaya aunque tenga miedo: si falta a una audiencia, le pueden dictar una orden de deportación. "
    "Hable con su abogado antes y confirme la fecha en el 1-800-898-7180.",
)
_NOTICE_ACTION = Text(
    "Arrive early with the appointment notice, your ID and the papers the notice asks for.",
    "Llegue temprano con el aviso de la cita, su identificación y los papeles que pide el aviso.",
)

# What to do about the appointment itself, for every kind that is listed. Rule texts say what to do
# before it; these say what the date is. Facts: FACTS.md "Check-ins", "Courthouse arrests", "Hearing
# dates" and "Change of address" (a filing counts when received).
ACTIONS: dict[EventKind, Text] = {
    EventKind.ICE_CHECKIN: Text(
        "Go on time with your papers. Talk to your lawyer before it, and tell a trusted person when and "
        "where it is.",
        "Llegue a tiempo con sus papeles. Hable con su abogado antes y dígale a una persona de confianza "
        "cuándo y dónde es.",
    ),
    EventKind.COURT_HEARING: _HEARING_ACTION,
    EventKind.INDIVIDUAL_HEARING: _HEARING_ACTION,
    EventKind.BIOMETRICS: _NOTICE_ACTION,
    EventKind.INTERVIEW: _NOTICE_ACTION,
    EventKind.STAY_EXPIRY: Text(
        "The stay of removal ends on this date. Talk to your lawyer well before it.",
        "La suspensión de deportación termina en esta fecha. Hable con su abogado con tiempo.",
    ),
    EventKind.TPS_WINDOW_START: Text(
        "The re-registration period opens on this date (the date in the government notice).",
        "El periodo para volver a inscribirse se abre en esta fecha (la fecha del aviso del gobierno).",
    ),
    EventKind.TPS_WINDOW_END: Text(
        "The last day of the re-registration period (the date in the government notice).",
        "El último día del periodo para volver a inscribirse (la fecha del aviso del gobierno).",
    ),
    EventKind.EAD_EXPIRY: _EXPIRY_ACTION,
    EventKind.DACA_EXPIRY: _EXPIRY_ACTION,
    EventKind.GREEN_CARD_EXPIRY: _EXPIRY_ACTION,
    EventKind.PASSPORT_EXPIRY: Text(
        "The passport expires on this date. To renew it, contact your country's consulate.",
        "El pasaporte vence en esta fecha. Para renovarlo, comuníquese con el consulado de su país.",
    ),
    EventKind.FILING_DEADLINE: Text(
        "The last day. Many offices count the day the papers arrive, not the day they were mailed: send "
        "them early.",
        "Es el último día. Muchas oficinas cuentan el día en que llegan los papeles, no el día en que se "
        "enviaron: mándelos con tiempo.",
    ),
    EventKind.OTHER: Text(
        "The date you entered. Check your notes.",
        "La fecha que usted anotó. Revise sus notas.",
    ),
    EventKind.EVIDENCE_REQUEST_DUE: Text(
        "The date in the notice: USCIS must have your answer by then. Send it early and keep a copy.",
        "La fecha del aviso: USCIS debe tener su respuesta para entonces. Mándela con tiempo y guarde una copia.",
    ),
    EventKind.VOLUNTARY_DEPARTURE: Text(
        "The last day to leave the country under voluntary departure. Not leaving brings a fine and a 10-year "
        "bar on other relief: talk to your lawyer well before it.",
        "El último día para salir del país con la salida voluntaria. Si no sale, le pueden poner una multa y "
        "quedarse 10 años sin poder pedir otros alivios: hable con su abogado con tiempo.",
    ),
    EventKind.TPS_DESIGNATION_END: Text(
        "TPS for the country ends on this date (the date in the government notice). Talk to a lawyer about "
        "other options before then.",
        "El TPS del país termina en esta fecha (la fecha del aviso del gobierno). Hable con un abogado sobre "
        "otras opciones antes de esa fecha.",
    ),
    EventKind.CONDITIONAL_GREEN_CARD_EXPIRY: Text(
        "The 2-year green card expires on this date. If the I-751 (or I-829) has not been filed, conditional "
        "residence ends: talk to a lawyer now.",
        "La tarjeta de residencia de 2 años vence en esta fecha. Si no ha enviado el I-751 (o el I-829), la "
        "residencia condicional se acaba: hable ya con un abogado.",
    ),
    EventKind.PAROLE_END: Text(
        "Parole ends on this date (the date on the I-94). Talk to a lawyer before then about other options.",
        "El parole termina en esta fecha (la fecha del I-94). Antes de esa fecha, hable con un abogado sobre "
        "otras opciones.",
    ),
    EventKind.NATURALIZATION_ANNIVERSARY: Text(
        "The 5-year (or 3-year) anniversary of permanent residence. The N-400 may be filed from 90 days "
        "before this date.",
        "Se cumplen 5 años (o 3) de residencia permanente. El N-400 se puede enviar desde 90 días antes de "
        "esta fecha.",
    ),
}
# Kinds not listed as dates of their own: a move (when it happened), and dates in the past from which a
# deadline is counted (a decision, an order, a grant, an arrival, a notice, a signature) — their
# deadlines are the rules' lines. The two age-based kinds are never stored.
NOT_LISTED = frozenset({
    EventKind.ADDRESS_CHANGE, EventKind.JUDGE_DECISION, EventKind.BIA_DECISION, EventKind.ABSENTIA_ORDER,
    EventKind.VOLUNTARY_DEPARTURE_GRANTED, EventKind.LAST_ARRIVAL, EventKind.ASYLUM_FEE_NOTICE,
    EventKind.U_VISA_CERTIFICATION, EventKind.TURNS_14, EventKind.SIJS_AGE_LIMIT,
})

LISTED_KINDS = frozenset(ACTIONS)

# One Message per kind, shared by every line: renderers cache by identity (ui.cli.deadlines._Renderer).
_TITLES = {kind: Message.of(EVENT_KIND_LABELS[kind]) for kind in LISTED_KINDS}
_ACTIONS = {kind: Message.of(text) for kind, text in ACTIONS.items()}


# A plain appointment comes from the person's own notice, not from a rule: no source line is shown.
NO_SOURCE = Message(Text("", ""))

# Date, then person name and id, then event id: the rules' order, so one sort key serves both.
_ORDER = attrgetter("due", "person", "person_id", "event_id")


def appointments(
    events: Iterable[Event], people: Mapping[int, PersonFacts], today: date, days: int = 90
) -> list[Reminder]:
    """The appointment lines dated from `today` to `today + days`, sorted by (date, person, event id).

    Done events and past dates give nothing. A recurring event gives a line per occurrence; one with an
    invalid recurrence (every < 1) is a single event on its date, as in the rules. Raises ValueError
    when `days` is negative.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    t = today.toordinal()
    last = date.fromordinal(min(t + days, date.max.toordinal()))
    # At clinic scale this loop makes tens of thousands of lines: series dates and names are worked
    # out once per distinct value, and every lookup is a local.
    series: dict[tuple[date, Recurrence], tuple[date, ...]] = {}
    names: dict[int, str] = {}
    listed, titles, actions, new_line, appointment = LISTED_KINDS, _TITLES, _ACTIONS, Reminder, Item.APPOINTMENT
    lines: list[Reminder] = []
    append = lines.append
    for ev in events:
        kind = ev.kind
        if ev.done or kind not in listed:
            continue
        rec = ev.recurrence
        dates: tuple[date, ...]
        if rec is None or rec.every < 1:
            day = ev.date
            if day < today or day > last:
                continue
            dates = (day,)
        else:
            key = (ev.date, rec)
            found = series.get(key)
            if found is None:
                found = series[key] = tuple(occurrences(ev.date, rec, today, last))
            if not found:
                continue
            dates = found
        pid = ev.person_id
        name = names.get(pid)
        if name is None:
            facts = people.get(pid)
            name = names[pid] = "" if facts is None else facts.name
        eid = ev.id or 0
        title, action, place, at = titles[kind], actions[kind], ev.place, ev.time
        for day in dates:
            append(new_line(pid, name, eid, kind, day, day, day.toordinal() - t, "", title, action, NO_SOURCE, None,
                            place, at, appointment))
    lines.sort(key=_ORDER)
    return lines


def deadline_items(
    events: Iterable[Event], people: Mapping[int, PersonFacts], today: date, days: int = 90
) -> list[Reminder]:
    """Appointment lines and the rules' reminders together, sorted by due date.

    On one date the appointments come first (by person and event id), then the reminders in the
    rules' order. Raises ValueError when `days` is negative.
    """
    events = events if isinstance(events, list) else list(events)
    own = appointments(events, people, today, days)
    steps = reminders(events, people, today, days)
    on_their_day = [s for s in steps if s.due == s.event_date]
    if on_their_day:
        lines = {(a.person_id, a.event_id, a.event_date): a for a in own if a.kind in ATTENDED_KINDS}
        folded: set[int] = set()
        for step in on_their_day:
            line = lines.get((step.person_id, step.event_id, step.due))
            if line is not None and not line.rule_id:
                line.action, line.rule_id, line.source, line.checked, line.confidence = (
                    step.action, step.rule_id, step.source, step.checked, step.confidence)
                folded.add(id(step))
        if folded:
            steps = [s for s in steps if id(s) not in folded]
    # Both lists are sorted by date: Timsort merges the two runs in one pass, and being stable it keeps
    # the appointments (the first run) before the reminders of the same date.
    merged = own + steps
    merged.sort(key=_BY_DUE)
    return merged


_BY_DUE = attrgetter("due")
