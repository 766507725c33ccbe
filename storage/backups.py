"""Backups of a vault: encrypted snapshots in its backups/ folder, listing, rotation and restore."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path

from storage.atomic import PRIVATE_FILE, atomic_write, fsync_dir, make_private_dir
from storage.db import Database, connect, schema_version
from storage.errors import VaultDamaged, VaultTooNew
from storage.schema import SCHEMA_VERSION

BACKUPS_KEPT = 10


def make_backup(db: Database, key: bytes, folder: Path) -> Path:
    """Write an encrypted, checked snapshot of `db` into `folder` and keep the newest ten."""
    make_private_dir(folder)
    for stale in folder.glob(".backup-*.tmp"):  # left by a backup that was cut off
        stale.unlink(missing_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    final = folder / f"backup-{stamp}.db"
    tmp = folder / f".backup-{stamp}.tmp"
    with db.lock:
        db.conn.execute("VACUUM INTO ?", (str(tmp),))
    try:
        with contextlib.suppress(OSError):
            os.chmod(tmp, PRIVATE_FILE)
        check = connect(tmp, key)
        try:
            result = check.execute("PRAGMA quick_check").fetchone()
        finally:
            check.close()
        if not result or result[0] != "ok":
            raise VaultDamaged("backup failed its integrity check")
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
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


def check_backup_file(backup: Path, folder: Path, key: bytes) -> bytes:
    """The bytes of `backup` once it is known to be a readable backup of this vault's version."""
    backup = Path(backup)
    if backup.parent.resolve() != folder.resolve() or not backup.is_file():
        raise VaultDamaged("not a backup of this vault")
    probe = connect(backup, key)
    try:
        version = schema_version(Database(probe))
    finally:
        probe.close()
    if version > SCHEMA_VERSION:
        raise VaultTooNew("backup from a newer version")
    return backup.read_bytes()


def put_database(db_path: Path, data: bytes) -> None:
    """Replace the (closed) database at `db_path` with `data`, dropping its stale journal files."""
    for stale in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            db_path.with_name(db_path.name + stale).unlink()
    atomic_write(db_path, data)
