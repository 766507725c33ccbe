"""The transfer code: six pronounceable words, read aloud or written on paper, never stored.

Each word is three consonant–vowel syllables from letters that sound the same in Spanish and English
readings and are hard to confuse (no c/q/k, g/j, b/v, ll/y pairs): 12 consonants × 5 vowels = 60
syllables, 216,000 words, 6 words ≈ 106 bits — far beyond guessing even before Argon2id slows each try.
"""

from __future__ import annotations

import secrets

from domain.textfold import fold

CONSONANTS = "dfklmnprstwz"
VOWELS = "aeiou"
SYLLABLES = tuple(c + v for c in CONSONANTS for v in VOWELS)
WORDS = 6
SYLLABLES_PER_WORD = 3


def new_transfer_code() -> str:
    """A fresh random code, e.g. "tamuke ridosa ..."; show it once and forget it."""
    return " ".join(
        "".join(secrets.choice(SYLLABLES) for _ in range(SYLLABLES_PER_WORD)) for _ in range(WORDS)
    )


def normalize_code(typed: str) -> str:
    """The code as typed (any case, accents, dashes, extra spaces) in its one canonical form."""
    letters = "".join(ch if ch.isalpha() else " " for ch in fold(typed))
    return " ".join(letters.split())


def looks_like_a_code(typed: str) -> bool:
    """True when `typed` has the shape of a transfer code (so a typo is told apart from a wrong code)."""
    words = normalize_code(typed).split()
    size = 2 * SYLLABLES_PER_WORD
    return len(words) == WORDS and all(
        len(w) == size and all(w[i:i + 2] in SYLLABLES for i in range(0, size, 2)) for w in words
    )
