"""Reads what Amparo says about an appointment or a date itself from `content/<lang>/appointments.toml`.

One `[action]` entry per listed event kind (`domain.appointments.LISTED_KINDS`). English must have every
kind (it is the fallback); another language that lacks one shows English, and `missing` lists the gap.
An unknown kind or key, a kind that is not listed, empty words or placeholders that differ from English
are refused with a `RuleFileError` naming the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from content.active import data_folder
from content.paths import language_folders
from content.rule_loader import FALLBACK, RuleFileError, read_data_file
from domain.appointments import LISTED_KINDS
from domain.models import EventKind
from domain.text import Text, placeholders

FILE = "appointments.toml"


@dataclass(frozen=True)
class AppointmentWords:
    """The words of each listed kind, the languages found, and the kinds each language lacks."""

    actions: Mapping[EventKind, Text]
    languages: tuple[str, ...]
    missing: Mapping[str, tuple[str, ...]]


def load_builtin_appointment_words() -> dict[EventKind, Text]:
    """The built-in words (the loader `install_builtin_rules` registers)."""
    return dict(load_appointment_words(data_folder("en/appointments.toml")).actions)


def load_appointment_words(folder: Path) -> AppointmentWords:
    """Read and check every `folder/<lang>/appointments.toml`."""
    by_lang: dict[str, dict[EventKind, str]] = {}
    for lang_dir in language_folders(folder, FILE):
        by_lang[lang_dir.name] = _read(lang_dir / FILE)
    english = by_lang.get(FALLBACK)
    if english is None:
        raise RuleFileError(f"{folder / FALLBACK / FILE}: the English words are missing")
    lacking = sorted(k.value for k in LISTED_KINDS - set(english))
    if lacking:
        raise RuleFileError(f"{folder / FALLBACK / FILE}: action.{lacking[0]} is missing")
    actions: dict[EventKind, Text] = {}
    for kind in sorted(LISTED_KINDS, key=list(EventKind).index):
        words = {lang: table[kind] for lang, table in by_lang.items() if kind in table}
        for lang, text in words.items():
            if placeholders(text) != placeholders(words[FALLBACK]):
                raise RuleFileError(f"{folder / lang / FILE}: action.{kind.value}: placeholders differ from English")
        actions[kind] = Text.of(words)
    languages = tuple(sorted(by_lang, key=lambda lang: (lang != "en", lang != "es", lang)))
    missing = {lang: tuple(sorted(k.value for k in LISTED_KINDS - set(by_lang[lang]))) for lang in languages}
    return AppointmentWords(actions, languages, missing)


def _read(path: Path) -> dict[EventKind, str]:
    data = read_data_file(path)
    extra = sorted(set(data) - {"action"})
    if extra:
        raise RuleFileError(f"{path}: unknown key {extra[0]!r}")
    table = data.get("action", {})
    if not isinstance(table, dict):
        raise RuleFileError(f"{path}: [action] must be a table")
    out: dict[EventKind, str] = {}
    for key, value in table.items():
        try:
            kind = EventKind(key)
        except ValueError:
            raise RuleFileError(f"{path}: unknown key 'action.{key}' (not an event kind)") from None
        if kind not in LISTED_KINDS:
            raise RuleFileError(f"{path}: action.{key}: this kind is not listed as a date of its own")
        if not isinstance(value, str) or not value.strip():
            raise RuleFileError(f"{path}: action.{key} must be non-empty text")
        out[kind] = value
    return out
