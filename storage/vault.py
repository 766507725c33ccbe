"""The vault: one folder holding the encrypted database, the key file and encrypted backups.

    Familia Lopez.amparo/
        vault.db        SQLCipher 4 database keyed with a random 256-bit data key
        vault.key       key slots wrapping that data key (passphrase, recovery key)
        backups/        encrypted snapshots, the last ten kept

Opening never writes before the passphrase has been proven right and the database proven readable,
so a wrong passphrase or a damaged file leaves every byte as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from domain.models import Reminder
from storage import keyslots, rekey
from storage.atomic import PRIVATE_FILE, atomic_write, fsync_dir, make_private_dir
from storage.db import (
    RAW,
    Database,
    DatabaseError,
    as_vault_errors,
    connect,
    connect_keyed,
    raw_key_text,
    schema_version,
)
from storage.deadline_reading import FirstDeadlines, read_deadlines, read_first_deadlines
from storage.errors import (
    KeyFileDamaged,
    ReadOnlyMedia,
    VaultBusy,
    VaultClosed,
    VaultDamaged,
    VaultExists,
    VaultTooNew,
    WrongPassphrase,
)
from storage.people import PeopleRepository
from storage.records import (
    CaseRepository,
    ContactRepository,
    DocumentRepository,
    EventRepository,
    FamilyPlanRepository,
    SettingsRepository,
)
from storage.schema import MIGRATIONS, SCHEMA_VERSION
from storage.vault_backups import VaultBackups
from storage.vault_folder import (
    ACCESS_READ,
    ACCESS_WRITE,
    BACKUP_DIR,
    DB_NAME,
    KEY_NAME,
    LOCK_WAIT_SECONDS,
    STAGING_SUFFIX,
    clear_stale_staging,
    require_vault,
    take_lock,
    write_spare,
)
from storage.writer_lock import WriterLock, is_read_only


class Vault(VaultBackups):
    """An open vault. Create with `Vault.create`, open with `Vault.open`; close (lock) with `close`.

    A vault opened to write holds the folder's writer lock until it is closed. One opened read-only
    (`read_only`: write-protected media, or a reading command while another writer is at work)
    holds none and refuses every write.
    """

    def __init__(
        self, path: Path, data_key: bytes, db: Database, *, lock: WriterLock | None = None,
        read_only: bool = False, key_form: str = RAW,
    ) -> None:
        self.path = path
        self._data_key: bytes | None = data_key
        self._db: Database | None = db
        self._reader_db: Database | None = None
        self._lock = lock
        self.read_only = read_only
        # Opened read-only because its disk or folder cannot be written (not just another writer).
        self.on_read_only_media = False
        self.key_form = key_form
        self.people = PeopleRepository(db)
        self.cases = CaseRepository(db)
        self.events = EventRepository(db)
        self.documents = DocumentRepository(db)
        self.contacts = ContactRepository(db)
        self.family_plans = FamilyPlanRepository(db)
        self.settings = SettingsRepository(db)

    # ----------------------------------------------------------------- creating and opening

    @classmethod
    def create(
        cls, path: Path, passphrase: str, *, kdf: keyslots.KdfParams | None = None,
        fill: Callable[[Vault], object] | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault folder; returns the open vault and its recovery key (shown once, never stored).

        The vault is built in a hidden folder beside `path` and renamed into place last, so a creation
        cut off by a kill, a full disk or an error leaves no half-made vault under the chosen name.
        `fill` (the demo's synthetic households) runs on the vault before the rename.
        """
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(str(path.name))
        params = kdf or keyslots.DEFAULT_KDF
        with as_vault_errors():
            path.parent.mkdir(parents=True, exist_ok=True)
            staging = path.parent / f".{path.name}{STAGING_SUFFIX}"
            clear_stale_staging(staging)
            try:
                make_private_dir(staging)
                make_private_dir(staging / BACKUP_DIR)
                lock = WriterLock.acquire(staging)
                try:
                    data_key, recovery = cls._build(staging, passphrase, params, fill)
                    if path.is_dir():
                        path.rmdir()  # an empty folder the user made for the vault
                    os.rename(staging, path)
                    fsync_dir(path.parent)
                except BaseException:
                    lock.release()
                    raise
            except BaseException:
                shutil.rmtree(staging, ignore_errors=True)
                raise
            # The lock's open file followed the folder through the rename.
            try:
                return cls._open_with_keys(path, [data_key], lock=lock), recovery
            except BaseException:
                lock.release()
                raise

    @classmethod
    def _build(
        cls, folder: Path, passphrase: str, params: keyslots.KdfParams, fill: Callable[[Vault], object] | None
    ) -> tuple[bytes, str]:
        data_key = secrets.token_bytes(keyslots.DATA_KEY_BYTES)
        recovery = keyslots.new_recovery_key()
        db = Database(connect(folder / DB_NAME, data_key, create=True))
        vault = cls(folder, data_key, db)
        try:
            with contextlib.suppress(OSError):
                os.chmod(folder / DB_NAME, PRIVATE_FILE)
            _apply_migrations(db, 0)
            if fill is not None:
                fill(vault)
        finally:
            vault.close()
        slots = [
            keyslots.make_slot(keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(passphrase), data_key, params),
            keyslots.make_slot(keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(recovery), data_key, params),
        ]
        _write_key_files(folder, slots)
        return data_key, recovery

    @classmethod
    def open(cls, path: Path, passphrase: str, *, access: str = ACCESS_WRITE, wait: float = 0.0) -> Vault:
        """Unlock with the passphrase. Raises WrongPassphrase, VaultDamaged, VaultTooNew, NotAVault,
        VaultBusy or ReadOnlyMedia.

        `access`: ACCESS_WRITE takes the writer lock (waiting up to `wait` seconds) and refuses
        read-only media; ACCESS_AUTO does the same but opens read-only media read-only (the app);
        ACCESS_READ never keeps the lock and opens read-only whenever it cannot write (reading commands).
        """
        secret = keyslots.normalize_passphrase(passphrase)
        return cls._unlock(Path(path), keyslots.PASSPHRASE_SLOT, secret, access, wait)

    @classmethod
    def open_with_recovery_key(
        cls, path: Path, recovery_key: str, *, access: str = ACCESS_WRITE, wait: float = 0.0
    ) -> Vault:
        """Unlock with the printed recovery key."""
        secret = keyslots.normalize_recovery_key(recovery_key)
        return cls._unlock(Path(path), keyslots.RECOVERY_SLOT, secret, access, wait)

    @classmethod
    def _unlock(cls, path: Path, kind: str, secret: bytes, access: str, wait: float) -> Vault:
        require_vault(path)
        lock, read_only = take_lock(path, access, wait)
        try:
            with as_vault_errors():
                key_file = keyslots.load_key_file(path / KEY_NAME)
                keys = keyslots.unwrap_all(key_file.slots, kind, secret)
                return cls._open_with_keys(path, keys, key_file, lock=lock, read_only=read_only,
                                           keep_lock=access != ACCESS_READ)
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def repair_key_file(
        cls, path: Path, secret: str, *, recovery: bool = False, access: str = ACCESS_WRITE, wait: float = 0.0
    ) -> tuple[Vault, bool]:
        """Open the vault; if its key file is damaged, first put back the spare copy from backups/.

        Returns the open vault and whether the key file was repaired.

        The spare replaces the damaged file only once it has proved itself: the secret unwraps a key
        from it and that key opens the database. A sound key file is never replaced.
        """
        path = Path(path)
        kind, normalized = (
            (keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(secret)) if recovery
            else (keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(secret))
        )
        require_vault(path)
        try:
            keyslots.load_key_file(path / KEY_NAME)
        except KeyFileDamaged:
            pass
        else:
            return cls._unlock(path, kind, normalized, access, wait), False
        lock, read_only = take_lock(path, ACCESS_WRITE, wait)  # repairing writes
        try:
            with as_vault_errors():
                spare = path / BACKUP_DIR / KEY_NAME
                spare_file = keyslots.load_key_file(spare)
                keys = keyslots.unwrap_all(spare_file.slots, kind, normalized)
                vault = cls._open_with_keys(path, keys, spare_file, lock=None, read_only=read_only)
                try:
                    atomic_write(path / KEY_NAME, spare.read_bytes())
                finally:
                    vault.close()
                return cls._open_with_keys(path, keys, spare_file, lock=lock), True
        except BaseException:
            if lock is not None:
                lock.release()
            raise

    @classmethod
    def _open_with_key(cls, path: Path, key: bytes) -> Vault:
        """Open again with a key already proven (after a restore): takes the writer lock anew."""
        lock = WriterLock.acquire(path, LOCK_WAIT_SECONDS)
        try:
            return cls._open_with_keys(path, [key], lock=lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _open_with_keys(
        cls, path: Path, keys: list[bytes], key_file: keyslots.KeyFile | None = None, *,
        lock: WriterLock | None, read_only: bool = False, keep_lock: bool = True,
    ) -> Vault:
        """Open the database with the first of `keys` that fits; with the lock, finish what is pending
        (schema migrations, the raw-key migration, an interrupted re-encryption, the spare key file)."""
        failure: VaultDamaged | None = None
        for key in keys:
            try:
                conn, form = connect_keyed(path / DB_NAME, key, read_only=read_only)
            except VaultDamaged as exc:
                failure = exc
                continue
            break
        else:
            if key_file is not None and len(rekey.key_ids(key_file)) > 1:
                # The secret belongs to a re-encryption that was cut off before (or after) the
                # database changed key: it was never confirmed, or it has been replaced.
                raise WrongPassphrase("secret of an unfinished re-encryption")
            raise failure or VaultDamaged("database unreadable")
        db = Database(conn)
        try:
            version = schema_version(db)
            if version > SCHEMA_VERSION:
                raise VaultTooNew("schema from a newer version")
            if lock is None and not read_only:
                conn.execute("PRAGMA query_only = ON")  # another writer is at work: read only
            vault = cls(path, key, db, lock=lock, read_only=read_only or lock is None, key_form=form)
            vault.on_read_only_media = read_only
            if lock is not None:
                if version < SCHEMA_VERSION:
                    vault.backup()
                    _apply_migrations(db, version)
                rekey.settle(vault, key_file)
                if not keep_lock:
                    vault.release_writer_lock()
        except BaseException:
            db.close()
            raise
        return vault

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultClosed("vault is closed")
        return self._db

    def close(self) -> None:
        """Close the connection, drop the key and give back the writer lock. Safe to call twice."""
        try:
            if self._reader_db is not None:
                self._reader_db.close()  # waits for a deadline computation that is reading
                self._reader_db = None
            if self._db is not None:
                if not self.read_only:
                    with contextlib.suppress(DatabaseError):
                        self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self._db.close()
            self._db = None
        finally:
            self._data_key = None
            self.release_writer_lock()

    def replace_database_file(self, new_file: Path, key: bytes) -> None:
        """Put `new_file` (verified, keyed raw with `key`) in place of vault.db and go on with it.

        The one connection is closed, the file renamed over, and the connection opened again inside the
        same Database object, so every repository (and every model holding one) keeps working. Only
        with the writer lock: no second connection of Amparo may be open on the old file.
        """
        self.require_writer()
        db = self.db
        with db.lock:
            if self._reader_db is not None:
                self._reader_db.close()
                self._reader_db = None
            with contextlib.suppress(DatabaseError):
                db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.conn.close()
            try:
                os.replace(new_file, self.path / DB_NAME)
            except BaseException:
                db.conn = connect(self.path / DB_NAME, self._key())
                raise
            fsync_dir(self.path)
            db.conn = connect(self.path / DB_NAME, key)
            self._data_key = key
            self.key_form = RAW

    def release_writer_lock(self) -> None:
        """Stop being the vault's writer (reading goes on); writes are refused from now on."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None
            self.read_only = True
            if self._db is not None:
                with contextlib.suppress(DatabaseError):
                    self._db.conn.execute("PRAGMA query_only = ON")

    def require_writer(self) -> None:
        """ReadOnlyMedia or VaultBusy unless this vault may be written now."""
        if self._lock is None or not self._lock.held:
            if is_read_only(self.path):
                raise ReadOnlyMedia("vault opened read-only")
            raise VaultBusy("vault opened for reading while another writer held it")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- passphrase

    def change_passphrase(self, new_passphrase: str, *, kdf: keyslots.KdfParams | None = None) -> None:
        """Replace the passphrase slot (the recovery slot is kept), then prove it by unlocking again.

        Rewrites only the key file: the data key stays, so an old copy of the key file still opens
        with the old passphrase. `reencrypt` (storage.rekey) is the change that revokes it.
        """
        self.require_writer()
        key = self._key()
        key_path = self.path / KEY_NAME
        with as_vault_errors():
            current = keyslots.load_key_file(key_path)
            slots = [s for s in current.slots if s.get("kind") != keyslots.PASSPHRASE_SLOT]
            secret = keyslots.normalize_passphrase(new_passphrase)
            slots.insert(0, keyslots.make_slot(keyslots.PASSPHRASE_SLOT, secret, key, kdf or keyslots.DEFAULT_KDF))
            keyslots.write_key_file(key_path, slots, current.version)
            if keyslots.unwrap(keyslots.read_key_file(key_path), keyslots.PASSPHRASE_SLOT, secret) != key:
                raise VaultDamaged("key file did not verify after writing")
            # If this is cut off, the next open that may write puts the spare right (rekey.settle).
            write_spare(self.path, key_path.read_bytes())

    def data_key(self) -> bytes:
        """The data key, for storage's own re-keying code (never shown or stored in clear)."""
        return self._key()

    def raw_key(self) -> str:
        """The database's raw key as SQLCipher 4 takes it, x'<hex>' (for `key export`)."""
        if self.key_form != RAW:
            # Only a vault on read-only media can still be in the old form (it could not be migrated).
            raise ReadOnlyMedia("database still keyed in the legacy form")
        return raw_key_text(self._key())

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultClosed("vault is closed")
        return self._data_key

    # ----------------------------------------------------------------- deadlines

    def deadlines(self, today: date, days: int = 90, *, person_id: int | None = None) -> list[Reminder]:
        """Reminders due within `days` of `today` (and every overdue one), sorted by due date, with the
        appointments themselves dated in that time (`domain.appointments`). With `person_id`, only that
        person's: a one-person printout reads one person's rows, not the whole clinic's.

        Reads through a second connection of its own, so the app can compute a clinic's Today in a
        worker thread (about 0.7 s at 100,000 people) while searches keep using the main one.
        """
        return read_deadlines(self._reader(), today, days, person_id=person_id)

    def first_deadlines(self, today: date, days: int = 90) -> FirstDeadlines:
        """The start of `deadlines(today, days)`, read from only the events that can give it, so a
        clinic's Today shows its first rows before the whole list is worked out
        (`storage.deadline_reading.read_first_deadlines`)."""
        return read_first_deadlines(self._reader(), today, days)

    def _reader(self) -> Database:
        """The read-only second connection (opened on first use, closed with the vault)."""
        with self.db.lock:
            if self._reader_db is None:
                conn = connect(self.path / DB_NAME, self._key(), read_only=self.on_read_only_media)
                conn.execute("PRAGMA query_only = ON")
                self._reader_db = Database(conn)
            return self._reader_db



def _write_key_files(path: Path, slots: list[dict[str, Any]]) -> None:
    keyslots.write_key_file(path / KEY_NAME, slots)
    write_spare(path, (path / KEY_NAME).read_bytes())


def _apply_migrations(db: Database, current: int) -> None:
    """Run migrations current+1 … SCHEMA_VERSION, all in one transaction."""
    with db.transaction() as conn:
        for number in range(current, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
        # PRAGMA takes no parameters; the value is our own integer constant.
        conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
