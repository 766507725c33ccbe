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
import gc
import os
import secrets
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from domain.models import CaseKind, EventKind, Reminder
from domain.rules import PersonFacts, max_lead_days, reminders
from storage import backups as backup_files
from storage import keyslots
from storage.atomic import PRIVATE_FILE, atomic_write, make_private_dir
from storage.backups import BackupHealth, list_backups, make_backup
from storage.db import Database, DatabaseError, connect, schema_version
from storage.errors import KeyFileDamaged, VaultClosed, VaultDamaged, VaultExists, VaultTooNew
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

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
BACKUP_DIR = "backups"
VAULT_SUFFIX = ".amparo"


class Vault:
    """An open vault. Create with `Vault.create`, open with `Vault.open`; close (lock) with `close`."""

    def __init__(self, path: Path, data_key: bytes, db: Database) -> None:
        self.path = path
        self._data_key: bytes | None = data_key
        self._db: Database | None = db
        self._reader_db: Database | None = None
        self.people = PeopleRepository(db)
        self.cases = CaseRepository(db)
        self.events = EventRepository(db)
        self.documents = DocumentRepository(db)
        self.contacts = ContactRepository(db)
        self.family_plans = FamilyPlanRepository(db)
        self.settings = SettingsRepository(db)

    # ----------------------------------------------------------------- creating and opening

    @classmethod
    def create(cls, path: Path, passphrase: str, *, kdf: keyslots.KdfParams | None = None) -> tuple[Vault, str]:
        """Make a new vault folder; returns the open vault and its recovery key (shown once, never stored)."""
        path = Path(path)
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(str(path.name))
        params = kdf or keyslots.DEFAULT_KDF
        make_private_dir(path)
        make_private_dir(path / BACKUP_DIR)
        data_key = secrets.token_bytes(keyslots.DATA_KEY_BYTES)
        recovery = keyslots.new_recovery_key()
        db = Database(connect(path / DB_NAME, data_key, create=True))
        try:
            with contextlib.suppress(OSError):
                os.chmod(path / DB_NAME, PRIVATE_FILE)
            _apply_migrations(db, 0)
        except BaseException:
            db.close()
            raise
        # The key file comes last: until it exists the folder is not a vault, and nothing is lost.
        slots = [
            keyslots.make_slot(keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(passphrase), data_key, params),
            keyslots.make_slot(keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(recovery), data_key, params),
        ]
        _write_key_files(path, slots)
        return cls(path, data_key, db), recovery

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Unlock with the passphrase. Raises WrongPassphrase, VaultDamaged or VaultTooNew."""
        path = Path(path)
        slots = keyslots.read_key_file(path / KEY_NAME)
        key = keyslots.unwrap(slots, keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(passphrase))
        return cls._open_with_key(path, key)

    @classmethod
    def open_with_recovery_key(cls, path: Path, recovery_key: str) -> Vault:
        """Unlock with the printed recovery key."""
        path = Path(path)
        slots = keyslots.read_key_file(path / KEY_NAME)
        key = keyslots.unwrap(slots, keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(recovery_key))
        return cls._open_with_key(path, key)

    @classmethod
    def repair_key_file(cls, path: Path, secret: str, *, recovery: bool = False) -> tuple[Vault, bool]:
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
        try:
            slots = keyslots.read_key_file(path / KEY_NAME)
        except KeyFileDamaged:
            spare = path / BACKUP_DIR / KEY_NAME
            vault = cls._open_with_key(path, keyslots.unwrap(keyslots.read_key_file(spare), kind, normalized))
            try:
                atomic_write(path / KEY_NAME, spare.read_bytes())
            except BaseException:
                vault.close()
                raise
            return vault, True
        return cls._open_with_key(path, keyslots.unwrap(slots, kind, normalized)), False

    @classmethod
    def _open_with_key(cls, path: Path, key: bytes) -> Vault:
        db = Database(connect(path / DB_NAME, key))
        try:
            version = schema_version(db)
            if version > SCHEMA_VERSION:
                raise VaultTooNew("schema from a newer version")
            vault = cls(path, key, db)
            if version < SCHEMA_VERSION:
                vault.backup()
                _apply_migrations(db, version)
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
        """Close the connection and drop the key. Safe to call twice."""
        if self._reader_db is not None:
            self._reader_db.close()  # waits for a deadline computation that is reading
            self._reader_db = None
        if self._db is not None:
            with contextlib.suppress(DatabaseError):
                self._db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
        self._db = None
        self._data_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- passphrase

    def change_passphrase(self, new_passphrase: str, *, kdf: keyslots.KdfParams | None = None) -> None:
        """Replace the passphrase slot (the recovery slot is kept), then prove it by unlocking again."""
        key = self._key()
        key_path = self.path / KEY_NAME
        slots = [s for s in keyslots.read_key_file(key_path) if s.get("kind") != keyslots.PASSPHRASE_SLOT]
        secret = keyslots.normalize_passphrase(new_passphrase)
        slots.insert(0, keyslots.make_slot(keyslots.PASSPHRASE_SLOT, secret, key, kdf or keyslots.DEFAULT_KDF))
        keyslots.write_key_file(key_path, slots)
        if keyslots.unwrap(keyslots.read_key_file(key_path), keyslots.PASSPHRASE_SLOT, secret) != key:
            raise VaultDamaged("key file did not verify after writing")
        _write_spare(self.path, key_path.read_bytes())

    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultClosed("vault is closed")
        return self._data_key

    # ----------------------------------------------------------------- integrity and backups

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
        _write_spare(self.path, (self.path / KEY_NAME).read_bytes())
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
            self.__dict__.update(Vault._open_with_key(self.path, key).__dict__)

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
        kind, normalized = _slot_secret(secret, recovery)
        try:
            slots, spare_used = keyslots.read_key_file(path / KEY_NAME), False
        except KeyFileDamaged:
            slots, spare_used = keyslots.read_key_file(path / BACKUP_DIR / KEY_NAME), True
        key = keyslots.unwrap(slots, kind, normalized)
        used, kept = backup_files.restore_newest(path / DB_NAME, key, path / BACKUP_DIR)
        vault = cls._open_with_key(path, key)
        if spare_used:  # the spare has now proved itself: it opened a sound database
            try:
                _write_key_files(path, slots)
            except BaseException:
                vault.close()
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
        kind, normalized = _slot_secret(secret, recovery)
        key = keyslots.unwrap(keyslots.decode_key_file(key_file), kind, normalized)
        kept = backup_files.restore_copy(copy, path, key, key_file, DB_NAME, KEY_NAME, BACKUP_DIR)
        return cls._open_with_key(path, key), kept

    # ----------------------------------------------------------------- deadlines

    def deadlines(self, today: date, days: int = 90) -> list[Reminder]:
        """Reminders due within `days` of `today` (and every overdue one), sorted by due date.

        Reads through a second connection of its own, so the app can compute a clinic's Today in a
        worker thread (about 0.7 s at 100,000 people) while searches keep using the main one.
        """
        longest = max(max_lead_days(kind) for kind in EventKind)
        reader = self._reader()
        # Hundreds of thousands of short-lived, cycle-free objects: pausing the collector saves
        # repeated full collections over them (about a third of the time at 100,000 people).
        collecting = gc.isenabled()
        gc.disable()
        try:
            with reader.lock:
                events = EventRepository(reader).open_for_rules(today + timedelta(days=days + longest))
                facts = self._facts(reader, sorted({e.person_id for e in events}))
            return reminders(events, facts, today, days)
        finally:
            if collecting:
                gc.enable()

    def _reader(self) -> Database:
        """The read-only second connection (opened on first use, closed with the vault)."""
        with self.db.lock:
            if self._reader_db is None:
                conn = connect(self.path / DB_NAME, self._key())
                conn.execute("PRAGMA query_only = ON")
                self._reader_db = Database(conn)
            return self._reader_db

    @staticmethod
    def _facts(db: Database, person_ids: list[int]) -> dict[int, PersonFacts]:
        """Names, and whether each person has a court case or a stay of removal (the rules need both)."""
        sql = 'SELECT person_id FROM "case" WHERE kind = ? UNION SELECT person_id FROM event WHERE kind = ?'
        court = {r[0] for r in db.query(sql, (CaseKind.REMOVAL.value, EventKind.COURT_HEARING.value))}
        stay = {r[0] for r in db.query(sql, (CaseKind.STAY_OF_REMOVAL.value, EventKind.STAY_EXPIRY.value))}
        wanted = set(person_ids)
        # The name is joined by SQLite: one string per row to bring into Python instead of three.
        return {
            pid: PersonFacts(pid, name, pid in court, pid in stay)
            for pid, name in db.query(
                "SELECT id, given_names || ' ' || family_names FROM person INDEXED BY person_sort"
            )
            if pid in wanted
        }


def _slot_secret(secret: str, recovery: bool) -> tuple[str, bytes]:
    if recovery:
        return keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(secret)
    return keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(secret)


def _write_key_files(path: Path, slots: list[dict[str, Any]]) -> None:
    keyslots.write_key_file(path / KEY_NAME, slots)
    _write_spare(path, (path / KEY_NAME).read_bytes())


def _write_spare(path: Path, key_file: bytes) -> None:
    """Keep backups/vault.key equal to a verified vault.key: both slots live in that one small file,
    so without a spare a damaged key file would lose the vault even to its recovery key."""
    keyslots.decode_key_file(key_file)  # never copy a damaged file over a good spare
    spare = path / BACKUP_DIR / KEY_NAME
    make_private_dir(spare.parent)
    if not spare.is_file() or spare.read_bytes() != key_file:
        atomic_write(spare, key_file)


def _apply_migrations(db: Database, current: int) -> None:
    """Run migrations current+1 … SCHEMA_VERSION, all in one transaction."""
    with db.transaction() as conn:
        for number in range(current, SCHEMA_VERSION):
            for statement in MIGRATIONS[number]:
                conn.execute(statement)
        # PRAGMA takes no parameters; the value is our own integer constant.
        conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault folder (for checks and tests)."""
    return sorted(p for p in Path(path).rglob("*") if p.is_file())


def describe(path: Path) -> dict[str, Any]:
    """Facts about a vault folder that need no passphrase (its format version only)."""
    slots = keyslots.read_key_file(Path(path) / KEY_NAME)
    return {"slots": [s.get("kind") for s in slots]}
