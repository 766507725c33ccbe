"""Amparo's encrypted storage: the vault folder, its key slots, schema, repositories and backups.

Imports `domain` only. The stable core used by the app, the command line and the benchmarks:

    vault, recovery_key = Vault.create(path, passphrase)
    vault = Vault.open(path, passphrase)          # WrongPassphrase / VaultDamaged / VaultTooNew
                                                  # NotAVault / VaultBusy / ReadOnlyMedia / DiskFull
    vault.people.add(person); vault.people.search(text); vault.deadlines(today, days=90)
    vault.close()
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The errors are plain classes; the vault and the people repository bring SQLCipher and the KDF, so
# they load on first use (PEP 562): `import storage.atomic` (the start screen's prefs file) stays cheap.
from storage.errors import (
    CopyDamaged,
    DiskFull,
    KeyFileDamaged,
    NoSoundBackup,
    NotAVault,
    ReadOnlyMedia,
    VaultBusy,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultTooNew,
    WrongPassphrase,
)

if TYPE_CHECKING:
    from storage.people import Deleted
    from storage.vault import Vault
    from storage.vault_folder import VAULT_SUFFIX

_LAZY = {"VAULT_SUFFIX": "storage.vault", "Vault": "storage.vault", "Deleted": "storage.people"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'storage' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))

__all__ = [
    "VAULT_SUFFIX",
    "CopyDamaged",
    "Deleted",
    "DiskFull",
    "KeyFileDamaged",
    "NoSoundBackup",
    "NotAVault",
    "ReadOnlyMedia",
    "Vault",
    "VaultBusy",
    "VaultClosed",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultTooNew",
    "WrongPassphrase",
]
