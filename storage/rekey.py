"""Changing the key the database is encrypted with: the raw-key migration and re-encryption.

Both copy the database with `sqlcipher_export` into `vault.db.next` under the new key, check the
copy by opening it, and rename it over `vault.db`: that rename is the single moment the change
happens, so a kill at any point leaves either the old or the new vault, whole. `PRAGMA rekey` is not
used: it rewrites the live file in place, and with a second connection open it can answer "ok"
without changing the key (DESIGN §3).

Re-encryption (a new data key, which revokes every old copy of the key file and old passphrase):
  1. copy the database and every backup under the new key (`vault.db.next`, `backups/.NAME.next`);
  2. write a key file holding the new slots and the old ones, each labelled with its key's `key_id`;
  3. rename `vault.db.next` over `vault.db`  (the commit);
  4. rename the backup copies into place and write the key file with the new slots only.
A secret that unwraps only the key the database is not under is answered "wrong passphrase". The
next open that may write finishes steps 3–4 or undoes 1–2, whichever way the database went (`settle`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storage import keyslots
from storage.atomic import PRIVATE_FILE, fsync_dir
from storage.db import RAW, Connection, DatabaseError, as_vault_errors, connect_keyed, raw_key_text
from storage.errors import VaultDamaged, VaultError

if TYPE_CHECKING:
    from storage.vault import Vault

NEXT_DB = "vault.db.next"
_NEXT_SUFFIX = ".next"


def key_ids(key_file: keyslots.KeyFile) -> set[str | None]:
    """The distinct keys a key file's slots wrap (two only while a re-encryption is unfinished)."""
    return {keyslots.slot_key_id(slot) for slot in key_file.slots}


