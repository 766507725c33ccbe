"""A damaged backup is refused before it replaces anything, and listed as damaged (issue #11 item 2).

The outside run restored backups with 16 changed bytes or a zeroed 4 KiB block, and the vault then
failed `check`. Here each damaged backup must be refused (VaultDamaged; the CLI has no way to pick
it), the live vault must keep every acknowledged write, and the backup list must say which is which.
"""

from __future__ import annotations

import hashlib
import random
import shutil
from pathlib import Path

import pytest

from domain.models import Person
from storage import Vault, VaultDamaged
from storage.vault_folder import DB_NAME
from tests.conftest import PASSPHRASE
from tests.storage.damage import damage


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault with 40 people in its backup and 45 in its database."""
    from storage import keyslots

    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    try:
        path = tmp_path_factory.mktemp("backup") / "Template.amparo"
        with Vault.create(path, PASSPHRASE)[0] as vault:
            with vault.db.transaction():
                for i in range(40):
                    vault.people.add(Person(f"Antes{i}", "Prueba Inventada", notes="n" * 200))
            vault.backup()
            for i in range(5):
                vault.people.add(Person(f"Despues{i}", "Prueba Inventada"))
    finally:
        keyslots.DEFAULT_KDF = saved
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def restore_trial(template: Path, where: Path, kind: str, seed: int) -> str:
    shutil.copytree(template, where)
    with Vault.open(where, PASSPHRASE) as vault:
        backup = vault.backups()[0]
        what = damage(backup, kind, random.Random(seed))
        [health] = vault.backup_health()
        listed_damaged = not health.good
        live_before = digest(where / DB_NAME)
        try:
            vault.restore_backup(backup)
        except VaultDamaged:
            if vault.people.count() != 45 or vault.check() != []:
                return f"{what}: the refused restore changed the live vault"
            if digest(where / DB_NAME) != live_before:
                return f"{what}: the refused restore rewrote the database"
            return "refused" if listed_damaged else f"{what}: refused but listed as good"
        problems = vault.check()
        count = vault.people.count()
    if problems or count != 40:
        return f"{what}: a damaged backup was restored ({count} people, {len(problems)} problems)"
    return "harmless"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", ["flip_16_bytes", "zero_4k", "truncate"])
def test_damaged_backup_is_refused_and_listed(template: Path, tmp_path: Path, kind: str) -> None:
    outcomes = [restore_trial(template, tmp_path / f"t{seed}.amparo", kind, seed) for seed in range(3)]
    assert outcomes == ["refused"] * 3


def test_sound_backups_are_listed_with_their_people(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    shutil.copytree(template, path)
    with Vault.open(path, PASSPHRASE) as vault:
        vault.backup()
        health = vault.backup_health()
    assert [(h.good, h.people) for h in health] == [(True, 45), (True, 40)]
    assert health[0].made_at is not None and health[0].made_at > health[1].made_at  # type: ignore[operator]


def test_the_replaced_database_is_kept_as_a_backup(template: Path, tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    shutil.copytree(template, path)
    with Vault.open(path, PASSPHRASE) as vault:
        kept = vault.restore_backup(vault.backups()[0])
        assert vault.people.count() == 40
        assert kept is not None and kept in vault.backups()
        assert {h.people for h in vault.backup_health()} == {40, 45}  # the 5 later people are still there


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("kind", ["flip_16_bytes", "zero_4k"])
def test_many_damaged_backups(template: Path, tmp_path: Path, kind: str) -> None:
    outcomes = [restore_trial(template, tmp_path / f"t{seed}.amparo", kind, 3000 + seed) for seed in range(40)]
    failures = [o for o in outcomes if o not in ("refused", "harmless")]
    print(f"{kind}: {outcomes.count('refused')} refused, {outcomes.count('harmless')} harmless, "
          f"{len(failures)} failures of {len(outcomes)}")
    assert failures == []


def test_check_lists_each_backup_in_words_and_exits_0_when_the_vault_is_sound(
        template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    from ui.cli.main import run

    path = tmp_path / "V.amparo"
    shutil.copytree(template, path)
    with Vault.open(path, PASSPHRASE) as vault:
        bad = vault.backup()
    damage(bad, "zero_4k", random.Random(1))
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = run(["check", str(path), "--passphrase-stdin", "--lang", "es"])
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Copias de seguridad, de la más nueva a la más vieja:"
    assert "dañada: no se puede usar" in lines[1] and "en buen estado · 40 personas" in lines[2]
    assert "backup-" not in out and " de 2026, " in lines[2]
