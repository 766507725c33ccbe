"""The rows of Contacts' read-only resource directory, from two sources, and the contact a copy makes.

Amparo's own public resources (`content.resources`, verified with the rest of the rights content) and
the entries of clinic packs imported on this computer become one kind of row, in the person's
language, each saying who vouches for it. Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from babel import Locale, UnknownLocaleError

from content.i18n import _
from content.packs.local_resources import LocalResource
from content.resources import Resource
from domain.models import Contact, ContactCategory
from domain.validation import Invalid, parse_phone
from ui.cli.pack_import import Publisher

_LOCAL_CATEGORY: dict[str, ContactCategory] = {
    "hotline": ContactCategory.HOTLINE,
    "legal": ContactCategory.ATTORNEY,
    "sanctuary": ContactCategory.SANCTUARY,
    "bond-fund": ContactCategory.BOND_FUND,
    "consulate": ContactCategory.CONSULATE,
    "other": ContactCategory.OTHER,
}


@dataclass(frozen=True)
class DirectoryEntry:
    """One row of the directory; `pack_id` is None for Amparo's own entries (they cannot be removed)."""

    name: str
    category: ContactCategory
    phones: tuple[str, ...]
    url: str
    address: str
    hours: str
    languages: tuple[str, ...]
    notes: str
    publisher: str
    fingerprint: str
    pack_id: str | None
    checked: date | None


def language_names(codes: tuple[str, ...], lang: str) -> str:
    """"es", "en" as "español, inglés" (in `lang`); an unknown code is shown as it is."""
    names: list[str] = []
    for code in codes:
        try:
            names.append(Locale.parse(code).get_display_name("es_US" if lang == "es" else "en_US") or code)
        except (ValueError, UnknownLocaleError):
            names.append(code)
    return ", ".join(names)


def from_local(entry: LocalResource, publisher: Publisher) -> DirectoryEntry:
    """A clinic pack's entry, vouched for by its publisher's key."""
    return DirectoryEntry(entry.name, _LOCAL_CATEGORY.get(entry.category, ContactCategory.OTHER),
                          (entry.phone,) if entry.phone else (), entry.url, entry.address, entry.hours,
                          entry.languages, entry.notes, publisher.name, publisher.fingerprint, publisher.pack_id,
                          publisher.date)


def from_public(resource: Resource, lang: str) -> DirectoryEntry:
    """One of Amparo's public resources, in `lang`."""
    # The deaf or hard-of-hearing line stays in the notes with its label: as a bare phone it would
    # look like the main number.
    notes = [resource.note.get(lang)] if resource.note.get(lang) else []
    if resource.tdd:
        notes.append(_("TDD (for deaf or hard-of-hearing callers): {number}").format(number=resource.tdd))
    notes.append(_("Source: {source}").format(source=resource.source.get(lang)))
    return DirectoryEntry(resource.name.get(lang), resource.category, resource.phones, resource.url, "",
                          resource.hours.get(lang) if resource.hours is not None else "", resource.languages,
                          "\n".join(notes), _("Amparo (public resources)"), "", None, resource.checked)


def as_contact(entry: DirectoryEntry, lang: str) -> Contact:
    """A new vault contact with the entry's details; a number the phone checks refuse goes to the notes."""
    phones: list[str] = []
    notes = [entry.notes] if entry.notes else []
    for number in entry.phones:
        parsed = parse_phone(number)
        if isinstance(parsed, Invalid):
            notes.append(number)
        else:
            phones.append(parsed.value)
    if entry.url:
        notes.append(entry.url)
    return Contact(entry.category, entry.name, organization=entry.publisher, phones=tuple(phones),
                   address=entry.address, hours=entry.hours, languages=language_names(entry.languages, lang),
                   last_verified=entry.checked, notes="\n".join(notes))
