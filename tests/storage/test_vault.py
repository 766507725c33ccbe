"""The vault folder: create, open, the three failures, passphrase changes, backups, migrations."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import unicodedata
from pathlib import Path

import pytest

from domain.models import Person
from storage import KeyFileDamaged, Vault, VaultDamaged, VaultExists, VaultTooNew, WrongPassphrase, keyslots
from storage.backups import BACKUPS_KEPT
from storage.schema import SCHEMA_VERSION
from storage.vault_folder import DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.storage.old_versions import downgrade_to_v1


def snapshot(folder: Path) -> dict[str, str]:
    """Hash of every file under `folder`, to prove that nothing was modified."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def closed_vault(path: Path, people: int = 3) -> Path:
    vault, _ = Vault.create(path, PASSPHRASE)
    with vault:
        for i in range(people):
            vault.people.add(Person(f"Nombre{i}", "Apellido Ejemplo"))
    return path


def test_create_open_roundtrip(vault_path: Path) -> None:
    closed_vault(vault_path)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.people.count() == 3
        assert vault.check() == []


def test_folder_and_files_are_owner_only(vault: Vault) -> None:
    vault.backup()
    assert stat.S_IMODE(os.stat(vault.path).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(vault.path / "backups").st_mode) == 0o700
    for name in (DB_NAME, KEY_NAME):
        assert stat.S_IMODE(os.stat(vault.path / name).st_mode) == 0o600
    for backup in vault.backups():
        assert stat.S_IMODE(os.stat(backup).st_mode) == 0o600


def test_create_refuses_existing_folder_with_files(tmp_path: Path) -> None:
    target = tmp_path / "Otra.amparo"
    target.mkdir()
    (target / "algo.txt").write_text("x")
    with pytest.raises(VaultExists):
        Vault.create(target, PASSPHRASE)
    assert (target / "algo.txt").read_text() == "x"


@pytest.mark.parametrize("attempt", [PASSPHRASE + " ", " " + PASSPHRASE, PASSPHRASE.upper(), "", "otra cosa"])
def test_wrong_passphrase_changes_nothing(vault_path: Path, attempt: str) -> None:
    closed_vault(vault_path)
    before = snapshot(vault_path)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, attempt)
    assert snapshot(vault_path) == before


def test_passphrase_in_other_normalisation_opens(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "contraseña café ñandú")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    vault, _ = Vault.create(tmp_path / "N.amparo", composed)
    vault.close()
    Vault.open(tmp_path / "N.amparo", decomposed).close()


def test_recovery_key_opens_in_any_case_and_spacing(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.close()
    typed = recovery.lower().replace("-", " ")
    Vault.open_with_recovery_key(vault_path, typed).close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(vault_path, recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))


