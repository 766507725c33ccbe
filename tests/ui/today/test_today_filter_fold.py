"""The Today filter's fast accent table folds exactly as the stored search keys do."""

from __future__ import annotations

import unicodedata

from ui.today.filters import _fold_name


def _stored_keys_before(text: str) -> str:  # storage/textkeys.py, as released
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def test_the_fast_latin_table_agrees_letter_by_letter() -> None:
    for code in range(0xC0, 0x250):
        assert _fold_name(chr(code)) == _stored_keys_before(chr(code)), hex(code)
    for name in ("Ñúñez", "Nguyễn Thị", "Strauß", "Ĳssel", "Þór"):
        assert _fold_name(name) == _stored_keys_before(name)
