"""What the pseudo-locale tests share: generating `qps` into a folder, and telling pseudo text from the rest.

A text passes when, after the values the test itself put in (synthetic names, places, phones) and the
values the app formats itself (dates and times with US English rules, numbers, web addresses) are
taken out, no plain ASCII letter is left: every word the language's files gave is accented.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from content import guides as guides_mod
from content import paths
from content.i18n import language, set_language, translator
from content.rule_loader import reinstall_builtin_rules

ROOT = Path(__file__).resolve().parents[1]
LANG = "qps"

# Dates and times of `qps` are written with US English rules (Babel has no pseudo-locale): their month
# and weekday names, and AM/PM, are data the app formats, not words of the language's files.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_WORDS = re.compile(r"\b(?:" + "|".join(MONTHS + WEEKDAYS) + r"|AM|PM)\b")
# Web addresses are kept as written on purpose: a reader types them into a browser elsewhere.
ADDRESS = re.compile(r"(?:https?://\S+|\b[a-z0-9.-]+\.(?:gov|org|com|net)(?:/[\w./-]*)?)")
LETTER = re.compile(r"[A-Za-z]")


def load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("pseudo_locale", ROOT / "scripts" / "pseudo_locale.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@contextmanager
def pseudo_language(out: Path) -> Iterator[Path]:
    """Generate `qps` into `out`, make it available (the test hook, Python only) and the interface language."""
    load_generator().generate(out)
    before = language()
    assert paths.add_language_root(out) == (LANG,)
    translator.cache_clear()
    guides_mod.clear_cache()
    reinstall_builtin_rules()  # the rule and appointment words of the added language
    set_language(LANG)
    try:
        yield out
    finally:
        set_language(before)
        paths.remove_added_languages()
        translator.cache_clear()
        guides_mod.clear_cache()
        reinstall_builtin_rules()


def leftover(text: str, allowed: Iterable[str]) -> str:
    """`text` with the allowed values, dates, addresses taken out; "" if nothing but pseudo text is left."""
    # Longest first, so "Rosa Prueba" goes before "Rosa".
    for value in sorted({a.strip() for a in allowed if LETTER.search(a)}, key=len, reverse=True):
        text = text.replace(value, " ")
    text = ADDRESS.sub(" ", DATE_WORDS.sub(" ", text))
    return text if LETTER.search(text) else ""
