"""Times the card sheet and a two-page case summary (median and p95 over 30 runs, after one warm-up).

Run: /opt/amparo-venv/bin/python bench/bench_reports.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reports.card import card_pdf
from reports.summary import case_summary_pdf
from tests.reports.pdfcheck import reader
from tests.reports.samples import summary_data

RUNS = 30


def measure(build: Callable[[], bytes]) -> tuple[float, float]:
    build()  # fonts registered and card text read once per process
    times: list[float] = []
    for _ in range(RUNS):
        start = time.perf_counter()
        build()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (RUNS - 1) + 0.5)]


def main() -> None:
    data = summary_data(events=16, documents=8)
    pages = len(reader(case_summary_pdf(data, "es")).pages)
    cases = {
        "card sheet (es, business, fold-over, letter)": lambda: card_pdf("es"),
        "card sheet (en, id1, duplex, a4)": lambda: card_pdf("en", size="id1", layout="duplex", paper="a4"),
        f"case summary ({pages} pages, es)": lambda: case_summary_pdf(data, "es"),
    }
    print(f"{'document':48} {'median ms':>10} {'p95 ms':>10}   (runs={RUNS})")
    for name, build in cases.items():
        median, p95 = measure(build)
        print(f"{name:48} {median:10.1f} {p95:10.1f}")


if __name__ == "__main__":
    main()
