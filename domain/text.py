"""Text produced by the domain layer in every language (validation messages, reminder titles and actions).

A `Text` always has English and Spanish, the two languages Amparo is written in with equal care; any
other language comes as data files alone: the rule texts carry theirs (`others`, from
`content/<lang>/rules.toml`), and the texts still written in Python find theirs by their English
(`use_added_words`, from `content/<lang>/domain_words.toml`). A language a text lacks falls back to
English. Presentation layers pick the language; `{name}` placeholders are filled with `str.format` and
must match in every language.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("es", "en")


def placeholders(template: str) -> frozenset[str]:
    """Return the named `{placeholders}` of a format template."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name
    )


# The words, in languages added as files, of the texts still written in Python beside their Spanish
# (kinds of dates, cases and contacts; what is said about a value typed): language -> English -> words.
# Given by `use_added_words` (`content.domain_words` reads them from `content/<lang>/domain_words.toml`).
_ADDED_WORDS: dict[str, dict[str, str]] = {}


def use_added_words(lang: str, words: Mapping[str, str]) -> None:
    """Words in `lang` for the texts written in Python, keyed by their English; replaces earlier ones.

    Raises ValueError when `lang` is English or Spanish (their words are the texts' own) or when an
    entry's placeholders differ from its English.
    """
    if lang in LANGUAGES:
        raise ValueError(f"{lang}: English and Spanish words are written with the texts themselves")
    for english, translated in words.items():
        if placeholders(translated) != placeholders(english):
            raise ValueError("placeholders differ between languages: " + english)
    _ADDED_WORDS[lang] = dict(words)


def forget_added_words() -> None:
    """Drop every language given with `use_added_words`."""
    _ADDED_WORDS.clear()


@dataclass(frozen=True, slots=True)
class Text:
    """A message in English, Spanish and any other languages, with optional `{placeholders}`.

    `others` holds (language code, words) pairs for languages beyond English and Spanish, as a tuple so
    a Text stays hashable; `Text.of` builds one from a mapping.
    """

    en: str
    es: str
    others: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        wanted = placeholders(self.en)
        if placeholders(self.es) != wanted or any(placeholders(w) != wanted for _, w in self.others):
            raise ValueError("placeholders differ between languages: " + self.en)

    @classmethod
    def of(cls, words: Mapping[str, str]) -> Text:
        """A Text from language code -> words; English is required, Spanish falls back to English."""
        en = words["en"]
        others = tuple(sorted((lang, w) for lang, w in words.items() if lang not in ("en", "es")))
        return cls(en, words.get("es", en), others)

    def get(self, lang: str) -> str:
        """The raw template in `lang` (a language the text lacks falls back to English)."""
        if lang == "es":
            return self.es
        if lang == "en":
            return self.en
        for code, words in self.others:
            if code == lang:
                return words
        added = _ADDED_WORDS.get(lang)
        return self.en if added is None else added.get(self.en, self.en)

    def languages(self) -> tuple[str, ...]:
        """The languages this text has words for, English and Spanish first."""
        return ("en", "es", *(code for code, _ in self.others))

    def format(self, lang: str, **params: object) -> str:
        """The message in `lang` with placeholders filled."""
        return self.get(lang).format(**params)


@dataclass(frozen=True, slots=True)
class Message:
    """A `Text` together with the values for its placeholders, rendered late in the user's language."""

    text: Text
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, text: Text, **params: object) -> Message:
        return cls(text, tuple((k, str(v)) for k, v in sorted(params.items())))

    def render(self, lang: str) -> str:
        return self.text.format(lang, **dict(self.params))
