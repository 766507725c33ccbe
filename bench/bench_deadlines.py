"""Deadline-list benchmark: the real `deadlines --format json` command, end to end, in a subprocess.

Each run starts a fresh `python main.py deadlines VAULT --days 365 --format json` (the passphrase on
standard input, the output to the null device so no vault content lands in a file), and is timed from
start to exit. Unlocking (Argon2id) is timed on its own with `Vault.open`, so the time spent beyond
unlocking can be reported too.

    python bench/bench_deadlines.py --vault PATH --passphrase TEXT     # an existing vault
    python bench/bench_deadlines.py --vault PATH --passphrase-stdin    # the same, passphrase on stdin
    python bench/bench_deadlines.py --people 100000                    # builds a demo vault in a temp dir

Prints median and p95 (nearest rank) of the total time and of the total minus the median unlock time.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEMO_PASSPHRASE = "bench passphrase"


def p95(values: list[float]) -> float:
    """The 95th percentile by nearest rank (with 5 runs: the slowest)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def make_demo(folder: Path, people: int) -> Path:
    """A demo vault with `people` invented people, made by the real `demo` command."""
    vault = folder / "Bench.amparo"
    subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", str(vault), "--people", str(people), "--passphrase-stdin"],
        input=DEMO_PASSPHRASE + "\n", text=True, check=True, stdout=subprocess.DEVNULL, cwd=ROOT,
    )
    return vault


def time_command(vault: Path, passphrase: str, days: int, today: str) -> float:
    """Seconds for one run of the deadlines command, from process start to exit."""
    command = [sys.executable, str(ROOT / "main.py"), "deadlines", str(vault), "--days", str(days),
               "--format", "json", "--today", today, "--passphrase-stdin"]
    with open(os.devnull, "wb") as sink:
        start = time.perf_counter()
        done = subprocess.run(command, input=(passphrase + "\n").encode(), stdout=sink, cwd=ROOT, check=False)
        elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"the deadlines command failed with exit code {done.returncode}")
    return elapsed


def time_unlock(vault: Path, passphrase: str) -> float:
    """Seconds for `Vault.open` alone (Argon2id and opening the database)."""
    from storage import Vault

    start = time.perf_counter()
    opened = Vault.open(vault, passphrase)
    elapsed = time.perf_counter() - start
    opened.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--vault", type=Path, help="an existing vault (default: build a demo vault)")
    parser.add_argument("--passphrase", default=None, help="the vault's passphrase")
    parser.add_argument("--passphrase-stdin", action="store_true", help="read the passphrase from stdin")
    parser.add_argument("--people", type=int, default=100_000, help="people in the demo vault")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--today", default="2026-11-22")
    args = parser.parse_args()

    folder: Path | None = None
    if args.vault:
        vault = args.vault
        if args.passphrase_stdin:
            passphrase = sys.stdin.readline().rstrip("\n")
        elif args.passphrase is not None:
            passphrase = args.passphrase
        else:
            parser.error("give --passphrase or --passphrase-stdin with --vault")
    else:
        folder = Path(tempfile.mkdtemp(prefix="amparo-bench-"))
        print(f"building a demo vault with {args.people} people …", file=sys.stderr)
        vault, passphrase = make_demo(folder, args.people), DEMO_PASSPHRASE
    try:
        time_command(vault, passphrase, args.days, args.today)  # warm the file cache; not counted
        totals = [time_command(vault, passphrase, args.days, args.today) for _ in range(args.runs)]
        unlocks = [time_unlock(vault, passphrase) for _ in range(args.runs)]
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)

    unlock = statistics.median(unlocks)
    beyond = [t - unlock for t in totals]
    print(f"deadlines --days {args.days} --format json, {args.runs} runs")
    print(f"  total           median {statistics.median(totals):.2f} s   p95 {p95(totals):.2f} s")
    print(f"  unlock alone    median {unlock:.2f} s   p95 {p95(unlocks):.2f} s")
    print(f"  beyond unlock   median {statistics.median(beyond):.2f} s   p95 {p95(beyond):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
