"""Gettext for interface and report strings, through Babel's catalogs in `locale/`.

`_` is imported explicitly where needed (never installed into builtins). It translates into the
current interface language at call time, so switching language at run time only needs each window
to call its texts again. Reports and the command line ask for a `translator(lang)` of their own,
since a printout's language is chosen independently of the app's.
"""

from __future__ import annotations

import gettext as _gettext
from functools import lru_cache

from babel.support import Translations

from content.paths import locale_dir

LANGUAGES: tuple[str, ...] = ("es", "en")
DEFAULT_LANGUAGE = "es"
DOMAIN = "messages"

_current = DEFAULT_LANGUAGE


@lru_cache(maxsize=4)
def translator(lang: str) -> _gettext.NullTranslations:
    """The catalog of `lang`; English (the source language) is the identity."""
    if lang == "en":
        return _gettext.NullTranslations()
    return Translations.load(str(locale_dir()), [lang], DOMAIN)


def set_language(lang: str) -> None:
    """Make `lang` the interface language."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang!r}")
    _current = lang


def language() -> str:
    """The current interface language."""
    return _current


def _(message: str) -> str:
    """Translate `message` into the current interface language."""
    return translator(_current).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a plural form into the current interface language."""
    return translator(_current).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it now."""
    return message
