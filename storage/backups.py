"""Backups of a vault: snapshots in its backups/ folder, their health, restore, and copies kept elsewhere.

A backup is restored only after a copy of it, staged beside the database, has passed SQLCipher's page
check, SQLite's integrity check and the schema check; the database it replaces is kept in backups/
(as a new backup when it is sound, as `damaged-<time>.db` when it is not). Nothing is replaced before
then, so a damaged backup leaves the vault as it was.

A copy for a USB drive (`export_copy`) is one zip file holding the encrypted database and the key
file current when it was made: the passphrase or recovery key of that time opens it, and nothing in
it is readable without one. Unzipped into a folder it is an ordinary vault.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from storage import keyslots
from storage.atomic import PRIVATE_FILE, atomic_write, fsync_dir, make_private_dir, replacing
from storage.db import Database, DatabaseError, connect, schema_version
from storage.errors import CopyDamaged, KeyFileDamaged, NoSoundBackup, VaultDamaged, VaultTooNew
from storage.schema import SCHEMA_VERSION

BACKUPS_KEPT = 10
COPY_SUFFIX = ".amparo-copy"
_COPY_FORMAT, _COPY_VERSION = "amparo-copy", 1
_MANIFEST, _COPY_DB, _COPY_KEY = "amparo-copy.json", "vault.db", "vault.key"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True, slots=True)
class BackupHealth:
    """What a check of one backup found: `people` when it is sound, else the reason (an identifier)."""

    path: Path
    made_at: datetime | None
    people: int | None
    problem: str | None

    @property
    def good(self) -> bool:
        return self.problem is None


def _stamp() -> str:
    return datetime.now(UTC).strftime(_STAMP)


def made_at(backup: Path) -> datetime | None:
    """When a backup was made (UTC), read from its name: backup-20261122T090000123456Z.db."""
    try:
        return datetime.strptime(backup.stem.removeprefix("backup-"), _STAMP).replace(tzinfo=UTC)
    except ValueError:
        return None


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verify_database(path: Path, key: bytes) -> int:
    """How many people the database at `path` holds, once every check passed.

    VaultDamaged when a page fails its HMAC or the b-trees do not agree; VaultTooNew when a newer
    Amparo wrote it. Opened read-only: verifying never changes the file.
    """
    conn = connect(path, key, read_only=True)
    db = Database(conn)
    try:
        pages = [str(r[0]) for r in db.query("PRAGMA cipher_integrity_check")]
        if pages:
            raise VaultDamaged("pages fail their HMAC")
        if db.query("PRAGMA integrity_check")[0][0] != "ok":
            raise VaultDamaged("integrity check failed")
        if schema_version(db) > SCHEMA_VERSION:
            raise VaultTooNew("database from a newer version")
        return int(db.query("SELECT count(*) FROM person")[0][0])
    except DatabaseError as exc:
        raise VaultDamaged("database unreadable") from exc
    finally:
        db.close()


def health(backup: Path, key: bytes) -> BackupHealth:
    """Check one backup with the vault's key."""
    try:
        return BackupHealth(backup, made_at(backup), verify_database(backup, key), None)
    except VaultTooNew:
        return BackupHealth(backup, made_at(backup), None, "newer version")
    except (VaultDamaged, OSError):
        return BackupHealth(backup, made_at(backup), None, "damaged")


def make_backup(db: Database, key: bytes, folder: Path) -> Path:
    """Write an encrypted, checked snapshot of `db` into `folder` and keep the newest ten."""
    make_private_dir(folder)
    for stale in folder.glob(".backup-*.tmp"):  # left by a backup that was cut off
        stale.unlink(missing_ok=True)
    stamp = _stamp()
    final = folder / f"backup-{stamp}.db"
    tmp = folder / f".backup-{stamp}.tmp"
    try:
        with db.lock:
            db.conn.execute("VACUUM INTO ?", (str(tmp),))  # a full disk can stop it half-way
        with contextlib.suppress(OSError):
            os.chmod(tmp, PRIVATE_FILE)
        check = connect(tmp, key, read_only=True)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()
        finally:
            check.close()
        if not result or result[0] != "ok":
            raise VaultDamaged("backup failed its integrity check")
        _fsync_file(tmp)
        os.replace(tmp, final)
        fsync_dir(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    for old in list_backups(folder)[BACKUPS_KEPT:]:
        old.unlink()
    return final


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob("backup-*.db"), reverse=True)