def _flip(path: Path, offset: int, count: int = 16) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, min(offset + count, len(data))):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "damage",
    ["flip_first_page", "flip_middle", "truncate_half", "truncate_zero", "delete_db", "key_flip_wrapped",
     "key_flip_digest", "key_truncated", "key_not_json", "key_missing"],
)
def test_damage_is_reported_as_damage_never_as_wrong_passphrase(vault_path: Path, damage: str) -> None:
    closed_vault(vault_path, people=200)
    db, key = vault_path / DB_NAME, vault_path / KEY_NAME
    size = db.stat().st_size
    if damage == "flip_first_page":
        _flip(db, 100)
    elif damage == "flip_middle":
        _flip(db, size // 2)
    elif damage == "truncate_half":
        db.write_bytes(db.read_bytes()[: size // 2])
    elif damage == "truncate_zero":
        db.write_bytes(b"")
    elif damage == "delete_db":
        db.unlink()
    elif damage == "key_flip_wrapped":
        doc = json.loads(key.read_text())
        wrapped = doc["slots"][0]["wrapped"]
        doc["slots"][0]["wrapped"] = ("B" if wrapped[0] != "B" else "C") + wrapped[1:]
        key.write_text(json.dumps(doc))
    elif damage == "key_flip_digest":
        doc = json.loads(key.read_text())
        doc["sha256"] = "0" * 64
        key.write_text(json.dumps(doc))
    elif damage == "key_truncated":
        key.write_bytes(key.read_bytes()[:40])
    elif damage == "key_not_json":
        _flip(key, 10, 4)
    elif damage == "key_missing":
        key.unlink()
    before = snapshot(vault_path)
    with pytest.raises(VaultDamaged):
        vault = Vault.open(vault_path, PASSPHRASE)
        # Damage in a page that opening does not read shows up in the full check.
        try:
            assert vault.check() != []
            raise VaultDamaged("found by check")
        finally:
            vault.close()
    assert snapshot(vault_path) == before


def test_vault_from_newer_schema_is_refused_untouched(vault_path: Path) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault.db.transaction() as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.close()
    before = snapshot(vault_path)
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


def test_key_file_from_newer_version_is_refused(vault_path: Path) -> None:
    closed_vault(vault_path)
    key = vault_path / KEY_NAME
    slots = keyslots.decode_key_file(key.read_bytes())
    key.write_bytes(keyslots.encode_key_file(slots, keyslots.KEY_FILE_VERSION + 1))  # a sound newer file
    before = snapshot(vault_path)
    with pytest.raises(VaultTooNew):
        Vault.open(vault_path, PASSPHRASE)
    assert snapshot(vault_path) == before


@pytest.mark.parametrize("version", [b"3", b"0", b"-1", b"true", b'"2"'])
def test_a_damaged_version_field_is_damage_not_newer(vault_path: Path, version: bytes) -> None:
    closed_vault(vault_path)
    key = vault_path / KEY_NAME
    key.write_bytes(key.read_bytes().replace(b'"version": 2', b'"version": ' + version))
    with pytest.raises(KeyFileDamaged):
        Vault.open(vault_path, PASSPHRASE)
    vault, repaired = Vault.repair_key_file(vault_path, PASSPHRASE)
    with vault:
        assert repaired and vault.people.count() == 3


def test_change_passphrase_keeps_recovery_and_data(vault_path: Path) -> None:
    vault, recovery = Vault.create(vault_path, PASSPHRASE)
    vault.people.add(Person("Ana", "Ruiz Soto"))
    vault.change_passphrase("nueva frase secreta")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASSPHRASE)
    with Vault.open(vault_path, "nueva frase secreta") as reopened:
        assert reopened.people.count() == 1
    Vault.open_with_recovery_key(vault_path, recovery).close()


def test_backups_are_encrypted_checked_and_rotated(vault: Vault) -> None:
    vault.people.add(Person("Ana", "Ruiz Soto"))
    made = [vault.backup() for _ in range(BACKUPS_KEPT + 3)]
    kept = vault.backups()
    assert len(kept) == BACKUPS_KEPT
    assert kept[0] == made[-1]
    assert not any(p.name.startswith(".") for p in (vault.path / "backups").iterdir())
    assert b"SQLite format 3" not in kept[0].read_bytes()[:16]


def test_restore_backup_brings_back_the_snapshot(vault: Vault) -> None:
    first = vault.people.add(Person("Ana", "Ruiz Soto"))
    snapshot_file = vault.backup()
    vault.people.add(Person("Beto", "Ruiz Soto"))
    vault.people.delete(first)
    vault.restore_backup(snapshot_file)
    assert vault.people.get(first) is not None
    assert vault.people.count() == 1
    assert vault.check() == []


def test_restore_refuses_a_file_outside_backups(vault: Vault, tmp_path: Path) -> None:
    outside = tmp_path / "x.db"
    outside.write_bytes(b"nothing")
    with pytest.raises(VaultDamaged):
        vault.restore_backup(outside)


def test_migration_from_an_older_schema_takes_a_backup_first(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault at version N-1 is backed up, then migrated; a fake step 2 proves the machinery."""
    import storage.schema as schema
    import storage.vault as vault_module

    closed_vault(vault_path, people=2)
    step = ("CREATE TABLE extra_from_next (id INTEGER PRIMARY KEY)",)
    monkeypatch.setattr(vault_module, "MIGRATIONS", (*schema.MIGRATIONS, step))
    monkeypatch.setattr(vault_module, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.db.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION + 1
        assert vault.db.query("SELECT count(*) FROM extra_from_next")[0][0] == 0
        assert len(vault.backups()) == 1
        assert vault.people.count() == 2


def test_failed_migration_rolls_back_and_leaves_a_backup(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.schema as schema
    import storage.vault as vault_module

    closed_vault(vault_path, people=2)
    broken = ("CREATE TABLE half_done (id INTEGER)", "THIS IS NOT SQL")
    monkeypatch.setattr(vault_module, "MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr(vault_module, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(Exception, match="syntax"):
        Vault.open(vault_path, PASSPHRASE)
    monkeypatch.undo()
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.db.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        assert vault.db.query("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")[0][0] == 0
        assert len(vault.backups()) == 1


def test_a_version_1_vault_gains_the_handoff_tables(vault_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A vault made before handoff bundles (schema 1) opens, is migrated, and records deletions."""
    import storage.schema as schema

    closed_vault(vault_path, people=2)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        downgrade_to_v1(vault)
    with Vault.open(vault_path, PASSPHRASE) as vault:
        assert vault.db.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION >= 2
        assert vault.people.count() == 2
        assert len(vault.backups()) == 1
        first = vault.people.search("Nombre0")[0].id
        vault.people.delete(first)
        assert vault.db.query("SELECT tbl FROM tombstone") == [("person",)]
        indexes = {row[0] for row in vault.db.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"person_birth", "event_rules"} <= indexes


def test_closed_vault_drops_the_key(vault: Vault) -> None:
    vault.close()
    assert not vault.is_open
    with pytest.raises(Exception, match="closed"):
        vault.people.count()
    vault.close()  # twice is fine