def export_copy(conn: Connection, target: Path, key: bytes, *, journal: str = "DELETE") -> None:
    """Copy the database open on `conn` to `target`, keyed raw with `key`, and prove the copy.

    The copy is opened with the key, must pass SQLite's quick check and carry the same schema
    version, and is flushed to disk before this returns. `journal` is the mode left in its header:
    WAL for a live database, so that opening it after the rename writes nothing.
    """
    target.unlink(missing_ok=True)
    conn.execute("ATTACH DATABASE ? AS next KEY ?", (str(target), raw_key_text(key)))
    try:
        conn.execute("SELECT sqlcipher_export('next')")
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        # PRAGMA takes no parameters; the value is an integer read from the database.
        conn.execute(f"PRAGMA next.user_version = {version}")
        tables = int(conn.execute("SELECT count(*) FROM main.sqlite_master").fetchone()[0])
    finally:
        conn.execute("DETACH DATABASE next")
    with contextlib.suppress(OSError):
        os.chmod(target, PRIVATE_FILE)
    check, form = connect_keyed(target, key)
    try:
        result = check.execute("PRAGMA quick_check").fetchone()
        copied = int(check.execute("PRAGMA user_version").fetchone()[0])
        copied_tables = int(check.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        if journal != "WAL":
            check.execute("PRAGMA journal_mode = DELETE").fetchone()
        # Closing the only connection folds the WAL into the file: one file, ready to rename.
    finally:
        check.close()
    if form != RAW or not result or result[0] != "ok" or copied != version or copied_tables != tables:
        target.unlink(missing_ok=True)
        raise VaultDamaged("the re-keyed copy did not verify")
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _next_backup(backup: Path) -> Path:
    return backup.with_name(f".{backup.name}{_NEXT_SUFFIX}")


def _pending_backups(vault: Vault) -> list[tuple[Path, Path]]:
    """(copy, backup it replaces) for every backup copy a re-encryption left behind."""
    folder = vault.path / "backups"
    if not folder.is_dir():
        return []
    return [
        (copy, folder / copy.name[1 : -len(_NEXT_SUFFIX)])
        for copy in folder.glob(f".backup-*.db{_NEXT_SUFFIX}")
    ]


def settle(vault: Vault, key_file: keyslots.KeyFile | None) -> None:
    """With the writer lock, right after opening: finish or undo an interrupted key change, migrate a
    legacy-keyed database to the raw key, and make the spare key file equal to the key file."""
    from storage.vault_folder import KEY_NAME, write_spare

    key = vault.data_key()
    key_path = vault.path / KEY_NAME
    with as_vault_errors():
        (vault.path / NEXT_DB).unlink(missing_ok=True)  # a copy whose rename never came
        current = keyslots.load_key_file(key_path) if key_file is None else key_file
        mine = keyslots.key_id(key)
        for copy, backup in _pending_backups(vault):
            # Copies under the database's present key belong to a committed re-encryption.
            if _opens_with(copy, key):
                os.replace(copy, backup)
            else:
                copy.unlink(missing_ok=True)
        fsync_dir(vault.path / "backups")
        slots = current.slots
        if len(key_ids(current)) > 1:
            slots = [s for s in current.slots if keyslots.slot_key_id(s) == mine]
        if vault.key_form != RAW:
            export_copy(vault.db.conn, vault.path / NEXT_DB, key, journal="WAL")
            vault.replace_database_file(vault.path / NEXT_DB, key)
        if slots is not current.slots or current.version < keyslots.KEY_FILE_VERSION:
            keyslots.write_key_file(key_path, slots)
        write_spare(vault.path, key_path.read_bytes())


def _opens_with(path: Path, key: bytes) -> bool:
    try:
        conn, _form = connect_keyed(path, key, read_only=True)
    except VaultDamaged:
        return False
    conn.close()
    return True


def reencrypt(vault: Vault, new_passphrase: str, *, kdf: keyslots.KdfParams | None = None) -> str:
    """Change the passphrase and re-encrypt under a new data key; returns the new recovery key.

    Afterwards no earlier copy of the key file, old passphrase or old recovery key opens the vault
    or its backups. Raises DiskFull / ReadOnlyMedia / VaultBusy with the vault as it was.
    """
    from storage.vault_folder import KEY_NAME, write_spare

    vault.require_writer()
    old_key = vault.data_key()
    new_key = secrets.token_bytes(keyslots.DATA_KEY_BYTES)
    recovery = keyslots.new_recovery_key()
    params = kdf or keyslots.DEFAULT_KDF
    key_path = vault.path / KEY_NAME
    with as_vault_errors():
        try:
            with vault.db.lock:
                export_copy(vault.db.conn, vault.path / NEXT_DB, new_key, journal="WAL")
            for backup in vault.backups():
                _reencrypt_backup(backup, old_key, new_key)
            current = keyslots.load_key_file(key_path)
            old_id = keyslots.key_id(old_key)
            both: list[dict[str, Any]] = [
                keyslots.make_slot(keyslots.PASSPHRASE_SLOT, keyslots.normalize_passphrase(new_passphrase),
                                   new_key, params),
                keyslots.make_slot(keyslots.RECOVERY_SLOT, keyslots.normalize_recovery_key(recovery),
                                   new_key, params),
                *({**slot, "key_id": old_id} for slot in current.slots),
            ]
            keyslots.write_key_file(key_path, both)
            write_spare(vault.path, key_path.read_bytes())
        except BaseException:
            with contextlib.suppress(Exception):
                settle(vault, None)  # undo: drop the copies and the new slots
            raise
        vault.replace_database_file(vault.path / NEXT_DB, new_key)  # the commit
    # From here the change has happened and only the new secrets open the vault, so the new recovery
    # key must reach the user whatever follows. Tidying up (backup copies into place, old slots out)
    # is done again by the next open that may write if it fails now.
    with contextlib.suppress(VaultError, OSError, DatabaseError):
        settle(vault, None)
    return recovery


def _reencrypt_backup(backup: Path, old_key: bytes, new_key: bytes) -> None:
    """Copy one backup under the new key beside it; a backup the old key does not open stays as it is
    (it was already unreadable with this vault's keys)."""
    try:
        # Not read-only: an attached database cannot be more writable than the main one.
        conn, _form = connect_keyed(backup, old_key)
    except VaultDamaged:
        return
    try:
        export_copy(conn, _next_backup(backup), new_key)
    finally:
        conn.close()
