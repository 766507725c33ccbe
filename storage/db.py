"""The SQLCipher connection: keying, the settings of DESIGN §3, transactions and the audit trail."""

from __future__ import annotations

import contextlib
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from storage.errors import VaultDamaged
from storage.wal import wal_problem

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
BUSY_TIMEOUT_MS = 30_000


def connect(path: Path, key: bytes, *, create: bool = False, read_only: bool = False) -> Connection:
    """Open `path` with the raw 256-bit `key`; VaultDamaged if the file cannot be read with it.

    `read_only` opens the file so that nothing can write to it (for checking backups and copies).

    The key has already been proven right by the key file, so any failure here means damage.
    Nothing is written before the first read succeeds, so a damaged file is left as it was.
    """
    if not create and not path.is_file():
        raise VaultDamaged("database missing")
    problem = wal_problem(path.with_name(path.name + "-wal"))
    if problem is not None:
        # SQLite would replay the log up to the damage and drop the rest without a word.
        raise VaultDamaged(problem)
    journal = path.with_name(path.name + "-journal")
    crashed = not read_only and _has_content(journal)
    if read_only:
        target, uri = f"{path.resolve().as_uri()}?mode=ro", True
    else:
        target, uri = str(path), False
    conn = sqlcipher3.connect(target, check_same_thread=False, isolation_level=None, uri=uri)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultDamaged("SQLCipher is not active")
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if crashed and not _has_content(journal):
            # The first read rolled back a transaction that a crash cut short. A damaged journal
            # makes that rollback partial without an error (SQLite stops at the first bad record),
            # so the whole file is checked before anyone uses it.
            _check_after_rollback(conn)
        if not create and tables == 0:
            # An existing vault always has a schema: an empty database means a lost or cut file,
            # and setting its journal mode would write to it.
            raise VaultDamaged("database has no schema")
        # A rollback journal with EXTRA sync: once COMMIT returns, the data is in the database
        # file itself and the journal is gone, so no committed work lives only in a journal
        # (docs/reliability.md). A log left by an earlier Amparo is checked above, then folded in.
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        else:
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()
            conn.execute("PRAGMA synchronous = EXTRA")
        # The deadline reader and the writer share the file; without a WAL one may briefly wait
        # for the other's lock instead of failing with "database is locked".
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 64 MiB of decrypted pages: searches and Today stay warm at clinic scale (DESIGN §9).
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute("PRAGMA secure_delete = ON")
    except DatabaseError as exc:
        conn.close()
        raise VaultDamaged("database unreadable") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _has_content(file: Path) -> bool:
    try:
        return file.stat().st_size > 0
    except FileNotFoundError:
        return False


def _check_after_rollback(conn: Connection) -> None:
    if conn.execute("PRAGMA cipher_integrity_check").fetchall():
        raise VaultDamaged("pages damaged after a crash")
    if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
        raise VaultDamaged("database inconsistent after a crash")


@contextmanager
def damage_as_vault_error() -> Iterator[None]:
    """Turn SQLite's "corrupt" and "not a database" errors into VaultDamaged.

    Those come as the base DatabaseError class itself; its subclasses (OperationalError,
    IntegrityError, …) are programming or constraint errors and pass through unchanged.
    """
    try:
        yield
    except DatabaseError as exc:
        if type(exc) is DatabaseError:
            raise VaultDamaged("database damaged") from exc
        raise


def now_utc() -> str:
    """The current UTC time as ISO text, for created_at / updated_at / audit."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def new_uuid() -> str:
    return uuid.uuid4().hex


class Database:
    """One connection plus a lock, so the GUI and a worker thread never use it at the same time."""

    def __init__(self, conn: Connection) -> None:
        self.conn: Connection = conn
        self.lock = threading.RLock()
        self._depth = 0

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """Run a block in one transaction; nested blocks join the outer one."""
        with self.lock, damage_as_vault_error():
            outer = self._depth == 0
            if outer:
                self.conn.execute("BEGIN IMMEDIATE")
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self._depth -= 1
                if outer:
                    with contextlib.suppress(DatabaseError):
                        self.conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self.conn.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[Any]:
        with self.lock, damage_as_vault_error():
            return list(self.conn.execute(sql, params).fetchall())

    def audit(self, action: str, table: str, row_id: int | None) -> None:
        """Record what happened to which row, never any field value."""
        self.conn.execute(
            "INSERT INTO audit(at, action, tbl, row_id) VALUES (?, ?, ?, ?)", (now_utc(), action, table, row_id)
        )

    def close(self) -> None:
        with self.lock:
            self.conn.close()


def schema_version(db: Database) -> int:
    """The schema version of an existing vault; VaultDamaged when it has none."""
    try:
        version = int(db.query("PRAGMA user_version")[0][0])
        tables = int(db.query("SELECT count(*) FROM sqlite_master WHERE type = 'table'")[0][0])
    except DatabaseError as exc:
        raise VaultDamaged("database unreadable") from exc
    if version == 0 or tables == 0:
        # An existing vault always has a schema; an empty database means the file was lost or cut.
        raise VaultDamaged("database has no schema")
    return version
