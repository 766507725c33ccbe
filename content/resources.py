"""The directory of public resources (`content/resources.toml` and its words), as frozen dataclasses.

Contacts shows these read-only. Each file is checked before use, like the rule files: an unknown key,
category or confidence, a missing English name or note, words no resource uses, or a web address that
names a scheme (Amparo shows addresses as text; it never opens them) is refused with a
`ResourceFileError` naming the file and the key.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from content.active import data_folder
from content.paths import language_folders
from content.rule_loader import ContentFileError, read_data_file
from domain.models import ContactCategory
from domain.rule_types import CONFIDENCES
from domain.text import Text

FILE = "resources.toml"
_KEYS = frozenset({"id", "category", "phones", "tdd", "url", "languages", "source", "checked", "confidence"})
_REQUIRED = ("id", "category", "phones", "source", "checked", "confidence")


class ResourceFileError(ContentFileError):
    """A resource file that cannot be used, with the file and the key at fault in the message."""


@dataclass(frozen=True, slots=True)
class Resource:
    """One public resource: a line, a website or an office, with where its details come from.

    `hours` is None when the source gives none (a website); `languages` is empty when the source does
    not say. `checked` is the day the number or address was last confirmed in `source`.
    """

    id: str
    category: ContactCategory
    name: Text
    note: Text
    hours: Text | None
    phones: tuple[str, ...]
    tdd: str
    url: str
    languages: tuple[str, ...]
    source: Text
    checked: date
    confidence: str


@lru_cache(maxsize=1)
def builtin_resources() -> tuple[Resource, ...]:
    """The directory in use: a newer verified rights pack's, else the one shipped with Amparo (read once)."""
    return load_resources(data_folder("resources.toml"))


def load_resources(folder: Path) -> tuple[Resource, ...]:
    """Read and check `folder/resources.toml` and every `folder/<lang>/resources.toml`."""
    path = folder / FILE
    data = read_data_file(path, ResourceFileError)
    if set(data) - {"resource"}:
        raise ResourceFileError(f"{path}: unknown key {sorted(set(data) - {'resource'})[0]!r}")
    words = {p.name: read_data_file(p / FILE, ResourceFileError) for p in language_folders(folder, FILE)}
    if "en" not in words:
        raise ResourceFileError(f"{folder / 'en' / FILE}: the English words are missing")
    used: dict[str, set[str]] = {lang: set() for lang in words}
    out: list[Resource] = []
    for number, raw in enumerate(data.get("resource", []), 1):
        out.append(_resource(raw, number, path, words, used))
    if len({r.id for r in out}) != len(out):
        raise ResourceFileError(f"{path}: a resource id is used twice")
    for lang, table in words.items():
        for section, value in table.items():
            keys = {section} if not isinstance(value, dict) else {f"{section}.{k}" for k in value}
            extra = sorted(keys - used[lang])
            if extra:
                raise ResourceFileError(f"{folder / lang / FILE}: unknown key {extra[0]!r}")
    return tuple(out)


def _resource(
    raw: object, number: int, path: Path, words: dict[str, dict[str, Any]], used: dict[str, set[str]]
) -> Resource:
    if not isinstance(raw, dict):
        raise ResourceFileError(f"{path}: resource {number} must be a table")
    rid = raw.get("id")
    where = f"resource {rid!r}" if isinstance(rid, str) else f"resource {number}"
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise ResourceFileError(f"{path}: {where}: unknown key {unknown[0]!r}")
    for key in _REQUIRED:
        if key not in raw:
            raise ResourceFileError(f"{path}: {where}: {key!r} is missing")
    if not isinstance(rid, str) or not rid:
        raise ResourceFileError(f"{path}: {where}: id must be text")
    try:
        category = ContactCategory(raw["category"])
    except ValueError:
        raise ResourceFileError(f"{path}: {where}: unknown category {raw['category']!r}") from None
    if raw["confidence"] not in CONFIDENCES:
        raise ResourceFileError(f"{path}: {where}: confidence must be H, M or C")
    if not isinstance(raw["checked"], date):
        raise ResourceFileError(f"{path}: {where}: checked must be a date (YYYY-MM-DD, no quotes)")
    phones, languages = raw["phones"], raw.get("languages", [])
    for key, value in (("phones", phones), ("languages", languages)):
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ResourceFileError(f"{path}: {where}: {key} must be a list of text")
    tdd, url = raw.get("tdd", ""), raw.get("url", "")
    if not isinstance(tdd, str) or not isinstance(url, str):
        raise ResourceFileError(f"{path}: {where}: tdd and url must be text")
    if "://" in url or url.lower().startswith("http"):
        raise ResourceFileError(f"{path}: {where}: url is shown as text: write it without https://")
    if not phones and not url:
        raise ResourceFileError(f"{path}: {where}: give a phone or a url")

    def text(key: str, required: bool) -> Text | None:
        found: dict[str, str] = {}
        for lang, table in words.items():
            section = table.get(rid)
            if isinstance(section, dict) and key in section:
                value = section[key]
                if not isinstance(value, str) or not value.strip():
                    raise ResourceFileError(f"{path.parent / lang / FILE}: {rid}.{key} must be non-empty text")
                found[lang] = value
                used[lang].add(f"{rid}.{key}")
        if "en" not in found:
            if required:
                raise ResourceFileError(f"{path.parent / 'en' / FILE}: {rid}.{key} is missing")
            return None
        return Text.of(found)

    source_id = raw["source"]
    source_words: dict[str, str] = {}
    for lang, table in words.items():
        names = table.get("source", {})
        if isinstance(names, dict) and isinstance(names.get(source_id), str):
            source_words[lang] = names[source_id]
            used[lang].add(f"source.{source_id}")
    if "en" not in source_words:
        raise ResourceFileError(f"{path.parent / 'en' / FILE}: source.{source_id} is missing")
    name, note = text("name", True), text("note", True)
    assert name is not None and note is not None
    return Resource(
        id=rid,
        category=category,
        name=name,
        note=note,
        hours=text("hours", False),
        phones=tuple(phones),
        tdd=tdd,
        url=url,
        languages=tuple(languages),
        source=Text.of(source_words),
        checked=raw["checked"],
        confidence=raw["confidence"],
    )
