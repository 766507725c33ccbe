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

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from operator import attrgetter

from domain.models import EVENT_KIND_LABELS, Event, EventKind, Item, Recurrence, Reminder
from domain.recurrence import occurrences
from domain.rules import PersonFacts, reminders
from domain.text import Message, Text

# What one goes to in person, at a time and place; the rest are dates by which something must be done.
ATTENDED_KINDS = frozenset({EventKind.ICE_CHECKIN, EventKind.COURT_HEARING, EventKind.INDIVIDUAL_HEARING,
                            EventKind.BIOMETRICS, EventKind.INTERVIEW})

# What to say about the appointment itself, for every kind that is listed, is data: the words are in
# content/<lang>/appointments.toml (rule texts say what to do before it; these say what the date is),
# given to this module with `use_appointment_words` or read on first use by the loader registered with
# `use_appointment_loader` (`content.rule_loader.install_builtin_rules()` registers it).

# Kinds not listed as dates of their own: a move (when it happened), and dates in the past from which a
# deadline is counted (a decision, an order, a grant, an arrival, a notice, a signature) — their
# deadlines are the rules' lines. The two age-based kinds are never stored.
NOT_LISTED = frozenset({
    EventKind.ADDRESS_CHANGE, EventKind.JUDGE_DECISION, EventKind.BIA_DECISION, EventKind.ABSENTIA_ORDER,
    EventKind.VOLUNTARY_DEPARTURE_GRANTED, EventKind.LAST_ARRIVAL, EventKind.ASYLUM_FEE_NOTICE,
    EventKind.U_VISA_CERTIFICATION, EventKind.TURNS_14, EventKind.SIJS_AGE_LIMIT,
})

LISTED_KINDS = frozenset(EventKind) - NOT_LISTED

# One Message per kind, shared by every line: renderers cache by identity (ui.cli.deadlines._Renderer).
_TITLES = {kind: Message.of(EVENT_KIND_LABELS[kind]) for kind in LISTED_KINDS}
_actions: dict[EventKind, Message] | None = None
_loader: Callable[[], Mapping[EventKind, Text]] | None = None


class NoAppointmentWords(RuntimeError):
    """Appointment lines were asked for before their words were given (a program bug)."""


def use_appointment_words(actions: Mapping[EventKind, Text]) -> None:
    """Make `actions` (one text per listed kind, no more, no fewer) the words of appointment lines."""
    global _actions
    missing, extra = LISTED_KINDS - set(actions), set(actions) - LISTED_KINDS
    if missing or extra:
        raise ValueError(f"appointment words: missing {sorted(missing)}, not listed {sorted(extra)}")
    _actions = {kind: Message.of(text) for kind, text in actions.items()}


def use_appointment_loader(load: Callable[[], Mapping[EventKind, Text]]) -> None:
    """Read the words with `load` on first use; words given before are dropped."""
    global _actions, _loader
    _loader, _actions = load, None


def appointment_actions() -> dict[EventKind, Text]:
    """The words in use for each listed kind."""
    return {kind: message.text for kind, message in _ensure_actions().items()}


def _ensure_actions() -> dict[EventKind, Message]:
    if _actions is None:
        if _loader is None:
            raise NoAppointmentWords(
                "no appointment words were loaded: call content.rule_loader.install_builtin_rules() at start"
            )
        use_appointment_words(_loader())
    assert _actions is not None
    return _actions


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
    listed, titles, new_line, appointment = LISTED_KINDS, _TITLES, Reminder, Item.APPOINTMENT
    actions = _ensure_actions()
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
