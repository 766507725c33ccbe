"""Is a stored person probably the one being added? Fuzzy name scores weighed with the other evidence.

The vault narrows the candidates in SQL (`PeopleRepository.duplicates`); this module says which of
them are likely the same person. Names are folded (accents, case) and compared as sets of words, so
a dropped second surname, a hyphen or a swapped word order still match, and one typo costs only a
few points. A name alone is never enough when the birth dates disagree: two cousins called
"María López García" born years apart are two people.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz

from domain.models import Person
from domain.textfold import fold
from storage.rows import PersonRow
from storage.textkeys import digits

_WORD = re.compile(r"\w+", re.UNICODE)

# Scores are rapidfuzz's 0–100. Chosen with the cases of tests/storage/test_duplicates.py: one typo
# in a short name ("Ana Ruis") scores 87.5; a twin sharing both surnames ("Ana" / "Sofía López
# García") scores 85.7 on the whole name but fails the given-name check.
NAME_WITH_SAME_BIRTH = 85.0
NAME_WITHOUT_BIRTH = 90.0
NAME_WITH_SAME_PHONE = 80.0
GIVEN_NAMES = 75.0


class Birth(Enum):
    """How two birth dates compare."""

    SAME = "same"  # equal, or one is the other with day and month swapped (03/04 typed as 04/03)
    UNKNOWN = "unknown"  # at least one is missing
    DIFFERENT = "different"


def words(text: str) -> tuple[str, ...]:
    """The folded words of a name, in order, without repeats: "Ruiz-Peña" → ("ruiz", "pena")."""
    return _words(text)


# Names repeat a great deal (a clinic has many Marías and Lópezes), and folding is most of the cost
# of weighing a few hundred candidates, so each distinct name part is folded once.
@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_WORD.findall(fold(text))))


def _full(given: str, family: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(words(given) + words(family)))


def swapped(day: date) -> date | None:
    """The date with day and month swapped, when that is another real date."""
    if day.day > 12 or day.day == day.month:
        return None
    return date(day.year, day.day, day.month)


def birth(a: date | None, b: date | None) -> Birth:
    if a is None or b is None:
        return Birth.UNKNOWN
    return Birth.SAME if a == b or swapped(a) == b else Birth.DIFFERENT


def phone_key(phone: str) -> str:
    """The national number of a phone (its last 10 digits), without any extension."""
    return digits(phone.split(";", 1)[0])[-10:]


def name_score(a: Sequence[str], b: Sequence[str]) -> float:
    """Token-set similarity of two folded names; a one-word name is compared whole.

    Token-set scores 100 when one name's words are all in the other, which is what finds a dropped
    surname, but a lone "lopez" would then equal every López in the vault.
    """
    if not a or not b:
        return 0.0
    if min(len(a), len(b)) < 2:
        return float(fuzz.token_sort_ratio(" ".join(a), " ".join(b)))
    return float(fuzz.token_set_ratio(" ".join(a), " ".join(b)))


class Intake:
    """A person being added, folded once, to weigh many stored rows against."""

    def __init__(self, person: Person) -> None:
        self.person = person
        self.given = " ".join(words(person.given_names))
        self.name = _full(person.given_names, person.family_names)
        self.phone = phone_key(person.phone)

    def weigh(self, row: PersonRow) -> float | None:
        """How strongly the stored `row` looks like this person, or None when it probably is not them.

        The weight only orders the likely matches: a shared A-number first, then a shared birth
        date, then a shared phone, then the name alone; the name score breaks ties within each.
        """
        person = self.person
        if person.a_number and person.a_number == row.a_number:
            return 1000.0
        dates = birth(person.date_of_birth, row.date_of_birth)
        if dates is Birth.DIFFERENT:
            return None
        if fuzz.token_set_ratio(self.given, " ".join(words(row.given_names))) < GIVEN_NAMES:
            return None
        score = name_score(self.name, _full(row.given_names, row.family_names))
        if dates is Birth.SAME and score >= NAME_WITH_SAME_BIRTH:
            return 200.0 + score
        if self.phone and self.phone == phone_key(row.phone) and score >= NAME_WITH_SAME_PHONE:
            return 100.0 + score
        return score if score >= NAME_WITHOUT_BIRTH else None

    def likely_same(self, row: PersonRow) -> bool:
        """Whether the stored `row` is probably this person entered again."""
        return self.weigh(row) is not None


def likely_same(person: Person, row: PersonRow) -> bool:
    """Whether the stored `row` is probably `person` entered again."""
    return Intake(person).likely_same(row)
