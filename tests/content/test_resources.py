"""The directory of public resources: complete in both languages, only sourced entries, checked files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from content.paths import package_folder
from content.resources import FILE, ResourceFileError, builtin_resources, load_resources
from domain.models import ContactCategory


def test_the_builtin_directory_has_the_court_line_and_the_locator_in_both_languages() -> None:
    found = {r.id: r for r in builtin_resources()}
    line = found["eoir_automated_line"]
    assert line.phones == ("1-800-898-7180",) and line.tdd == "1-800-828-1120"
    assert line.languages == ("en", "es")
    assert line.hours is not None and line.hours.get("es") == "Las 24 horas"
    assert found["ice_detainee_locator"].url == "locator.ice.gov"
    for r in found.values():
        assert r.category in set(ContactCategory)
        for text in (r.name, r.note, r.source):
            assert text.en != text.es, r.id
        assert "://" not in r.url


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "content"
    out.mkdir()
    shutil.copy(package_folder("content") / FILE, out / FILE)
    for lang in ("en", "es"):
        (out / lang).mkdir()
        shutil.copy(package_folder("content") / lang / FILE, out / lang / FILE)
    return out


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('id = "eoir_automated_line"\n', 'id = "eoir_automated_line"\nfax = "1"\n', "unknown key 'fax'"),
        ('category = "other"', 'category = "court"', "unknown category 'court'"),
        ('confidence = "H"', 'confidence = "sure"', "confidence must be H, M or C"),
        ("checked = 2026-11-30", 'checked = "2026-11-30"', "checked must be a date"),
        ('url = "locator.ice.gov"', 'url = "https://locator.ice.gov"', "write it without https://"),
        ('source = "ice_locator"', 'source = "ice"', "source.ice is missing"),
    ],
)
def test_a_broken_directory_is_refused_naming_file_and_key(folder: Path, old: str, new: str, says: str) -> None:
    edit(folder / FILE, old, new)
    with pytest.raises(ResourceFileError) as caught:
        load_resources(folder)
    assert str(caught.value).startswith(str(folder)) and says in str(caught.value)


def test_words_no_resource_uses_are_refused(folder: Path) -> None:
    edit(folder / "es" / FILE, "[eoir_case_portal]\n", '[eoir_case_portal]\nnmae = "x"\n')
    with pytest.raises(ResourceFileError, match=re.escape("unknown key 'eoir_case_portal.nmae'")):
        load_resources(folder)


def test_a_missing_spanish_note_shows_english(folder: Path) -> None:
    text = (folder / "es" / FILE).read_text(encoding="utf-8")
    start = text.index("[eoir_case_portal]")
    end = text.index("[ice_detainee_locator]")
    (folder / "es" / FILE).write_text(text[:start] + text[end:], encoding="utf-8")
    portal = next(r for r in load_resources(folder) if r.id == "eoir_case_portal")
    assert portal.name.get("es") == portal.name.get("en")


_NUMBER = re.compile(r"\b1-8\d\d-\d{3}-\d{4}\b")
_ADDRESS = re.compile(r"\b(?:[a-z]+\.)+(?:gov|org)(?:/[a-z]+)?\b")


def test_every_number_and_address_the_rules_quote_is_in_the_directory() -> None:
    """One home for a number: a change in the directory shows every rule text that quotes the old one."""
    known = {r.tdd for r in builtin_resources()} | {p for r in builtin_resources() for p in r.phones}
    addresses = {r.url for r in builtin_resources()}
    for lang in ("en", "es"):
        for name in ("rules.toml", "appointments.toml"):
            text = (package_folder("content") / lang / name).read_text(encoding="utf-8")
            assert set(_NUMBER.findall(text)) <= known, (lang, name)
            quoted = set(_ADDRESS.findall(text))
            assert quoted <= addresses, (lang, name, quoted - addresses)
            if name == "rules.toml":
                assert {"acis.eoir.justice.gov", "uscis.gov/tps"} <= quoted
