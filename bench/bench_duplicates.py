"""Duplicate check benchmark: one `vault.people.duplicates(person)` call, as the person editor makes on save.

The people checked are stored people entered again the ways the issue names (second surname dropped,
a hyphen, one typo, no birth date, day and month swapped) and new people who share only common names.

    python bench/bench_duplicates.py --vault PATH --passphrase-stdin     # an existing vault
    python bench/bench_duplicates.py --people 100000                     # builds a demo vault in a temp dir

Prints median, p95 and max in milliseconds, the number of people and how many near misses were found.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from domain.models import Person
from storage.demo import FAMILY, GIVEN


def variants(person: Person, rng: random.Random) -> list[Person]:
    """The stored person typed again with each of the issue's near misses."""
    family = person.family_names.split()
    born = person.date_of_birth
    typo = person.family_names[:-1] + ("s" if not person.family_names.endswith("s") else "z")
    swapped = date(born.year, born.day, born.month) if born and born.day <= 12 else born
    base = dataclasses.replace(person, id=None, uuid="", a_number="", phone="")
    return [
        dataclasses.replace(base, family_names=family[0]),
        dataclasses.replace(base, family_names="-".join(family)),
        dataclasses.replace(base, family_names=typo),
        dataclasses.replace(base, date_of_birth=None),
        dataclasses.replace(base, date_of_birth=swapped),
        Person(rng.choice(GIVEN), f"{rng.choice(FAMILY)} {rng.choice(FAMILY)}"),  # new, no birth date
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--checks", type=int, default=300)
    args = parser.parse_args()

    from storage import Vault

    if args.vault:
        passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else input("Passphrase: ")
        vault = Vault.open(args.vault, passphrase)
    else:
        from storage.demo import populate

        folder = Path(tempfile.mkdtemp(prefix="amparo-bench-"))
        vault, _recovery = Vault.create(folder / "Bench.amparo", "bench passphrase 123")
        populate(vault, args.people, today=date(2026, 11, 22))

    people = vault.people.count()
    rng = random.Random(7)
    # Each check: the person typed, and the stored id it must find (None for a new person).
    typed: list[tuple[Person, int | None]] = []
    while len(typed) < args.checks:
        stored = vault.people.get(rng.randint(1, people))
        if stored is not None:
            found_as = variants(stored, rng)
            typed.extend((p, stored.id) for p in found_as[:-1])
            typed.append((found_as[-1], None))
    typed = typed[:args.checks]

    for person, _id in typed[:20]:  # warm the page cache, as a session that has been open a while would
        vault.people.duplicates(person)
    timings: list[float] = []
    near_misses = found = 0
    for person, stored_id in typed:
        start = time.perf_counter()
        matches = vault.people.duplicates(person)
        timings.append((time.perf_counter() - start) * 1000)
        if stored_id is not None:
            near_misses += 1
            found += stored_id in [m.id for m in matches]

    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    print(f"people in vault: {people}")
    print(f"checks: {len(timings)}; near misses of a stored person found: {found} of {near_misses}")
    print(f"one duplicate check: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
          f"max {timings[-1]:.1f} ms")
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
