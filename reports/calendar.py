"""Appointments as an iCalendar file (RFC 5545), built in memory with `icalendar`.

Only dated appointments that are still open go in, recurring check-ins expanded over the chosen
window. Names and places can be left out, since calendar programs often copy events to the cloud;
each event's UID is derived from the event's own UUID and date, so exporting again updates the same
entries instead of duplicating them, and reveals nothing personal.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as IcsEvent

from domain.models import EVENT_KIND_LABELS, Event, Person
from domain.recurrence import occurrences
from reports.i18n import normalize_lang

# A timed appointment is shown for an hour; the calendar does not know how long it really takes.
DEFAULT_LENGTH = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class CalendarOptions:
    """What to include: language of the titles, names, places, and the window of dates."""

    lang: str = "es"
    names: bool = True
    places: bool = True
    first: date = date(1970, 1, 1)
    days: int = 365
    made_at: datetime | None = None  # DTSTAMP; now when not given


def _dates(event: Event, first: date, last: date) -> list[date]:
    if event.recurrence is None:
        return [event.date] if first <= event.date <= last else []
    return list(occurrences(event.date, event.recurrence, first, last))


def appointments_ics(people: list[tuple[Person, list[Event]]], options: CalendarOptions) -> bytes:
    """The .ics file's bytes for the open events of `people` between `first` and `first + days`."""
    lang = normalize_lang(options.lang)
    calendar = Calendar()
    calendar.add("prodid", "-//Amparo//Amparo//ES" if lang == "es" else "-//Amparo//Amparo//EN")
    calendar.add("version", "2.0")
    last = options.first + timedelta(days=options.days)
    stamp = options.made_at or datetime.now(UTC)
    for person, events in people:
        name = " ".join(p for p in (person.given_names, person.family_names) if p)
        for event in events:
            if event.done:
                continue
            what = EVENT_KIND_LABELS[event.kind].get(lang)
            for day in _dates(event, options.first, last):
                item = IcsEvent()
                uid = hashlib.sha256(f"{event.uuid}:{day.isoformat()}".encode()).hexdigest()[:32]
                item.add("uid", f"{uid}@amparo")
                item.add("dtstamp", stamp)
                item.add("summary", f"{what} — {name}" if options.names and name else what)
                if event.time is not None:
                    start = datetime.combine(day, event.time)
                    item.add("dtstart", start)
                    item.add("dtend", start + DEFAULT_LENGTH)
                else:
                    item.add("dtstart", day)
                if options.places and event.place:
                    item.add("location", event.place)
                calendar.add_component(item)
    return bytes(calendar.to_ical())
