"""Light, read-only rows for long lists, so a list of 100,000 people never builds full objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from domain.models import ContactCategory, display_name


@dataclass(frozen=True, slots=True)
class PersonRow:
    """What the people list and search results show of one person."""

    id: int
    given_names: str
    family_names: str
    preferred_name: str
    a_number: str
    phone: str
    date_of_birth: date | None

    @property
    def display_name(self) -> str:
        return display_name(self.given_names, self.family_names, self.preferred_name)


@dataclass(frozen=True, slots=True)
class ContactRow:
    """What the contacts directory shows of one contact."""

    id: int
    category: ContactCategory
    name: str
    organization: str
    phones: tuple[str, ...]
