"""A damaged live database is brought back from its newest sound backup (issue #11 item 3).

Page 1 (which SQLCipher must read before anything else) or a later page of `vault.db` is damaged.
The passphrase or recovery key must first prove itself against the key file; then `restore` (CLI)
and `Vault.restore_newest_backup` (the unlock screen) put back the newest backup that passes every
check, keep the damaged file, and lose nothing that was in that backup.
"""

from __future__ import annotations

import io
import random
import shutil
import sys
from pathlib import Path

import pytest

from domain.models import Person
from storage import NoSoundBackup, Vault, VaultDamaged, WrongPassphrase
from storage.vault_folder import BACKUP_DIR, DB_NAME, KEY_NAME
from tests.conftest import PASSPHRASE
from tests.storage.damage import damage
from tests.storage.test_vault import snapshot
from ui.cli.main import run

PAGE = 4096


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault with two backups (30 then 60 people) and 65 people in its database; and its recovery key."""
    from storage import keyslots

    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    try:
        path = tmp_path_factory.mktemp("restore") / "Template.amparo"
        vault, recovery = Vault.create(path, PASSPHRASE)
        with vault:
            for batch in range(2):
                with vault.db.transaction():
                    for i in range(30):
                        vault.people.add(Person(f"Lote{batch}n{i}", "Prueba Inventada", notes="n" * 300))
                vault.backup()
            for i in range(5):
                vault.people.add(Person(f"Tarde{i}", "Prueba Inventada"))
    finally:
        keyslots.DEFAULT_KDF = saved
    return path, recovery


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run([*args, "--passphrase-stdin", "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def damaged_copy(template: Path, where: Path, page: str, seed: int) -> bytes:
    """Copy the vault and damage page 1 or a later page of its database; returns the damaged bytes."""
    shutil.copytree(template, where)
    db = where / DB_NAME
    rng = random.Random(seed)
    data = bytearray(db.read_bytes())
    first = 0 if page == "first" else PAGE * rng.randrange(3, len(data) // PAGE)
    if seed % 2:
        data[first : first + PAGE] = bytes(PAGE)  # a zeroed 4 KiB block
    else:
        for at in rng.sample(range(first, first + PAGE), 16):
            data[at] ^= 1 + rng.randrange(255)
    db.write_bytes(bytes(data))
    return bytes(data)


def names(vault: Vault) -> set[str]:
    return {p.given_names for p in vault.people.page("", 0, 1000)}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("page", ["first", "later"])
def test_cli_restores_the_newest_sound_backup(template: tuple[Path, str], tmp_path: Path, page: str,
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "V.amparo"
    bad = damaged_copy(template[0], path, page, seed=1)
    code, _, err = cli(monkeypatch, capsys, "check", str(path))
    assert code == 4 and "restore" in err
    code, out, err = cli(monkeypatch, capsys, "restore", str(path))
    assert code == 0, err
    assert "60 people" in out and "damaged-" in out
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.check() == []
        assert len(names(vault)) == 60 and all(n.startswith("Lote") for n in names(vault))
    kept = list((path / BACKUP_DIR).glob("damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == bad  # the damaged file is kept as it was
    code, _, _ = cli(monkeypatch, capsys, "check", str(path))
    assert code == 0


def test_restore_with_the_recovery_key_and_a_damaged_key_file(template: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    damaged_copy(template[0], path, "first", seed=2)
    (path / KEY_NAME).write_bytes(b"{ cut")
    vault, used, kept = Vault.restore_newest_backup(path, template[1], recovery=True)
    with vault:
        assert vault.people.count() == 60 and used.people == 60 and kept is not None
    Vault.open(path, PASSPHRASE).close()  # the key file was put back from its spare


def test_a_damaged_newest_backup_is_skipped(template: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    damaged_copy(template[0], path, "later", seed=3)
    newest = sorted((path / BACKUP_DIR).glob("backup-*.db"))[-1]
    damage(newest, "zero_4k", random.Random(3))
    vault, used, _kept = Vault.restore_newest_backup(path, PASSPHRASE)
    with vault:
        assert vault.people.count() == 30 and used.path != newest


def test_wrong_secret_or_no_sound_backup_changes_nothing(template: tuple[Path, str], tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "V.amparo"
    damaged_copy(template[0], path, "first", seed=4)
    before = snapshot(path)
    code, out, err = cli(monkeypatch, capsys, "restore", str(path), stdin="not the passphrase\n")
    assert code == 3 and out == "" and err.count("\n") == 1
    assert snapshot(path) == before
    with pytest.raises(WrongPassphrase):
        Vault.restore_newest_backup(path, "not the recovery key", recovery=True)
    for backup in (path / BACKUP_DIR).glob("backup-*.db"):
        damage(backup, "flip_16_bytes", random.Random(4))
    before = snapshot(path)
    code, out, err = cli(monkeypatch, capsys, "restore", str(path))
    assert code == 4 and "no backup that passes" in err and err.count("\n") == 1
    assert snapshot(path) == before
    with pytest.raises(NoSoundBackup):
        Vault.restore_newest_backup(path, PASSPHRASE)


def test_settings_restore_works_when_a_later_page_is_damaged(template: tuple[Path, str], tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    damaged_copy(template[0], path, "later", seed=5)
    with Vault.open(path, PASSPHRASE) as vault:  # page 1 is sound, so the vault opens
        assert vault.check() != []
        kept = vault.restore_backup(vault.backups()[0])
        assert kept is not None and kept.name.startswith("damaged-")
        assert vault.people.count() == 60 and vault.check() == []


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("page", ["first", "later"])
def test_many_damaged_databases(template: tuple[Path, str], tmp_path: Path, page: str) -> None:
    failures = []
    for seed in range(30):
        path = tmp_path / f"t{seed}.amparo"
        damaged_copy(template[0], path, page, seed=100 + seed)
        try:
            vault, _used, _kept = Vault.restore_newest_backup(path, PASSPHRASE)
        except VaultDamaged as exc:
            failures.append(f"seed {seed}: {exc}")
            continue
        with vault:
            if vault.check() != [] or len(names(vault)) != 60:
                failures.append(f"seed {seed}: restored vault incomplete")
    print(f"{page} page: {30 - len(failures)} restored, {len(failures)} failures of 30")
    assert failures == []
