"""A clinic's list of local resources (`resources.toml` in a `resources` pack), read into plain records.

    [[resource]]
    id = "rapid-response"          # unique within the pack
    category = "hotline"           # hotline, legal, sanctuary, bond-fund, consulate, other
    name = "Rapid response line"
    phone = "555-0100"             # each of phone, url, address, hours, languages, notes is optional
    url = "https://example.org"
    address = "12 Main St"
    hours = "24 hours"
    languages = ["es", "en"]
    notes = "Spanish first."

Unknown keys are refused, as in every pack file: a clinic should hear that a field was not shown.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

from content.i18n import N_
from content.packs.errors import PackRefused

CATEGORIES: tuple[str, ...] = ("hotline", "legal", "sanctuary", "bond-fund", "consulate", "other")
_TEXT_KEYS = ("name", "phone", "url", "address", "hours", "notes")
_KEYS = frozenset({"id", "category", "languages", *_TEXT_KEYS})
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class LocalResource:
    """One entry of a local resources list, with the publisher that vouched for it."""

    id: str
    category: str
    name: str
    phone: str = ""
    url: str = ""
    address: str = ""
    hours: str = ""
    notes: str = ""
    languages: tuple[str, ...] = ()
    publisher: str = ""


def parse_resources(data: bytes, publisher: str = "") -> tuple[LocalResource, ...]:
    """The entries of a `resources.toml`, or `PackRefused` naming the first problem."""
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError):
        raise PackRefused(N_("resources.toml in the pack is not a TOML file Amparo can read.")) from None
    if set(raw) - {"resource"} or not isinstance(raw.get("resource", []), list):
        raise PackRefused(N_("resources.toml in the pack must hold only [[resource]] entries."))
    entries: list[LocalResource] = []
    seen: set[str] = set()
    for number, item in enumerate(raw.get("resource", []), start=1):
        entries.append(_entry(item, number, publisher))
        if entries[-1].id in seen:
            raise PackRefused(N_("Resource {number} in the pack repeats the id {id}."), number=number,
                              id=entries[-1].id)
        seen.add(entries[-1].id)
    return tuple(entries)


def _entry(item: Any, number: int, publisher: str) -> LocalResource:
    if not isinstance(item, dict):
        raise PackRefused(N_("Resource {number} in the pack cannot be read."), number=number)
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise PackRefused(N_("Resource {number} in the pack has a field Amparo does not know: {field}."),
                          number=number, field=unknown[0])
    texts = {k: item.get(k, "") for k in _TEXT_KEYS}
    languages = item.get("languages", [])
    if (
        not all(isinstance(v, str) and len(v) <= 500 for v in texts.values())
        or not isinstance(item.get("id"), str) or not _ID_RE.match(item["id"])
        or item.get("category") not in CATEGORIES
        or not texts["name"].strip()
        or not isinstance(languages, list) or not all(isinstance(x, str) for x in languages)
    ):
        raise PackRefused(N_("Resource {number} in the pack cannot be read."), number=number)
    return LocalResource(id=item["id"], category=item["category"], languages=tuple(languages),
                         publisher=publisher, **{k: v.strip() for k, v in texts.items()})
