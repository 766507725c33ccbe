"""Reads the deadline rules from data files and gives them to the engine in `domain.rules`.

`content/rules.toml` holds the rules without words (kinds, whom they are for, offsets, confidence,
checked dates, message ids); `content/<lang>/rules.toml` holds the words of one language, with the
line that names a reminder's source ([provenance]) and the notes for M and C rules ([confidence]). Every file is
checked before anything is used: an unknown key, kind, unit or confidence, a message id with no English
words, a message no rule uses, or placeholders that differ between languages is refused with a
`RuleFileError` naming the file and the key. English is required for every message (it is the
fallback); a language that lacks a message shows English, and `RuleTable.missing` lists the gaps.

`install_builtin_rules()` is the one entry point: it registers the built-in files with the engine (and
the provenance and appointment words with their domain modules), read on first use, so a command that
needs no deadline never parses them. Importing the `content` package calls it (see
`content/__init__.py`), so every program of Amparo has the rules. `install_rule_table(table)` puts a
table read from another folder (a content pack) in their place.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from content.active import data_folder
from content.paths import language_folders
from domain import appointments, provenance
from domain import rules as engine
from domain.models import EventKind
from domain.rule_types import CONFIDENCES, Applies, Rule, Step, Unit
from domain.text import Text, placeholders

TABLE_FILE = "rules.toml"
WORDS_FILE = "rules.toml"
FALLBACK = "en"

_RULE_KEYS = frozenset({"id", "kinds", "applies", "unit", "confidence", "checked", "source", "description",
                        "deadline", "step", "late"})
_RULE_REQUIRED = ("id", "kinds", "confidence", "checked", "source", "description", "step")
_STEP_KEYS = frozenset({"offset", "offsets", "title", "action"})
_LATE_KEYS = frozenset({"offset", "title", "action"})


class ContentFileError(ValueError):
    """A content file (rules, their words, resources) that cannot be used; the message names file and key.

    The message quotes only content files, never vault data, so it may be shown as it is.
    """


class RuleFileError(ContentFileError):
    """A rule file that cannot be used, with the file and the key at fault in the message."""


@dataclass(frozen=True)
class RuleTable:
    """The rules read from one content folder, and what each language lacks.

    `languages` are the languages with a words file; `missing` maps a language to the message ids it
    has no words for (shown in English instead). `source_line` and `confidence_notes` are the words a
    reminder shows under itself: where its rule comes from, and a note for M and C rules.
    """

    rules: tuple[Rule, ...]
    languages: tuple[str, ...]
    missing: Mapping[str, tuple[str, ...]]
    source_line: Text
    confidence_notes: Mapping[str, Text]


def builtin_folder() -> Path:
    """The folder of the rule files in use: a newer verified rights pack's, else the one shipped with Amparo."""
    return data_folder("rules.toml")


@lru_cache(maxsize=1)
def builtin_rule_table() -> RuleTable:
    """The built-in rule files, read and checked once per process."""
    return load_rule_table(builtin_folder())


def load_builtin_rules() -> tuple[Rule, ...]:
    """The built-in rules (the engine's loader: see `install_builtin_rules`)."""
    return builtin_rule_table().rules


def _builtin_provenance_words() -> provenance.ProvenanceWords:
    table = builtin_rule_table()
    return table.source_line, table.confidence_notes


def install_builtin_rules() -> None:
    """Give the domain the built-in rule files, provenance and appointment words, read on first use, and
    the words of added languages for the texts written in Python (`content.domain_words`)."""
    from content.appointment_words import load_builtin_appointment_words  # it imports this module
    from content.domain_words import install_domain_words

    engine.use_rule_loader(load_builtin_rules)
    provenance.use_provenance_loader(_builtin_provenance_words)
    appointments.use_appointment_loader(load_builtin_appointment_words)
    install_domain_words()


def reinstall_builtin_rules() -> None:
    """Read the built-in files again on first use: after `content.paths.add_language_root` added a language."""
    builtin_rule_table.cache_clear()
    install_builtin_rules()


def install_rule_table(table: RuleTable) -> None:
    """Use `table` (read from another folder, such as a content pack) from now on: rules and their words."""
    engine.use_rule_table(table.rules)
    provenance.use_provenance_words(table.source_line, table.confidence_notes)


