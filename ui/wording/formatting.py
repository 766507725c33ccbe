"""Dates, times, A-numbers and phones written the way people read them, in Spanish or English.

Dates are spelled out ("martes, 3 de marzo de 2027") instead of numeric forms, because 3/4/2027
means March 4 to a US reader and April 3 to most Spanish speakers — a misread check-in date is the
worst mistake this app could make. Nothing here imports Qt, so reports and tests can use it freely.
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date, format_time
from babel.numbers import format_decimal

from content.i18n import translator
from domain.validation import format_a_number, format_phone

# US Spanish: same date words as "es", but "9:05 a.m." for times, which is what a Spanish speaker in
# the US sees on every notice and phone.
_LOCALES = {"es": "es_US", "en": "en_US"}


def babel_locale(lang: str) -> str:
    """The Babel locale used for a UI language."""
    return _LOCALES.get(lang, "en_US")


def count_words(n: int, lang: str) -> str:
    """A count with the digit grouping of `lang` ("6,567" in English)."""
    return format_decimal(n, locale=babel_locale(lang))


def days_left_words(n: int, lang: str) -> str:
    """How far a date is from today in words: "hoy", "mañana", "en 12 días", "hace 3 días"."""
    t = translator(lang)
    if n == 0:
        return t.gettext("today")
    if n == 1:
        return t.gettext("tomorrow")
    if n == -1:
        return t.gettext("yesterday")
    if n > 0:
        return t.ngettext("in {days} day", "in {days} days", n).format(days=n)
    return t.ngettext("{days} day ago", "{days} days ago", -n).format(days=-n)


def date_full(d: date, lang: str) -> str:
    """The date with the weekday: "martes, 3 de marzo de 2027" / "Tuesday, March 3, 2027"."""
    return format_date(d, format="full", locale=babel_locale(lang))


def date_long(d: date | None, lang: str) -> str:
    """The date without weekday: "3 de marzo de 2027" / "March 3, 2027"; "" for no date."""
    if d is None:
        return ""
    return format_date(d, format="long", locale=babel_locale(lang))


def date_in_words(d: date, today: date, lang: str) -> str:
    """ "martes, 3 de marzo de 2027 · en 12 días" — the date and how far it is from `today`."""
    return f"{date_full(d, lang)} · {days_left_words((d - today).days, lang)}"


def when_words(d: date, t: time | None, lang: str) -> str:
    """The date with the weekday and, when known, the time: "martes, 29 de diciembre de 2026, 8:30 a.m."."""
    if t is None:
        return date_full(d, lang)
    return f"{date_full(d, lang)}, {time_words(t, lang)}"


def recurrence_words(every: int, months: bool, lang: str) -> str:
    """How often a check-in repeats: "cada mes", "cada 3 meses", "every week", "every 2 weeks"."""
    t = translator(lang)
    if every == 1:
        return t.gettext("every month") if months else t.gettext("every week")
    if months:
        return t.ngettext("every {n} month", "every {n} months", every).format(n=every)
    return t.ngettext("every {n} week", "every {n} weeks", every).format(n=every)


def unit_words(every: int, months: bool, lang: str) -> str:
    """The unit after a number of weeks or months, in the right number: "1 mes", "3 meses"."""
    t = translator(lang)
    if months:
        return t.ngettext("month", "months", every)
    return t.ngettext("week", "weeks", every)


def time_words(t: time | None, lang: str) -> str:
    """A time of day as people say it there: "9:05 a.m." / "9:05 AM"; "" for no time."""
    if t is None:
        return ""
    return format_time(t, format="short", locale=babel_locale(lang))


def a_number_display(digits: str) -> str:
    """Nine stored digits as written on notices, "A-123-456-789"; anything else unchanged."""
    return format_a_number(digits)


def phone_display(phone: str) -> str:
    """A stored phone (E.164 when valid) in the familiar national form, "(202) 555-0143"."""
    return format_phone(phone)


def date_hint(lang: str) -> str:
    """The numeric order the date fields read in `lang`, shown next to every date field."""
    return translator(lang).gettext("DD/MM/YYYY") if lang == "es" else "MM/DD/YYYY"


def date_input_text(d: date | None, lang: str) -> str:
    """A stored date written back into a date field, in the numeric order of `date_hint`."""
    if d is None:
        return ""
    if lang == "es":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
