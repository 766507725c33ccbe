"""Importing packs into the store: each refusal leaves the disk as it was; a good pack applies and rolls back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from content import active
from content.guides import get_guide
from content.packs.archive import read_folder
from content.packs.errors import PackRefused
from content.paths import package_folder
from tests.content.packmaker import (
    flip_byte,
    key_b64,
    make_pack,
    new_key,
    replace_entry,
    resources_files,
)
from ui.cli.pack_import import apply_import, plan_import, publishers, remove_publisher, restore_previous, store_for


def builtin_files(**changes: bytes) -> dict[str, bytes]:
    files = dict(read_folder(package_folder("content")).files)
    files.update(changes)
    return files


def changed_guide(old: str, new: str) -> bytes:
    text = (package_folder("content") / "es" / "ice-at-the-door.md").read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    if not root.exists():
        return {}
    found: dict[str, tuple[bytes, int]] = {}
    for path in sorted(root.rglob("*")):
        mode = stat.S_IMODE(path.stat().st_mode)
        found[str(path.relative_to(root))] = (path.read_bytes() if path.is_file() else b"", mode)
    return found


@pytest.fixture()
def project_key():  # type: ignore[no-untyped-def]
    return new_key()


@pytest.fixture()
def keys(project_key):  # type: ignore[no-untyped-def]
    # The built-in content stays trusted (shipped key) beside this test's own throwaway project key.
    from content.packs.trust import project_keys

    return project_keys() | {key_b64(project_key)}


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keys):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("content.active.project_keys", lambda: keys)
    active.configure(imported=None)
    yield store_for(tmp_path / "data")
    active.configure(imported=None)


def builtin_version() -> int:
    return active.active_content().manifest.version


FIRST_LINE = "Usted no tiene que abrir la puerta"


def test_a_newer_rights_pack_changes_the_guide_and_restore_brings_it_back(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    guide = get_guide("es", "ice-at-the-door")
    assert guide is not None
    line = next(x for x in guide.body.splitlines() if x.strip() and not x.startswith("#"))
    new_text = changed_guide(line, "Texto nuevo de prueba: no abra la puerta.")
    pack = make_pack(builtin_files(**{"es/ice-at-the-door.md": new_text}), project_key,
                     version=builtin_version() + 1, pack_id="amparo-builtin")
    plan = plan_import(pack, store, keys)
    assert [c.words(lambda s: s) for c in plan.changes] == [f"Guide changed: {guide.title} (es)"]
    apply_import(plan, store)
    assert "Texto nuevo de prueba" in get_guide("es", "ice-at-the-door").body  # type: ignore[union-attr]
    folder = store.rights_folder()
    assert folder is not None and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in folder.rglob("*") if p.is_file())
    assert restore_previous(store)
    assert "Texto nuevo de prueba" not in get_guide("es", "ice-at-the-door").body  # type: ignore[union-attr]
    assert active.active_content().imported is False
    assert not restore_previous(store)


def test_a_rights_pack_changes_the_printed_card(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    from reports.card import card_text

    card = (package_folder("content") / "es" / "card.toml").read_text(encoding="utf-8")
    old_title = card_text("es")["front_title"]
    new_card = card.replace(f'"{old_title}"', '"Sus derechos (prueba)"', 1).encode()
    pack = make_pack(builtin_files(**{"es/card.toml": new_card}), project_key, version=builtin_version() + 1)
    apply_import(plan_import(pack, store, keys), store)
    assert card_text("es")["front_title"] == "Sus derechos (prueba)"


def refused(data: bytes, store, keys) -> str:  # type: ignore[no-untyped-def]
    before = snapshot(store.root)
    with pytest.raises(PackRefused) as caught:
        apply_import(plan_import(data, store, keys), store)
    assert snapshot(store.root) == before, "a refused pack must change nothing on disk"
    return caught.value.render(lambda s: s)


def test_older_and_equal_versions_are_refused_and_nothing_changes(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    version = builtin_version()
    for older in (version, version - 1):
        if older < 1:
            continue
        pack = make_pack(builtin_files(), project_key, version=older)
        assert "Only a newer pack" in refused(pack, store, keys)
    newer = make_pack(builtin_files(), project_key, version=version + 2)
    apply_import(plan_import(newer, store, keys), store)
    again = make_pack(builtin_files(), project_key, version=version + 1)
    assert "Only a newer pack" in refused(again, store, keys)


def test_every_refusal_leaves_the_store_unchanged(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    good = make_pack(builtin_files(), project_key, version=builtin_version() + 1)
    apply_import(plan_import(good, store, keys), store)  # so there is something on disk to keep
    newer = make_pack(builtin_files(), project_key, version=builtin_version() + 1)
    body = builtin_files()["es/card.toml"]
    bad = [
        replace_entry(newer, "es/card.toml", flip_byte(body, 10)),
        make_pack(builtin_files(), new_key(), version=builtin_version() + 1),
        b"not a zip",
    ]
    for data in bad:
        assert refused(data, store, keys)


def test_a_clinic_pack_adds_resources_and_can_be_removed(store) -> None:  # type: ignore[no-untyped-def]
    clinic = new_key()
    pack = make_pack(resources_files(), clinic, kind="resources", version=1, pack_id="clinic-east",
                     publisher="East Side Clinic")
    plan = plan_import(pack, store, frozenset())
    assert plan.is_local
    assert [c.words(lambda s: s) for c in plan.changes] == ["Resource added: Rapid response line"]
    apply_import(plan, store)
    [publisher] = publishers(store)
    assert publisher.name == "East Side Clinic" and publisher.resources[0].phone == "555-0100"
    assert publisher.fingerprint == plan.pack.fingerprint
    update = make_pack(resources_files("Rapid response line (new number)"), clinic, kind="resources", version=2,
                       pack_id="clinic-east", publisher="East Side Clinic")
    assert [c.words(lambda s: s) for c in plan_import(update, store, frozenset()).changes] == [
        "Resource changed: Rapid response line (new number)"]
    thief = make_pack(resources_files("Fake line"), new_key(), kind="resources", version=9, pack_id="clinic-east",
                      publisher="East Side Clinic")
    assert "another publisher key" in refused(thief, store, frozenset())
    assert remove_publisher(store, "clinic-east")
    assert publishers(store) == []


def test_a_copy_changed_on_disk_after_import_is_not_shown(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    new_text = changed_guide("##", "## Prueba\n\n##")
    pack = make_pack(builtin_files(**{"es/ice-at-the-door.md": new_text}), project_key,
                     version=builtin_version() + 1)
    apply_import(plan_import(pack, store, keys), store)
    folder = store.rights_folder()
    target = folder / "es" / "ice-at-the-door.md"
    os.chmod(target, 0o600)
    target.write_bytes(target.read_bytes() + b"\nTexto metido a escondidas.\n")
    active.configure(imported=folder)
    assert active.active_content().imported is False
    assert "a escondidas" not in get_guide("es", "ice-at-the-door").body  # type: ignore[union-attr]


def _hostile_packs(key, version: int) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    """One pack per acceptance refusal, signed (where it can be) by the trusted test key."""
    from datetime import date

    from content.packs.archive import PackParts, read_pack_bytes, write_pack_bytes
    from content.packs.keys import public_key_b64
    from content.packs.manifest import Manifest, render_manifest
    from content.packs.verify import file_hashes
    from tests.content.packmaker import raw_zip

    def signed(files: dict[str, bytes], kind: str = "rights", extra: bytes = b"") -> bytes:
        # What a hostile tool could make: an honest file list, signed, but no content check run.
        body = render_manifest(Manifest("amparo-builtin", kind, version, date(2026, 11, 30), ("en", "es"), "Test",
                                        public_key_b64(key.public_key()), file_hashes(files)))
        body = body.replace(b"[files]", extra + b"[files]")
        return write_pack_bytes(PackParts(body, key.sign(body), files))

    guide = builtin_files()["es/ice-at-the-door.md"]
    good = make_pack(builtin_files(), key, version=version)
    manifest = read_pack_bytes(good).manifest
    return {
        "a changed byte in a data file": replace_entry(good, "es/card.toml",
                                                       flip_byte(builtin_files()["es/card.toml"], 12)),
        "a changed byte in the manifest": replace_entry(good, "manifest.toml",
                                                        manifest.replace(b"Test publisher", b"Tesu publisher")),
        "a changed byte in the signature": replace_entry(good, "manifest.sig",
                                                         flip_byte(read_pack_bytes(good).signature, 7)),
        "a wrong key": make_pack(builtin_files(), new_key(), version=version),
        "an unknown manifest field": signed(builtin_files(), extra=b"expires = 2027-01-01\n\n"),
        "a script in a guide": signed(builtin_files(**{"es/ice-at-the-door.md": guide + b"\n<script>x</script>\n"})),
        "an img tag in a guide": signed(builtin_files(**{"es/ice-at-the-door.md": guide + b'\n<img src="a.png">\n'})),
        "a remote image": signed(builtin_files(**{"es/ice-at-the-door.md": guide + b"\n![x](https://e.org/x.png)\n"})),
        "raw HTML in TOML": signed(builtin_files(**{"es/card.toml": b'front_title = "<b>x</b>"\n'})),
        "a zip with ../ paths": raw_zip({"manifest.toml": manifest, "manifest.sig": b"", "../evil.md": b"x"}),
        "a local pack that changes a rule": signed({**resources_files(), "rules.toml": b"[x]\n"}, kind="resources"),
        "a local pack that changes a guide": signed({**resources_files(), "es/ice-at-the-door.md": guide},
                                                    kind="resources"),
        "a local pack that changes the card": signed({**resources_files(), "es/card.toml": b'a = "b"\n'},
                                                     kind="resources"),
    }


EXPECTED = {
    "a changed byte in a data file": "es/card.toml in the pack was changed after the pack was signed",
    "a changed byte in the manifest": "signature does not match",
    "a changed byte in the signature": "signature does not match",
    "a wrong key": "not signed by the Amparo project's key",
    "an unknown manifest field": "field this Amparo does not know: expires",
    "a script in a guide": "contains HTML",
    "an img tag in a guide": "contains HTML",
    "a remote image": "contains an image",
    "raw HTML in TOML": "es/card.toml in the pack contains HTML",
    "a zip with ../ paths": "name that is not allowed: ../evil.md",
    "a local pack that changes a rule": "cannot change guides, the card or rules. This pack tries to change rules.toml",
    "a local pack that changes a guide": "This pack tries to change es/ice-at-the-door.md",
    "a local pack that changes the card": "This pack tries to change es/card.toml",
}


@pytest.mark.parametrize("case", list(EXPECTED))
def test_each_acceptance_refusal_has_its_reason_and_changes_nothing(case: str, store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    # Something imported already, so "nothing changed" covers a store that holds files.
    apply_import(plan_import(make_pack(resources_files(), new_key(), kind="resources", version=1,
                                       pack_id="clinic-east"), store, keys), store)
    before_guide = get_guide("es", "ice-at-the-door").body  # type: ignore[union-attr]
    assert EXPECTED[case] in refused(_hostile_packs(project_key, builtin_version() + 1)[case], store, keys)
    assert get_guide("es", "ice-at-the-door").body == before_guide  # type: ignore[union-attr]


def test_a_rights_pack_changes_the_deadline_rules_words_and_restore_brings_them_back(store, project_key, keys) -> None:  # type: ignore[no-untyped-def]
    from domain.rules import rule_table

    def titles() -> set[str]:
        return {step.title.en for rule in rule_table() for step in rule.steps}

    assert "Get ready for the DACA renewal" in titles()
    words = builtin_files()["en/rules.toml"].replace(b'title = "Get ready for the DACA renewal"',
                                                     b'title = "Prepare the DACA renewal (test pack)"')
    pack = make_pack(builtin_files(**{"en/rules.toml": words}), project_key, version=builtin_version() + 1)
    plan = plan_import(pack, store, keys)
    assert [c.words(lambda s: s) for c in plan.changes] == ["Deadline rules changed (en)"]
    apply_import(plan, store)
    assert "Prepare the DACA renewal (test pack)" in titles() and "Get ready for the DACA renewal" not in titles()
    restore_previous(store)
    assert "Get ready for the DACA renewal" in titles() and "Prepare the DACA renewal (test pack)" not in titles()
