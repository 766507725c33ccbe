"""Storage at clinic scale: unlock, search as you type, list paging, Today's deadlines, plain vs encrypted.

Builds demo vaults of 1k, 10k and 100k people (100k takes about 40 s) in a temporary folder and
writes its figures to docs/benchmarks.md. Usage: `python -m bench.bench_storage [--sizes 1000 10000]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlcipher3

from bench.report import machine, median_p95, ms, write_section
from storage import Vault
from storage.demo import populate

PASSPHRASE = "frase de prueba para medir"
TODAY = date(2026, 11, 22)
# What a volunteer types, keystroke by keystroke: each prefix is one "search as you type" query.
TYPED = ["jose nunez", "maria lopez", "A-105-828", "guadalupe", "202-555-01", "nguyen thi", "hernandez cruz",
         "ramon", "zuniga", "itzel pena"]


def prefixes(words: list[str]) -> list[str]:
    return [w[:i] for w in words for i in range(1, len(w) + 1)]


def timed(fn, repeat: int = 1) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def plain_copy(vault: Vault, folder: Path) -> Path:
    """The same database without encryption (SQLCipher's export to an empty key), for comparison."""
    target = folder / f"plain-{vault.path.stem}.db"
    with vault.db.lock:
        vault.db.conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        vault.db.conn.execute("SELECT sqlcipher_export('plain')")
        vault.db.conn.execute("DETACH DATABASE plain")
    return target


def measure(size: int, folder: Path) -> dict[str, str]:
    path = folder / f"B{size}.amparo"
    vault, _ = Vault.create(path, PASSPHRASE)
    start = time.perf_counter()
    populate(vault, size, seed=3, today=TODAY)
    build = time.perf_counter() - start
    plain = plain_copy(vault, folder)
    vault.close()

    unlock = timed(lambda: Vault.open(path, PASSPHRASE).close(), 3)
    vault = Vault.open(path, PASSPHRASE)
    keys = prefixes(TYPED)
    vault.people.page("a", 0, 200)  # warm the page cache as an open app would be
    search = [t for q in keys for t in timed(lambda q=q: vault.people.page(q, 0, 200))]
    scroll = timed(lambda: [vault.people.page("", offset, 200) for offset in range(0, min(size, 20_000), 200)])
    pages = max(1, min(size, 20_000) // 200)
    today = timed(lambda: vault.deadlines(TODAY, 90), 3)

    conn = sqlcipher3.connect(str(plain))
    conn.execute("PRAGMA cache_size = -65536")  # the same page cache as the vault's connection
    sql = ("SELECT p.id, p.given_names, p.family_names FROM person p JOIN (SELECT rowid FROM person_fts WHERE "
           "person_fts MATCH ?) m ON m.rowid = p.id ORDER BY p.sort_key, p.id LIMIT 200")
    from storage.textkeys import fts_query

    queries = [fts_query(q) for q in keys if fts_query(q)]
    enc_conn = vault.db.conn
    for c in (conn, enc_conn):
        for q in queries:
            c.execute(sql, (q,)).fetchall()
    plain_t = sum(t for q in queries for t in timed(lambda q=q: conn.execute(sql, (q,)).fetchall(), 3))
    enc_t = sum(t for q in queries for t in timed(lambda q=q: enc_conn.execute(sql, (q,)).fetchall(), 3))
    conn.close()
    vault.close()
    s_med, s_p95 = median_p95(search)
    u_med, _ = median_p95(unlock)
    t_med, _ = median_p95(today)
    return {
        "people": f"{size:,}", "build (s)": f"{build:.1f}", "unlock": ms(u_med), "search median": ms(s_med),
        "search p95": ms(s_p95), "page of 200 (scroll)": ms(scroll[0] / pages), "Today (90 days)": ms(t_med),
        "encrypted / plain": f"{enc_t / plain_t:.2f}×", "file (MB)": f"{(path / 'vault.db').stat().st_size / 1e6:.0f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            rows.append(measure(size, Path(tmp)))
            print(rows[-1], flush=True)
    header = list(rows[0])
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    table += ["| " + " | ".join(r[h] for h in header) + " |" for r in rows]
    write_section("storage", f"""## Storage (bench/bench_storage.py)

Measured {machine()}. Demo households (seed 3). *search*: each keystroke of {len(TYPED)} typed names,
A-numbers and phones ({len(prefixes(TYPED))} queries), first page of 200 in name order, through
`vault.people.page`. *unlock*: Argon2id plus opening the database. *Today*: `vault.deadlines(today, 90)`.
*encrypted / plain*: the same search SQL on the vault and on an unencrypted copy, warm cache (target ≤ 1.5×).

""" + "\n".join(table))


if __name__ == "__main__":
    main()
