"""Clinic handoffs at scale: a bundle of 10,000 people exported and imported, and a 100,000-row CSV import.

Each step runs in its own process so its peak memory (max RSS) is its own. Writes its figures to
docs/benchmarks.md. Usage: `python -m bench.bench_handoff [--people 10000] [--rows 100000]`.
Targets (issue #14): 10,000-person import under 20 s, memory under 400 MB.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.report import machine, write_section

PASSPHRASE = "frase de prueba para medir"
TODAY = date(2026, 11, 22)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step_build(folder: Path, people: int) -> dict[str, float]:
    from storage import Vault
    from storage.demo import populate

    vault, _ = Vault.create(folder / "Source.amparo", PASSPHRASE)
    with vault:
        populate(vault, people, seed=5, today=TODAY)
    Vault.create(folder / "Target.amparo", PASSPHRASE)[0].close()
    return {}


def step_export(folder: Path) -> dict[str, float]:
    from storage import Vault
    from storage.handoff import export_bundle

    with Vault.open(folder / "Source.amparo", PASSPHRASE) as vault:
        start = time.perf_counter()
        data, code, count = export_bundle(vault.db, None)
        seconds = time.perf_counter() - start
    (folder / "bundle.bin").write_bytes(data)
    (folder / "code.txt").write_text(code)
    return {"seconds": seconds, "people": count, "size_mb": len(data) / 1e6, "peak_mb": _peak_mb()}


def step_import(folder: Path) -> dict[str, float]:
    from storage import Vault
    from storage.handoff import apply_plan, plan_import, read_bundle

    data = (folder / "bundle.bin").read_bytes()
    code = (folder / "code.txt").read_text()
    with Vault.open(folder / "Target.amparo", PASSPHRASE) as vault:
        start = time.perf_counter()
        bundle = read_bundle(data, code)
        plan = plan_import(vault.db, bundle.payload)
        planned = time.perf_counter() - start
        done = apply_plan(vault.db, plan, vault.people.reindex)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "plan_seconds": planned, "rows": done["added"], "peak_mb": _peak_mb()}


def step_csv(folder: Path, rows: int) -> dict[str, float]:
    from domain.spreadsheet_import import check_rows, guess_mapping
    from storage import Vault
    from storage.spreadsheet import read_table

    path = folder / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Nombre", "Apellidos", "Fecha de nacimiento", "Teléfono"])
        syllables = ["ma", "ri", "to", "lu", "sa", "ne", "pe", "do", "ca", "li"]
        for i in range(rows):
            given = syllables[i % 10].title() + syllables[i // 10 % 10] + syllables[i // 100 % 10]
            family = syllables[i // 1000 % 10].title() + syllables[i // 10000 % 10] + "s Prueba"
            writer.writerow([given, family, f"{1950 + i % 60}-0{1 + i % 9}-1{i % 9}", f"213555{i % 10000:04d}"])
    vault, _ = Vault.create(folder / "Csv.amparo", PASSPHRASE)
    with vault:
        start = time.perf_counter()
        headers, table = read_table(path)
        checked = check_rows(table, guess_mapping(headers), "es", TODAY)
        vault.people.add_many([p for _line, p in checked.accepted])
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "rows": len(checked.accepted), "peak_mb": _peak_mb()}


def run_step(name: str, folder: Path, *extra: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-m", "bench.bench_handoff", "--step", name, "--folder", str(folder),
                          *extra], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--step", default="")
    parser.add_argument("--folder", type=Path)
    args = parser.parse_args()
    if args.step:
        steps = {"build": lambda: step_build(args.folder, args.people), "export": lambda: step_export(args.folder),
                 "import": lambda: step_import(args.folder), "csv": lambda: step_csv(args.folder, args.rows)}
        print(json.dumps(steps[args.step]()))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        run_step("build", folder, "--people", str(args.people))
        exported = run_step("export", folder)
        imported = run_step("import", folder)
        csv_import = run_step("csv", folder, "--rows", str(args.rows))
    print(exported, imported, csv_import)
    table = [
        ("bundle export", f"{exported['people']:,.0f} people", exported,
         f"file {exported['size_mb']:.1f} MB, Argon2id included"),
        ("bundle import (into an empty vault)", f"{imported['rows']:,.0f} rows", imported,
         f"of which opening and planning {imported['plan_seconds']:.1f} s"),
        ("CSV import", f"{csv_import['rows']:,.0f} rows", csv_import,
         "read, validated as in the editor, added in one transaction"),
    ]
    lines = [f"| {step} | {size} | {m['seconds']:.1f} s | {m['peak_mb']:.0f} MB | {note} |"
             for step, size, m, note in table]
    write_section("handoff", f"""## Handoffs and spreadsheet import (bench/bench_handoff.py)

Measured {machine()}, one run each, each step in its own process (peak = that process's max RSS,
interpreter and libraries included). Targets: a 10,000-person import under 20 s and 400 MB.

| step | people / rows | time | peak memory | notes |
|---|---|---|---|---|
""" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
