"""An import killed with SIGKILL leaves the vault exactly as before or fully imported, never half.

A child process opens a copy of the clinic vault, plans the import of an end-of-day bundle (new people,
changed people, a deletion) and applies it; it kills itself at the n-th row written inside
`apply_plan` (counted by wrapping the merge's insert, update and delete), or the parent kills it a
few milliseconds after it starts applying. Afterwards every table is compared row by row.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from domain.models import Event, EventKind, Person
from storage import Vault
from storage.handoff import apply_plan, export_bundle, plan_import, read_bundle
from storage.handoff.sealed import KdfCost
from tests.conftest import PASSPHRASE
from tests.storage.killpoints import ROOT

pytestmark = pytest.mark.slow

CHEAP = KdfCost(time_cost=1, memory_kib=8 * 1024, lanes=1)
CODE = "tortuga-mesa-verde-lluvia-campo-nube"

CHILD = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from storage import keyslots
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    from storage import Vault
    from storage.handoff import apply_plan, merge, plan_import, read_bundle
    path, passphrase, bundle, code, kill_at = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    rows = [0]

    def counted(real):
        def step(*a, **k):
            rows[0] += 1
            if rows[0] == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*a, **k)
        return step

    for name in ("_insert", "_update", "_delete"):
        setattr(merge, name, counted(getattr(merge, name)))
    with Vault.open(path, passphrase) as vault:
        plan = plan_import(vault.db, read_bundle(Path(bundle).read_bytes(), code).payload)
        print("ready", flush=True)
        apply_plan(vault.db, plan, vault.people.reindex)
    print("done", flush=True)
    print(f"rows {rows[0]}", flush=True)
""")

Snapshot = dict[str, list[tuple[Any, ...]]]


def snapshot(path: Path) -> Snapshot:
    """Every table's rows in order; the times stamped by the import itself (the audit log, when a
    deletion was applied here) are left out, so two complete imports compare equal."""
    with Vault.open(path, PASSPHRASE) as vault:
        db = vault.db
        tables = [r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        found: Snapshot = {}
        for table in tables:
            if table == "audit":
                found[table] = [tuple(r) for r in db.query('SELECT count(*) FROM "audit"')]
                continue
            if table == "tombstone":
                found[table] = sorted(tuple(r) for r in db.query("SELECT identity, tbl FROM tombstone"))
                continue
            found[table] = sorted((tuple(r) for r in db.query(f'SELECT * FROM "{table}"')), key=repr)
        assert vault.check() == []
    return found


def copy_vault(source: Path, target: Path) -> Path:
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy2(source, target)
    return target


@pytest.fixture
def clinic(tmp_path: Path) -> tuple[Path, Path]:
    """The clinic vault after a first transfer, and the intake laptop's next end-of-day bundle."""
    intake, _ = Vault.create(tmp_path / "Intake.amparo", PASSPHRASE)
    clinic_path = tmp_path / "Clinic.amparo"
    clinic, _ = Vault.create(clinic_path, PASSPHRASE)
    with intake, clinic:
        ids = [intake.people.add(Person(f"Nombre{i}", "Prueba Sintética", address=f"{i} Calle Uno"))
               for i in range(12)]
        for pid in ids[:6]:
            intake.events.add(Event(person_id=pid, kind=EventKind.ICE_CHECKIN, date=date(2027, 1, 4)))
        clinic.people.add(Person("Propia", "De la Clínica"))
        data, code, _count = export_bundle(intake.db, None, peer="clinic", code=CODE, cost=CHEAP)
        apply_plan(clinic.db, plan_import(clinic.db, read_bundle(data, code).payload), clinic.people.reindex)
        # The next day: one changed, one deleted, twenty new with their check-ins.
        changed = intake.people.get(ids[0])
        assert changed is not None
        changed.address = "99 Calle Nueva"
        intake.people.update(changed)
        intake.people.delete(ids[1])
        for i in range(20):
            pid = intake.people.add(Person(f"Nuevo{i}", "Prueba Sintética"))
            intake.events.add(Event(person_id=pid, kind=EventKind.COURT_HEARING, date=date(2027, 2, 1)))
        data, _code, _count = export_bundle(intake.db, None, peer="clinic", code=CODE, cost=CHEAP)
    bundle = tmp_path / "day2.amparo-bundle"
    bundle.write_bytes(data)
    return clinic_path, bundle


def run(path: Path, bundle: Path, kill_at: int, after_ms: float | None = None) -> tuple[bool, list[str]]:
    """Import into `path` in a child; killed at its `kill_at`-th row, or `after_ms` after it starts applying."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), PASSPHRASE, str(bundle), CODE, str(kill_at)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        if after_ms is not None:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(after_ms / 1000)  # the kill's moment, not a wait for a result
            child.send_signal(signal.SIGKILL)
        out, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode not in (0, -9):
        raise AssertionError(f"child failed with {child.returncode}: {err[-500:]}")
    return child.returncode == 0 and "done" in out.split(), out.splitlines()


def test_an_import_killed_at_any_row_is_all_or_nothing(clinic: tuple[Path, Path], tmp_path: Path) -> None:
    clinic_path, bundle = clinic
    before = snapshot(clinic_path)
    finished, lines = run(copy_vault(clinic_path, tmp_path / "full.amparo"), bundle, 0)
    assert finished
    written = int(lines[-1].split()[1])
    after = snapshot(tmp_path / "full.amparo")
    assert written > 40 and after != before
    started = time.monotonic()
    # Every early and late row, and a spread in between (each kill costs a process start).
    points = sorted({1, 2, 3, written // 4, written // 2, 3 * written // 4, written - 1, written})
    for kill_at in points:
        target = copy_vault(clinic_path, tmp_path / f"killed{kill_at}.amparo")
        finished, _ = run(target, bundle, kill_at)
        assert not finished
        assert snapshot(target) == before, f"killed at row {kill_at} of {written}"
    for after_ms in (0, 5, 20, 80):
        target = copy_vault(clinic_path, tmp_path / f"timed{after_ms}.amparo")
        finished, _ = run(target, bundle, 0, after_ms=after_ms)
        assert snapshot(target) in (before, after), f"killed {after_ms} ms into applying"
    assert time.monotonic() - started < 240
