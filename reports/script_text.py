"""User text made printable with the embedded fonts: Paragraph markup for any script people type.

- Latin, Greek, Cyrillic, Hebrew, Arabic letters: DejaVu Sans.
- Chinese, Japanese, Korean: the CJK fallback face, switched to with `<font name=…>` per run.
- Right-to-left text (Arabic, Persian, Pashto, Urdu, Hebrew): ReportLab lays text out left to right
  with one glyph per character, so Arabic letters are joined here (arabic-reshaper gives the
  contextual forms) and each line is put into visual order (python-bidi). A long line that reads
  from the right is cut at spaces into pieces of at most `RTL_PIECE` characters, each on its own
  line: ReportLab would otherwise wrap the reordered line from its visual left, and the reader would
  meet the end of the sentence first. (A right-to-left name inside a left-to-right line is not cut;
  should it fall across a line break, its two parts are each right to left but in swapped lines.)
- Anything else (Devanagari, Gurmukhi, Ethiopic, emoji…): `PLACEHOLDER`, so the reader sees that
  something is missing rather than an empty box or nothing. `unprintable` tells an editor which.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from xml.sax.saxutils import escape

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from bidi import get_display

from reports.fonts import CJK, FAMILY, covered, register_cjk, register_fonts

PLACEHOLDER = "\ufffd"  # "�": in DejaVu Sans, and the usual sign of a character that could not be shown
RTL_PIECE = 24  # characters: fits the narrowest text column of the printouts on one line
_RTL_CLASSES = frozenset({"R", "AL"})
# Characters that are not drawn but are fine to drop silently (controls, zero-width, direction marks).
_INVISIBLE = frozenset({"Cc", "Cf"})
_KEEP_CONTROLS = frozenset("\n\t")
# Tabs become spaces; other ASCII control characters are dropped (they have no glyph).
_ASCII_CONTROLS = {**dict.fromkeys([*range(0x20), 0x7F]), ord("\t"): " ", ord("\n"): "\n"}


@lru_cache(maxsize=1)
def _main_font() -> frozenset[int]:
    register_fonts()
    return covered(FAMILY)


@lru_cache(maxsize=1)
def _cjk_font() -> frozenset[int]:
    return covered(register_cjk())


@lru_cache(maxsize=1)
def _reshaper() -> ArabicReshaper:
    """Contextual letter forms, and only the ligatures the main font draws (lam-alef, not "Allah")."""
    have = _main_font()
    configuration: dict[str, bool] = {"support_ligatures": True, "delete_harakat": False}
    for name, (_match, forms) in LIGATURES:
        drawn = all(ord(ch) in have for form in forms for ch in form)
        configuration[name.lower()] = drawn
    return ArabicReshaper(configuration=configuration)


def _is_rtl(line: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in line)


def _rtl_base(line: str) -> bool:
    """Whether the line's first strong character is right-to-left (the line reads from the right)."""
    for ch in line:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL_CLASSES:
            return True
        if kind == "L":
            return False
    return False


def _rtl_pieces(line: str) -> Iterator[str]:
    """Cut a logical line at spaces into pieces of at most RTL_PIECE characters (a longer word stays whole)."""
    piece = ""
    for word in line.split(" "):
        if piece and len(piece) + 1 + len(word) > RTL_PIECE:
            yield piece
            piece = word
        else:
            piece = f"{piece} {word}" if piece else word
    yield piece


def _visual_lines(value: str) -> list[str]:
    """The typed lines of `value`, right-to-left ones joined, cut and in visual order."""
    lines: list[str] = []
    for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if _is_rtl(line):
            shaped = _reshaper().reshape(line)
            # A left-to-right line with a right-to-left name in it wraps like any other line;
            # only lines that read from the right are cut.
            cut = _rtl_base(shaped) and len(shaped) > RTL_PIECE
            pieces = _rtl_pieces(shaped) if cut else iter([shaped])
            lines += [get_display(piece) for piece in pieces]
        else:
            lines.append(line)
    return lines


def _drawable(ch: str) -> str | None:
    """`ch` itself, its plain form, or None when no embedded font has it."""
    code = ord(ch)
    if code in _main_font():
        return ch
    # A presentation form of a Persian or Urdu letter DejaVu lacks: the plain letter reads better
    # than a placeholder (it is only not joined).
    plain = unicodedata.normalize("NFKC", ch)
    if len(plain) == 1 and ord(plain) in _main_font():
        return plain
    return None


def _runs(line: str) -> Iterator[tuple[bool, str]]:
    """(is CJK, text) runs of one visual line, with unprintable characters replaced."""
    run, run_cjk = "", False
    for ch in line:
        if ch == "\t":
            ch = " "
        elif unicodedata.category(ch) in _INVISIBLE:
            continue
        drawn = _drawable(ch)
        is_cjk = drawn is None and ord(ch) in _cjk_font()
        if drawn is None and not is_cjk:
            drawn = PLACEHOLDER
        if is_cjk != run_cjk and run:
            yield run_cjk, run
            run = ""
        run_cjk = is_cjk
        run += ch if is_cjk else drawn  # type: ignore[operator]
    if run:
        yield run_cjk, run


def printable_markup(value: object) -> str:
    """Paragraph markup that prints `value` as typed: escaped, line breaks kept, every script handled."""
    text = str(value)
    # The common cases, kept fast: ASCII, or left-to-right text (below Hebrew) that the main font has.
    if text.isascii() or (max(text) < "\u0590" and _main_font().issuperset(map(ord, text))):
        lines = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ASCII_CONTROLS).split("\n")
        return "<br/>".join(escape(line) for line in lines)
    out: list[str] = []
    for line in _visual_lines(text):
        parts = []
        for is_cjk, run in _runs(line):
            parts.append(f'<font name="{CJK}">{escape(run)}</font>' if is_cjk else escape(run))
        out.append("".join(parts))
    return "<br/>".join(out)


def unprintable(value: str) -> str:
    """The distinct characters of `value` that will print as PLACEHOLDER, in order of appearance."""
    seen: dict[str, None] = {}
    for ch in value:
        if ch in _KEEP_CONTROLS or unicodedata.category(ch) in _INVISIBLE:
            continue
        if _drawable(ch) is None and ord(ch) not in _cjk_font():
            seen[ch] = None
    return "".join(seen)
