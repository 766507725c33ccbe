"""A vault's checks, backups and restores: the part of `Vault` that guards against damage and loss.

Mixed into `storage.vault.Vault`, which provides the open database, the data key and the ways to open
a vault folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from storage import backups as backup_files
from storage import keyslots
from storage.atomic import atomic_write
from storage.backups import BackupHealth, list_backups, make_backup
from storage.db import as_vault_errors
from storage.errors import KeyFileDamaged, VaultDamaged, VaultExists
from storage.vault_folder import BACKUP_DIR, DB_NAME, KEY_NAME, LOCK_WAIT_SECONDS, require_vault, write_spare
from storage.writer_lock import WriterLock

if TYPE_CHECKING:
    from storage.db import Database
    from storage.vault import Vault


class VaultBackups:
    """Checking a vault, backing it up and bringing it back from a backup or a copy."""

    path: Path

    if TYPE_CHECKING:
        @property
        def db(self) -> Database: ...

        def _key(self) -> bytes: ...

        def close(self) -> None: ...

        @classmethod
        def _open_with_key(cls, path: Path, key: bytes) -> Vault: ...

        @classmethod
        def _open_with_keys(cls, path: Path, keys: list[bytes], key_file: keyslots.KeyFile | None = None, *,
                            lock: WriterLock | None, read_only: bool = False, keep_lock: bool = True) -> Vault: ...

    def check(self) -> list[str]:
        """Problems found by SQLCipher's page check and SQLite's integrity check; [] when all is well."""
        db = self.db
        problems: list[str] = []
        checks = (
            ("PRAGMA cipher_integrity_check", lambda r: str(r[0])),
            ("PRAGMA integrity_check", lambda r: "" if r[0] == "ok" else str(r[0])),
            ("PRAGMA foreign_key_check", lambda r: f"foreign key: {r[0]} row {r[1]}"),
        )
        for pragma, describe_row in checks:
            try:
                problems += [text for text in map(describe_row, db.query(pragma)) if text]
            except VaultDamaged:
                problems.append(f"{pragma}: the database is damaged")
        return problems

    def backup(self) -> Path:
        """Write an encrypted, checked snapshot into backups/ and keep the newest ten."""
        made = make_backup(self.db, self._key(), self.path / BACKUP_DIR)
        write_spare(self.path, (self.path / KEY_NAME).read_bytes())
        return made

    def backups(self) -> list[Path]:
        """Backups of this vault, newest first."""
        return list_backups(self.path / BACKUP_DIR)

    def backup_health(self, only: list[Path] | None = None) -> list[BackupHealth]:
        """Each backup (or those in `only`) checked with this vault's key, newest first.

        A full read of each file: run it off the GUI thread.
        """
        key = self._key()
        return [backup_files.health(path, key) for path in (self.backups() if only is None else only)]

    def restore_backup(self, backup: Path) -> Path | None:
        """Replace the live database with `backup` once a copy of it has passed every check.

        The replaced database is kept in backups/ (returned). VaultDamaged / VaultTooNew, with the
        vault as it was, when the backup fails.
        """
        backup = Path(backup)
        if backup.parent.resolve() != (self.path / BACKUP_DIR).resolve() or not backup.is_file():
            raise VaultDamaged("not a backup of this vault")
        key = self._key()
        self.close()
        try:
            return backup_files.restore(backup, self.path / DB_NAME, key, self.path / BACKUP_DIR)
        finally:
            self.__dict__.update(type(self)._open_with_key(self.path, key).__dict__)

    def export_copy(self, out: Path) -> None:
        """Write a copy for elsewhere (a USB drive): a fresh backup plus the key file of this moment."""
        made = self.backup()
        backup_files.export_copy(made, (self.path / KEY_NAME).read_bytes(), Path(out))

    @classmethod
    def restore_newest_backup(cls, path: Path, secret: str, *, recovery: bool = False
                              ) -> tuple[Vault, BackupHealth, Path | None]:
        """Bring back a vault whose database is damaged: the newest backup that passes every check.

        The secret must first unwrap the data key from the key file (or its spare, if the key file
        is damaged too). Returns the open vault, the backup used and where the replaced database was
        kept. VaultDamaged when no backup is sound, and then nothing was changed.
        """
        path = Path(path)
        require_vault(path)
        kind, normalized = slot_secret(secret, recovery)
        # Replacing the database is a write like any other: no second writer meanwhile.
        lock = WriterLock.acquire(path, LOCK_WAIT_SECONDS)
        try:
            with as_vault_errors():
                try:
                    key_file, spare_used = keyslots.load_key_file(path / KEY_NAME), False
                except KeyFileDamaged:
                    key_file, spare_used = keyslots.load_key_file(path / BACKUP_DIR / KEY_NAME), True
                keys = keyslots.unwrap_all(key_file.slots, kind, normalized)
                used, kept, key = backup_files.restore_newest_of(path / DB_NAME, keys, path / BACKUP_DIR)
                if spare_used:  # the spare has now proved itself: its key opened a sound backup
                    atomic_write(path / KEY_NAME, (path / BACKUP_DIR / KEY_NAME).read_bytes())
                vault = cls._open_with_keys(path, [key], key_file, lock=lock)
        except BaseException:
            lock.release()
            raise
        return vault, used, kept

    @classmethod
    def restore_from_copy(cls, copy: Path, path: Path, secret: str, *, recovery: bool = False
                          ) -> tuple[Vault, Path | None]:
        """Make the vault at `path` (new or existing) from a copy written by `export_copy`.

        The secret is the passphrase or recovery key current when the copy was made. Everything is
        checked before anything is replaced; a vault already at `path` is kept whole in its backups/
        folder (returned), openable with its own passphrase.
        """
        copy, path = Path(copy), Path(path)
        if path.exists() and (not path.is_dir() or (
                any(path.iterdir()) and not (path / KEY_NAME).exists() and not (path / DB_NAME).exists())):
            raise VaultExists(path.name)  # something that is not a vault: never write into it
        key_file = backup_files.read_copy_key_file(copy)
        kind, normalized = slot_secret(secret, recovery)
        key = keyslots.unwrap(keyslots.decode_key_file(key_file), kind, normalized)
        kept = backup_files.restore_copy(copy, path, key, key_file, DB_NAME, KEY_NAME, BACKUP_DIR)
        return cls._open_with_key(path, key), kept


def slot_secret(secret: str, recovery: bool) -> tuple[str, bytes]:
    """The key slot a secret opens and the secret as that slot takes it."""
    if recovery:
        return keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(secret)
    return keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(secret)
