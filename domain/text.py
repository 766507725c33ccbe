"""Bilingual text produced by the domain layer (validation messages, reminder titles and actions).

Domain messages are written in both languages side by side, so the person writing a rule or a
validator writes the Spanish with the same care and context as the English. Presentation layers pick
the language; `{name}` placeholders are filled with `str.format` and must match in both languages.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

LANGUAGES: tuple[str, ...] = ("es", "en")


def placeholders(template: str) -> frozenset[str]:
    """Return the named `{placeholders}` of a format template."""
    return frozenset(
        name for _, name, _, _ in string.Formatter().parse(template) if name
    )


@dataclass(frozen=True, slots=True)
class Text:
    """A message in English and Spanish, with optional `{placeholders}`."""

    en: str
    es: str

    def __post_init__(self) -> None:
        if placeholders(self.en) != placeholders(self.es):
            raise ValueError("placeholders differ between languages: " + self.en)

    def get(self, lang: str) -> str:
        """The raw template in `lang` ("es" or "en"; anything else falls back to English)."""
        return self.es if lang == "es" else self.en

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
