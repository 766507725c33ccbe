"""Report chrome in a chosen language, from the project's gettext catalog.

A printout's language is a parameter, independent of the interface language, so every string goes
through `content.i18n.translator(lang)` rather than `_()`. The Spanish lives only in
`locale/es/LC_MESSAGES/messages.po`; `scripts/update_catalogs.py` extracts `tr(lang, msgid)` and
`ntr(lang, singular, plural, n)` with the keywords `tr:2` and `ntr:2,3`.
"""

from __future__ import annotations

from datetime import date, time

from babel.dates import format_date, format_time

from content.i18n import languages, translator

# Babel knows no pseudo-locale: a language it lacks is dated with US English rules.
_BABEL_LOCALES = {"es": "es", "en": "en_US"}
_FALLBACK_LOCALE = "en_US"


def normalize_lang(lang: str) -> str:
    """A language Amparo has files for; anything else prints in English, the source language."""
    return lang if lang in languages() else "en"


def tr(lang: str, msgid: str) -> str:
    """Translate one chrome string (English msgid) into `lang`."""
    lang = normalize_lang(lang)
    if lang == "en":
        return msgid
    return translator(lang).gettext(msgid)


def ntr(lang: str, singular: str, plural: str, n: int) -> str:
    """Translate a string with a plural form (each catalog carries its own plural rule)."""
    lang = normalize_lang(lang)
    if lang == "en":
        return singular if n == 1 else plural
    return translator(lang).ngettext(singular, plural, n)


def long_date(value: date, lang: str) -> str:
    """A date in words: "3 de marzo de 2027" / "March 3, 2027" (never the ambiguous 3/3/27)."""
    return format_date(value, format="long", locale=_BABEL_LOCALES.get(normalize_lang(lang), _FALLBACK_LOCALE))


def reviewed_words(value: date, lang: str) -> str:
    """ "Last reviewed: November 30, 2026", said of a guide or the card text."""
    return tr(lang, "Last reviewed: {date}").format(date=long_date(value, lang))


def full_date(value: date, lang: str) -> str:
    """A date with its weekday: "martes, 29 de diciembre de 2026" / "Tuesday, December 29, 2026"."""
    return format_date(value, format="full", locale=_BABEL_LOCALES.get(normalize_lang(lang), _FALLBACK_LOCALE))


def when_words(value: date, at: time | None, lang: str) -> str:
    """The weekday, date and, when known, time: "martes, 29 de diciembre de 2026, 8:30 a.m.".

    Times read as on US notices and in the app (a.m./p.m., the `es_US` form), so a printout and the
    screen never show the same appointment two ways.
    """
    words = full_date(value, lang)
    if at is None:
        return words
    locale = "es_US" if normalize_lang(lang) == "es" else "en_US"
    # Babel puts a narrow no-break space before "a.m."; ReportLab breaks lines at it (Python counts it
    # as whitespace) but not at a no-break space, so "8:30" and "a.m." stay on one line.
    clock = format_time(at, format="short", locale=locale).replace("\u202f", "\xa0")
    return f"{words}, {clock}"


def days_left_words(days: int, lang: str) -> str:
    """Days until (or since) a date in words: "in 12 days", "hace 3 días", "today"."""
    if days == 0:
        return tr(lang, "today")
    if days == 1:
        return tr(lang, "tomorrow")
    if days == -1:
        return tr(lang, "yesterday")
    if days > 0:
        return ntr(lang, "in {n} day", "in {n} days", days).format(n=days)
    return ntr(lang, "{n} day ago", "{n} days ago", -days).format(n=-days)
