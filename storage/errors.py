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


class NotAVault(VaultError):
    """Nothing at that path, or a folder that holds no Amparo vault (neither key file nor database)."""


class VaultBusy(VaultError):
    """Another Amparo window or command is writing to this vault; only one writer at a time."""


class ReadOnlyMedia(VaultError):
    """The vault is on a write-protected medium or in a folder this user may not write to."""


class DiskFull(VaultError):
    """The disk has no room left; whatever was being written was abandoned and the vault kept as it was."""


# errno values, spelled out so that this module imports nothing: ENOSPC, EDQUOT (Linux, macOS), EFBIG.
_FULL_ERRNOS = frozenset({28, 122, 69, 27})
# EROFS, EACCES, EPERM.
_READ_ONLY_ERRNOS = frozenset({30, 13, 1})
# SQLite result codes (the low byte of an extended code): SQLITE_FULL, SQLITE_READONLY.
_SQLITE_FULL, _SQLITE_READONLY, _SQLITE_IOERR = 13, 8, 10


def disk_error(exc: BaseException) -> VaultError | None:
    """The expected outcome an OS or SQLite error stands for (DiskFull, ReadOnlyMedia), or None.

    SQLite reports a full disk as SQLITE_FULL, or as an I/O error whose cause is ENOSPC; a write to a
    read-only file as SQLITE_READONLY. Both come as exceptions carrying `sqlite_errorcode`.
    """
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull("no space left on the disk")
        if exc.errno in _READ_ONLY_ERRNOS:
            return ReadOnlyMedia("the medium or folder is read-only")
        return None
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    # SQL functions such as sqlcipher_export pass an inner error on as a generic SQLITE_ERROR
    # carrying only SQLite's own message, so the message (fixed English text of SQLite) is read too.
    text = str(exc).lower()
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return DiskFull("database or disk is full")
    if primary == _SQLITE_READONLY or "attempt to write a readonly database" in text:
        return ReadOnlyMedia("attempt to write a read-only database")
    if primary == _SQLITE_IOERR and "full" in text:
        return DiskFull("I/O error on a full disk")
    return None


class NoSoundBackup(VaultDamaged):
    """Restoring was asked for, but no backup passed its checks. Nothing was changed."""


class CopyDamaged(VaultDamaged):
    """A copy made for elsewhere (backup --out) is altered or is not an Amparo copy. Nothing was changed."""
