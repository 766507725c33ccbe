"""The one atomic-write helper: whole files only, owner-only, no temp file left, and cheap to import."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from storage.atomic import atomic_write

ROOT = Path(__file__).resolve().parents[2]


def test_replaces_the_file_whole_and_private(tmp_path: Path) -> None:
    target = tmp_path / "notes.bin"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["notes.bin"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "notes.bin"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        atomic_write(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.bin"]


def test_a_planted_link_under_the_old_fixed_temp_name_is_not_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b"untouched")
    (tmp_path / ".notes.bin.tmp").symlink_to(elsewhere)
    atomic_write(tmp_path / "notes.bin", b"secret")
    assert elsewhere.read_bytes() == b"untouched"
    assert (tmp_path / "notes.bin").read_bytes() == b"secret"


def test_importing_it_loads_neither_sqlcipher_nor_the_kdf() -> None:
    code = (
        "import sys, storage.atomic\n"
        "print(','.join(m for m in ('storage.vault', 'storage.keyslots', 'sqlcipher3',"
        " 'cryptography') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_package_still_offers_its_names_on_first_use() -> None:
    import storage

    assert storage.Vault.__name__ == "Vault"
    assert issubclass(storage.WrongPassphrase, storage.VaultError)
    with pytest.raises(AttributeError):
        storage.NoSuchThing  # noqa: B018
