"""The raw data key (DESIGN §3), the migration of vaults keyed the old way, and re-encryption.

`fixtures/legacy-0.1.0.amparo` was made by Amparo 0.1.0 (commit cab8fe5, before this change) with the
cheapest Argon2 settings: three people, then a backup, then a fourth person. Passphrase PASSPHRASE.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from domain.models import Person
from storage import Vault, VaultDamaged, WrongPassphrase, keyslots
from storage.db import LEGACY, RAW, connect_keyed
from storage.rekey import NEXT_DB, reencrypt
from storage.vault_folder import ACCESS_AUTO, BACKUP_DIR, DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.storage.killpoints import run_until
from tests.storage.test_faults_disk import _read_only_media
from tests.storage.test_vault import snapshot

LEGACY_VAULT = Path(__file__).parent / "fixtures" / "legacy-0.1.0.amparo"
LEGACY_RECOVERY = "RH45Q-JB68K-TNEJ8-2YA66-TXH8N-FH5TW-8RM4G-65KRH"


def open_with_sqlcipher_recipe(db: Path, pragma: str) -> int:
    """What an attorney does in a SQLCipher 4 shell: open vault.db, paste the PRAGMA line, query."""
    conn = sqlcipher3.connect(str(db))
    try:
        conn.executescript(pragma)
        return int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def legacy(tmp_path: Path) -> Path:
    path = tmp_path / "Antigua.amparo"
    shutil.copytree(LEGACY_VAULT, path)
    return path


def test_the_fixture_is_keyed_the_old_way(legacy: Path) -> None:
    assert json.loads((legacy / KEY_NAME).read_text())["version"] == keyslots.LEGACY_KEY_FILE_VERSION
    key = keyslots.unwrap(keyslots.read_key_file(legacy / KEY_NAME), keyslots.PASSPHRASE_SLOT,
                          keyslots.normalize_passphrase(PASSPHRASE))
    conn, form = connect_keyed(legacy / DB_NAME, key, read_only=True)
    conn.close()
    assert form == LEGACY


def test_a_vault_of_the_previous_release_opens_and_is_migrated(legacy: Path) -> None:
    with Vault.open(legacy, PASSPHRASE) as vault:
        assert vault.key_form == RAW and vault.people.count() == 4 and vault.check() == []
        pragma = f'PRAGMA key = "{vault.raw_key()}";'
        backup = sorted(vault.backups())[0]  # the one made before this release, 3 people
    assert json.loads((legacy / KEY_NAME).read_text())["version"] == keyslots.KEY_FILE_VERSION
    assert (legacy / BACKUP_DIR / KEY_NAME).read_bytes() == (legacy / KEY_NAME).read_bytes()
    assert not (legacy / NEXT_DB).exists()
    assert open_with_sqlcipher_recipe(legacy / DB_NAME, pragma) == 4
    Vault.open_with_recovery_key(legacy, LEGACY_RECOVERY).close()
    # Backups made before the migration keep the old form and still restore.
    with Vault.open(legacy, PASSPHRASE) as vault:
        vault.restore_backup(backup)
        assert vault.people.count() == 3
    with Vault.open(legacy, PASSPHRASE) as vault:
        assert vault.key_form == RAW and vault.people.count() == 3


def test_reading_a_legacy_vault_on_read_only_media_changes_nothing(
    legacy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(legacy)
    _read_only_media(monkeypatch)
    with Vault.open(legacy, PASSPHRASE, access=ACCESS_AUTO) as vault:
        assert vault.read_only and vault.key_form == LEGACY and vault.people.count() == 4
    assert snapshot(legacy) == before


def test_new_vaults_take_the_raw_key(vault: Vault) -> None:
    vault.people.add(Person("Ana", "Ruiz Soto"))
    pragma = f'PRAGMA key = "{vault.raw_key()}";'
    vault.close()
    assert open_with_sqlcipher_recipe(vault.path / DB_NAME, pragma) == 1


@pytest.mark.slow
def test_migration_killed_at_every_step(tmp_path: Path) -> None:
    step, finished = 0, False
    while not finished:
        step += 1
        path = tmp_path / f"M{step}.amparo"
        shutil.copytree(LEGACY_VAULT, path)
        finished, _ = run_until(step, "open", str(path), PASSPHRASE)
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.key_form == RAW and vault.people.count() == 4 and vault.check() == []
        assert json.loads((path / KEY_NAME).read_text())["version"] == keyslots.KEY_FILE_VERSION
    assert step > 3


# --------------------------------------------------------------------------- re-encryption

def test_reencrypt_revokes_old_key_files_passphrases_and_recovery_keys(vault_path: Path) -> None:
    vault, old_recovery = Vault.create(vault_path, PASSPHRASE)
    vault.people.add(Person("Ana", "Ruiz Soto"))
    vault.backup()
    vault.people.add(Person("Luis", "Paz"))
    old_key_file = (vault_path / KEY_NAME).read_bytes()
    people = vault.people  # a model keeps its repository across the change
    recovery = reencrypt(vault, "frase nueva y larga")
    assert people.count() == 2
    people.add(Person("Eva", "Sol"))
    vault.close()
    assert recovery != old_recovery
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault_path, old_recovery)
    with Vault.open_with_recovery_key(vault_path, recovery) as reopened:
        assert reopened.people.count() == 3
    # Someone who kept the old key file and knows the old passphrase: the data key it gives opens
    # nothing any more (the database does not read with it, and that is all Amparo can tell).
    (vault_path / KEY_NAME).write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(vault_path, PASSPHRASE)
    (vault_path / KEY_NAME).write_bytes((vault_path / BACKUP_DIR / KEY_NAME).read_bytes())
    with Vault.open(vault_path, "frase nueva y larga") as reopened:
        (backup,) = reopened.backups()
        reopened.restore_backup(backup)
        assert reopened.people.count() == 1  # the backup was re-encrypted too
    key_file = json.loads((vault_path / KEY_NAME).read_text())
    assert len({slot["key_id"] for slot in key_file["slots"]}) == 1


def test_reencrypt_with_the_same_passphrase(vault: Vault) -> None:
    old_key_file = (vault.path / KEY_NAME).read_bytes()
    reencrypt(vault, PASSPHRASE)
    vault.close()
    Vault.open(vault.path, PASSPHRASE).close()
    (vault.path / KEY_NAME).write_bytes(old_key_file)
    with pytest.raises(VaultDamaged):
        Vault.open(vault.path, PASSPHRASE)


@pytest.mark.slow
def test_reencrypt_killed_at_every_step_leaves_the_old_or_the_new_vault(tmp_path: Path) -> None:
    step, finished = 0, False
    new = "frase nueva y larga"
    while not finished:
        step += 1
        path = tmp_path / f"R{step}.amparo"
        vault, old_recovery = Vault.create(path, PASSPHRASE)
        vault.people.add(Person("Ana", "Ruiz Soto"))
        vault.backup()
        vault.backup()
        vault.people.add(Person("Luis", "Paz"))
        vault.close()
        finished, lines = run_until(step, "reencrypt", str(path), PASSPHRASE, new)
        opens = [p for p in (PASSPHRASE, new) if _opens(path, p)]
        assert len(opens) == 1, f"step {step}: {opens}"
        if finished:
            assert opens == [new]
            Vault.open_with_recovery_key(path, lines[1]).close()
        elif opens == [PASSPHRASE]:
            Vault.open_with_recovery_key(path, old_recovery).close()
        with Vault.open(path, opens[0]) as reopened:  # settles what the kill left
            assert reopened.people.count() == 2 and reopened.check() == []
            for backup in reopened.backups():
                conn, _form = connect_keyed(backup, reopened.data_key(), read_only=True)
                conn.close()
        key_file = json.loads((path / KEY_NAME).read_text())
        assert len({slot.get("key_id") for slot in key_file["slots"]}) == 1, f"step {step}"
        assert not list((path / BACKUP_DIR).glob(".*.next")) and not (path / NEXT_DB).exists()
    assert step > 8


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Vault.open(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True