def _journals(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-journal", "-wal", "-shm")]


def _stage(source: Path, db_path: Path, key: bytes) -> tuple[Path, int]:
    """Copy `source` next to the database and verify the copy (the bytes that will be put in place)."""
    staged = db_path.with_name(f".{db_path.name}.restore.tmp")
    with contextlib.suppress(FileNotFoundError):
        staged.unlink()
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        people = verify_database(staged, key)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    return staged, people


def _keep_current(db_path: Path, key: bytes, folder: Path) -> Path | None:
    """Keep the database about to be replaced: a new backup if sound, else moved to damaged-<time>.db."""
    if not db_path.is_file():
        return None
    try:
        verify_database(db_path, key)
        live = Database(connect(db_path, key))
        try:
            return make_backup(live, key, folder)
        finally:
            live.close()
    except VaultDamaged:
        make_private_dir(folder)
        kept = folder / f"damaged-{_stamp()}.db"
        os.replace(db_path, kept)
        for journal in _journals(db_path):
            if journal.exists():
                os.replace(journal, kept.with_name(kept.name + journal.name.removeprefix(db_path.name)))
        fsync_dir(folder)
        return kept


def _put_in_place(staged: Path, db_path: Path) -> None:
    for journal in _journals(db_path):  # they belong to the database being replaced
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
    os.replace(staged, db_path)
    fsync_dir(db_path.parent)


def _swap(staged: Path, db_path: Path, key: bytes, folder: Path) -> Path | None:
    """Keep the current database, then put the verified `staged` file in its place."""
    try:
        kept = _keep_current(db_path, key, folder)
        _put_in_place(staged, db_path)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    return kept


def restore(source: Path, db_path: Path, key: bytes, folder: Path) -> Path | None:
    """Put a verified copy of `source` in place of the (closed) database at `db_path`.

    Returns where the replaced database was kept. VaultDamaged / VaultTooNew before anything is
    replaced when `source` fails its checks.
    """
    staged, _people = _stage(source, db_path, key)
    return _swap(staged, db_path, key, folder)


def restore_newest(db_path: Path, key: bytes, folder: Path) -> tuple[BackupHealth, Path | None]:
    """Restore the newest backup that passes every check; NoSoundBackup (nothing changed) when none does."""
    for backup in list_backups(folder):
        try:
            staged, people = _stage(backup, db_path, key)
        except (VaultDamaged, VaultTooNew, OSError):
            continue
        kept = _swap(staged, db_path, key, folder)
        return BackupHealth(backup, made_at(backup), people, None), kept
    raise NoSoundBackup("no sound backup")


def restore_newest_of(db_path: Path, keys: list[bytes], folder: Path) -> tuple[BackupHealth, Path | None, bytes]:
    """`restore_newest` with the first of `keys` that has a sound backup (a secret may unwrap two keys
    while a re-encryption is unfinished); also returns that key."""
    for key in keys:
        try:
            used, kept = restore_newest(db_path, key, folder)
        except NoSoundBackup:
            continue
        return used, kept, key
    raise NoSoundBackup("no sound backup")


# --------------------------------------------------------------------------- copies kept elsewhere

def _write_copy(db_file: Path, key_file: bytes, out: Path) -> None:
    """One zip (stored, not compressed: the database is encrypted) at `out`, created 0600 and synced."""
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(_MANIFEST, json.dumps({"format": _COPY_FORMAT, "version": _COPY_VERSION}))
            archive.writestr(_COPY_KEY, key_file)
            archive.write(db_file, _COPY_DB)
        handle.flush()
        os.fsync(handle.fileno())


def export_copy(backup: Path, key_file: bytes, out: Path) -> None:
    """Write `backup` with the key file of this moment into one copy file at `out`, atomically."""
    keyslots.decode_key_file(key_file)  # never carry a damaged key file
    with replacing(out) as tmp:
        _write_copy(backup, key_file, tmp)


def read_copy_key_file(copy: Path) -> bytes:
    """The key file carried by a copy, after the zip's own checks; VaultDamaged if it is not sound."""
    try:
        with zipfile.ZipFile(copy) as archive:
            if archive.testzip() is not None:
                raise CopyDamaged("copy fails its checksums")
            names = set(archive.namelist())
            if not {_MANIFEST, _COPY_KEY, _COPY_DB} <= names:
                raise CopyDamaged("not an Amparo copy")
            manifest = json.loads(archive.read(_MANIFEST))
            key_file = archive.read(_COPY_KEY)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, json.JSONDecodeError, UnicodeDecodeError, EOFError) as exc:
        raise CopyDamaged("not an Amparo copy") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != _COPY_FORMAT:
        raise CopyDamaged("not an Amparo copy")
    version = manifest.get("version")
    if not isinstance(version, int):
        raise CopyDamaged("not an Amparo copy")
    if version > _COPY_VERSION:
        raise VaultTooNew("copy from a newer version")
    try:
        keyslots.decode_key_file(key_file)
    except KeyFileDamaged as exc:
        raise CopyDamaged("copy's key file damaged") from exc
    return key_file


def _extract_db(copy: Path, to: Path) -> None:
    fd = os.open(to, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(copy) as archive, archive.open(_COPY_DB) as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
    except zipfile.BadZipFile as exc:  # also a CRC mismatch found while reading
        raise CopyDamaged("copy unreadable") from exc


def restore_copy(copy: Path, vault_path: Path, key: bytes, key_file: bytes, db_name: str, key_name: str,
                 folder_name: str) -> Path | None:
    """Make `vault_path` hold the copy's database and key file; returns where a replaced vault was kept.

    `key` has already been unwrapped from `key_file` with the user's secret. The database is
    extracted beside the live one and verified before anything is replaced. A vault already at
    `vault_path` is kept whole, database and key file, as a copy in its backups/ folder: it may have
    another passphrase, so it must stay openable with its own.
    """
    created = not vault_path.exists()
    fresh = created or (vault_path.is_dir() and not any(vault_path.iterdir()))
    make_private_dir(vault_path)
    folder = vault_path / folder_name
    make_private_dir(folder)
    db_path = vault_path / db_name
    extracted = vault_path / f".{db_name}.copy.tmp"
    try:
        _extract_db(copy, extracted)
        staged, _people = _stage(extracted, db_path, key)
    except BaseException:
        if created:  # leave no half-made vault behind
            shutil.rmtree(vault_path, ignore_errors=True)
        raise
    finally:
        with contextlib.suppress(OSError):
            extracted.unlink()
    kept: Path | None = None
    try:
        if not fresh and db_path.is_file():
            kept = folder / f"replaced-{_stamp()}{COPY_SUFFIX}"
            current_key = vault_path / key_name
            export_raw = current_key.read_bytes() if current_key.is_file() else b""
            fsync_dir(folder)
            _write_copy(db_path, export_raw, kept)  # its key file is kept even if damaged
        _put_in_place(staged, db_path)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
    # The key file comes last, as when a vault is made: until then the old key file stays.
    atomic_write(vault_path / key_name, key_file)
    atomic_write(folder / key_name, key_file)
    return kept
