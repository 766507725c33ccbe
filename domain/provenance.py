"""How a reminder says where its rule comes from: the source, the day it was checked, and how sure it is.

The rule table keeps the confidence mark (H, M, C) as data; the words shown for it, and the line that
names the source and its checked date, are data too (`content/<lang>/rules.toml`, sections
[provenance] and [confidence]), given here with `use_provenance_words` or read on first use by the
loader registered with `use_provenance_loader` (`content.rule_loader.install_builtin_rules()` does).
A C (changing) rule always tells the user to check with a legal organization (FACTS, "Revised
2026-11-30"); an H rule adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from domain.text import Text, placeholders

# The marks that carry a note: M (reports that may change) and C (changing).
NOTED_MARKS = ("M", "C")
SOURCE_LINE_PLACEHOLDERS = frozenset({"source", "checked"})

ProvenanceWords = tuple[Text, Mapping[str, Text]]
_words: ProvenanceWords | None = None
_loader: Callable[[], ProvenanceWords] | None = None


class NoProvenanceWords(RuntimeError):
    """Provenance lines were asked for before their words were given (a program bug)."""


def use_provenance_words(source_line: Text, notes: Mapping[str, Text]) -> None:
    """Make these the words: a source line with {source} and {checked}, and a note for M and for C."""
    global _words
    if placeholders(source_line.en) != SOURCE_LINE_PLACEHOLDERS:
        raise ValueError("the source line must have the placeholders {source} and {checked}")
    if set(notes) != set(NOTED_MARKS):
        raise ValueError("a note is needed for M and for C, and only for them")
    _words = (source_line, dict(notes))


def use_provenance_loader(load: Callable[[], ProvenanceWords]) -> None:
    """Read the words with `load` on first use; words given before are dropped."""
    global _words, _loader
    _loader, _words = load, None


def _ensure() -> ProvenanceWords:
    if _words is None:
        if _loader is None:
            raise NoProvenanceWords(
                "no provenance words were loaded: call content.rule_loader.install_builtin_rules() at start"
            )
        use_provenance_words(*_loader())
    assert _words is not None
    return _words


def confidence_note(confidence: str, lang: str) -> str:
    """The words for a confidence mark in `lang` ("" for a settled, H, rule)."""
    note = _ensure()[1].get(confidence)
    return "" if note is None else note.get(lang)


def provenance_lines(source: str, checked: str, confidence: str, lang: str) -> list[str]:
    """The lines to show under a reminder, given its source and checked date already in `lang`."""
    lines = [_ensure()[0].format(lang, source=source, checked=checked)]
    note = confidence_note(confidence, lang)
    if note:
        lines.append(note)
    return lines
