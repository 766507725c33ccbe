"""Accent folding, the one way Amparo compares, sorts and searches text: "Ñúñez" → "nunez".

Sort and search keys stored in vaults are made with `fold`, so its output must never change for text
already stored: a change would re-order lists and hide people from search in existing vaults.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower-case (full case folding: "ß" → "ss"), compatibility forms unified ("ﬁ" → "fi"), accents dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
