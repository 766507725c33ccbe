"""A vault's folder: the names of its files, whether a path holds a vault, its lock, its spare key file.

    Familia Lopez.amparo/
        vault.db        SQLCipher 4 database keyed with a random 256-bit data key
        vault.key       key slots wrapping that data key (passphrase, recovery key)
        backups/        encrypted snapshots and the spare vault.key

What needs no passphrase and no open database lives here; `storage.vault` opens what is inside.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from storage import keyslots
from storage.atomic import atomic_write, make_private_dir
from storage.errors import NotAVault, ReadOnlyMedia, VaultBusy
from storage.writer_lock import WriterLock, is_read_only

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUP_DIR = "backups"
VAULT_SUFFIX = ".amparo"
STAGING_SUFFIX = ".creating"
ACCESS_WRITE, ACCESS_AUTO, ACCESS_READ = "write", "auto", "read"
# How long a command that writes waits for another writer (a backup, another passwd) to finish.
LOCK_WAIT_SECONDS = 5.0


def write_spare(path: Path, key_file: bytes) -> None:
    """Keep backups/vault.key equal to a verified vault.key: both slots live in that one small file,
    so without a spare a damaged key file would lose the vault even to its recovery key."""
    keyslots.decode_key_file(key_file)  # never copy a damaged file over a good spare
    spare = path / BACKUP_DIR / KEY_NAME
    make_private_dir(spare.parent)
    if not spare.is_file() or spare.read_bytes() != key_file:
        atomic_write(spare, key_file)


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault folder (for checks and tests)."""
    return sorted(p for p in Path(path).rglob("*") if p.is_file())


def require_vault(path: Path) -> None:
    """NotAVault unless `path` is a folder holding a vault's key file or database.

    A folder with only one of the two is a damaged vault (the open that follows says which part);
    a missing path or a folder with neither is not a vault at all, and repairing it cannot help.
    """
    if not path.is_dir():
        raise NotAVault("no folder at that path")
    if not (path / KEY_NAME).exists() and not (path / DB_NAME).exists():
        raise NotAVault("the folder holds no Amparo vault")


def take_lock(path: Path, access: str, wait: float) -> tuple[WriterLock | None, bool]:
    """The writer lock for `access` (None when reading without it) and whether to open read-only."""
    if access not in (ACCESS_WRITE, ACCESS_AUTO, ACCESS_READ):
        raise ValueError(access)
    if is_read_only(path):
        if access == ACCESS_WRITE:
            raise ReadOnlyMedia("the vault's folder cannot be written")
        return None, True
    try:
        return WriterLock.acquire(path, wait if access != ACCESS_READ else 0.0), False
    except VaultBusy:
        if access == ACCESS_READ:
            return None, False
        raise


def clear_stale_staging(staging: Path) -> None:
    """Remove a hidden folder left by a creation that was killed; VaultBusy if one is under way."""
    if not staging.exists():
        return
    lock = WriterLock.acquire(staging) if staging.is_dir() else None
    try:
        shutil.rmtree(staging) if staging.is_dir() else staging.unlink()
    finally:
        if lock is not None:
            lock.release()


def describe(path: Path) -> dict[str, Any]:
    """Facts about a vault folder that need no passphrase (its format version only)."""
    slots = keyslots.read_key_file(Path(path) / KEY_NAME)
    return {"slots": [s.get("kind") for s in slots]}
