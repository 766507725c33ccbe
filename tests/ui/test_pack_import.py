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
from ui.pack_import import apply_import, plan_import, publishers, remove_publisher, restore_previous, store_for


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
