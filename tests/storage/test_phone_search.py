"""A phone is found by its last 4 or 7 digits, with or without separators (schema version 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.models import Person
from storage import Vault
from storage.schema import SCHEMA_VERSION
from storage.textkeys import phone_tail_tokens, phone_tokens
from tests.conftest import PASSPHRASE
from tests.storage.old_versions import downgrade_to_v1

QUERIES = ["0143", "555-0143", "5550143", "555 0143", "(213) 555-0143", "2135550143", "+1 213 555 0143",
           "0199", "555-0199", "ana", "81234", "55501", "9999"]


def _people(vault: Vault) -> dict[str, int]:
    return {
        "ana": vault.people.add(Person("Ana", "Prueba", phone="+12135550143")),
        "luis": vault.people.add(Person("Luis", "Ejemplo", phone="+13235550199;ext=81234")),
        "mx": vault.people.add(Person("Rosa", "Inventada", phone="+525512345678")),
        "none": vault.people.add(Person("Sin", "Teléfono")),
    }


def test_tokens_leave_the_extension_out() -> None:
    assert phone_tokens("+13235550199;ext=81234") == "13235550199 3235550199"
    assert phone_tail_tokens("+13235550199;ext=81234") == "0199 5550199"
    assert phone_tail_tokens("") == "" and phone_tail_tokens("+1 555") == ""


@pytest.mark.parametrize("typed", ["0143", "555-0143", "5550143", "555 0143", "555.0143", "(213) 555-0143"])
def test_last_4_or_7_digits_find_the_person(vault: Vault, typed: str) -> None:
    ids = _people(vault)
    assert [r.id for r in vault.people.search(typed)] == [ids["ana"]]
    assert vault.people.count(typed) == 1


def test_an_extension_is_not_a_phone_ending(vault: Vault) -> None:
    ids = _people(vault)
    assert vault.people.search("81234") == []
    assert [r.id for r in vault.people.search("0199")] == [ids["luis"]]
    assert [r.id for r in vault.people.search("5678")] == [ids["mx"]]


def test_a_changed_phone_is_found_by_its_new_ending_only(vault: Vault) -> None:
    ids = _people(vault)
    ana = vault.people.get(ids["ana"])
    assert ana is not None
    ana.phone = "+12135550777"
    vault.people.update(ana)
    assert vault.people.search("0143") == []
    assert [r.id for r in vault.people.search("555-0777")] == [ids["ana"]]


def test_a_version_1_vault_is_migrated_and_searches_like_a_new_one(vault_path: Path) -> None:
    vault, _key = Vault.create(vault_path, PASSPHRASE)
    ids = _people(vault)
    expected = {q: [r.id for r in vault.people.search(q)] for q in QUERIES}
    downgrade_to_v1(vault)
    vault.close()
    reopened = Vault.open(vault_path, PASSPHRASE)
    try:
        assert int(reopened.db.query("PRAGMA user_version")[0][0]) == SCHEMA_VERSION
        assert {q: [r.id for r in reopened.people.search(q)] for q in QUERIES} == expected
        assert [r.id for r in reopened.people.search("555-0143")] == [ids["ana"]]
        assert [r.id for r in reopened.people.search("Teléfono")] == [ids["none"]]
    finally:
        reopened.close()


def test_only_a_whole_ending_matches(vault: Vault) -> None:
    _people(vault)
    # "5550" is not the end of (213) 555-0143, "55501" is neither 4 nor 7 digits
    assert vault.people.search("5550") == [] and vault.people.search("55501") == []