def load_rule_table(folder: Path) -> RuleTable:
    """Read and check `folder/rules.toml` and every `folder/<lang>/rules.toml`."""
    table_path = folder / TABLE_FILE
    data = read_data_file(table_path)
    _only(data, {"rule"}, table_path, "")
    words, sources = _read_languages(folder)
    if FALLBACK not in words:
        raise RuleFileError(f"{folder / FALLBACK / WORDS_FILE}: the English words are missing")
    builder = _Builder(table_path, words, sources)
    raw_rules = data.get("rule")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleFileError(f"{table_path}: no [[rule]] tables")
    rules = tuple(builder.rule(raw, i) for i, raw in enumerate(raw_rules, 1))
    source_line = builder.text("provenance.source_line", "the source line")
    if placeholders(source_line.en) != provenance.SOURCE_LINE_PLACEHOLDERS:
        raise RuleFileError(
            f"{folder / FALLBACK / WORDS_FILE}: provenance.source_line needs {{source}} and {{checked}}"
        )
    notes = {mark: builder.text(f"confidence.{mark}", "the confidence notes") for mark in provenance.NOTED_MARKS}
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise RuleFileError(f"{table_path}: rule id {rule.id!r} is used twice")
        seen.add(rule.id)
    builder.check_all_used()
    languages = tuple(sorted(words, key=lambda lang: (lang != "en", lang != "es", lang)))
    missing = {
        lang: tuple(sorted(set(words[FALLBACK]) - set(words[lang])))
        + tuple(sorted("source." + s for s in set(sources[FALLBACK]) - set(sources[lang])))
        for lang in languages
    }
    return RuleTable(rules, languages, missing, source_line, notes)


