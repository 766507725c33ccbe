"""Text folding for sorting and for turning what a user types into a safe full-text query."""

from __future__ import annotations

import re
import unicodedata

from domain.textfold import fold

_DIGIT_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212\ufe63\uff0d.()/#+]")
_WORD = re.compile(r"\w+", re.UNICODE)


def sort_key(family: str, given: str) -> str:
    return f"{fold(family).strip()}\x1f{fold(given).strip()}"


def digits(text: str) -> str:
    """Only the decimal digits of `text` (any script, normalised to ASCII)."""
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        value = unicodedata.decimal(ch, None)
        if value is not None:
            out.append(str(value))
    return "".join(out)


def phone_tokens(phone: str) -> str:
    """Index a phone by all its digits and by its last 10 (the US national number).

    An extension (";ext=12" in the stored form) is not part of the number and is left out.
    """
    d = digits(phone.split(";", 1)[0])
    if not d:
        return ""
    return d if len(d) <= 10 else f"{d} {d[-10:]}"


def phone_tail_tokens(phone: str) -> str:
    """The last 4 and last 7 digits of a phone, the parts people remember and type ("0143", "555-0143")."""
    d = digits(phone.split(";", 1)[0])
    return " ".join(d[-n:] for n in (4, 7) if len(d) > n)


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def fts_query(text: str) -> str | None:
    """An FTS5 query for what the user typed, or None when there is nothing to search for.

    Input that is mostly digits (an A-number with or without "A", dashes or spaces, or a phone) is
    searched as a digit prefix in the A-number and phone columns, and as the whole end of a phone
    (exactly its last 4 or 7 digits); anything else as name-word prefixes that must all match.
    Every token is quoted, so FTS syntax in the input is inert.
    """
    normalized = unicodedata.normalize("NFKC", text).strip()
    if not normalized:
        return None
    compact = _DIGIT_SEPARATORS.sub("", normalized)
    if compact[:1] in ("A", "a"):
        compact = compact[1:]
    if compact.isdigit() and len(compact) >= 2:
        d = digits(compact)
        alternatives = [f"anum : {_quote(d)}*", f"phone : {_quote(d)}*"]
        if len(d) == 8:  # an 8-digit A-number is stored with a leading zero
            alternatives.append(f"anum : {_quote('0' + d)}*")
        if len(d) in (4, 7):
            # Whole-token matches: exactly the last 4 or 7 digits, one index lookup even at 100,000
            # people (a prefix here would match every number of a common exchange like "555").
            alternatives.append(f"tail : {_quote(d)}")
        return " OR ".join(alternatives)
    words = _WORD.findall(normalized)
    if not words:
        return None
    return "name : (" + " AND ".join(f"{_quote(w)}*" for w in words) + ")"
