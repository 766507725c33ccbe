"""Search-as-you-type benchmark: keystroke to updated people list, through the real PeopleView.

Each keystroke sets the search field's text; the time is measured until the view's 0-ms timer has
run, the model has been reset and its first page read from the vault (what the user sees). About 200
keystrokes: typing and erasing names (with and without accents), A-numbers with dashes, phones.

    python bench/bench_search.py --vault PATH --passphrase-stdin     # an existing vault
    python bench/bench_search.py --people 100000                     # builds a demo vault in a temp dir

Prints median and p95 in milliseconds, the number of people, and the process's resident memory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def keystrokes() -> list[str]:
    """The successive contents of the search field for ~200 realistic keystrokes."""
    words = ["jose nunez", "maría garcía", "Guadalupe", "hernandez lopez", "123-456-789", "A 044 123 987",
             "(202) 555-01", "0143", "555-0143", "castaneda", "nguyen", "de la cruz", "ramirez", "Zúñiga", "rocio"]
    texts: list[str] = []
    for word in words:
        for i in range(1, len(word) + 1):  # typing (each keystroke changes the field)
            texts.append(word[:i])
        for i in range(len(word) - 1, max(len(word) - 4, 0), -1):  # a few backspaces
            texts.append(word[:i])
        texts.append("")  # clear the field
    # consecutive equal texts are not keystrokes (setting the same text changes nothing)
    return [t for i, t in enumerate(texts) if i == 0 or t != texts[i - 1]][:220]


def rss_mb() -> float:
    """Current resident set size of this process, in MB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault", type=Path)
    parser.add_argument("--passphrase-stdin", action="store_true")
    parser.add_argument("--people", type=int, default=100_000)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from domain.clock import FakeClock
    from storage import Vault

    app = QApplication.instance() or QApplication([])
    if args.vault:
        passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else input("Passphrase: ")
        vault = Vault.open(args.vault, passphrase)
    else:
        from storage.demo import populate

        folder = Path(tempfile.mkdtemp(prefix="amparo-bench-"))
        vault, _recovery = Vault.create(folder / "Bench.amparo", "bench passphrase 123")
        populate(vault, args.people, today=date(2026, 11, 22))

    from ui.people.view import PeopleView
    from ui.shell.session import Session

    session = Session(vault, FakeClock())
    view = PeopleView(session)
    view.resize(1200, 700)
    view.show()
    app.processEvents()
    people = vault.people.count()

    resets = [0]
    view.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))

    def keystroke(text: str) -> float:
        before = resets[0]
        start = time.perf_counter()
        view.set_search_text(text)
        # the view coalesces keystrokes with a 0-ms timer: run the event loop until the list is updated
        while resets[0] == before:
            app.processEvents()
        app.processEvents()  # and until the view has reacted to the reset
        return (time.perf_counter() - start) * 1000

    texts = keystrokes()
    for text in texts[:10]:  # warm the page cache, as a session that has been open a while would
        keystroke(text)
    timings = [keystroke(text) for text in texts]

    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    print(f"people in vault: {people}")
    print(f"keystrokes: {len(timings)}")
    print(f"keystroke to updated list: median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, "
          f"max {timings[-1]:.1f} ms")
    print(f"resident memory: {rss_mb():.0f} MB")
    session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
