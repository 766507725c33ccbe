"""A vault creation cut off at any point leaves either nothing under the chosen name or a whole vault;
the name can then be used again, and nothing half-made is ever shown as a vault."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from storage import DiskFull, NotAVault, Vault, VaultExists
from storage.vault_folder import STAGING_SUFFIX
from tests.conftest import PASSPHRASE
from tests.storage.killpoints import run_until


def _check_after_kill(path: Path, finished: bool) -> None:
    if finished or path.exists():
        # The rename is the last step: if the name exists, the vault behind it is complete.
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.check() == []
    else:
        with pytest.raises(NotAVault):
            Vault.open(path, PASSPHRASE)
        # The name is free again: a new creation clears what the killed one left and succeeds.
        Vault.create(path, PASSPHRASE)[0].close()
        Vault.open(path, PASSPHRASE).close()
    assert not (path.parent / f".{path.name}{STAGING_SUFFIX}").exists()


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["create", "demo"])
def test_creation_killed_at_every_step(tmp_path: Path, operation: str) -> None:
    step, finished = 0, False
    while not finished:
        step += 1
        path = tmp_path / f"{operation}{step}.amparo"
        finished, _ = run_until(step, operation, str(path), PASSPHRASE)
        _check_after_kill(path, finished)
    assert step > 5


def test_creation_killed_early_and_late(tmp_path: Path) -> None:
    """The quick variant: a kill at the first step, and one at the last step of the creation."""
    _done, lines = run_until(0, "create", str(tmp_path / "count.amparo"), PASSPHRASE)
    total = int(lines[-1].split()[1])
    for step in (1, total):
        path = tmp_path / f"at{step}.amparo"
        finished, _ = run_until(step, "create", str(path), PASSPHRASE)
        assert not finished and path.exists() == (step == total)
        _check_after_kill(path, finished)


def test_a_full_disk_during_creation_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    calls = [0]

    def full(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            calls[0] += 1
            if calls[0] == 1:  # the key file, written once the database is made
                raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    path = tmp_path / "Lleno.amparo"
    with pytest.raises(DiskFull):
        Vault.create(path, PASSPHRASE)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    Vault.create(path, PASSPHRASE)[0].close()


def test_an_empty_folder_made_for_the_vault_is_used(tmp_path: Path) -> None:
    path = tmp_path / "Vacia.amparo"
    path.mkdir()
    Vault.create(path, PASSPHRASE)[0].close()
    Vault.open(path, PASSPHRASE).close()
    with pytest.raises(VaultExists):
        Vault.create(path, PASSPHRASE)
