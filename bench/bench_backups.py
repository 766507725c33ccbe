"""Backups, copies and restores at a given scale, and the cost of one save with the rollback journal.

    python -m bench.bench_backups --people 100000

Makes a synthetic vault in a temporary folder (cheap Argon2 settings: key derivation is not what
is measured), then times a backup, the full check of one backup, saving a copy, restoring a backup,
restoring a copy, and 200 single-person saves (median and p95). Prints the figures quoted in
docs/reliability.md; writes nothing else.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.report import median_p95
from domain.models import Person
from storage import Vault, keyslots
from storage.demo import populate

PASSPHRASE = "frase de prueba larga"  # a throwaway synthetic vault


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    args = parser.parse_args()
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, _ = Vault.create(folder / "Bench.amparo", PASSPHRASE)
        populate(vault, args.people, seed=1, today=date(2026, 11, 30))
        saves = []
        for i in range(200):
            saves.append(timed(lambda i=i: vault.people.add(Person(f"Nuevo{i}", "Prueba Inventada"))))
        made: list[Path] = []
        backup = timed(lambda: made.append(vault.backup()))
        health = timed(lambda: vault.backup_health(made))
        copy = folder / "bench.amparo-copy"
        export = timed(lambda: vault.export_copy(copy))
        restore = timed(lambda: vault.restore_backup(made[0]))
        vault.close()
        restore_copy = timed(lambda: Vault.restore_from_copy(copy, folder / "Otra.amparo", PASSPHRASE)[0].close())
        size = made[0].stat().st_size / 1e6 if made[0].exists() else float("nan")
    median, p95 = median_p95([s * 1000 for s in saves])
    print(f"{args.people} people ({size:.0f} MB): one save median {median:.2f} ms, p95 {p95:.2f} ms; "
          f"backup {backup:.2f} s; check of one backup {health:.2f} s; save a copy {export:.2f} s; "
          f"restore a backup {restore:.2f} s; restore a copy {restore_copy:.2f} s")


if __name__ == "__main__":
    main()
