"""One writer per vault: an OS file lock on `vault.lock` in the vault folder.

The lock is advisory and held by an open file (`fcntl.flock` on POSIX, `msvcrt.locking` on
Windows), so the operating system releases it when the holder exits, even when killed: a crash never
leaves a vault locked. Two `passwd` runs, or the app and a command, can no longer both read the key
file, both write it and both report success while only the last write counts.

Trying to create the lock file is also how Amparo learns that a vault is on read-only media.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from pathlib import Path

from storage.atomic import PRIVATE_FILE
from storage.errors import ReadOnlyMedia, VaultBusy, disk_error

LOCK_NAME = "vault.lock"
_POLL_SECONDS = 0.05

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def open_lock_file(folder: Path) -> int:
    """Open (creating if needed) the lock file; ReadOnlyMedia where the folder cannot be written."""
    try:
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
    except OSError as exc:
        mapped = disk_error(exc)
        if mapped is not None:
            raise mapped from exc
        raise


class WriterLock:
    """The exclusive right to write one vault folder, until `release` (or the process ends)."""

    def __init__(self, folder: Path, fd: int) -> None:
        self.folder = folder
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path, timeout: float = 0.0) -> WriterLock:
        """Take the lock, waiting up to `timeout` seconds; VaultBusy if another writer keeps it.

        ReadOnlyMedia when the folder cannot be written at all (the lock file cannot be opened).
        """
        fd = open_lock_file(folder)
        deadline = time.monotonic() + timeout
        try:
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise VaultBusy("another writer holds the vault")
                time.sleep(_POLL_SECONDS)
        except BaseException:
            os.close(fd)
            raise
        return cls(folder, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock back. Safe to call twice."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def is_read_only(folder: Path) -> bool:
    """Whether the vault cannot be written (write-protected medium, permissions).

    The folder must take new files (SQLite's WAL and index, temporary copies) and the database must
    be writable; an existing lock file may still open for writing in a folder that is not.
    """
    try:
        fd = open_lock_file(folder)
    except ReadOnlyMedia:
        return True
    os.close(fd)
    database = folder / "vault.db"
    return not os.access(folder, os.W_OK) or (database.exists() and not os.access(database, os.W_OK))
