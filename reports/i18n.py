"""Report chrome in a chosen language: gettext first, then the built-in Spanish of `SPANISH`.

A printout's language is a parameter, independent of the interface language, so every string goes
through `content.i18n.translator(lang)`. Until the lead merges these msgids into the Spanish catalog,
`SPANISH` (the same pairs as reports/TRANSLATIONS.md) keeps Spanish printouts fully Spanish; once the
catalog has a msgid, the catalog wins. Extract with `pybabel extract -k tr:2 -k ntr:2,3`.
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from content.i18n import translator
from reports.spanish import SPANISH, SPANISH_PLURALS

_BABEL_LOCALES = {"es": "es", "en": "en_US"}


def normalize_lang(lang: str) -> str:
    """ "es" or "en"; anything else prints in English, the source language."""
    return "es" if lang == "es" else "en"


def tr(lang: str, msgid: str) -> str:
    """Translate one chrome string (English msgid) into `lang`."""
    if normalize_lang(lang) == "en":
        return msgid
    translated = translator("es").gettext(msgid)
    if translated != msgid:
        return translated
    return SPANISH.get(msgid, msgid)


def ntr(lang: str, singular: str, plural: str, n: int) -> str:
    """Translate a string with a plural form; Spanish and English both use the rule `n != 1`."""
    if normalize_lang(lang) == "en":
        return singular if n == 1 else plural
    translated = translator("es").ngettext(singular, plural, n)
    if translated not in (singular, plural):
        return translated
    pair = SPANISH_PLURALS.get(singular)
    if pair is None:
        return translated
    return pair[0] if n == 1 else pair[1]


def long_date(value: date, lang: str) -> str:
    """A date in words: "3 de marzo de 2027" / "March 3, 2027" (never the ambiguous 3/3/27)."""
    return format_date(value, format="long", locale=_BABEL_LOCALES[normalize_lang(lang)])


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
