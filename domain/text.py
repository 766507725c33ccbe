"""Text produced by the domain layer in every language (validation messages, reminder titles and actions).

A `Text` always has English and Spanish, the two languages Amparo is written in with equal care; any
other language comes as an optional mapping (`others`), so a language can be added with data files
alone (the rule texts come from `content/<lang>/rules.toml`). A language a text lacks falls back to
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
        if lang == "en" or not self.others:
            return self.en
        for code, words in self.others:
            if code == lang:
                return words
        return self.en

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
