"""Amparo's encrypted storage: the vault folder, its key slots, schema, repositories and backups.

Imports `domain` only. The stable core used by the app, the command line and the benchmarks:

    vault, recovery_key = Vault.create(path, passphrase)
    vault = Vault.open(path, passphrase)          # WrongPassphrase / VaultDamaged / VaultTooNew
    vault.people.add(person); vault.people.search(text); vault.deadlines(today, days=90)
    vault.close()
"""

from storage.errors import (
    CopyDamaged,
    KeyFileDamaged,
    NoSoundBackup,
    VaultClosed,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultTooNew,
    WrongPassphrase,
)
from storage.people import Deleted
from storage.vault import VAULT_SUFFIX, Vault

__all__ = [
    "VAULT_SUFFIX",
    "CopyDamaged",
    "Deleted",
    "KeyFileDamaged",
    "NoSoundBackup",
    "Vault",
    "VaultClosed",
    "VaultDamaged",
    "VaultError",
    "VaultExists",
    "VaultTooNew",
    "WrongPassphrase",
]
