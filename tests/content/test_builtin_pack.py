"""The content that ships with Amparo is a signed pack: it verifies with the shipped project key, and a
copy with one changed, added or unsigned file is refused and not shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from content import active
from content.packs.archive import read_folder
from content.packs.errors import PackRefused
from content.packs.trust import project_keys
from content.packs.verify import verify_parts
from content.paths import package_folder

RESIGN = ("The built-in content no longer matches content/manifest.toml and content/manifest.sig. After "
          "editing guides, the card, rules or resources, the release maintainer re-signs on the offline "
          "computer: python scripts/sign_builtin_pack.py --key PATH-TO-PROJECT-KEY.pem")
PROJECT_KEY = "Wxj0gP6lvTEOr3he5gJEcYOH2prffQqvG+3y2ctW7xM="


@pytest.fixture(autouse=True)
def _fresh_active():  # type: ignore[no-untyped-def]
    active.configure(imported=None)
    yield
    active.configure(imported=None)


def test_the_project_key_ships_with_amparo() -> None:
    assert project_keys() == frozenset({PROJECT_KEY})


def test_the_built_in_pack_verifies_with_the_shipped_key() -> None:
    try:
        pack = verify_parts(read_folder(package_folder("content")), project_keys())
    except PackRefused as exc:
        pytest.fail(f"{RESIGN}\nWhat failed: {exc}")
    assert pack.manifest.kind == "rights" and pack.manifest.publisher_key == PROJECT_KEY
    listed = set(pack.manifest.files)
    assert {"es/card.toml", "en/card.toml", "es/ice-at-the-door.md"} <= listed
    assert not any(p.endswith(".py") for p in listed)


def test_the_app_reads_the_built_in_pack_when_nothing_is_imported() -> None:
    content = active.active_content()
    assert content.imported is False and content.folder == package_folder("content")
    assert active.builtin_problem() is None


def _copy_of_content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(package_folder("content"), copy, ignore=shutil.ignore_patterns("*.py", "__pycache__", "packs"))
    return copy


def test_an_edited_built_in_guide_is_reported_and_not_shown(tmp_path: Path) -> None:
    from content.guides import load_guides

    copy = _copy_of_content(tmp_path)
    guide = copy / "es" / "ice-at-the-door.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "\nAbra la puerta.\n", encoding="utf-8")
    active.configure(imported=None, builtin=copy)
    problem = active.builtin_problem()
    assert problem is not None and "es/ice-at-the-door.md" in str(problem)
    with pytest.raises(active.ContentUnverified):
        load_guides("es")


def test_a_data_file_added_without_signing_is_reported(tmp_path: Path) -> None:
    copy = _copy_of_content(tmp_path)
    (copy / "en" / "new-guide.md").write_text("---\n", encoding="utf-8")
    active.configure(imported=None, builtin=copy)
    problem = active.builtin_problem()
    assert problem is not None and "does not list" in str(problem)


def test_a_broken_built_in_card_is_not_printed(tmp_path: Path) -> None:
    from reports.card import card_text

    copy = _copy_of_content(tmp_path)
    (copy / "manifest.sig").write_bytes(b"\0" * 64)
    active.configure(imported=None, builtin=copy)
    with pytest.raises(active.ContentUnverified):
        card_text("es")
