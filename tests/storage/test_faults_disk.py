"""A full disk, a read-only medium and a missing path are said as such, with their exit codes, and
leave the vault as it was.

How the faults are made (tests run as root, where permissions do not stop writes):
- full disk: SQLite's own SQLITE_FULL, by capping the database at its current size
  (`PRAGMA max_page_count`), and ENOSPC injected at the OS calls that write files (`os.fsync`,
  `os.replace`), as a full disk answers them;
- read-only medium: EROFS injected where Amparo first tries to write in the vault folder (creating
  its lock file); the database is then really opened read-only and immutable, so any write SQLite
  attempted would fail, and every file is compared byte for byte before and after.
A real 1 MiB tmpfs and a read-only bind mount were also tried by hand (docs/reliability.md).
"""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from domain.models import Person
from storage import DiskFull, ReadOnlyMedia, Vault, db, writer_lock
from storage.vault_folder import ACCESS_AUTO
from tests.conftest import PASSPHRASE
from tests.storage.test_vault import snapshot
from ui.cli.main import run


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str,
        stdin: str = PASSPHRASE + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run([*args, "--passphrase-stdin", "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def made(vault_path: Path) -> Path:
    vault, _ = Vault.create(vault_path, PASSPHRASE)
    with vault:
        vault.people.add(Person("Ana", "Ruiz Soto"))
        vault.backup()
    return vault_path


def _cap_database_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every connection opened from now on may not grow the database: SQLite answers SQLITE_FULL."""
    real = db.connect_keyed

    def capped(*args: Any, **kwargs: Any) -> Any:
        conn, form = real(*args, **kwargs)
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        conn.execute(f"PRAGMA max_page_count = {pages}")
        return conn, form

    monkeypatch.setattr(db, "connect_keyed", capped)
    monkeypatch.setattr("storage.vault.connect_keyed", capped)


def _no_space_for_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC from every fsync of a regular file, as a full disk answers the first write that needs a block."""
    real = os.fsync

    def full(fd: int) -> None:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", full)


FULL = "The disk is full. Nothing was changed"


def test_person_add_on_a_full_disk_exit_1_and_nothing_lost(made: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _cap_database_size(monkeypatch)
    for i in range(200):  # until the capped database has no free page left
        given = "Nombre " + "".join("abcdefghij"[int(d)] for d in str(i))  # names take no digits
        code, _out, err = cli(monkeypatch, capsys, "person", "add", str(made), "--given", given,
                              "--family", "Lleno " * 15)
        if code != 0:
            break
    assert code == 1 and err.startswith("amparo: " + FULL) and err.count("\n") == 1, err
    monkeypatch.undo()
    with Vault.open(made, PASSPHRASE) as vault:
        assert vault.check() == []
        assert vault.people.count() == 1 + i  # every acknowledged add, and not the refused one


def test_sqlite_full_in_the_storage_api_is_disk_full(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _cap_database_size(monkeypatch)
    with Vault.open(made, PASSPHRASE) as vault, pytest.raises(DiskFull):
        for i in range(500):
            vault.people.add(Person(f"Nombre{i}", "Lleno " * 40))


@pytest.mark.parametrize("command", [["passwd"], ["passwd", "--re-encrypt"], ["backup"]])
def test_writing_commands_on_a_full_disk_exit_1_vault_unchanged(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = snapshot(made)
    _no_space_for_files(monkeypatch)
    code, out, err = cli(monkeypatch, capsys, *command, str(made), stdin=f"{PASSPHRASE}\nfrase nueva larga\n")
    assert (code, out) == (1, "") and err.startswith("amparo: " + FULL), err
    monkeypatch.undo()
    after = snapshot(made)
    assert after == before
    Vault.open(made, PASSPHRASE).close()


def test_backup_out_file_on_a_full_disk(made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    real_fsync = os.fsync

    def full(fd: int) -> None:
        # The disk fills up while the copy is being written (its temp file is named after it).
        if "copia.db" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    code, _out, err = cli(monkeypatch, capsys, "backup", str(made), "--out", str(tmp_path / "copia.db"))
    assert code == 1 and "disk is full" in err and not (tmp_path / "copia.db").exists()
    assert [p.name for p in tmp_path.iterdir() if "copia" in p.name] == []  # no temp file left either


def test_vault_create_on_a_full_disk_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    _no_space_for_files(monkeypatch)
    code, out, err = cli(monkeypatch, capsys, "vault", "create", str(folder / "Nueva.amparo"),
                         stdin="frase larga nueva\n")
    assert code == 1 and out == "" and err.startswith("amparo: " + FULL), err
    assert list(folder.iterdir()) == []


# --------------------------------------------------------------------------- read-only media

def _read_only_media(monkeypatch: pytest.MonkeyPatch) -> None:
    real = os.open

    def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if Path(path).name == writer_lock.LOCK_NAME and flags & (os.O_RDWR | os.O_WRONLY | os.O_CREAT):
            raise OSError(errno.EROFS, "Read-only file system")
        return real(path, flags, *args, **kwargs)

    monkeypatch.setattr(writer_lock.os, "open", refuse)


NOTE = "amparo: The vault is on a read-only disk or folder: it was opened for reading only.\n"


@pytest.mark.parametrize("command", [["search", "ana"], ["deadlines", "--format", "json"], ["check"]])
def test_reading_commands_work_on_read_only_media_and_say_so(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = snapshot(made)
    _read_only_media(monkeypatch)
    code, out, err = cli(monkeypatch, capsys, command[0], str(made), *command[1:])
    assert code == 0 and err == NOTE and out
    assert snapshot(made) == before


@pytest.mark.parametrize("command", [
    ["person", "add", "--given", "Luis", "--family", "Paz"], ["passwd"], ["backup"], ["repair"],
])
def test_writing_commands_on_read_only_media_exit_1(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    before = snapshot(made)
    _read_only_media(monkeypatch)
    args = [*command[:2], str(made), *command[2:]] if command[0] == "person" else [command[0], str(made)]
    code, out, err = cli(monkeypatch, capsys, *args, stdin=f"{PASSPHRASE}\nfrase nueva larga\n")
    assert (code, out) == (1, "") and err.startswith("amparo: The vault is on a read-only disk"), err
    assert err.count("\n") == 1
    assert snapshot(made) == before


def test_the_app_opens_read_only_media_read_only(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(made)
    _read_only_media(monkeypatch)
    with Vault.open(made, PASSPHRASE, access=ACCESS_AUTO) as vault:
        assert vault.read_only and vault.on_read_only_media
        assert vault.people.count() == 1
        with pytest.raises(ReadOnlyMedia):
            vault.people.add(Person("Luis", "Paz"))
        with pytest.raises(ReadOnlyMedia):
            vault.change_passphrase("frase nueva larga")
    with pytest.raises(ReadOnlyMedia):
        Vault.open(made, PASSPHRASE)  # a writer is refused
    assert snapshot(made) == before


# --------------------------------------------------------------------------- missing paths

@pytest.mark.parametrize("command", [["search", "x"], ["check"], ["repair"], ["passwd"], ["key", "export"]])
def test_a_path_without_a_vault_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    empty = tmp_path / "Fotos"
    empty.mkdir()
    (empty / "foto.jpg").write_bytes(b"\xff\xd8")
    for path in (tmp_path / "No existe.amparo", empty):
        args = [*command[:2], str(path)] if command[0] == "key" else [command[0], str(path), *command[1:]]
        code, out, err = cli(monkeypatch, capsys, *args)
        assert (code, out) == (2, "") and err.startswith("amparo: There is no Amparo vault at that path"), err
    assert sorted(p.name for p in empty.iterdir()) == ["foto.jpg"]


class _SqlFunctionError(Exception):
    """What sqlite reports when a full disk stops a SQL function (sqlcipher_export): a generic error."""

    sqlite_errorcode = 1


def test_a_full_disk_inside_sqlcipher_export_is_disk_full() -> None:
    from storage.errors import disk_error

    assert isinstance(disk_error(_SqlFunctionError("database or disk is full")), DiskFull)
    assert isinstance(disk_error(_SqlFunctionError("attempt to write a readonly database")), ReadOnlyMedia)
    assert disk_error(_SqlFunctionError("no such table: person")) is None
    assert isinstance(disk_error(OSError(errno.EDQUOT, "Disk quota exceeded")), DiskFull)
    assert disk_error(OSError(errno.ENOENT, "No such file")) is None


def test_a_folder_without_write_permission_is_read_only(made: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """A folder the user may read but not write (a copy given read-only), where the lock file, made
    earlier, still opens: os.access answers for the user (as root it always says yes, so it is faked)."""
    real = os.access
    monkeypatch.setattr(writer_lock.os, "access",
                        lambda path, mode: False if Path(path) == made and mode == os.W_OK else real(path, mode))
    before = snapshot(made)
    code, out, err = cli(monkeypatch, capsys, "search", str(made), "ana")
    assert code == 0 and err == NOTE and "Ana" in out
    code, out, err = cli(monkeypatch, capsys, "person", "add", str(made), "--given", "Luis", "--family", "Paz")
    assert (code, out) == (1, "") and "read-only disk or folder" in err
    assert snapshot(made) == before


class _FillsUpDuringVacuum:
    """A connection whose `VACUUM INTO` writes part of the snapshot, then meets a full disk."""

    def __init__(self, conn: Any) -> None:
        self._conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        if sql.startswith("VACUUM INTO"):
            Path(params[0]).write_bytes(b"\0" * 4096)
            raise db.sqlcipher3.OperationalError("database or disk is full")
        return self._conn.execute(sql, params)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_backup_cut_by_a_full_disk_leaves_no_temp_file(made: Path) -> None:
    with Vault.open(made, PASSPHRASE) as vault:
        before = sorted(p.name for p in (made / "backups").iterdir())
        real = vault.db.conn
        vault.db.conn = _FillsUpDuringVacuum(real)
        try:
            with pytest.raises(db.sqlcipher3.OperationalError):
                vault.backup()
        finally:
            vault.db.conn = real
        assert sorted(p.name for p in (made / "backups").iterdir()) == before
