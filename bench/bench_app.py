"""The desktop app as a whole: start-up times and the memory of an open clinic-scale vault.

    python -m bench.bench_app --vault PATH --passphrase TEXT

Measures (DESIGN §9): `python main.py --version` (target < 0.3 s); process start until the start
screen has been shown (target < 1.5 s); and, with the vault unlocked in the real main window, the
time until Today is on screen and until its list is filled, then the resident memory after Today,
50 searches and a person page (target < 300 MB). Runs offscreen; writes docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from bench.report import machine, median_p95, write_section

ROOT = Path(__file__).resolve().parents[1]

START = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QCoreApplication
    import ui.app.launch as app_module
    app = app_module.make_application([])
    from content.i18n import set_language
    from ui.shell.main_window import MainWindow
    from ui.app.prefs import Prefs
    from pathlib import Path
    prefs = Prefs(config_dir=Path(sys.argv[1]), data_dir=Path(sys.argv[2]))
    set_language(prefs.language())
    window = MainWindow(prefs)
    window.show()
    QCoreApplication.processEvents()
    print("shown", flush=True)
""")

OPEN = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from ui.app.launch import make_application
    app = make_application([])
    import storage
    from ui.shell.main_window import MainWindow
    from ui.app.prefs import Prefs
    vault_path, passphrase, scratch = sys.argv[1:4]
    marks = {}
    real_open = storage.Vault.open.__func__

    def timed_open(cls, path, secret, **options):  # the unlock worker calls this; note when Argon2 is done
        marks["start"] = time.perf_counter()
        vault = real_open(cls, path, secret, **options)
        marks["unlocked"] = time.perf_counter()
        return vault

    storage.Vault.open = classmethod(timed_open)
    window = MainWindow(Prefs(config_dir=Path(scratch) / "c", data_dir=Path(scratch) / "d"))
    window.resize(1366, 768)
    window.show()
    window.show_unlock()
    window.unlock_view.select_path(Path(vault_path))
    window.unlock_view.passphrase.edit.setText(passphrase)
    # Wait in an event loop, as the app does: a busy loop here would take a core from Argon2.
    loop = QEventLoop()
    window.unlock_view.unlocked.connect(lambda _vault: QTimer.singleShot(0, loop.quit))
    window.unlock_view.unlock_button.click()
    loop.exec()
    QCoreApplication.processEvents()
    shown = time.perf_counter()
    today = window.vault_area.today
    if not today.is_loaded:
        today.loaded.connect(loop.quit)
        loop.exec()
    filled = time.perf_counter()
    people = window.vault_area.people
    for text in ["m", "ma", "mar", "mari", "maria", "j", "jo", "jos", "jose", "jose n"] * 5:
        people.set_search_text(text)
        QCoreApplication.processEvents()
    people.show_person(1)
    QCoreApplication.processEvents()
    rss = int(open("/proc/self/status").read().split("VmRSS:")[1].split()[0]) / 1024
    unlocked = marks["unlocked"]
    print(f"{unlocked - marks['start']:.3f} {shown - unlocked:.3f} {filled - unlocked:.3f} {rss:.0f} "
          f"{today.model.rowCount()}")
    window.lock()
""")


def timed_runs(args: list[str], runs: int, until: str = "") -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        result = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True)
        assert until in result.stdout
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--passphrase", required=True)
    args = parser.parse_args()
    import tempfile

    version = timed_runs([sys.executable, "main.py", "--version"], 10, "amparo")
    with tempfile.TemporaryDirectory() as tmp:
        start = timed_runs([sys.executable, "-c", START, f"{tmp}/c", f"{tmp}/d"], 5, "shown")
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([sys.executable, "-c", OPEN, str(args.vault), args.passphrase, tmp], cwd=ROOT,
                                capture_output=True, text=True, check=True, env=env)
    unlock, shown, filled, rss, rows = result.stdout.split()
    v_med, v_p95 = median_p95(version)
    s_med, s_p95 = median_p95(start)
    text = f"""## The app (bench/bench_app.py)

Measured {machine()}, offscreen, with a demo vault of 100,000 people ({int(rows):,} rows on Today).

| what | figure | target |
|---|---|---|
| `python main.py --version` | median {v_med * 1000:.0f} ms, p95 {v_p95 * 1000:.0f} ms (10 runs) | < 300 ms |
| process start → start screen shown | median {s_med * 1000:.0f} ms, p95 {s_p95 * 1000:.0f} ms (5 runs) | < 1,500 ms |
| unlock (Argon2id + open) | {float(unlock) * 1000:.0f} ms | by design ~0.5–1 s |
| unlock → Today on screen | {float(shown) * 1000:.0f} ms | < 300 ms |
| click on Unlock → Today on screen | {(float(unlock) + float(shown)) * 1000:.0f} ms | — |
| unlock → Today's list filled (worker thread) | {float(filled) * 1000:.0f} ms | — |
| resident memory after Today, 50 searches, a person page | {rss} MB | < 300 MB |
"""
    print(text)
    write_section("app", text)


if __name__ == "__main__":
    main()
