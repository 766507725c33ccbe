"""Reads a language's words for the texts Amparo still writes in Python, from `content/<lang>/domain_words.toml`.

Kinds of dates, cases and contacts, and what is said about a value typed, are written in `domain/` in
English and Spanish side by side. A language added as files gives its words for them here, each entry
keyed by the English text (`scripts/pseudo_locale.py` shows how to list them):

    [[text]]
    en = "ICE check-in"
    words = "…"

An unknown key, empty words or placeholders that differ from the English are refused with a
`RuleFileError` naming the file and the entry. English and Spanish never have this file.
"""

from __future__ import annotations

from pathlib import Path

from content.active import builtin_folder
from content.paths import language_folders
from content.rule_loader import RuleFileError, read_data_file
from domain import text as domain_text
from domain.text import LANGUAGES, placeholders

FILE = "domain_words.toml"


def install_domain_words() -> tuple[str, ...]:
    """Give the domain the words of every added language that has the file; returns those languages."""
    domain_text.forget_added_words()
    found = []
    # The installed folder and the languages added with `content.paths.add_language_root`: looking
    # there needs no pack check, so a command that shows no text does not pay for one.
    for lang_dir in language_folders(builtin_folder(), FILE):
        if lang_dir.name in LANGUAGES:
            raise RuleFileError(f"{lang_dir / FILE}: English and Spanish words are written with the texts")
        domain_text.use_added_words(lang_dir.name, read_domain_words(lang_dir / FILE))
        found.append(lang_dir.name)
    return tuple(found)


def read_domain_words(path: Path) -> dict[str, str]:
    """English text -> words, checked."""
    data = read_data_file(path)
    extra = sorted(set(data) - {"text"})
    if extra:
        raise RuleFileError(f"{path}: unknown key {extra[0]!r}")
    entries = data.get("text", [])
    if not isinstance(entries, list):
        raise RuleFileError(f"{path}: 'text' must be a list of [[text]] tables")
    words: dict[str, str] = {}
    for number, entry in enumerate(entries, 1):
        where = f"{path}: text {number}"
        if not isinstance(entry, dict) or set(entry) != {"en", "words"}:
            raise RuleFileError(f"{where}: needs exactly 'en' and 'words'")
        english, translated = entry["en"], entry["words"]
        if not isinstance(english, str) or not isinstance(translated, str) or not english or not translated.strip():
            raise RuleFileError(f"{where}: 'en' and 'words' must be non-empty text")
        if placeholders(translated) != placeholders(english):
            raise RuleFileError(f"{where}: placeholders differ from English")
        words[english] = translated
    return words
