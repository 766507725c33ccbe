"""Registers the embedded fonts with ReportLab, once per process: DejaVu Sans, and a CJK fallback.

TrueType fonts registered through `TTFont` are always embedded (as subsets) in the PDF, so a printout
looks the same on every computer and shows Spanish and Vietnamese letters correctly. DejaVu Sans also
covers Greek, Cyrillic, Armenian, Georgian, Hebrew and Arabic; Chinese, Japanese and Korean come from
`DroidSansFallback-CJK.ttf` (see scripts/make_cjk_font.py), registered only when a text needs it: it
is 2.3 MB and most printouts never use it.
"""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from content.paths import fonts_dir

FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
CJK = "DroidSansFallback-CJK"

_FILES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False
_cjk_registered = False


def register_fonts() -> str:
    """Register the family (idempotent, thread-safe) and return the name of its regular face."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = fonts_dir()
            for name, filename in _FILES.items():
                pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
            # Mapping the four faces lets Paragraph markup <b>/<i> pick the right embedded face.
            addMapping(FAMILY, 0, 0, FAMILY)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            pdfmetrics.registerFontFamily(
                FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
            )
            _registered = True
    return FAMILY


def register_cjk() -> str:
    """Register the CJK fallback face (idempotent, thread-safe) and return its name.

    It has one face: bold and italic markup around CJK text print in the regular face.
    """
    global _cjk_registered
    if _cjk_registered:
        return CJK
    with _lock:
        if not _cjk_registered:
            pdfmetrics.registerFont(TTFont(CJK, str(fonts_dir() / f"{CJK}.ttf")))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(CJK, bold, italic, CJK)
            _cjk_registered = True
    return CJK


def covered(font_name: str) -> frozenset[int]:
    """The code points a registered font has glyphs for."""
    face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]
    return frozenset(face.charToGlyph)
