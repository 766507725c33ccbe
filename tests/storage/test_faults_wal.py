"""Damage in a journal never opens a vault that silently lacks acknowledged writes (issue #11 item 1).

Two journals are tried. A write-ahead log holding committed work, as an earlier Amparo could leave it
after a crash: bit flips, a zeroed 4 KiB block or a cut must be reported as damage (exit 4) before
SQLite replays the log, or else every acknowledged person must be there. And the rollback journal
Amparo writes now: committed work is never only in it, and a damaged hot journal left by a crash in
the middle of a transaction is either rolled back whole or reported as damage when the vault is opened.
"""

from __future__ import annotations

import io
import random
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from domain.models import Person
from storage import Vault, VaultDamaged
from storage.vault_folder import DB_NAME
from storage.wal import wal_problem
from tests.conftest import PASSPHRASE
from tests.storage.damage import damage
from tests.storage.test_vault import snapshot
from ui.cli.main import run

ROOT = Path(__file__).resolve().parents[2]
IN_DATABASE, IN_LOG = 300, 25
WAL_KINDS = ("flip_bit", "zero_4k", "truncate")


@pytest.fixture(scope="module")
def legacy_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """A vault of 325 people, the last 25 committed only in its WAL, as a crash left it."""
    from storage import keyslots

    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    try:
        folder = tmp_path_factory.mktemp("legacy")
        path = folder / "Live.amparo"
        vault, _ = Vault.create(path, PASSPHRASE)
        names = set()
        with vault.db.transaction():
            for i in range(IN_DATABASE):
                vault.people.add(Person(f"Base{i}", "Prueba Inventada"))
                names.add(f"Base{i}")
        vault.db.conn.execute("PRAGMA journal_mode = WAL").fetchone()
        vault.db.conn.execute("PRAGMA wal_autocheckpoint = 0")
        for i in range(IN_LOG):
            vault.people.add(Person(f"Log{i}", "Prueba Inventada", notes="x" * 500))
            names.add(f"Log{i}")
        # Copied while the connection is open: the log holds the last 25 commits, as after a crash.
        frozen = folder / "Frozen.amparo"
        shutil.copytree(path, frozen, ignore=shutil.ignore_patterns("*-shm"))
        vault.close()
    finally:
        keyslots.DEFAULT_KDF = saved
    assert (frozen / (DB_NAME + "-wal")).stat().st_size > 0
    return frozen, names


def names_in(vault: Vault) -> set[str]:
    return {p.given_names for p in vault.people.page("", 0, 10_000)}


def check_cli(path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSPHRASE + "\n"))
    code = run(["check", str(path), "--passphrase-stdin", "--lang", "en"])
    return code, capsys.readouterr().err