def read_data_file(path: Path, error: type[ContentFileError] | None = None) -> dict[str, Any]:
    """A content file's TOML as data; a missing, unreadable or invalid file raises `error` (a
    RuleFileError unless given) naming the file."""
    fail = error or RuleFileError
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise fail(f"{path}: the file is missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise fail(f"{path}: cannot be read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise fail(f"{path}: not valid TOML ({exc})") from None


def _read_languages(folder: Path) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Message id -> words, and source id -> name, for each language folder that has a words file."""
    words: dict[str, dict[str, str]] = {}
    sources: dict[str, dict[str, str]] = {}
    for lang_dir in language_folders(folder, WORDS_FILE):
        path = lang_dir / WORDS_FILE
        data = read_data_file(path)
        raw_sources = data.pop("source", {})
        if not isinstance(raw_sources, dict):
            raise RuleFileError(f"{path}: [source] must be a table of source names")
        sources[lang_dir.name] = {}
        for key, value in raw_sources.items():
            if not isinstance(value, str) or not value.strip():
                raise RuleFileError(f"{path}: source.{key} must be non-empty text")
            sources[lang_dir.name][key] = value
        flat: dict[str, str] = {}
        _flatten(data, "", flat, path)
        words[lang_dir.name] = flat
    return words, sources


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, str], path: Path) -> None:
    for key, value in table.items():
        mid = prefix + key
        if isinstance(value, dict):
            _flatten(value, mid + ".", out, path)
        elif isinstance(value, str) and value.strip():
            out[mid] = value
        else:
            raise RuleFileError(f"{path}: {mid} must be non-empty text")


def _only(table: Mapping[str, Any], allowed: frozenset[str] | set[str], path: Path, where: str) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise RuleFileError(f"{path}: {where}unknown key {unknown[0]!r}")


class _Builder:
    """Turns the [[rule]] tables into Rules, sharing one Text per message id and noting which are used."""

    def __init__(self, path: Path, words: dict[str, dict[str, str]], sources: dict[str, dict[str, str]]) -> None:
        self.path = path
        self.words = words
        self.sources = sources
        self.texts: dict[str, Text] = {}
        self.source_texts: dict[str, Text] = {}

    def text(self, mid: object, where: str) -> Text:
        if not isinstance(mid, str):
            raise RuleFileError(f"{self.path}: {where}: a message id must be text")
        found = self.texts.get(mid)
        if found is None:
            found = self.texts[mid] = self._make(mid, {lang: w.get(mid) for lang, w in self.words.items()}, where)
        return found

    def source(self, sid: object, where: str) -> Text:
        if not isinstance(sid, str):
            raise RuleFileError(f"{self.path}: {where}: source must be a source id")
        found = self.source_texts.get(sid)
        if found is None:
            found = self.source_texts[sid] = self._make(
                "source." + sid, {lang: s.get(sid) for lang, s in self.sources.items()}, where
            )
        return found

    def _make(self, mid: str, by_lang: Mapping[str, str | None], where: str) -> Text:
        english = by_lang.get(FALLBACK)
        if english is None:
            raise RuleFileError(f"{self.path}: {where}: message {mid!r} has no words in {FALLBACK}/{WORDS_FILE}")
        wanted = placeholders(english)
        present = {lang: w for lang, w in by_lang.items() if w is not None}
        for lang, w in present.items():
            if placeholders(w) != wanted:
                raise RuleFileError(
                    f"{self.path.parent / lang / WORDS_FILE}: {mid}: placeholders differ from English"
                )
        return Text.of(present)

    def check_all_used(self) -> None:
        for lang, words in self.words.items():
            unused = sorted(set(words) - set(self.texts))
            if unused:
                raise RuleFileError(f"{self.path.parent / lang / WORDS_FILE}: unknown key {unused[0]!r}")
        for lang, names in self.sources.items():
            unused = sorted(set(names) - set(self.source_texts))
            if unused:
                raise RuleFileError(
                    f"{self.path.parent / lang / WORDS_FILE}: unknown key {'source.' + unused[0]!r}"
                )

    def rule(self, raw: object, number: int) -> Rule:
        where = f"rule {number}"
        if not isinstance(raw, dict):
            raise RuleFileError(f"{self.path}: {where} must be a table")
        rid = raw.get("id")
        if isinstance(rid, str):
            where = f"rule {rid!r}"
        _only(raw, _RULE_KEYS, self.path, where + ": ")
        for key in _RULE_REQUIRED:
            if key not in raw:
                raise RuleFileError(f"{self.path}: {where}: {key!r} is missing")
        if not isinstance(rid, str) or not rid:
            raise RuleFileError(f"{self.path}: {where}: id must be text")
        kinds = raw["kinds"]
        if not isinstance(kinds, list) or not kinds:
            raise RuleFileError(f"{self.path}: {where}: kinds must be a list of event kinds")
        checked = raw["checked"]
        if not isinstance(checked, date):
            raise RuleFileError(f"{self.path}: {where}: checked must be a date (YYYY-MM-DD, no quotes)")
        confidence = raw["confidence"]
        if confidence not in CONFIDENCES:
            raise RuleFileError(f"{self.path}: {where}: confidence must be H, M or C, not {confidence!r}")
        deadline = raw.get("deadline")
        if deadline is not None and not _is_int(deadline):
            raise RuleFileError(f"{self.path}: {where}: deadline must be a whole number")
        steps = self._steps(raw["step"], where)
        late = raw.get("late")
        try:
            return Rule(
                id=rid,
                kinds=frozenset(_enum(EventKind, k, "kind", self.path, where) for k in kinds),
                source=self.source(raw["source"], where),
                checked=checked,
                confidence=confidence,
                description=self.text(raw["description"], where + " description"),
                steps=steps,
                late=None if late is None else self._late(late, where),
                unit=_enum(Unit, raw.get("unit", Unit.DAYS.value), "unit", self.path, where),
                applies=_enum(Applies, raw.get("applies", Applies.EVERYONE.value), "applies", self.path, where),
                deadline=deadline,
            )
        except ValueError as exc:
            if isinstance(exc, RuleFileError):
                raise
            raise RuleFileError(f"{self.path}: {where}: {exc}") from None

    def _steps(self, raw: object, where: str) -> tuple[Step, ...]:
        if not isinstance(raw, list) or not raw:
            raise RuleFileError(f"{self.path}: {where}: no [[rule.step]] tables")
        steps: list[Step] = []
        for i, entry in enumerate(raw, 1):
            at = f"{where} step {i}"
            if not isinstance(entry, dict):
                raise RuleFileError(f"{self.path}: {at} must be a table")
            _only(entry, _STEP_KEYS, self.path, at + ": ")
            if ("offset" in entry) == ("offsets" in entry):
                raise RuleFileError(f"{self.path}: {at}: give either offset or offsets")
            offsets = entry["offsets"] if "offsets" in entry else [entry["offset"]]
            if not isinstance(offsets, list) or not offsets or not all(_is_int(o) for o in offsets):
                raise RuleFileError(f"{self.path}: {at}: offsets must be whole numbers")
            title = self.text(entry.get("title"), at + " title")
            action = self.text(entry.get("action"), at + " action")
            steps += [Step(offset, title, action) for offset in offsets]
        return tuple(steps)

    def _late(self, raw: object, where: str) -> Step:
        at = where + " late"
        if not isinstance(raw, dict):
            raise RuleFileError(f"{self.path}: {at} must be a table")
        _only(raw, _LATE_KEYS, self.path, at + ": ")
        offset = raw.get("offset")
        if not _is_int(offset):
            raise RuleFileError(f"{self.path}: {at}: offset must be a whole number")
        assert isinstance(offset, int)
        return Step(offset, self.text(raw.get("title"), at + " title"), self.text(raw.get("action"), at + " action"))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


_E = TypeVar("_E", EventKind, Unit, Applies)


def _enum(cls: type[_E], value: object, what: str, path: Path, where: str) -> _E:
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return cls(value)
    except ValueError:
        raise RuleFileError(f"{path}: {where}: unknown {what} {value!r}") from None
