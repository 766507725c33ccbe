"""Duplicates at intake: the near misses of issue #12 are found, people who only share a surname are not."""

from __future__ import annotations

from datetime import date

import pytest

from domain.models import Person
from storage import Vault
from storage.duplicates import Birth, birth, likely_same, name_score, swapped, words
from storage.rows import PersonRow

BORN = date(1985, 3, 4)


@pytest.fixture
def maria(vault: Vault) -> int:
    return vault.people.add(Person("María", "López García", date_of_birth=BORN, phone="+12025550143",
                                   a_number="087654321", country_of_birth="México"))


@pytest.fixture
def neighbours(vault: Vault) -> list[int]:
    """People who share a common surname with María and nothing else."""
    return vault.people.add_many([
        Person("José", "López García", date_of_birth=date(1979, 11, 2)),
        Person("Ana Lucía", "López", date_of_birth=date(2010, 6, 30)),
        Person("Sofía", "López García", date_of_birth=BORN),  # a twin: same surnames and birth date
        Person("Guadalupe", "García Hernández"),
    ])


@pytest.mark.parametrize("typed", [
    Person("María", "López", date_of_birth=BORN),  # dropped second surname
    Person("Maria", "Lopez-Garcia", date_of_birth=BORN),  # hyphen, no accents
    Person("María", "López Garsia", date_of_birth=BORN),  # one typo
    Person("María", "López García"),  # missing birth date
    Person("María", "López García", date_of_birth=date(1985, 4, 3)),  # day and month swapped
    Person("MARÍA", "GARCÍA LÓPEZ", date_of_birth=BORN),  # surnames in the other order, capitals
    Person("Otro", "Nombre", a_number="087654321"),  # same A-number is enough
    Person("María", "López", phone="(202) 555-0143"),  # same phone, dropped surname, no date
], ids=["dropped-surname", "hyphen", "typo", "no-birth-date", "day-month-swap", "order", "a-number", "phone"])
def test_the_near_misses_of_the_issue_are_found(vault: Vault, maria: int, neighbours: list[int],
                                                typed: Person) -> None:
    assert [r.id for r in vault.people.duplicates(typed)] == [maria]


def test_hyphen_and_typo_in_a_stored_name_are_found_from_the_plain_spelling(vault: Vault) -> None:
    ruiz = vault.people.add(Person("Carmen", "Ruiz-Peña", date_of_birth=date(1990, 1, 20)))
    hernandez = vault.people.add(Person("Ana", "Hernández", date_of_birth=date(1992, 7, 1)))
    assert [r.id for r in vault.people.duplicates(Person("Carmen", "Ruiz Peña"))] == [ruiz]
    found = vault.people.duplicates(Person("Ana", "Hernandes", date_of_birth=date(1992, 7, 1)))
    assert [r.id for r in found] == [hernandez]


@pytest.mark.parametrize("typed", [
    Person("Juan", "López"),  # common surname, nothing else
    Person("Rosa", "López García"),  # both surnames, no date
    Person("María", "López García", date_of_birth=date(1999, 12, 25)),  # same name, another birth date
    Person("Pedro", "García", phone="+12025550143"),  # shares the family phone only
    Person("Ramón", "Pérez", date_of_birth=BORN),  # shares the birth date only
], ids=["surname", "both-surnames", "other-birth", "phone-only", "birth-only"])
def test_people_who_only_share_a_surname_are_not_duplicates(vault: Vault, maria: int, neighbours: list[int],
                                                           typed: Person) -> None:
    assert vault.people.duplicates(typed) == []


def test_the_twin_is_not_taken_for_her_sister(vault: Vault, maria: int, neighbours: list[int]) -> None:
    sofia = neighbours[2]
    assert [r.id for r in vault.people.duplicates(Person("Sofia", "Lopez Garcia", date_of_birth=BORN))] == [sofia]


def test_a_person_is_not_their_own_duplicate(vault: Vault, maria: int) -> None:
    stored = vault.people.get(maria)
    assert stored is not None
    assert vault.people.duplicates(stored) == []


def test_fts_syntax_in_a_name_is_only_text(vault: Vault, maria: int) -> None:
    found = vault.people.duplicates(Person('María" OR "x', "López* NEAR(García)", date_of_birth=BORN))
    assert [r.id for r in found] == [maria]


def test_words_fold_and_split_names() -> None:
    assert words("Ruiz-Peña  ruiz") == ("ruiz", "pena")
    assert words("Nguyễn Thị") == ("nguyen", "thi")


def test_birth_dates_compare_with_the_swap() -> None:
    assert birth(BORN, date(1985, 4, 3)) is Birth.SAME
    assert birth(BORN, None) is Birth.UNKNOWN
    assert birth(date(1985, 3, 13), date(1985, 3, 14)) is Birth.DIFFERENT
    assert swapped(date(1985, 3, 13)) is None  # no 13th month
    assert swapped(date(1985, 3, 3)) is None


def test_a_one_word_name_is_not_a_subset_match() -> None:
    assert name_score(["lopez"], ["maria", "lopez"]) < 90
    assert name_score(["maria", "lopez"], ["maria", "lopez", "garcia"]) == 100


def test_given_names_must_agree() -> None:
    row = PersonRow(1, "Ana", "López García", "", "", "", BORN)
    assert likely_same(Person("Ana Lucía", "López García", date_of_birth=BORN), row)
    assert not likely_same(Person("Sofía", "López García", date_of_birth=BORN), row)


def test_the_strongest_evidence_comes_first(vault: Vault) -> None:
    name_only = vault.people.add(Person("Rosa", "Mejía Ávila"))
    same_birth = vault.people.add(Person("Rosa", "Mejía", date_of_birth=date(1970, 5, 6)))
    same_anum = vault.people.add(Person("Rosa María", "Ávila", a_number="011122233"))
    typed = Person("Rosa", "Mejía Ávila", date_of_birth=date(1970, 6, 5), a_number="011122233")
    assert [r.id for r in vault.people.duplicates(typed)] == [same_anum, same_birth, name_only]