def test_a_sound_log_is_folded_in_and_nothing_is_lost(legacy_vault: tuple[Path, set[str]], tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    shutil.copytree(legacy_vault[0], path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert names_in(vault) == legacy_vault[1]
        assert vault.check() == []
    assert not (path / (DB_NAME + "-wal")).exists()  # now a rollback-journal vault


def trial(legacy: tuple[Path, set[str]], where: Path, kind: str, seed: int) -> str:
    """One damaged copy: 'detected' (VaultDamaged, nothing changed), 'harmless', or a failure text."""
    shutil.copytree(legacy[0], where)
    wal = where / (DB_NAME + "-wal")
    what = damage(wal, kind, random.Random(seed))
    before = snapshot(where)
    try:
        vault = Vault.open(where, PASSPHRASE)
    except VaultDamaged:
        assert snapshot(where) == before, f"{what}: a damaged vault was modified"
        return "detected"
    with vault:
        missing = legacy[1] - names_in(vault)
        problems = vault.check()
    if missing and not problems:
        return f"{what}: {len(missing)} acknowledged people silently missing"
    return "harmless" if not missing else "detected"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", WAL_KINDS)
def test_damaged_log_is_reported_or_harmless(legacy_vault: tuple[Path, set[str]], tmp_path: Path,
                                             kind: str) -> None:
    outcomes = [trial(legacy_vault, tmp_path / f"t{seed}.amparo", kind, seed) for seed in range(4)]
    failures = [o for o in outcomes if o not in ("detected", "harmless")]
    assert failures == []
    assert "detected" in outcomes


@pytest.mark.timeout(60)
def test_check_exits_4_with_one_line_and_changes_nothing(legacy_vault: tuple[Path, set[str]], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "V.amparo"
    shutil.copytree(legacy_vault[0], path)
    wal = path / (DB_NAME + "-wal")
    data = bytearray(wal.read_bytes())
    data[len(data) // 2] ^= 0x10
    wal.write_bytes(bytes(data))
    assert wal_problem(wal) is not None
    before = snapshot(path)
    code, err = check_cli(path, monkeypatch, capsys)
    assert code == 4 and err.count("\n") == 1 and "damaged" in err and "Traceback" not in err
    assert snapshot(path) == before


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("kind", WAL_KINDS)
def test_many_damaged_logs(legacy_vault: tuple[Path, set[str]], tmp_path: Path, kind: str) -> None:
    outcomes = [trial(legacy_vault, tmp_path / f"t{seed}.amparo", kind, 1000 + seed) for seed in range(60)]
    failures = [o for o in outcomes if o not in ("detected", "harmless")]
    print(f"{kind}: {outcomes.count('detected')} detected, {outcomes.count('harmless')} harmless, "
          f"{len(failures)} failures of {len(outcomes)}")
    assert failures == []


# --------------------------------------------------------------------------- the rollback journal

def test_after_each_write_nothing_is_left_in_a_journal(vault: Vault) -> None:
    for i in range(5):
        vault.people.add(Person(f"Ana{i}", "Ruiz Soto"))
        leftovers = [p.name for p in vault.path.iterdir() if p.name.startswith(DB_NAME + "-")]
        assert leftovers == []
    assert vault.db.query("PRAGMA journal_mode")[0][0] == "delete"
    assert int(vault.db.query("PRAGMA synchronous")[0][0]) == 3  # EXTRA


INTERRUPTED = textwrap.dedent("""
    import os, sys
    from storage import keyslots, Vault
    from domain.models import Person
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    vault = Vault.open(sys.argv[1], sys.argv[2])
    for i in range(20):
        vault.people.add(Person(f"Acked{i}", "Prueba Inventada", notes="n" * 300))
        print(f"Acked{i}", flush=True)
    vault.db.conn.execute("PRAGMA cache_size = 10")  # spill: the database file is changed mid-transaction
    with vault.db.transaction():
        for i in range(400):
            vault.people.add(Person(f"Never{i}", "Prueba Inventada", notes="n" * 300))
        os._exit(0)  # the process dies with the transaction open: a hot journal is left
""")


@pytest.fixture(scope="module")
def crashed_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[str]]:
    """A vault killed in the middle of a large transaction, with its hot rollback journal."""
    from storage import keyslots

    saved = keyslots.DEFAULT_KDF
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    try:
        path = tmp_path_factory.mktemp("crash") / "Crash.amparo"
        with Vault.create(path, PASSPHRASE)[0] as vault:
            vault.people.add(Person("Primera", "Prueba Inventada"))
    finally:
        keyslots.DEFAULT_KDF = saved
    done = subprocess.run([sys.executable, "-c", INTERRUPTED, str(path), PASSPHRASE], cwd=ROOT,
                          capture_output=True, text=True, check=True, timeout=120)
    acked = {"Primera", *done.stdout.split()}
    assert len(acked) == 21
    assert (path / (DB_NAME + "-journal")).stat().st_size > 0
    return path, acked


def journal_trial(crashed: tuple[Path, set[str]], where: Path, kind: str, seed: int) -> str:
    shutil.copytree(crashed[0], where)
    journal = where / (DB_NAME + "-journal")
    what = damage(journal, kind, random.Random(seed))
    try:
        vault = Vault.open(where, PASSPHRASE)
    except VaultDamaged:
        return "detected"
    with vault:
        try:
            found = names_in(vault)
        except VaultDamaged:
            return "detected"
        problems = vault.check()
    missing = crashed[1] - found
    if problems:
        return f"{what}: opened, though check finds {len(problems)} problems"
    if missing:
        return f"{what}: {len(missing)} acknowledged people silently missing"
    if any(name.startswith("Never") for name in found):
        return f"{what}: part of an unfinished transaction is in a vault that checks as sound"
    return "harmless"


def test_an_intact_hot_journal_is_rolled_back(crashed_vault: tuple[Path, set[str]], tmp_path: Path) -> None:
    path = tmp_path / "V.amparo"
    shutil.copytree(crashed_vault[0], path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert names_in(vault) == crashed_vault[1]
        assert vault.check() == []


@pytest.mark.timeout(120)
@pytest.mark.parametrize("kind", WAL_KINDS)
def test_damaged_hot_journal_is_reported_or_harmless(crashed_vault: tuple[Path, set[str]], tmp_path: Path,
                                                     kind: str) -> None:
    outcomes = [journal_trial(crashed_vault, tmp_path / f"t{seed}.amparo", kind, seed) for seed in range(4)]
    assert [o for o in outcomes if o not in ("detected", "harmless")] == []


@pytest.mark.slow
@pytest.mark.timeout(1200)
@pytest.mark.parametrize("kind", WAL_KINDS)
def test_many_damaged_hot_journals(crashed_vault: tuple[Path, set[str]], tmp_path: Path, kind: str) -> None:
    outcomes = [journal_trial(crashed_vault, tmp_path / f"t{seed}.amparo", kind, 2000 + seed) for seed in range(60)]
    failures = [o for o in outcomes if o not in ("detected", "harmless")]
    print(f"{kind}: {outcomes.count('detected')} detected, {outcomes.count('harmless')} harmless, "
          f"{len(failures)} failures of {len(outcomes)}")
    assert failures == []


@pytest.mark.timeout(120)
def test_the_deadline_reader_and_the_writer_wait_for_each_other(vault: Vault) -> None:
    """Without a WAL a reader and a writer take turns; busy_timeout makes them wait instead of failing."""
    import threading
    from datetime import date

    from domain.models import Event, EventKind

    with vault.db.transaction():
        for i in range(300):
            pid = vault.people.add(Person(f"Base{i}", "Prueba Inventada"))
            vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, 1 + i % 28)))
    errors: list[BaseException] = []
    counts: list[int] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                counts.append(len(vault.deadlines(date(2026, 12, 1), 90)))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for i in range(150):
            pid = vault.people.add(Person(f"Nuevo{i}", "Prueba Inventada"))
            vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, 5)))
    finally:
        stop.set()
        reader.join()
    assert errors == []
    assert counts and counts == sorted(counts)  # each read sees a whole number of committed writes
    assert vault.people.count() == 450
