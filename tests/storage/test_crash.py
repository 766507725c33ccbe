"""Killed with SIGKILL in the middle of writing or of a passphrase change, a vault loses nothing reported.

A child process writes continuously and reports each write after it returns; the parent kills it at
a random moment (after a random number of reports, while the next write is under way) and checks
that the vault opens, passes its integrity check and holds every reported write.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from domain.models import Person
from storage import Vault, WrongPassphrase
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from storage import keyslots, Vault
    from domain.models import Person, Event, EventKind
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    path, passphrase, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    vault = Vault.open(path, passphrase)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        pid = vault.people.add(Person(f"Nombre{seed}x{i}", "Apellido Prueba", notes="n" * (i % 300)))
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, date(2027, 1, 1)))
        if i % 7 == 0:
            vault.backup()
        if i % 5 == 0:
            vault.people.update(Person(f"Cambiado{seed}x{i}", "Apellido Prueba", id=pid))
            print(f"updated {pid} Cambiado{seed}x{i}", flush=True)
        print(f"added {pid}", flush=True)
""")

CHANGER = textwrap.dedent("""
    import sys
    from storage import keyslots, Vault
    keyslots.DEFAULT_KDF = keyslots.MIN_KDF
    path, current, a, b = sys.argv[1:5]
    vault = Vault.open(path, current)
    print("ready", flush=True)
    while True:
        new = a if current == b else b
        print(f"writing {new}", flush=True)
        vault.change_passphrase(new)
        current = new
        print(f"changed {new}", flush=True)
""")


def run_and_kill(script: str, args: list[str], reports: int) -> list[str]:
    lines: list[str] = []
    with subprocess.Popen([sys.executable, "-c", script, *args], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as child:
        assert child.stdout is not None
        first = child.stdout.readline().strip()
        assert first == "ready", "the child did not start"
        while len(lines) < reports:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line.strip())
        child.send_signal(signal.SIGKILL)
        child.wait()
    return lines


@pytest.mark.slow
def test_sigkill_while_writing_loses_no_reported_write(tmp_path: Path) -> None:
    rng = random.Random(2026)
    path = tmp_path / "Crash.amparo"
    Vault.create(path, PASSPHRASE)[0].close()
    expected_people: set[int] = set()
    expected_names: dict[int, str] = {}
    for round_ in range(100):
        lines = run_and_kill(WRITER, [str(path), PASSPHRASE, str(round_)], rng.randint(0, 40))
        for line in lines:
            words = line.split()
            if words[0] == "added":
                expected_people.add(int(words[1]))
            else:
                expected_names[int(words[1])] = words[2]
        with Vault.open(path, PASSPHRASE) as vault:
            assert vault.check() == [], f"round {round_}"
            stored = {r.id for r in vault.people.page("", 0, 1_000_000)}
            assert expected_people <= stored, f"round {round_}: reported writes missing"
            for pid, name in expected_names.items():
                person = vault.people.get(pid)
                assert person is not None and person.given_names == name, f"round {round_}"
            assert all(vault.events.for_person(pid) for pid in expected_people)


@pytest.mark.slow
def test_sigkill_while_changing_passphrase_leaves_exactly_one_that_opens(tmp_path: Path) -> None:
    rng = random.Random(1810)
    path = tmp_path / "Keys.amparo"
    first = Vault.create(path, PASSPHRASE)[0]
    first.people.add(Person("Ana", "Ruiz Soto"))
    first.close()
    a, b = "primera frase larga", "segunda frase larga"
    current = PASSPHRASE
    for round_ in range(50):
        lines = run_and_kill(CHANGER, [str(path), current, a, b], rng.randint(0, 6))
        changed = [line.split(maxsplit=1)[1] for line in lines if line.startswith("changed")]
        writing = [line.split(maxsplit=1)[1] for line in lines if line.startswith("writing")]
        candidates = {current, *changed[-1:], *writing[-1:]}
        opens = []
        for candidate in {PASSPHRASE, a, b}:
            try:
                Vault.open(path, candidate).close()
                opens.append(candidate)
            except WrongPassphrase:
                pass
        assert len(opens) == 1, f"round {round_}: {len(opens)} passphrases open the vault"
        assert opens[0] in candidates, f"round {round_}"
        if changed:
            assert opens[0] in {changed[-1], *writing[-1:]}, f"round {round_}: a reported change was lost"
        current = opens[0]
        with Vault.open(path, current) as vault:
            assert vault.check() == [] and vault.people.count() == 1
