"""How a reminder says where its rule comes from: the source, the day it was checked, and how sure it is.

The rule table keeps the confidence mark (H, M, C) as data; these are the words shown for it. A C
(changing) rule always tells the user to check with a legal organization (FACTS, "Revised 2026-11-30").
"""

from __future__ import annotations

from domain.text import Text

SOURCE_LINE = Text("Source: {source}. Checked {checked}.", "Fuente: {source}. Revisado el {checked}.")

CONFIDENCE_NOTES: dict[str, Text | None] = {
    "H": None,
    "M": Text(
        "This comes from reports that may change; check with a legal organization.",
        "Esto viene de informes que pueden cambiar; confírmelo con una organización legal.",
    ),
    "C": Text(
        "This is changing — check with a legal organization before relying on it.",
        "Esto está cambiando: confírmelo con una organización legal antes de actuar.",
    ),
}


def confidence_note(confidence: str, lang: str) -> str:
    """The words for a confidence mark in `lang` ("" for a settled, H, rule)."""
    note = CONFIDENCE_NOTES.get(confidence)
    return "" if note is None else note.get(lang)


def provenance_lines(source: str, checked: str, confidence: str, lang: str) -> list[str]:
    """The lines to show under a reminder, given its source and checked date already in `lang`."""
    lines = [SOURCE_LINE.format(lang, source=source, checked=checked)]
    note = confidence_note(confidence, lang)
    if note:
        lines.append(note)
    return lines
