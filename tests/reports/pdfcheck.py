"""Helpers that inspect PDF bytes with pypdf, the way `pdffonts` and `pdfinfo` would."""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf
from pypdf.generic import DictionaryObject

LINE = re.compile(rb"n (-?[\d.]+) (-?[\d.]+) m (-?[\d.]+) (-?[\d.]+) l S")


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """All text of the document, NFC-normalised, pages joined by newlines."""
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() or "" for page in reader(pdf).pages))


def flat(pdf: bytes) -> str:
    """The text with all whitespace collapsed, for phrases that may wrap across lines."""
    return " ".join(text(pdf).split())


def page_lines(pdf: bytes, index: int) -> list[tuple[float, float, float, float]]:
    """Every straight line segment stroked with `x y m x y l S` on one page."""
    data = reader(pdf).pages[index].get_contents().get_data()  # type: ignore[union-attr]
    return [tuple(float(v) for v in match.groups()) for match in LINE.finditer(data)]  # type: ignore[misc]


def fonts_not_embedded(pdf: bytes) -> list[str]:
    """Names of fonts used on any page that have no embedded TrueType program (FontFile2)."""
    missing: list[str] = []
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        if not fonts:
            continue
        for _, ref in fonts.get_object().items():
            font: DictionaryObject = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                missing.append(str(font.get("/BaseFont")))
    return missing
