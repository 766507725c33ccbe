"""The spare key file: kept equal to vault.key, and used only by an explicit repair that proves it first."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.models import Person
from storage import KeyFileDamaged, Vault, VaultDamaged, WrongPassphrase
from storage.vault_folder import BACKUP_DIR, DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.storage.test_vault import snapshot


def spare(path: Path) -> Path:
    return path / BACKUP_DIR / KEY_NAME


@pytest.fixture
def made(vault_path: Path) -> tuple[Path, str]:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.people.add(Person("Ana", "Ruiz Soto"))
    vault.close()
    return vault_path, recovery


def damage(path: Path, how: str) -> None:
    key = path / KEY_NAME
    if how == "missing":
        key.unlink()
    elif how == "truncated":
        key.write_bytes(key.read_bytes()[:50])
    else:
        key.write_bytes(key.read_bytes().replace(b'"wrapped": "', b'"wrapped": "AB', 1))


def test_spare_follows_the_key_file(made: tuple[Path, str]) -> None:
    path, _ = made
    assert spare(path).read_bytes() == (path / KEY_NAME).read_bytes()
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase("otra frase larga")
    assert spare(path).read_bytes() == (path / KEY_NAME).read_bytes()


def test_a_backup_restores_a_missing_spare(made: tuple[Path, str]) -> None:
    path, _ = made
    spare(path).unlink()
    with Vault.open(path, PASSPHRASE) as vault:
        vault.backup()
    assert spare(path).read_bytes() == (path / KEY_NAME).read_bytes()


@pytest.mark.parametrize("how", ["missing", "truncated", "altered"])
def test_repair_puts_back_the_spare_and_opens(made: tuple[Path, str], how: str) -> None:
    path, _ = made
    good = (path / KEY_NAME).read_bytes()
    damage(path, how)
    with pytest.raises(KeyFileDamaged):
        Vault.open(path, PASSPHRASE)
    vault, repaired = Vault.repair_key_file(path, PASSPHRASE)
    with vault:
        assert repaired and vault.people.count() == 1
    assert (path / KEY_NAME).read_bytes() == good
    Vault.open(path, PASSPHRASE).close()


def test_repair_with_the_recovery_key(made: tuple[Path, str]) -> None:
    path, recovery = made
    damage(path, "truncated")
    vault, repaired = Vault.repair_key_file(path, recovery, recovery=True)
    vault.close()
    assert repaired


def test_wrong_passphrase_repairs_nothing(made: tuple[Path, str]) -> None:
    path, _ = made
    damage(path, "altered")
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Vault.repair_key_file(path, PASSPHRASE + " ")
    assert snapshot(path) == before


def test_damaged_spare_repairs_nothing(made: tuple[Path, str]) -> None:
    path, _ = made
    damage(path, "truncated")
    spare(path).write_bytes(b"{}")
    before = snapshot(path)
    with pytest.raises(KeyFileDamaged):
        Vault.repair_key_file(path, PASSPHRASE)
    assert snapshot(path) == before


def test_a_sound_key_file_is_never_replaced(made: tuple[Path, str]) -> None:
    path, _ = made
    with Vault.open(path, PASSPHRASE) as vault:
        vault.change_passphrase("frase nueva y larga")
    spare(path).write_bytes(b"stale spare")  # a spare that does not match
    key_file = (path / KEY_NAME).read_bytes()
    vault, repaired = Vault.repair_key_file(path, "frase nueva y larga")
    vault.close()
    assert not repaired
    assert (path / KEY_NAME).read_bytes() == key_file


def test_a_damaged_database_is_not_hidden_by_repair(made: tuple[Path, str]) -> None:
    path, _ = made
    damage(path, "missing")
    (path / DB_NAME).write_bytes(b"")
    before = snapshot(path)
    with pytest.raises(VaultDamaged):
        Vault.repair_key_file(path, PASSPHRASE)
    assert snapshot(path) == before
