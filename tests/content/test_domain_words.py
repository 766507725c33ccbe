"""`content/<lang>/domain_words.toml`: an added language's words for the texts written in Python."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from content import paths
from content.domain_words import install_domain_words, read_domain_words
from content.rule_loader import RuleFileError, reinstall_builtin_rules
from domain.models import CASE_KIND_LABELS, CaseKind


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def added(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "content" / "xx"
    _write(folder / "card.toml", (paths.content_dir("en") / "card.toml").read_text(encoding="utf-8"))
    yield folder
    paths.remove_added_languages()
    reinstall_builtin_rules()


def test_an_added_language_names_the_kinds_of_case(tmp_path: Path, added: Path) -> None:
    _write(added / "domain_words.toml", '[[text]]\nen = "Asylum"\nwords = "Xasilo"\n')
    assert paths.add_language_root(tmp_path) == ("xx",)
    assert install_domain_words() == ("xx",)
    assert CASE_KIND_LABELS[CaseKind.ASYLUM].get("xx") == "Xasilo"
    paths.remove_added_languages()
    install_domain_words()
    assert CASE_KIND_LABELS[CaseKind.ASYLUM].get("xx") == "Asylum"


@pytest.mark.parametrize(("body", "reason"), [
    ('[words]\nAsylum = "X"\n', "unknown key 'words'"),
    ('[[text]]\nen = "Asylum"\n', "needs exactly 'en' and 'words'"),
    ('[[text]]\nen = "Asylum"\nwords = "X"\nnote = "n"\n', "needs exactly 'en' and 'words'"),
    ('[[text]]\nen = "Asylum"\nwords = "  "\n', "non-empty text"),
    ('[[text]]\nen = "{count} dates"\nwords = "{n} Xdates"\n', "placeholders differ"),
    ('[[text]\nen = "x"', "not valid TOML"),
])
def test_a_wrong_file_is_refused_naming_file_and_entry(tmp_path: Path, body: str, reason: str) -> None:
    path = _write(tmp_path / "xx" / "domain_words.toml", body)
    with pytest.raises(RuleFileError, match=reason) as refused:
        read_domain_words(path)
    assert str(path) in str(refused.value)
