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

from storage.errors import VaultDamaged, disk_error
from storage.wal import wal_problem

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher3.DatabaseError
BUSY_TIMEOUT_MS = 30_000


RAW = "raw"
LEGACY = "legacy"


def raw_key_text(key: bytes) -> str:
    """SQLCipher's raw-key form of `key`: x'<64 hex digits>', used as is with no key derivation."""
    return "x'" + key.hex() + "'"


def connect(path: Path, key: bytes, *, create: bool = False, read_only: bool = False) -> Connection:
    """Open `path` with the 256-bit `key`; VaultDamaged if the file cannot be read with it.

    See `connect_keyed`, which also says which keying form the file uses.
    """
    return connect_keyed(path, key, create=create, read_only=read_only)[0]


def connect_keyed(
    path: Path, key: bytes, *, create: bool = False, read_only: bool = False
) -> tuple[Connection, str]:
    """Open `path` with `key` and return the connection and the keying form that fit (RAW or LEGACY).

    New databases take the raw key (DESIGN §3). Databases made before that took the key bytes as a
    passphrase (LEGACY, a PBKDF2 run per open); both are tried, raw first, so vaults, backups and a
    migration cut off half-way all open. The key has already been proven right by the key file, so a
    file that opens with neither form is damaged. Nothing is written before the first read succeeds,
    so a damaged file is left as it was.

    `read_only` opens the file immutable and read-only: for vaults on write-protected media, and for
    checking backups and copies without any chance of writing to them. DiskFull and ReadOnlyMedia
    come through as themselves. A damaged write-ahead log left by an earlier Amparo, and a crash
    journal whose rollback leaves the file inconsistent, are VaultDamaged (docs/reliability.md).
    """
    if not create and not path.is_file():
        raise VaultDamaged("database missing")
    problem = wal_problem(path.with_name(path.name + "-wal"))
    if problem is not None:
        # SQLite would replay the log up to the damage and drop the rest without a word.
        raise VaultDamaged(problem)
    crashed = not read_only and _has_content(path.with_name(path.name + "-journal"))
    forms = (RAW,) if create else (RAW, LEGACY)
    for form in forms:
        conn = _try_connect(path, key, form, create=create, read_only=read_only, crashed=crashed)
        if conn is not None:
            return conn, form
    raise VaultDamaged("database unreadable")


def _try_connect(path: Path, key: bytes, form: str, *, create: bool, read_only: bool,
                 crashed: bool = False) -> Connection | None:
    """A set-up connection, or None when the file does not read with this key form."""
    target, uri = (path.resolve().as_uri() + "?mode=ro&immutable=1", True) if read_only else (str(path), False)
    try:
        conn = sqlcipher3.connect(target, check_same_thread=False, isolation_level=None, uri=uri)
    except DatabaseError as exc:
        raise _disk_or_damage(exc) from exc
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(raw_key_text(key).encode("ascii") if form == RAW else key)
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultDamaged("SQLCipher is not active")
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except DatabaseError as exc:
            if disk_error(exc) is not None or type(exc) is not DatabaseError:
                raise
            conn.close()
            return None  # "file is not a database": the other key form may fit
        if crashed and not _has_content(path.with_name(path.name + "-journal")):
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
        raise _disk_or_damage(exc) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def _disk_or_damage(exc: BaseException) -> Exception:
    """A full or read-only disk is said as such; any other failure to read a proven key is damage."""
    return disk_error(exc) or VaultDamaged("database unreadable")


@contextmanager
def as_vault_errors() -> Iterator[None]:
    """A full disk or a read-only medium met by any OS or SQLite call, said as DiskFull / ReadOnlyMedia."""
    try:
        yield
    except (OSError, DatabaseError) as exc:
        mapped = disk_error(exc)
        if mapped is None:
            raise
        raise mapped from exc


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
    """Turn SQLite's "corrupt" and "not a database" errors into VaultDamaged, and a full or
    read-only disk into DiskFull or ReadOnlyMedia.

    Those come as the base DatabaseError class itself; its subclasses (OperationalError,
    IntegrityError, …) are programming or constraint errors and pass through unchanged.
    """
    try:
        yield
    except DatabaseError as exc:
        mapped = disk_error(exc)
        if mapped is not None:
            raise mapped from exc
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
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    # A COMMIT refused by a full disk leaves the transaction open: end it, so the
                    # vault is exactly as before and the next write starts clean.
                    with contextlib.suppress(DatabaseError):
                        self.conn.execute("ROLLBACK")
                    raise

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
