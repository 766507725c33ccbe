"""How a reminder's source is told to the user: readable words in their language, never notes.

The rule table gives each rule a source. Where it is a translated pair (`Text`, or a `Message`) the
user's language is used; where it is still a plain string, the team's own shorthand in it (a
"FACTS: …" note, a confidence mark such as "(M)") is left out, because it means nothing to a family
and reads as if it were part of the law.
"""

from __future__ import annotations

import re

_CONFIDENCE_MARK = re.compile(r"\s*\((?:H|M|C)\)")
_INTERNAL_NOTE = re.compile(r"^\s*facts\b", re.IGNORECASE)


def source_text(source: object, lang: str) -> str:
    """The source of a rule as shown to users in `lang` ("" when nothing readable is left)."""
    render = getattr(source, "render", None)
    if callable(render):
        return str(render(lang)).strip()
    get = getattr(source, "get", None)
    if callable(get) and not isinstance(source, dict):
        return str(get(lang)).strip()
    parts = [_CONFIDENCE_MARK.sub("", part).strip() for part in str(source).split(";")]
    return "; ".join(p for p in parts if p and not _INTERNAL_NOTE.match(p))


def is_changing(reminder: object) -> bool:
    """Whether the rule behind a reminder is marked as changing (FACTS' "C"), if the reminder says.

    The mark is the rule table's data; here it only decides whether the user is told, in words, to
    check with a legal organization. Reminders that do not carry it are not flagged.
    """
    mark = getattr(reminder, "confidence", None)
    return str(getattr(mark, "value", mark) or "").upper() == "C"
