"""Amparo's encrypted storage: the vault folder, its key slots, schema, repositories and backups.

Imports `domain` only. The stable core used by the app, the command line and the benchmarks:

    vault, recovery_key = Vault.create(path, passphrase)
    vault = Vault.open(path, passphrase)          # WrongPassphrase / VaultDamaged / VaultTooNew
                                                  # NotAVault / VaultBusy / ReadOnlyMedia / DiskFull
    vault.people.add(person); vault.people.search(text); vault.deadlines(today, days=90)
    vault.close()
"""

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
from storage.people import Deleted
from storage.vault import VAULT_SUFFIX, Vault

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
