"""The one accent-folding function gives, on names, exactly what each copy it replaced gave.

The sort and search keys stored in vaults were made by `storage.textkeys.fold`; a single changed byte
would re-order lists and hide people from search in vaults made before. The other copies (vault-name
sorting, guide search, guessable words in a passphrase, the Today filter's fast table) were not
stored, but people would notice a different order or a search that stopped matching.
"""

from __future__ import annotations

import unicodedata

import pytest

from domain.textfold import fold


def _stored_keys_before(text: str) -> str:  # storage/textkeys.py, as released
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _vault_names_before(name: str) -> str:  # ui/prefs.py
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _passphrase_words_before(text: str) -> str:  # ui/passphrase.py
    decomposed = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _guides_before(text: str) -> str:  # content/guides.py
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


NAMES = [
    "María José Peña", "MARÍA JOSÉ PEÑA", "Ñúñez", "ñandú", "Güemes", "PINGÜINO", "Müller",
    "Strauß", "STRASSE", "ẞ", "Æsir", "Œuvre", "ﬁnca", "ﬂor", "Ĳsselmeer", "Ǆukić", "ǅ", "ǆ",
    "Nguyễn Thị Minh Khai", "Trần Văn Đức", "Phạm Quỳnh", "Lê Hữu Ước", "Đặng", "Hồ Chí Minh",
    "François", "Åsa Ångström", "Øystein", "Łukasz Wałęsa", "Dvořák", "İstanbul", "ı", "Şahin",
    "Çelik", "Ðorđe", "Þór", "ǰ", "Ȟ", "Ångström", "Ω ohm", "Kelvin K", "Àlex Ïgnasi", "Ýves",
    "José\u0301", "Jose\u0301 decomposed", "\u00a0espacio duro", "Zoë Brontë", "Noël", "São Paulo",
    "Xochitl Cuauhtémoc", "K'iche' Tz'utujil", "Ixchel Q'anjob'al", "Ma. de la Luz", "O'Brien-Pérez",
]


@pytest.mark.parametrize("name", NAMES)
def test_stored_keys_are_byte_identical(name: str) -> None:
    assert fold(name).encode("utf-8") == _stored_keys_before(name).encode("utf-8")


def _has_compatibility_forms(name: str) -> bool:
    return unicodedata.normalize("NFKD", name) != unicodedata.normalize("NFD", name)


@pytest.mark.parametrize("name", [n for n in NAMES if not _has_compatibility_forms(n)])
def test_the_other_copies_agree_on_names(name: str) -> None:
    assert fold(name) == _vault_names_before(name) == _passphrase_words_before(name) == _guides_before(name)


@pytest.mark.parametrize("name", [n for n in NAMES if _has_compatibility_forms(n)])
def test_ligatures_and_hard_spaces_now_fold_everywhere_as_stored_keys_did(name: str) -> None:
    # The vault-name and passphrase copies left "Ĳ" or a no-break space as they were: a vault named
    # "Ĳssel" sorted apart from "ijssel". They now fold as the stored keys always did.
    assert fold(name) == _stored_keys_before(name) == _guides_before(name)


def test_examples() -> None:
    assert fold("Ñúñez") == "nunez"
    assert fold("Strauß") == "strauss"
    assert fold("Nguyễn") == "nguyen"
    assert fold("ﬁnca") == "finca"
    assert fold("ÁRBOL Ñandú Ü") == "arbol nandu u"
