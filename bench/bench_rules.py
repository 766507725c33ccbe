"""Deadline engine at clinic scale: `domain.rules.reminders` over 300,000 events of 100,000 people.

This timing used to be a test with a wall-clock bound, which failed on a busy shared machine; the
behaviour at this scale is tested in tests/domain/test_rules_properties.py, the time is measured here.

    python -m bench.bench_rules            # print the figures and update docs/benchmarks.md
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from bench.clinic_events import clinic_events
from bench.report import machine, median_p95, write_section
from content.rule_loader import builtin_folder, install_builtin_rules, load_rule_table
from domain.rules import reminders

TARGET_SECONDS = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=300_000)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true", help="print only; leave docs/benchmarks.md alone")
    args = parser.parse_args()
    today = date(2026, 11, 22)
    loads: list[float] = []
    for _ in range(args.runs):
        start = time.perf_counter()
        load_rule_table(builtin_folder())
        loads.append(time.perf_counter() - start)
    load_median, load_p95 = median_p95(loads)
    install_builtin_rules()
    events, people = clinic_events(args.events, args.people, today)
    samples: list[float] = []
    count = 0
    for _ in range(args.runs):
        start = time.perf_counter()
        count = len(reminders(events, people, today, 365))
        samples.append(time.perf_counter() - start)
    median, p95 = median_p95(samples)
    lines = [
        "## Deadline engine at clinic scale (bench/bench_rules.py)",
        "",
        f"Measured {machine()}. `domain.rules.reminders` over {args.events:,} synthetic events of "
        f"{args.people:,} people, one year ahead ({count:,} reminders), {args.runs} runs, in process "
        f"(no vault, no unlock). Target: {TARGET_SECONDS} s. Reading and checking the rule files "
        f"(content/rules.toml and the words of each language), once per process: median "
        f"{load_median * 1000:.0f} ms, p95 {load_p95 * 1000:.0f} ms.",
        "",
        "| median | p95 |",
        "|---:|---:|",
        f"| {median:.2f} s | {p95:.2f} s |",
    ]
    print("\n".join(lines))
    if not args.no_write:
        write_section("rules", "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
