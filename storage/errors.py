"""Outcomes a user or a disk can cause when opening a vault: expected results, not bugs.

Messages are English identifiers for logs and tests; the interfaces show translated text chosen by
the error's type, and never include field values.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every expected vault failure."""


class WrongPassphrase(VaultError):
    """The passphrase (or recovery key) does not unlock this vault. Nothing was touched."""


class VaultDamaged(VaultError):
    """A file of the vault is missing, truncated or altered, so it cannot be read safely."""


class KeyFileDamaged(VaultDamaged):
    """The key file (not the database) is missing or altered: the spare copy may repair it."""


class VaultTooNew(VaultError):
    """The vault was written by a newer Amparo, which this version must not modify."""


class VaultExists(VaultError):
    """Creating a vault where a vault (or any other file) already is."""


class VaultClosed(VaultError):
    """The vault was locked or closed; open it again to continue."""


class NoSoundBackup(VaultDamaged):
    """Restoring was asked for, but no backup passed its checks. Nothing was changed."""


class CopyDamaged(VaultDamaged):
    """A copy made for elsewhere (backup --out) is altered or is not an Amparo copy. Nothing was changed."""
