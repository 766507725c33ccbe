"""Planted records never appear in plaintext in the vault folder, its parent or the temp folder."""

from __future__ import annotations

import os
import random
import string
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from domain.models import Contact, ContactCategory, Document, Event, EventKind, FamilyPlan, Person
from storage import Vault
from tests.conftest import PASSPHRASE


def planted(count: int = 50, seed: int = 4242) -> list[Person]:
    rng = random.Random(seed)

    def token(prefix: str) -> str:
        return prefix + "".join(rng.choice(string.ascii_lowercase) for _ in range(9))

    people = []
    anums = rng.sample(range(100_000_000, 999_999_999), count)
    for i in range(count):
        people.append(Person(
            given_names=token("Ñq"), family_names=token("Zú") + " " + token("Pé"),
            a_number=str(anums[i]), phone=f"+1{rng.randint(201, 989)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}",
            address=token("Calle ") + f" {rng.randint(10, 99)}", notes=token("nota"),
        ))
    return people


def needles(people: list[Person]) -> list[bytes]:
    out: list[bytes] = []
    for p in people:
        texts = [p.given_names, p.family_names.split()[0], p.family_names.split()[1], p.address, p.notes]
        for text in texts:
            out += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]
        digits = [p.a_number, p.phone.lstrip("+"), p.phone[-10:]]
        for d in digits:
            out += [d.encode("ascii"), d.encode("utf-16-le")]
    return out


def files_under(folder: Path, since: float) -> Iterator[Path]:
    # os.walk, unlike Path.rglob, skips a folder that another process removes while it is being read
    # (the shared /tmp of a busy machine); a vanished folder cannot hold a leak of this test's.
    paths = (Path(root) / name for root, _dirs, names in os.walk(folder) for name in names)
    for path in paths:
        try:
            if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                yield path
        except OSError:
            continue


def leaks(folders: list[Path], since: float, people: list[Person]) -> list[str]:
    found = []
    wanted = needles(people)
    for folder in folders:
        for path in files_under(folder, since):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found += [f"{path.name}: {w[:6]!r}" for w in wanted if w in data]
    return found


def test_fifty_planted_records_leave_no_plaintext(tmp_path: Path) -> None:
    start = time.time() - 1
    parent = tmp_path / "carpeta"
    parent.mkdir()
    path = parent / "Familia.amparo"
    people = planted()
    vault, _ = Vault.create(path, PASSPHRASE)
    for person in people:
        pid = vault.people.add(person)
        when = date(2026, 12, 1) + timedelta(days=pid)
        vault.events.add(Event(pid, EventKind.ICE_CHECKIN, when, place=person.address))
        vault.documents.add(Document(pid, "passport", location=person.address))
        vault.family_plans.save(FamilyPlan(pid, documents_location=person.notes))
    vault.contacts.add(Contact(ContactCategory.EMERGENCY, people[0].given_names, phones=(people[0].phone,)))
    vault.backup()
    vault.people.search(people[3].family_names.split()[0])
    vault.deadlines(date(2026, 11, 22), 365)
    folders = [path, parent, Path(tempfile.gettempdir())]
    assert leaks(folders, start, people) == [], "while open"
    vault.change_passphrase("otra frase segura")
    deleted = vault.people.delete(1)
    vault.people.restore(deleted)
    vault.close()
    assert leaks(folders, start, people) == [], "after close"
    assert len(list(files_under(path, start))) >= 3  # the scan really saw the database, key and backup


def test_the_scan_would_see_a_leak(tmp_path: Path) -> None:
    """The check itself can fail: a planted value written in clear is found."""
    people = planted(2)
    (tmp_path / "leak.txt").write_text(people[1].family_names, encoding="utf-16")
    assert leaks([tmp_path], 0, people)
