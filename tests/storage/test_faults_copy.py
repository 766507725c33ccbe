"""A copy written by `backup --out` brings a vault back on another computer (issue #11 item 4).

The copy is one file (0600) with the encrypted database and the key file of its day: the passphrase
or recovery key of that day opens it, the raw key is never in it, and a damaged copy is refused
before anything is made or replaced. A vault that a restore replaces is kept, whole, as a copy.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from domain.models import Person
from storage import CopyDamaged, Vault, VaultExists, WrongPassphrase
from storage.vault_folder import BACKUP_DIR
from tests.conftest import PASSPHRASE
from tests.storage.damage import damage
from tests.storage.test_vault import snapshot
from ui.cli.main import run

OLD, NEW = PASSPHRASE, "una frase nueva y larga"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """A vault whose copy holds 25 people, made before its passphrase changed; the copy; the recovery key."""
    from storage import keyslots

    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    try:
        folder = tmp_path_factory.mktemp("copy")
        path, copy = folder / "Casa.amparo", folder / "usb" / "casa.amparo-copy"
        copy.parent.mkdir()
        vault, recovery = Vault.create(path, OLD)
        with vault:
            with vault.db.transaction():
                for i in range(25):
                    vault.people.add(Person(f"Copia{i}", "Prueba Inventada", a_number="A123456789"))
            vault.export_copy(copy)
            vault.people.add(Person("Despues", "Prueba Inventada"))
            vault.change_passphrase(NEW)
    finally:
        keyslots.DEFAULT_KDF = saved
    return path, copy, recovery


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run([*args, "--passphrase-stdin", "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_copy_is_one_private_file_without_the_raw_key(made: tuple[Path, Path, str]) -> None:
    _path, copy, _ = made
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600
    assert sorted(zipfile.ZipFile(copy).namelist()) == ["amparo-copy.json", "vault.db", "vault.key"]
    assert b"Copia" not in copy.read_bytes() and b"123456789" not in copy.read_bytes()


@pytest.mark.timeout(60)
def test_a_lone_copy_restores_on_a_new_computer(made: tuple[Path, Path, str], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    lone = tmp_path / "elsewhere.amparo-copy"
    shutil.copy(made[1], lone)  # nothing else of the old vault comes along
    target = tmp_path / "Nueva.amparo"
    code, out, err = cli(monkeypatch, capsys, "restore", str(target), "--from", str(lone), stdin=NEW + "\n")
    assert code == 3 and not target.exists()  # today's passphrase is not the one of the copy's day
    code, out, err = cli(monkeypatch, capsys, "restore", str(target), "--from", str(lone), stdin=OLD + "\n")
    assert code == 0, err
    assert "25 people" in out
    with Vault.open(target, OLD) as vault:
        assert vault.people.count() == 25 and vault.check() == []
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o700
    other = tmp_path / "Otra.amparo"
    vault, kept = Vault.restore_from_copy(lone, other, made[2], recovery=True)
    with vault:
        assert vault.people.count() == 25 and kept is None


def test_restoring_over_a_vault_keeps_it_whole(made: tuple[Path, Path, str], tmp_path: Path) -> None:
    path = tmp_path / "Casa.amparo"
    shutil.copytree(made[0], path)
    vault, kept = Vault.restore_from_copy(made[1], path, OLD)
    with vault:
        assert vault.people.count() == 25
    assert kept is not None and kept.parent == path / BACKUP_DIR
    back = tmp_path / "Deshacer.amparo"
    undo, _ = Vault.restore_from_copy(kept, back, NEW)  # the replaced vault opens with its own passphrase
    with undo:
        assert undo.people.count() == 26


@pytest.mark.parametrize("kind", ["flip_16_bytes", "zero_4k", "truncate"])
def test_a_damaged_copy_makes_and_replaces_nothing(made: tuple[Path, Path, str], tmp_path: Path, kind: str,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.amparo-copy"
    shutil.copy(made[1], bad)
    damage(bad, kind, random.Random(7))
    fresh = tmp_path / "Nueva.amparo"
    code, out, err = cli(monkeypatch, capsys, "restore", str(fresh), "--from", str(bad), stdin=OLD + "\n")
    assert code == 4 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert not fresh.exists()
    existing = tmp_path / "Casa.amparo"
    shutil.copytree(made[0], existing)
    before = snapshot(existing)
    with pytest.raises(CopyDamaged):
        Vault.restore_from_copy(bad, existing, OLD)
    assert snapshot(existing) == before


def test_never_writes_into_a_folder_that_is_not_a_vault(made: tuple[Path, Path, str], tmp_path: Path) -> None:
    folder = tmp_path / "Documentos"
    folder.mkdir()
    (folder / "carta.txt").write_text("hola")
    with pytest.raises(VaultExists):
        Vault.restore_from_copy(made[1], folder, OLD)
    assert [p.name for p in folder.iterdir()] == ["carta.txt"]


def test_wrong_secret_makes_nothing(made: tuple[Path, Path, str], tmp_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.restore_from_copy(made[1], tmp_path / "X.amparo", "otra cosa")
    assert not (tmp_path / "X.amparo").exists()


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("kind", ["flip_bit", "flip_16_bytes", "zero_4k", "truncate"])
def test_many_damaged_copies(made: tuple[Path, Path, str], tmp_path: Path, kind: str) -> None:
    outcomes = []
    for seed in range(40):
        bad = tmp_path / f"bad{seed}.amparo-copy"
        shutil.copy(made[1], bad)
        damage(bad, kind, random.Random(4000 + seed))
        target = tmp_path / f"t{seed}.amparo"
        try:
            vault, _ = Vault.restore_from_copy(bad, target, OLD)
        except (CopyDamaged, WrongPassphrase):
            outcomes.append("refused" if not target.exists() else "refused but left a folder")
            continue
        with vault:
            sound = vault.check() == [] and vault.people.count() == 25
        outcomes.append("harmless" if sound else "a damaged copy was restored")
    failures = [o for o in outcomes if o not in ("refused", "harmless")]
    print(f"{kind}: {outcomes.count('refused')} refused, {outcomes.count('harmless')} harmless, "
          f"{len(failures)} failures of {len(outcomes)}")
    assert failures == []


def test_backup_out_writes_a_copy_that_restore_from_brings_back(made: tuple[Path, Path, str], tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Casa.amparo"
    shutil.copytree(made[0], path)
    out_file = tmp_path / "usb" / "hoy.amparo-copy"
    out_file.parent.mkdir()
    code, out, err = cli(monkeypatch, capsys, "backup", str(path), "--out", str(out_file), stdin=NEW + "\n")
    assert code == 0, err
    assert stat.S_IMODE(os.stat(out_file).st_mode) == 0o600 and "hoy.amparo-copy" in out
    assert [p.name for p in out_file.parent.iterdir()] == ["hoy.amparo-copy"]  # no temporary file left
    code, out, err = cli(monkeypatch, capsys, "restore", str(tmp_path / "Nueva.amparo"), "--from", str(out_file),
                         stdin=NEW + "\n")
    assert code == 0 and "26 people" in out
