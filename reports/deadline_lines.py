"""How a line of the deadline list reads on paper, in the deadline list and in the case summary.

A line is either an appointment itself (a check-in, a hearing, an expiry: its date, time and place) or
a reminder step, which says which appointment it prepares for and when that is. The text returned is
ReportLab markup: every value from the vault is escaped here.
"""

from __future__ import annotations

from domain.models import EVENT_KIND_LABELS, Item, Reminder
from domain.provenance import confidence_note
from reports.document import esc
from reports.i18n import tr, when_words


def is_appointment(r: Reminder) -> bool:
    """Whether the line is the appointment itself rather than a step before it."""
    return r.item is Item.APPOINTMENT


def event_name(r: Reminder, lang: str) -> str:
    """The appointment's kind in words: "Cita de control con ICE"."""
    return EVENT_KIND_LABELS[r.kind].get(lang)


def for_words(r: Reminder, lang: str) -> str:
    """Which appointment a step prepares for, and when (plain text, not markup)."""
    return tr(lang, "For: {event}, {when}").format(
        event=event_name(r, lang), when=when_words(r.event_date, r.event_time, lang)
    )


def place_markup(r: Reminder, lang: str) -> str:
    """ "Place: …" as markup, or "" when the appointment has no place."""
    if not r.place:
        return ""
    label = tr(lang, "Place")
    return f"{esc(label)}: {esc(r.place)}"


def line_markup(r: Reminder, lang: str, person: bool = False, advice_label: str = "") -> str:
    """The "what" of a line: title in bold, then (for a step) its appointment, the place and the action.

    With `person`, the person's name leads the title (the deadline list covers a whole household).
    With `advice_label` ("Client reminder" in the case summary, a document for the lawyer), the action
    is quoted under that label, since it is the app's advice to the family.
    """
    title = esc(r.title.render(lang))
    if person and r.person:
        title = f"{esc(r.person)} — {title}"
    parts = [f"<b>{title}</b>"]
    if not is_appointment(r):
        parts.append(esc(for_words(r, lang)))
    where = place_markup(r, lang)
    if where:
        parts.append(where)
    action = esc(r.action.render(lang))
    parts.append(f"<i>{esc(advice_label)}:</i> {action}" if advice_label else action)
    # A changing (C) or reported (M) rule says so on paper too, as it does on Today.
    note = confidence_note(r.confidence, lang)
    if note:
        parts.append(f"<i>{esc(note)}</i>")
    return "<br/>".join(parts)
