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

from content.paths import BUILT_IN_LANGUAGES, catalog_dir, content_languages

LANGUAGES: tuple[str, ...] = BUILT_IN_LANGUAGES
"""The languages Amparo is written in; `languages()` adds any other it finds complete files for."""
DEFAULT_LANGUAGE = "es"
SOURCE_LANGUAGE = "en"
DOMAIN = "messages"

_current = DEFAULT_LANGUAGE


def _has_catalog(lang: str) -> bool:
    return lang == SOURCE_LANGUAGE or (catalog_dir(lang) / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file()


def languages() -> tuple[str, ...]:
    """The languages Amparo can be used in: those with content files and an interface catalog.

    Adding a language is adding files (`content/<lang>/` and `locale/<lang>/`); the built-in Spanish
    and English come first. Dates and numbers of a language Babel does not know (the `qps`
    pseudo-locale of the tests) are written with US English rules.
    """
    return _with_catalogs(content_languages())


@lru_cache(maxsize=8)
def _with_catalogs(candidates: tuple[str, ...]) -> tuple[str, ...]:
    # Asked for every translated string of a printout: the disk is looked at once per set of languages.
    return tuple(lang for lang in candidates if _has_catalog(lang))


@lru_cache(maxsize=8)
def translator(lang: str) -> _gettext.NullTranslations:
    """The catalog of `lang`; English (the source language) is the identity."""
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    return Translations.load(str(catalog_dir(lang)), [lang], DOMAIN)


def set_language(lang: str) -> None:
    """Make `lang` the interface language."""
    global _current
    if lang not in languages():
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


# TRANSLATORS: the name of this language, written in it, as on a language menu (Español).
_LANGUAGE_NAME = N_("Language name")


def language_name(lang: str) -> str:
    """The name of `lang` written in that language ("Español", "English"), from its own catalog."""
    if lang == SOURCE_LANGUAGE:
        return "English"
    return translator(lang).gettext(_LANGUAGE_NAME)
